using Entente.Core.Atlas;
using Entente.Data;

namespace Entente.Language.Tests;

/// <summary>The built-in data set, loaded once for the answer tests, and a fixed "today".</summary>
internal static class Knowledge
{
    public static readonly Atlas Atlas = DataSetLoader.LoadBuiltIn().Atlas
        ?? throw new InvalidOperationException("The built-in data set is invalid; run 'entente validate'.");

    /// <summary>A fixed date so answers do not change with the calendar.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static Answer Ask(string question, string? on = null) =>
        Answers.Ask(Atlas, question, on is null ? Today : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The one claim of a kind the checker reports in a text checked on a day; fails naming the claims it did report.</summary>
    public static Claims.CheckedClaim Claim(string text, DateOnly on, Func<string, bool> kind)
    {
        var report = Claims.ClaimChecker.Check(Atlas, text, on);
        var found = report.Claims.Where(c => kind(c.Kind)).ToArray();
        return found.Length == 1 ? found[0]
            : throw new Xunit.Sdk.XunitException($"{found.Length} claims of the kind asked; claims: {string.Join(" | ", report.Claims.Select(c => $"{c.Span} [{c.Kind}]"))}");
    }

    /// <summary>The answer's paragraph and facts, for assertions about what it says.</summary>
    public static string Everything(Answer answer) => answer.Text + "\n" + string.Join("\n", answer.Facts.Select(f => f.Statement));
}
