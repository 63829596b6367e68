using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>The shipped reasons of data/reasons/reasons3.yaml: each one's subject, change and date, and the statements
/// that carry its sources, so that a later edit that moves or drops one fails here.</summary>
public class ReasonsThreeTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException(string.Join('\n', BuiltInDataTests.Result.Problems.Take(20)));

    private static Reason Reason(string id) => Atlas.Background.Reasons.Single(r => r.Id.Value == id);

    [Theory]
    [InlineData("nato-founding-czech-coup-and-berlin-blockade", "", EntityKind.Treaty, "north-atlantic-treaty", Change.Founding, "1949-04-04")]
    [InlineData("us-rok-treaty-after-korean-war", "", EntityKind.Treaty, "us-rok-mutual-defense-treaty", Change.Founding, "1953-10-01")]
    [InlineData("seato-founded-two-southeast-asian-members", "", EntityKind.Treaty, "southeast-asia-collective-defense-treaty", Change.Founding, "1954-09-08")]
    [InlineData("anglo-japanese-alliance-against-russia-1902", "", EntityKind.Treaty, "anglo-japanese-agreement-1902", Change.Founding, "1902-01-30")]
    [InlineData("triple-entente-formed-1904-1907", "", EntityKind.Actor, "TRIPLE-ENTENTE", Change.Founding, "1907-08-31")]
    [InlineData("warsaw-treaty-answer-to-paris-agreements-1955", "", EntityKind.Treaty, "warsaw-treaty-1955", Change.Founding, "1955-05-14")]
    [InlineData("finland-applies-to-join-nato-2022", "FIN", EntityKind.Treaty, "north-atlantic-treaty", Change.Accession, "2022-05-18")]
    [InlineData("sweden-applies-to-join-nato-2022", "SWE", EntityKind.Treaty, "north-atlantic-treaty", Change.Accession, "2022-05-18")]
    [InlineData("pakistan-joins-seato-1954", "PAK", EntityKind.Treaty, "southeast-asia-collective-defense-treaty", Change.Accession, "1954-09-08")]
    [InlineData("pakistan-joins-baghdad-pact-1955", "PAK", EntityKind.Actor, "CENTO", Change.Accession, "1955-09-23")]
    [InlineData("pakistan-leaves-seato-no-help-against-india", "PAK", EntityKind.Treaty, "southeast-asia-collective-defense-treaty", Change.Withdrawal, "1972")]
    [InlineData("ceausescu-condemns-invasion-of-czechoslovakia-1968", "ROU", EntityKind.Treaty, "warsaw-treaty-1955", Change.Objection, "1968-08-21")]
    [InlineData("france-objects-to-aukus-2021", "FRA", EntityKind.Partnership, "aukus", Change.Objection, "2021-09-15")]
    [InlineData("china-objects-to-aukus-2021", "CHN", EntityKind.Partnership, "aukus", Change.Objection, "2021-09-16")]
    [InlineData("iraq-not-in-gcc", "IRQ", EntityKind.Actor, "GCC", Change.Other, "1981-05-25")]
    public void Reason_ById_HasItsSubjectChangeAndDate(string id, string state, EntityKind kind, string about, Change change, string date)
    {
        var reason = Reason(id);

        Assert.Equal(state.Length == 0 ? null : new ActorId(state), reason.Actor);
        Assert.Equal((kind, about), (reason.AboutKind, reason.About));
        Assert.Equal(change, reason.Change);
        Assert.Equal(date, reason.Date.ToString());
    }

    [Fact]
    public void FinlandsApplication_StatesArticle5InTheGovernmentsOwnWords()
    {
        var stated = Reason("finland-applies-to-join-nato-2022").Stated;

        var report = Assert.Single(stated, s => s.Text.Contains("Article 5", StringComparison.Ordinal));
        Assert.True(report.Quoted);
        Assert.Equal(new ActorId("FIN"), report.Speaker);
        Assert.Equal("2022-05-15", report.Date?.ToString());
    }

    [Fact]
    public void PakistanAndSeato_WhyItJoinedAndWhyItLeft_BothNameIndia()
    {
        var reasons = Atlas.ReasonsFor(new ActorId("PAK"), new EntityRef(EntityKind.Actor, "SEATO", "SEATO"));

        Assert.Contains(reasons, r => r.Change == Change.Accession && r.Context.Any(s => s.Text.Contains("India", StringComparison.Ordinal)));
        Assert.Contains(reasons, r => r.Change == Change.Withdrawal && r.Context.Any(s => s.Text.Contains("India", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("pakistan-joins-seato-1954")]
    [InlineData("pakistan-leaves-seato-no-help-against-india")]
    [InlineData("ceausescu-condemns-invasion-of-czechoslovakia-1968")]
    public void StatementWithAWeakSource_AlsoRestsOnAStrongerOne(string id)
    {
        var statements = Reason(id).Stated.Concat(Reason(id).Context).ToArray();

        Assert.All(statements, s => Assert.Contains(s.Sources, source => Atlas.Source(source).Kind is SourceKind.Primary or SourceKind.Reference or SourceKind.Copy));
    }
}
