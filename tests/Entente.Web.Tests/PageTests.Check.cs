using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>The "Check an article" tab: the text shown back with each claim marked by its verdict.</summary>
public sealed partial class PageTests
{
    private const string NeutralMark = "#check-text mark[data-kind='neutrality']";

    [Fact]
    public async Task Check_SeedArticle_MarksEachClaimByVerdictWithCorrectionOnFocus()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page);

        await page.ClickAsync("#check-tab");
        await page.ClickAsync("#check-seed");
        await page.WaitForFunctionAsync("() => document.querySelector('#article').value.length > 0");
        await page.ClickAsync("#check-button");
        await page.WaitForSelectorAsync("#check-text mark.claim");

        // The sample: 3 supported, 1 partly supported, 2 contradicted, 1 not checkable, each marked once and listed once.
        Assert.Equal(7, await page.Locator("#check-text mark.claim").CountAsync());
        Assert.Equal(7, await page.Locator("#claim-list > li").CountAsync());
        Assert.Equal(2, await page.Locator("#check-text mark.contradicted").CountAsync());
        Assert.Equal(1, await page.Locator("#check-text mark.partly-supported").CountAsync());
        Assert.Equal(1, await page.Locator("#check-text mark.not-checkable").CountAsync());
        var summary = await page.InnerTextAsync("#check-status");
        Assert.StartsWith("7 claims in 6 sentences, checked on ", summary, StringComparison.Ordinal);
        Assert.Contains("3 supported, 1 partly supported, 2 contradicted, 1 not checkable.", summary, StringComparison.Ordinal);
        Assert.Equal("#check", new Uri(page.Url).Fragment);

        // Keyboard only: from the Check button, Tab goes past the seed button and from claim to claim.
        await page.FocusAsync("#check-button");
        var presses = 0;
        while (presses < 12 && !await page.EvaluateAsync<bool>($"() => document.activeElement === document.querySelector(\"{NeutralMark}\")"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }
        Assert.Equal(4, presses); // seed button, two claims, then this one: a popover's links are not tab stops
        var neutral = page.Locator(NeutralMark);
        Assert.Equal("contradicted", await neutral.GetAttributeAsync("data-verdict"));
        Assert.Equal("Japan’s neutral status lets it mediate between the great powers", await neutral.TextContentAsync());
        var popover = page.Locator("#" + await neutral.GetAttributeAsync("aria-describedby"));
        await popover.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var shown = await popover.InnerTextAsync();
        Assert.Contains("Contradicted", shown, StringComparison.Ordinal);
        Assert.Contains("Correction: Japan is not neutral: it is a treaty ally under the Treaty of Mutual Cooperation and Security", shown, StringComparison.Ordinal);
        Assert.True(await popover.Locator("a[href^='http']").CountAsync() > 0);
        await AssertInside(page, popover);
        await page.ScreenshotAsync(new() { Path = Shot("check-seed-1280x800.png") });

        // Enter reaches the sources; Esc closes and gives the focus back to the claim.
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('.pop a[href^=\"http\"]')"));
        await page.Keyboard.PressAsync("Escape");
        await popover.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("neutrality", await page.EvaluateAsync<string>("() => document.activeElement.dataset.kind"));

        // The mouse: hovering a claim shows its popover too.
        await page.Locator("#check-text mark[data-kind='joined']").HoverAsync();
        var joined = page.Locator("#check-text mark[data-kind='joined'] + .pop");
        await joined.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("Sweden joined NATO on 7 March 2024, not in 2022.", await joined.InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#check-panel").ScreenshotAsync(new() { Path = Shot("check-seed-panel.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Check_Phone390Wide_CtrlEnterChecksAndFitsWithoutSideScrolling()
    {
        var (page, errors) = await fixture.NewPage(390, 844);
        await fixture.Open(page, "/#check");

        Assert.True(await page.IsVisibleAsync("#article"));
        await page.ClickAsync("#check-seed");
        await page.WaitForFunctionAsync("() => document.querySelector('#article').value.length > 0");
        await page.FocusAsync("#article");
        await page.Keyboard.PressAsync("Control+Enter");
        await page.WaitForSelectorAsync("#check-text mark.claim");

        Assert.Equal(7, await page.Locator("#check-text mark.claim").CountAsync());
        await page.FocusAsync(NeutralMark);
        var popover = page.Locator(NeutralMark + " + .pop");
        await popover.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("Japan is not neutral", await popover.InnerTextAsync(), StringComparison.Ordinal);
        await AssertInside(page, popover);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
        await page.ScreenshotAsync(new() { Path = Shot("check-seed-390x844.png") });
        await page.ScreenshotAsync(new() { Path = Shot("check-seed-390x844-full.png"), FullPage = true });
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#check-panel").ScreenshotAsync(new() { Path = Shot("check-seed-390-panel.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Check_HtmlInTheText_ShownAsTextNotMarkup()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page, "/#check");

        await page.FillAsync("#article", ApiTests.HtmlArticle);
        await page.PressAsync("#article", "Control+Enter");
        await page.WaitForSelectorAsync("#check-text mark.claim");

        Assert.Equal(0, await page.Locator("#check-text b, #check-text script, #check-text img, #claim-list b, #claim-list script, #claim-list img").CountAsync());
        Assert.Equal("Japan relies heavily on <b>the United States</b> for its security", await page.Locator("#check-text mark.not-checkable").TextContentAsync());
        Assert.Contains("<script>window.__xss = 1</script> between <img src=x onerror=\"window.__xss = 1\"> powers", await page.Locator("#check-text mark.contradicted").TextContentAsync(), StringComparison.Ordinal);
        // The text shown (leaving out the popovers) is the text sent, character for character.
        Assert.Equal(ApiTests.HtmlArticle, await page.EvaluateAsync<string>("() => [...document.querySelector('#check-text').childNodes].filter(n => !n.classList?.contains('pop')).map(n => n.textContent).join('')"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await page.Locator("#check-panel").ScreenshotAsync(new() { Path = Shot("check-html-as-text.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Check_ProblemFromTheApi_ShowsItsDetail()
    {
        var (page, errors) = await fixture.NewPage();
        await fixture.Open(page, "/#check");

        // Over 1 MiB: 413, and its detail says how much is accepted.
        await page.EvaluateAsync("() => { document.querySelector('#article').value = 'NATO was founded in 1949. '.repeat(42000); }");
        await page.ClickAsync("#check-button");
        await page.WaitForSelectorAsync("#check-status .error");
        Assert.Equal("The request body is 1092000 bytes; at most 1048576 are accepted. Split the article into parts.", await page.InnerTextAsync("#check-status"));
        Assert.True(await page.IsHiddenAsync("#check-result"));

        // A control character: 400, and its detail says what is wrong.
        await page.EvaluateAsync("() => { document.querySelector('#article').value = 'NATO was founded\\u0001 in 1949.'; }");
        await page.ClickAsync("#check-button");
        await page.WaitForSelectorAsync("#check-status .error:has-text('control character')");
        Assert.StartsWith("The body cannot be read: the text holds 1 control characters", await page.InnerTextAsync("#check-status"), StringComparison.Ordinal);

        // Nothing to check: said at once, without asking the server.
        await page.FillAsync("#article", "  ");
        await page.ClickAsync("#check-button");
        await page.WaitForSelectorAsync("#check-status .error:has-text('Paste an article first')");
        // The browser logs each failed request as a console error; nothing else may be there.
        Assert.All(errors, e => Assert.Contains("Failed to load resource", e, StringComparison.Ordinal));
    }

    /// <summary>The popover is wholly inside the viewport's width (not cut off at the right edge).</summary>
    private static async Task AssertInside(IPage page, ILocator popover)
    {
        var box = await popover.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.X, 0, 10_000);
        Assert.InRange(box.X + box.Width, 0, page.ViewportSize!.Width);
    }
}
