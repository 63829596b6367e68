using System.Globalization;
using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>The page in headless Chromium, as a person uses it; each test saves a screenshot under bin/…/artifacts.
/// Category Slow: <c>dotnet test --filter "Category!=Slow"</c> (the quick loop) leaves these out.</summary>
[Trait("Category", "Slow")]
public sealed partial class PageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static readonly PageScreenshotOptions Screen = new() { FullPage = false };

    [Fact]
    public async Task Ask_SeedQuestion_ShowsTheAnswerFactsAndSourceLinks()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page);

        await page.FillAsync("#question", "Why is Japan not part of NATO?");
        await page.PressAsync("#question", "Enter");
        var answer = page.Locator("#answer-text");
        await answer.WaitForAsync();

        Assert.Contains("Article 10 of the North Atlantic Treaty admits only European states, and Japan is not a European state", await answer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#answer .facts li").CountAsync() > 0);
        var link = page.Locator("#answer .sources a").First;
        Assert.StartsWith("http", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("ask-seed-1280x800.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Map_ClickJapan_ColoursTheUnitedStatesAsGuarantor()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page);

        await ClickShape(page, "JPN");
        await page.WaitForSelectorAsync("#map path[data-id='USA'][data-role='defends']");

        Assert.Equal("selected", await page.GetAttributeAsync("#map path[data-id='JPN']", "data-role"));
        Assert.Equal("rgb(31, 111, 178)", await page.EvalOnSelectorAsync<string>("#map path[data-id='USA']", "p => getComputedStyle(p).fill"));
        Assert.Equal("partner", await page.GetAttributeAsync("#map path[data-id='DEU']", "data-role"));
        Assert.Contains("Who stands behind Japan", await page.InnerTextAsync("#panel-title"), StringComparison.Ordinal);
        Assert.Contains("Obliged to defend it", await page.InnerTextAsync("#legend"), StringComparison.Ordinal);

        await HoverShape(page, "USA");
        var tooltip = await page.InnerTextAsync("#tooltip");
        Assert.Contains("Article V", tooltip, StringComparison.Ordinal);
        Assert.Contains("Treaty of Mutual Cooperation and Security", tooltip, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("map-japan-1280x800.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Slider_1970WithWarsawPact_DrawsOneSovietUnionAsAMember()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page);

        await page.SelectOptionAsync("#alliance", "WARSAW-PACT");
        await page.FocusAsync("#year");
        await page.Keyboard.PressAsync("Home");
        for (var year = 1945; year < 1970; year++)
            await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForSelectorAsync("#panel-title:has-text('31 December 1970')");
        await page.WaitForSelectorAsync("#map path[data-id='SUN'][data-role='member']");

        Assert.Equal(1, await page.Locator("#map path[data-id='SUN']").CountAsync());
        foreach (var successor in new[] { "RUS", "UKR", "EST", "KAZ", "CZE", "SVK", "SRB", "HRV" })
            Assert.Equal(0, await page.Locator($"#map path[data-id='{successor}']").CountAsync());
        Assert.Equal("member", await page.GetAttributeAsync("#map path[data-id='CSK']", "data-role"));
        Assert.Equal("none", await page.GetAttributeAsync("#map path[data-id='YUG']", "data-role"));
        var note = await page.InnerTextAsync("#map-note");
        Assert.Contains("Soviet Union, Yugoslavia, Czechoslovakia drawn from today's borders of their successors.", note, StringComparison.Ordinal);
        Assert.Contains("today's shapes have no inner-German border", note, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("slider-1970-warsaw-pact-1280x800.png") });

        // Today the successors are back, each a shape of its own, and the note is gone.
        await page.Keyboard.PressAsync("End");
        await page.WaitForSelectorAsync("#map path[data-id='RUS']");
        Assert.Equal(0, await page.Locator("#map path[data-id='SUN']").CountAsync());
        Assert.True(await page.Locator("#map-note").IsHiddenAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Slider_KeyboardTo1970WithSeato_ShowsSeatoMembers()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page);

        await page.SelectOptionAsync("#alliance", "SEATO");
        await page.FocusAsync("#year");
        await page.Keyboard.PressAsync("Home");
        for (var year = 1945; year < 1970; year++)
            await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForSelectorAsync("#panel-title:has-text('31 December 1970')");
        await page.WaitForSelectorAsync("#map path[data-id='THA'][data-role='member']");

        var members = await page.InnerTextAsync("#member-list");
        foreach (var name in new[] { "Thailand", "Philippines", "Pakistan", "United States", "Australia" })
            Assert.Contains(name, members, StringComparison.Ordinal);
        Assert.Equal("member", await page.GetAttributeAsync("#map path[data-id='PHL']", "data-role"));
        Assert.Equal("none", await page.GetAttributeAsync("#map path[data-id='JPN']", "data-role"));
        Assert.Contains("SEATO", await page.InnerTextAsync("#timeline-title"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("slider-1970-seato-1280x800.png") });
        await page.Locator("#timeline-section").ScreenshotAsync(new() { Path = Shot("timeline-seato.png") });

        // Later SEATO is gone: dissolved on 30 June 1977.
        await page.Keyboard.PressAsync("End");
        await page.WaitForFunctionAsync("() => document.querySelector('#panel-title')?.textContent.includes(String(new Date().getFullYear()))");
        Assert.Contains("0 members", await page.InnerTextAsync("#panel-body"), StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Network_Open_DrawsTheAllianceGraph()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page);

        await page.ClickAsync("#network-button");
        await page.WaitForSelectorAsync("#network canvas");
        await page.WaitForSelectorAsync("#network-caption:has-text('alliances in force')");

        Assert.Matches(@"^\d+ alliances in force on .*, tying \d+ states", await page.InnerTextAsync("#network-caption"));
        await page.Locator("#network-section").ScreenshotAsync(new() { Path = Shot("network-today.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Phone_390Wide_FitsWithoutSideScrolling()
    {
        var (page, errors) = await fixture.NewPage(390, 844);
        await fixture.Open(page);
        await page.SelectOptionAsync("#country", "JPN");
        await page.WaitForSelectorAsync("#map path[data-id='USA'][data-role='defends']");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await page.ScreenshotAsync(new() { Path = Shot("phone-390x844.png") });
        await page.ScreenshotAsync(new() { Path = Shot("phone-390x844-full.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task FirstLoad_UnderOneMegabyteAndInteractive()
    {
        // One load warms the server (its first requests are compiled just in time, as on any fresh start); then
        // each load is a first visit: a new browser context with an empty cache.
        var (warm, _) = await fixture.NewPage();
        await fixture.Open(warm);
        var report = new System.Text.StringBuilder();
        var loads = new List<(double Bytes, double Interactive)>();
        for (var i = 0; i < 3; i++)
        {
            var (page, errors) = await fixture.NewPage();
            await fixture.Open(page);
            var bytes = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((n, e) => n + e.transferSize, 0)");
            var interactive = await page.EvaluateAsync<double>("() => performance.getEntriesByName('entente-interactive')[0].startTime");
            var timeline = await page.EvaluateAsync<string>("() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => `  ${Math.round(e.startTime)}–${Math.round(e.responseEnd)} ms ${e.transferSize} B ${e.name}`).join('\\n')");
            report.Append(CultureInfo.InvariantCulture, $"load {i + 1}: transferred {bytes:0} bytes; interactive after {interactive:0} ms\n{timeline}\n");
            loads.Add((bytes, interactive));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            await page.Context.CloseAsync();
        }
        var median = loads.OrderBy(l => l.Interactive).ElementAt(1);
        report.Insert(0, string.Create(CultureInfo.InvariantCulture, $"median of 3 first visits: {median.Bytes:0} bytes transferred, interactive after {median.Interactive:0} ms\n"));
        await File.WriteAllTextAsync(Shot("first-load.txt"), report.ToString());

        Assert.All(loads, l => Assert.InRange(l.Bytes, 10_000, 1_000_000));
        // The benchmark (bench/README.md) holds this to 1 s on a quiet machine; here other tests share the two cores.
        Assert.InRange(median.Interactive, 1, 5_000);
    }

    private static string Shot(string name) => Path.Combine(PageFixture.Artifacts, name);

    /// <summary>A point inside a country's shape (not only its bounding box: Japan's box is mostly sea), for a real mouse event.</summary>
    private static async Task<(float X, float Y)> PointIn(IPage page, string id)
    {
        var point = await page.EvaluateAsync<float[]>(@"id => {
            const shape = document.querySelector(`#map path[data-id='${id}']`);
            shape.scrollIntoView({ block: 'center' });
            const box = shape.getBoundingClientRect();
            for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) {
                const x = box.left + box.width * i / 24, y = box.top + box.height * j / 24;
                if (document.elementFromPoint(x, y) === shape) return [x, y];
            }
            return null;
        }", id);
        Assert.NotNull(point);
        return (point[0], point[1]);
    }

    private static async Task ClickShape(IPage page, string id)
    {
        var (x, y) = await PointIn(page, id);
        await page.Mouse.ClickAsync(x, y);
    }

    private static async Task HoverShape(IPage page, string id)
    {
        var (x, y) = await PointIn(page, id);
        await page.Mouse.MoveAsync(x, y);
        await page.WaitForSelectorAsync("#tooltip:not([hidden])");
    }
}
