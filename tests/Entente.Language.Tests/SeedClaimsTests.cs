using Entente.Language.Claims;
using Entente.Testing;

namespace Entente.Language.Tests;

/// <summary>
/// ../shared/seed/claims.tsv is the specification: its labelled spans in the seed article, each with the
/// verdict Entente must give.
/// </summary>
public class SeedClaimsTests
{
    private static readonly string Seed = Path.Combine(Repository.Shared("seed"), "why-is-japan-not-part-of-nato.txt");
    private static readonly string Article = File.ReadAllText(Seed);
    private static readonly ClaimReport Report = Answers.Check(Knowledge.Atlas, Article, Knowledge.Today);

    public static TheoryData<string, string, string> Labels()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Repository.Shared("seed"), "claims.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2]);
        }
        return data;
    }

    internal static Verdict Parse(string label) => label switch
    {
        "supported" => Verdict.Supported,
        "partly-supported" => Verdict.PartlySupported,
        "contradicted" => Verdict.Contradicted,
        "not-checkable" => Verdict.NotCheckable,
        _ => throw new ArgumentException($"Unknown verdict '{label}'.", nameof(label)),
    };

    /// <summary>The claim Entente found over a labelled span (overlapping it), or null.</summary>
    internal static CheckedClaim? Over(ClaimReport report, string article, string span)
    {
        var start = article.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the labelled span is in the article: {span}");
        var end = start + span.Length;
        return report.Claims.Where(c => c.Start < end && start < c.End)
            .OrderByDescending(c => Math.Min(c.End, end) - Math.Max(c.Start, start)).FirstOrDefault();
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Check_SeedClaim_GetsTheLabelledVerdict(string id, string span, string label)
    {
        var claim = Over(Report, Article, span);

        Assert.True(claim is not null, $"{id}: no claim found over \"{span}\"");
        Assert.Equal(Parse(label), claim!.Verdict);
        Assert.Equal(Article[claim.Start..claim.End], claim.Span);
        if (claim.Verdict is Verdict.PartlySupported or Verdict.Contradicted)
            Assert.False(string.IsNullOrWhiteSpace(claim.Correction), $"{id} carries a correction");
        if (claim.Verdict != Verdict.NotCheckable)
            Assert.NotEmpty(claim.Sources);
    }

    [Fact]
    public void Check_SeedArticle_AtLeast23Of25AndNoContradictedClaimCalledSupported()
    {
        var rows = Labels().Select(r => ((string)r[0], (string)r[1], Parse((string)r[2]))).ToArray();
        var right = rows.Count(r => Over(Report, Article, r.Item2)?.Verdict == r.Item3);

        Assert.Equal(25, rows.Length);
        Assert.True(right >= 23, $"{right} of 25 labelled verdicts");
        Assert.DoesNotContain(rows, r => r.Item3 == Verdict.Contradicted && Over(Report, Article, r.Item2)?.Verdict == Verdict.Supported);
    }

    [Fact]
    public void Check_SeedArticle_JapanNeutralContradictedWithTheTreaty()
    {
        var claim = Over(Report, Article, "Japan’s neutral status allows it to act as an intermediary in conflict resolution and diplomatic negotiations")!;

        Assert.Equal("Japan is not neutral: it is a treaty ally under the Treaty of Mutual Cooperation and Security between Japan and the United States of America.", claim.Correction);
    }
}
