using System.CommandLine;
using System.Net.Sockets;
using Entente.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Entente.Cli.Commands;

/// <summary><c>entente serve [--urls http://127.0.0.1:5080]</c>: the HTTP API and the page, on the same data set as every other command.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. {DefaultUrls} (the default: this machine only). Several addresses are separated by ';'. The server answers requests naming these hosts only.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Serve the HTTP API (/api/…, described at /openapi/v1.json) and the page (/) until stopped with Ctrl+C.")
        {
            urls,
        };
        command.SetAction(parse =>
        {
            var addresses = parse.GetValue(urls)!;
            if (ListenAddresses.Check(addresses) is { } wrong)
                throw new UsageException($"--urls: {wrong}.");
            var atlas = context.Atlas(parse);
            var app = EntenteWeb.Build(["--urls", addresses], atlas);
            try
            {
                app.Start();
            }
            catch (Exception e) when (e is IOException or SocketException or InvalidOperationException or FormatException or ArgumentException)
            {
                // "address already in use", "permission denied" (a port under 1024): say so once, without the framework's trace.
                var reason = e.InnerException is SocketException or IOException ? e.InnerException.Message : e.Message;
                throw new UsageException($"--urls: cannot listen on {addresses}: {reason.TrimEnd('.')}. Choose another port, e.g. --urls http://127.0.0.1:5081, or stop the program using it.");
            }
            context.Output.WriteLine($"Entente is serving {addresses} (the page at /, the API at /api, its description at /openapi/v1.json). Ctrl+C stops it.");
            app.WaitForShutdown();
            return App.Ok;
        });
        return command;
    }
}
