using Entente.Core.Model;

namespace Entente.Core.Tests;

/// <summary>A tiny atlas built in code: an organization of three states, one of which left.</summary>
internal static class AtlasFixture
{
    public static readonly SourceId S = new("s");

    public static Atlas.Atlas Build()
    {
        Actor State(string id, string name, params string[] aliases) =>
            new() { Id = new(id), Kind = ActorKind.State, Name = name, Aliases = aliases, Sources = [S] };
        var treaty = new TreatyId("pact");
        Party Party(string actor, string joined, string? left = null) => new()
        {
            Treaty = treaty,
            Actor = new(actor),
            Joined = PartialDate.Parse(joined),
            How = JoinHow.Accession,
            Left = left is null ? null : PartialDate.Parse(left),
            LeftHow = left is null ? null : LeaveHow.Withdrawal,
            Sources = [S],
        };
        return new Atlas.Atlas(
            new Dataset("fixture", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [
                State("FIN", "Finland", "Suomi"), State("SWE", "Sweden"), State("FRA", "France"),
                State("KOR", "South Korea", "Republic of Korea", "ROK"), State("PRK", "North Korea", "DPRK"),
                new Actor { Id = new("ORG"), Kind = ActorKind.Organization, Name = "The Pact Organization", Aliases = ["TPO"], Existed = new(PartialDate.Parse("1949-08-24"), null), Sources = [S] },
            ],
            [
                new Treaty
                {
                    Id = treaty, Name = "The Pact", Kind = TreatyKind.Alliance, InForce = PartialDate.Parse("1949-08-24"), Organization = new("ORG"), Sources = [S],
                    Parties = [Party("FRA", "1949-08-24", "1966-07-01"), Party("FIN", "2023-04-04"), Party("SWE", "2024-03-07")],
                },
            ],
            [], [], []);
    }
}
