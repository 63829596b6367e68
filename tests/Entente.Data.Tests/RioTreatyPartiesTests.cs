using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Tests;

/// <summary>
/// The Rio Treaty's parties whose deposit dates were not read (data/treaties/rio-treaty.yaml): Venezuela's Congress
/// approved the treaty by a law published on 14 May 1949, so it cannot have been bound from the entry into force
/// (1948-12-03), as the data before had it.
/// </summary>
public class RioTreatyPartiesTests
{
    private static readonly TreatyId Rio = new("rio-treaty");

    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException("The built-in data did not load.");

    [Fact]
    public void RioTreaty_Venezuela_NotAPartyBeforeItsLawOfApprovalWasPublished()
    {
        var venezuela = Assert.Single(Atlas.Treaty(Rio).Parties, p => p.Actor == new ActorId("VEN"));

        Assert.Equal("1949-05-14", venezuela.Joined.ToString());
        Assert.Contains(new SourceId("an5-gaceta-ven-1949-05-14-tiar"), venezuela.Sources);
    }
}
