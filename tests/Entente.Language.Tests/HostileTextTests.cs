using System.Text.RegularExpressions;
using CsCheck;
using Entente.Language.Claims;
using Entente.Tests.Shared;

namespace Entente.Language.Tests;

/// <summary>
/// Issue 12, the claim checker and the question reader under hostile text: no exception, the work bounded and
/// linear in the text (asserted by what the checker is given to do, not by the clock), refusals that say why.
/// </summary>
public sealed class HostileTextTests
{
    private const int Mebibyte = 1024 * 1024;

    // Text built from the pieces that drive the rules: their keywords, names, punctuation, quotes and odd characters.
    private static readonly Gen<string> Texts = Gen.OneOf<string>(
            "NATO", "Japan", "was founded in 1949", " area of ", "non-nuclear policy", "NATO's nuclear posture", "relies heavily on",
            "the U.S.", "e.g.", "Article 5 has been invoked once", " is a member of ", " cooperates with NATO on ", "renounces war",
            "mutual defence", "armed attack on Japan", ". ", "? ", "\n", ";", ",", "\"", "“", "”", "’s", " ", "  ", "a", "Word ", "1.5",
            "nato.int", "\t", "\u00e9", "\ud83d\ude00", "\u2024", "(", ")", "-", "2023-13-45", "9999-12-31")
        .Array[0, 120].Select(string.Concat);

    private static string Sentence(string head, string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length).Append(head);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString(0, length);
    }

    [Fact]
    public void Check_AnyText_NeverThrowsAndEveryClaimIsItsOwnSpan()
    {
        Texts.Sample(text =>
        {
            var report = Answers.Check(Knowledge.Atlas, text, Knowledge.Today);
            Assert.All(report.Claims, c => Assert.Equal(text[c.Start..c.End], c.Span));
            Assert.All(report.Cut.Concat(report.Skipped), s => Assert.InRange(s.End, s.Start, text.Length));
        }, iter: Fuzz.Iterations(300), print: t => t);
    }

    [Fact]
    public void Split_AnyText_PartsAreBoundedDisjointAndInOrder()
    {
        // The work of a check is the sum over its parts of (part length × rules), each part at most MaxLength: linear.
        var gen = Gen.Select(Texts, Gen.Int[0, 3000], Gen.OneOf<string>("a", "word ", "a,b ", "\ud83d\ude00"), (t, n, unit) => t + Sentence("", unit, n));
        gen.Sample(text =>
        {
            var parts = Sentences.Split(text, 64).ToList();
            var previousEnd = 0;
            foreach (var part in parts)
            {
                Assert.InRange(part.Length, 1, 64);
                Assert.True(part.Start >= previousEnd, $"part {part} overlaps the one before it");
                Assert.False(char.IsLowSurrogate(text[part.Start]), $"part {part} starts inside a surrogate pair");
                previousEnd = part.End;
            }
            Assert.True(parts.Sum(p => p.Length) <= text.Length);
        }, iter: Fuzz.Iterations(300), print: t => $"{t.Length} chars: {t[..Math.Min(t.Length, 200)]}");
    }

    [Fact]
    public void Split_OneMebibyteSentence_CutsIntoPartsOfAtMostTheBoundCoveringTheText()
    {
        var text = Sentence("", "Japan is a member of NATO and ", Mebibyte);

        var parts = Sentences.Split(text).ToList();

        Assert.All(parts, p => Assert.True(p.Cut && p.Length <= Sentences.MaxLength, $"part {p}"));
        Assert.True(parts.Count >= Mebibyte / Sentences.MaxLength && parts.Count <= 2 * Mebibyte / Sentences.MaxLength, $"{parts.Count} parts");
        Assert.True(parts.Sum(p => p.Length) >= Mebibyte - parts.Count, "the parts lose only the spaces they were cut at");
    }

    [Theory]
    [InlineData("the area of ", "word ")]
    [InlineData("", "a")]
    [InlineData("", "Japan is a member of NATO and ")]
    [InlineData("NATO's nuclear posture ", "word ")]
    public void Check_OneLongSentence_IsCheckedInPartsAndSaysSo(string head, string unit)
    {
        var text = Sentence(head, unit, 64 * 1024);

        var report = Answers.Check(Knowledge.Atlas, text, Knowledge.Today);

        var cut = Assert.Single(report.Cut);
        Assert.Equal(0, cut.Start);
        Assert.True(cut.End >= text.TrimEnd().Length - 1, $"the cut stretch {cut} covers the text");
        Assert.True(report.Sentences >= text.Length / Sentences.MaxLength, $"{report.Sentences} parts");
    }

    [Fact]
    public void Check_CancelledToken_Stops()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Answers.Check(Knowledge.Atlas, "NATO was founded in 1949. Japan is not a member of NATO.", Knowledge.Today, cancel.Token));
    }

    [Fact]
    public void Check_TokenCancelledDuringTheCheck_StopsBeforeTheEnd()
    {
        // A disconnected client: the token fires while the 38,000 sentences of a 1 MiB text are being read (each one read,
        // so the check lasts far longer than the timer's millisecond; the parts of one long sentence were too quick to read).
        var text = Sentence("", "Japan is a member of NATO. ", Mebibyte);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));

        Assert.ThrowsAny<OperationCanceledException>(() => Answers.Check(Knowledge.Atlas, text, Knowledge.Today, cancel.Token));
    }

    [Theory]
    [InlineData("Was Finland in NATO on 9999-12-31?", "9999")]
    [InlineData("Was Finland in NATO on 0000-00-00?", "0000-00-00")]
    [InlineData("Was Finland in NATO on 2023-13-45?", "month 13")]
    [InlineData("Was Finland in NATO on 2023-02-30?", "no day 30")]
    [InlineData("Was England allied with Portugal in 1386", "1386")]
    public void Ask_DateOutOfRange_IsRefusedSayingWhy(string question, string why)
    {
        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.StartsWith("The date is not understood:", answer.Text, StringComparison.Ordinal);
        Assert.Contains(why, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnyDateWritten_IsThatDayOrRefused()
    {
        // Never silently "today": a written YYYY-MM-DD either is the day answered for, or the answer says why not.
        var gen = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 99], Gen.Int[0, 99]);
        gen.Sample((y, m, d) =>
        {
            var written = $"{y:D4}-{m:D2}-{d:D2}";
            var answer = Knowledge.Ask($"Was Finland a member of NATO on {written}?");
            var valid = y is >= 1600 and <= 2099 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
            if (valid)
                Assert.Equal(new DateOnly(y, m, d), answer.On);
            else
                Assert.StartsWith("The date is not understood:", answer.Text, StringComparison.Ordinal);
        }, iter: Fuzz.Iterations(300));
    }

    [Fact]
    public void Ask_AnyQuestion_NeverThrows()
    {
        Texts.Sample(q =>
        {
            var answer = Answers.Ask(Knowledge.Atlas, q, Knowledge.Today);
            Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        }, iter: Fuzz.Iterations(300), print: t => t);
    }
}
