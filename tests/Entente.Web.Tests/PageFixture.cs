using Entente.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// The real application on Kestrel, on a free loopback port (a test server has no port a browser can reach),
/// and Debian's headless Chromium driven by Playwright. No browser is downloaded: ENTENTE_CHROMIUM or
/// /usr/bin/chromium must exist (.ci/run installs it), and the tests fail, not skip, when it does not.
/// </summary>
public sealed class PageFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots and figures go: bin/…/artifacts beside the test assembly.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("ENTENTE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: install Debian's chromium package (apt-get install -y chromium) or set ENTENTE_CHROMIUM. .ci/run does this.");
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = EntenteWeb.Build(builder, DataSetLoader.LoadBuiltIn().Atlas!);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As in .library's notes for this machine: no sandbox as root, and no background traffic to hosts
            // this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page at <paramref name="width"/>×<paramref name="height"/>, failing the test on any console error or CSP violation.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPage(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Opens the page and waits until the map is drawn and coloured and every control works.</summary>
    public async Task Open(IPage page, string path = "/")
    {
        await page.GotoAsync(BaseUrl + path);
        await page.WaitForSelectorAsync("html[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 15_000 });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
