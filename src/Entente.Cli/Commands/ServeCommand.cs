using System.CommandLine;
using Entente.Web;
using Microsoft.AspNetCore.Builder;

namespace Entente.Cli.Commands;

/// <summary><c>entente serve [--urls http://127.0.0.1:5080]</c>: the HTTP API and the page, on the same data set as every other command.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. {DefaultUrls} (the default: this machine only). Several addresses are separated by ';'.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Serve the HTTP API (/api/…, described at /openapi/v1.json) and the page (/) until stopped with Ctrl+C.")
        {
            urls,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var app = EntenteWeb.Build(["--urls", parse.GetValue(urls)!], atlas);
            context.Output.WriteLine($"Entente is serving {parse.GetValue(urls)} (the page at /, the API at /api, its description at /openapi/v1.json). Ctrl+C stops it.");
            app.Run();
            return App.Ok;
        });
        return command;
    }
}
