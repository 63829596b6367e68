using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Data.Tests;

/// <summary>
/// The SEATO Protocol's designation of Laos (data/treaties/seato.yaml): counted until the Declaration on the Neutrality
/// of Laos of 23 July 1962, in which the Lao government declared it would not recognize the protection of any military
/// alliance or coalition, including SEATO. The data before kept the pledge towards Laos in force with no end.
/// </summary>
public class SeatoProtocolTests
{
    private static readonly TreatyId Manila = new("southeast-asia-collective-defense-treaty");

    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException("The built-in data did not load.");

    [Fact]
    public void Attack_LaosIn1960_TheProtocolObligesTheManilaParties()
    {
        var analysis = Obligations.Attack(Atlas, new ActorId("LAO"), new DateOnly(1960, 6, 1));

        var protocol = Assert.Single(analysis.Obligations, o => o.Treaty.Id == Manila);
        Assert.Equal("Protocol (Laos)", protocol.Provision.Article);
        Assert.Contains(new ActorId("USA"), protocol.Guarantors);
    }

    [Theory]
    [InlineData("1962-07-23")]
    [InlineData("1970-06-30")]
    [InlineData("2016-06-30")]
    [InlineData("2026-12-01")]
    public void Attack_LaosFromTheNeutralityDeclarationOn_NoManilaTreatyObligation(string on)
    {
        var analysis = Obligations.Attack(Atlas, new ActorId("LAO"), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

        Assert.DoesNotContain(analysis.Obligations, o => o.Treaty.Id == Manila);
    }

    [Fact]
    public void Protocol_Laos_EndsOn23July1962WithItsSources()
    {
        var laos = Assert.Single(Atlas.Treaty(Manila).Provisions, p => p.Beneficiaries.Contains(new ActorId("LAO")));

        Assert.Equal("1962-07-23", laos.To?.ToString());
        Assert.Contains(new SourceId("an5-cia-laos-neutrality-declaration-1962"), laos.Sources);
    }
}
