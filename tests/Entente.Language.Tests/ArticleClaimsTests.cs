namespace Entente.Language.Tests;

/// <summary>
/// Articles of our own on other states (Articles/*.txt), each with a labelled table (*.tsv), so the checker is
/// not tuned to the seed alone. Quoting and negation must flip the verdict.
/// </summary>
public class ArticleClaimsTests
{
    public static TheoryData<string, string, string, string> Labels()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var table in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.tsv").Order(StringComparer.Ordinal))
        {
            var article = Path.GetFileNameWithoutExtension(table);
            foreach (var line in File.ReadAllLines(table).Skip(1).Where(l => l.Length > 0))
            {
                var cells = line.Split('\t');
                data.Add(article, cells[0], cells[1], cells[2]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Check_OwnArticles_EachLabelledClaim(string article, string id, string span, string label)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", article + ".txt"));
        var report = Answers.Check(Knowledge.Atlas, text, Knowledge.Today);

        var claim = SeedClaimsTests.Over(report, text, span);

        Assert.True(claim is not null, $"{article} {id}: no claim found over \"{span}\"");
        Assert.Equal(SeedClaimsTests.Parse(label), claim!.Verdict);
    }

    [Fact]
    public void Check_OwnArticles_CoverFourStatesAndEveryVerdict()
    {
        var labels = Labels().Select(r => ((string)r[0], (string)r[3])).ToArray();

        Assert.Equal(["australia", "south-korea", "switzerland", "ukraine"], labels.Select(l => l.Item1).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["contradicted", "not-checkable", "partly-supported", "supported"], labels.Select(l => l.Item2).Distinct().Order(StringComparer.Ordinal));
    }
}
