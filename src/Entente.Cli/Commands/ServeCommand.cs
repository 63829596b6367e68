using System.CommandLine;
#if !ENTENTE_NATIVE
using System.Net.Sockets;
using Entente.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
#endif

namespace Entente.Cli.Commands;

/// <summary><c>entente serve [--urls http://127.0.0.1:5080]</c>: the HTTP API and the page, on the same data set as every other command.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>What <c>serve</c> says in the native build, which has no web server.</summary>
    public const string NotInNativeBuild = "serve: this is the native build of entente (Native AOT), which has no web server. Run `./entente serve`, which runs the ordinary build for it.";

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
#if ENTENTE_NATIVE
        // ASP.NET Core's MVC metadata is not Native AOT compatible (IL2026), so the native build leaves the server out.
        command.SetAction(int (_) => throw new UsageException(NotInNativeBuild));
#else
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
#endif
        return command;
    }
}
