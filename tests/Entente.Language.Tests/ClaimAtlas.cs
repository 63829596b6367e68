using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Tests;

/// <summary>
/// A small atlas built in code for the claim tests: the Northern Alliance (Ruritania, Freedonia) with a mutual,
/// discretionary Article 5 and an Article 4 on consultation invoked once (by Ruritania and Freedonia in 2014), its Article 5 quoted; a one-way Freedonia–Ruritania treaty
/// with a basing article; neutral Neutralia; Ruritania's constitution renouncing force.
/// </summary>
internal static class ClaimAtlas
{
    public static readonly SourceId S = new("s");
    public static readonly DateOnly On = new(2026, 11, 27);

    /// <summary>The words of the Northern Treaty's Article 5, as the data quotes them.</summary>
    public const string Article5 = "The Parties agree that an armed attack against one or more of them in the North shall be considered an attack against them all, "
        + "and each of them, in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations, will assist the Party so attacked.";

    public static readonly Atlas Atlas = Build();

    private static Atlas Build()
    {
        Actor State(string id, string name) => new() { Id = new(id), Kind = ActorKind.State, Name = name, Sources = [S] };
        Party Party(string treaty, string actor, string joined) =>
            new() { Treaty = new(treaty), Actor = new(actor), Joined = PartialDate.Parse(joined), How = JoinHow.Founding, Sources = [S] };
        Provision Provision(string treaty, string article, ProvisionKind kind, Direction? direction = null, string[]? beneficiaries = null, Response? response = null) => new()
        {
            Treaty = new(treaty),
            Article = article,
            Kind = kind,
            Direction = direction,
            Response = response,
            Beneficiaries = [.. (beneficiaries ?? []).Select(b => new ActorId(b))],
            Obliged = direction == Direction.OneWay ? [new("FRE")] : [],
            Summary = $"{kind} clause.",
            Sources = [S],
        };
        return new Atlas(
            new Dataset("claims", PartialDate.Parse("2026-11-27")),
            [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
            [
                State("RUR", "Ruritania"), State("FRE", "Freedonia"), State("NEU", "Neutralia"),
                new Actor { Id = new("NAL"), Kind = ActorKind.Organization, Name = "Northern Alliance", Existed = new(PartialDate.Parse("1950-01-01"), null), Sources = [S] },
            ],
            [
                new Treaty
                {
                    Id = new("NTR"), Name = "Northern Treaty", Kind = TreatyKind.Alliance, Signed = PartialDate.Parse("1950-01-01"), InForce = PartialDate.Parse("1950-01-01"),
                    Organization = new("NAL"), Sources = [S],
                    Parties = [Party("NTR", "RUR", "1950-01-01"), Party("NTR", "FRE", "1950-01-01")],
                    Provisions = [Provision("NTR", "4", ProvisionKind.Consultation), Provision("NTR", "5", ProvisionKind.Defence, Direction.Mutual, response: Response.Discretionary) with { Text = Article5 }],
                },
                new Treaty
                {
                    Id = new("FRT"), Name = "Freedonia-Ruritania Guarantee Treaty", Kind = TreatyKind.Alliance, Signed = PartialDate.Parse("1960-01-19"), InForce = PartialDate.Parse("1960-06-23"),
                    Sources = [S],
                    Parties = [Party("FRT", "RUR", "1960-06-23"), Party("FRT", "FRE", "1960-06-23")],
                    Provisions = [Provision("FRT", "1", ProvisionKind.Defence, Direction.OneWay, ["RUR"], Response.Automatic), Provision("FRT", "6", ProvisionKind.Basing)],
                },
            ],
            [
                new Policy { Id = new("neu-neutrality"), Actor = new("NEU"), Name = "Permanent neutrality of Neutralia", Kind = PolicyKind.Neutrality, From = PartialDate.Parse("1955-10-26"), Summary = "Neutralia is permanently neutral.", Sources = [S] },
                new Policy { Id = new("rur-constitution"), Actor = new("RUR"), Name = "Constitution of Ruritania, Article 9", Kind = PolicyKind.Constitutional, From = PartialDate.Parse("1947-05-03"), Terms = ["renounces the use of force to settle disputes"], Sources = [S] },
            ],
            [],
            [
                new Event { Id = new("nal-art4-2014"), Date = PartialDate.Parse("2014-03-04"), Kind = EventKind.Invocation, Actors = [new("NAL"), new("RUR"), new("FRE")], Treaty = new("NTR"), Article = "4", Summary = "Ruritania and Freedonia asked for consultations.", Sources = [S] },
                new Event { Id = new("neu-invaded-1968"), Date = PartialDate.Parse("1968-08-20"), Kind = EventKind.Invasion, Actors = [new("RUR"), new("FRE")], Targets = [new("NEU")], Treaty = new("NTR"), Summary = "Ruritanian and Freedonian troops invaded Neutralia.", Sources = [S] },
                new Event { Id = new("fre-declares-1956"), Date = PartialDate.Parse("1956-11-01"), Kind = EventKind.Announcement, Announces = EventKind.Withdrawal, Actors = [new("FRE")], Treaty = new("NTR"), Summary = "Freedonia declared it would leave the Northern Alliance; it never did.", Sources = [S] },
                new Event { Id = new("rur-freeze-2024"), Date = PartialDate.Parse("2024-02-22"), Kind = EventKind.Announcement, Announces = EventKind.Suspension, Actors = [new("RUR")], Treaty = new("NTR"), Summary = "Ruritania froze its part in the Northern Alliance.", Sources = [S] },
            ]);
    }
}
