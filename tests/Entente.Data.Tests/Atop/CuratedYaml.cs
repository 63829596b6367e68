namespace Entente.Data.Tests.Atop;

internal static class CuratedYaml
{
    /// <summary>A small curated data set: a one-way defence article, a suspension, and a state whose COW code changes.</summary>
    public const string Text = """
        dataset: {name: Test data, reviewed: 2026-11-27}
        sources:
          - {id: s1, title: A treaty text, publisher: A ministry, url: "https://example.org/treaty", read: 2026-11-27, kind: primary}
        actors:
          - {id: USA, kind: state, name: United States, cow: [{code: 2, from: 1816-01-01}], source: s1}
          - {id: JPN, kind: state, name: Japan, cow: [{code: 740, from: 1860-01-01, to: 1945-08-15}, {code: 740, from: 1952-04-28}], source: s1}
          - {id: NZL, kind: state, name: New Zealand, cow: [{code: 920, from: 1920-01-10}], source: s1}
          - {id: DEU, kind: state, name: Germany, cow: [{code: 260, from: 1955-05-05, to: 1990-10-03}, {code: 255, from: 1990-10-03}], source: s1}
          - {id: FRA, kind: state, name: France, cow: [{code: 220, from: 1944-08-25}], source: s1}
          - {id: PAC, kind: organization, name: A Pacific Council, source: s1}
        treaties:
          - id: usa-jpn-security
            name: A security treaty
            kind: alliance
            in-force: 1960-06-23
            source: s1
            parties:
              - {actor: USA, joined: 1960-06-23, how: founding}
              - {actor: JPN, joined: 1960-06-23, how: founding}
            provisions:
              - {article: "IV", kind: consultation, direction: mutual}
              - {article: "V", kind: defence, direction: one-way, obliged: [USA], beneficiaries: [JPN]}
              - {article: "VI", kind: basing, direction: mutual}
          - id: usa-nzl-pact
            name: A Pacific pact
            kind: alliance
            in-force: 1952-04-29
            organization: PAC
            source: s1
            parties:
              - {actor: USA, joined: 1952-04-29, how: founding}
              - {actor: NZL, joined: 1952-04-29, how: founding}
            suspensions:
              - {actor: USA, towards: NZL, from: 2019-09-17}
            provisions:
              - {article: "4", kind: defence, direction: mutual}
          - id: fra-deu-friendship
            name: A friendship treaty
            kind: other
            in-force: 1963-07-02
            source: s1
            parties:
              - {actor: FRA, joined: 1963-07-02, how: founding}
              - {actor: DEU, joined: 1963-07-02, how: founding}
            provisions:
              - {article: "1", kind: consultation, direction: mutual}
          - id: no-pledges
            name: A basing agreement
            kind: other
            in-force: 1990
            source: s1
            parties:
              - {actor: USA, joined: 1990, how: founding}
              - {actor: JPN, joined: 1990, how: founding}
            provisions:
              - {article: "1", kind: basing, direction: mutual}
        """;
}
