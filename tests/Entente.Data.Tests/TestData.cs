namespace Entente.Data.Tests;

/// <summary>A small valid data set, as YAML text, that each test copies and breaks in one place.</summary>
internal static class TestData
{
    public const string File = "data/test.yaml";

    public const string Valid = """
        dataset: {name: Test data, reviewed: 2026-11-27}
        sources:
          - {id: s1, title: A treaty text, publisher: A ministry, url: "https://example.org/treaty", read: 2026-11-27, kind: primary}
          - {id: s2, title: A member list, publisher: An organization, url: "https://example.org/members", read: 2026-11-27, kind: reference}
        actors:
          - {id: AAA, kind: state, name: Alpha, aliases: [Alphaland], demonyms: [Alphan], european: true, source: s2}
          - {id: BBB, kind: state, name: North Beta, european: false, source: s2}
          - {id: BBC, kind: state, name: South Beta, european: false, source: s2}
          - {id: CCC, kind: state, name: Gamma, existed: {from: 1950, to: 1990-10-03}, european: true, source: s2}
          - {id: ORG, kind: organization, name: Test Treaty Organization, aliases: [TTO], existed: {from: 1949-08-24}, source: s1}
        treaties:
          - id: test-treaty
            name: The Test Treaty
            kind: alliance
            signed: 1949-04-04
            in-force: 1949-08-24
            organization: ORG
            source: s1
            parties:
              - {actor: AAA, joined: 1949-08-24, how: founding, source: s2}
              - {actor: BBB, joined: 1952-02-18, how: accession, source: s2}
              - {actor: CCC, joined: 1955-05-06, how: accession, left: 1990-10-03, left-how: succession}
            provisions:
              - {article: "5", kind: defence, direction: mutual, response: discretionary, summary: An attack on one is an attack on all.}
        """;

    public static LoadResult Load(string yaml) => DataSetLoader.Load([new DataFile(File, yaml)]);

    /// <summary>The valid data with one piece of text replaced; fails the test if the text is not there.</summary>
    public static string With(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line of the first line containing <paramref name="text"/> in <paramref name="yaml"/>.</summary>
    public static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
