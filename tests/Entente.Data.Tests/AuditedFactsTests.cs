using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Data.Tests;

/// <summary>The shipped data on the facts the truth audit (issue 11) found wrong: each fails on the data before it.</summary>
public class AuditedFactsTests
{
    private static Atlas Atlas => BuiltInDataTests.Result.Atlas ?? throw new InvalidOperationException("The built-in data did not load.");
    private static readonly TreatyId Rio = new("rio-treaty");

    [Fact]
    public void RioTreaty_Cuba_ExcludedFromParticipationSince31January1962()
    {
        var suspension = Assert.Single(Atlas.Treaty(Rio).Suspensions, s => s.Actor == new ActorId("CUB"));

        Assert.Null(suspension.Towards);
        Assert.Equal("1962-01-31", suspension.From.ToString());
        Assert.Empty(Atlas.SuspensionsOn(Rio, new ActorId("CUB"), new DateOnly(1962, 1, 30)));
        Assert.NotEmpty(Atlas.SuspensionsOn(Rio, new ActorId("CUB"), new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Attack_UnitedStatesIn2026_CubaIsNoGuarantorUnderTheRioTreaty()
    {
        var analysis = Obligations.Attack(Atlas, new ActorId("USA"), new DateOnly(2026, 12, 1));

        var article3 = analysis.Obligations.Single(o => o.Treaty.Id == Rio && o.Provision.Article == "3");
        Assert.DoesNotContain(new ActorId("CUB"), article3.Guarantors);
        Assert.Contains(new ActorId("BRA"), article3.Guarantors);
    }

    [Fact]
    public void Attack_UnitedStatesIn1960_CubaStillBoundUnderTheRioTreaty()
    {
        var analysis = Obligations.Attack(Atlas, new ActorId("USA"), new DateOnly(1960, 1, 1));

        Assert.Contains(new ActorId("CUB"), analysis.Obligations.Single(o => o.Treaty.Id == Rio && o.Provision.Article == "3").Guarantors);
    }

    [Theory]
    [InlineData("BOL", "1950-09-26", "2014-10-17")]
    [InlineData("ECU", "1950-11-07", "2016-02-19")]
    public void RioTreaty_DenouncingStates_AreFormerPartiesWithTheirDates(string state, string joined, string left)
    {
        var party = Assert.Single(Atlas.Treaty(Rio).Parties, p => p.Actor == new ActorId(state));

        Assert.Equal(joined, party.Joined.ToString());
        Assert.Equal(left, party.Left?.ToString());
        Assert.Equal(LeaveHow.Denunciation, party.LeftHow);
        Assert.DoesNotContain(Atlas.PartiesOn(Rio, new DateOnly(2026, 12, 1)), p => p.Actor == new ActorId(state));
    }

    [Fact]
    public void Anzus_UsSuspensionTowardsNewZealand_DatedOnThe11August1986Statement()
    {
        var suspension = Assert.Single(Atlas.Treaty(new TreatyId("anzus")).Suspensions);

        Assert.Equal((new ActorId("USA"), new ActorId("NZL")), (suspension.Actor, suspension.Towards!.Value));
        Assert.Equal("1986-08-11", suspension.From.ToString());
        Assert.Contains(new SourceId("sunsentinel-1986-08-12-us-ends-nz-ties"), suspension.Sources);
    }

    [Theory]
    [InlineData("FIN", "1994-01-05", false)]
    [InlineData("FIN", "1994-01-10", true)]
    [InlineData("SWE", "1994-01-01", false)]
    [InlineData("TKM", "1994-06-01", true)]
    public void Affiliations_PfpJoinKnownOnlyAs1994_NotBeforeTheProgrammeBegan(string state, string on, bool current)
    {
        var pfp = Atlas.AffiliationsOf(new ActorId(state), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture))
            .Single(a => a.Id == "nato-partnership-for-peace");

        Assert.Equal(current, pfp.Current);
        Assert.Equal("1994-01-10", pfp.Period.From?.ToString());
    }

    [Fact]
    public void Attack_SouthVietnamIn1960_SeatoProtocolObligesTheParties()
    {
        var analysis = Obligations.Attack(Atlas, new ActorId("XRV"), new DateOnly(1960, 6, 1));

        var protocol = Assert.Single(analysis.Obligations);
        Assert.Equal("Protocol", protocol.Provision.Article);
        Assert.Contains(new ActorId("USA"), protocol.Guarantors);
        Assert.Contains(new ActorId("USA"), analysis.Defenders);
    }

    [Fact]
    public void States_UnAdmissionDates_AreWholeDays()
    {
        var partial = Atlas.Actors.Where(a => a.UnJoined is { IsComplete: false }).Select(a => a.Id.Value).ToArray();

        Assert.Empty(partial);
    }

    [Theory]
    [InlineData("MDG", "1960-09-20")]
    [InlineData("NGA", "1960-10-07")]
    [InlineData("NOR", "1945-11-27")]
    [InlineData("MEX", "1945-11-07")]
    [InlineData("OMN", "1971-10-07")]
    [InlineData("LIE", "1990-09-18")]
    public void States_UnAdmission_OnTheDayTheUnRosterGives(string state, string admitted)
    {
        Assert.Equal(admitted, Atlas.Actor(new ActorId(state)).UnJoined?.ToString());
    }

    [Fact]
    public void States_Madagascar_NotAUnMemberBeforeItsIndependence()
    {
        var madagascar = Atlas.Actor(new ActorId("MDG"));

        Assert.True(madagascar.UnJoined!.Value.FirstDay >= madagascar.Cow[0].From.FirstDay);
    }

    [Fact]
    public void Csto_UzbekistanReturn_DatedWhenItsRatificationWasComplete_NotOnTheSummit()
    {
        var treaty = Assert.Single(Atlas.Treaty(new TreatyId("collective-security-treaty")).Parties, p => p.Actor == new ActorId("UZB") && p.Left is null);
        var charter = Assert.Single(Atlas.Treaty(new TreatyId("csto-charter")).Parties, p => p.Actor == new ActorId("UZB"));

        Assert.Equal("2006-12-13", treaty.Joined.ToString());
        Assert.Equal("2006-08-16", treaty.Signed?.ToString());
        Assert.Equal("2008-03-28", charter.Joined.ToString());
        Assert.DoesNotContain(Atlas.PartiesOn(new TreatyId("collective-security-treaty"), new DateOnly(2006, 7, 1)), p => p.Actor == new ActorId("UZB"));
    }

    [Fact]
    public void States_China_RepresentedByThePeoplesRepublicOnlyFrom25October1971()
    {
        var china = Atlas.Actor(new ActorId("CHN"));

        Assert.Equal("1945-10-24", china.UnJoined?.ToString());
        Assert.Equal("1971-10-25", china.UnRepresentedFrom?.ToString());
        Assert.Contains("Republic of China", china.UnNote, StringComparison.Ordinal);
        Assert.Contains(new SourceId("un-ga-res-2758"), china.Sources);
    }

    [Fact]
    public void Anzus_ArticleIV_QuotedInTheTreatysOwnSpelling()
    {
        var article = Atlas.Treaty(new TreatyId("anzus")).Provisions.Single(p => p.Article == "IV");

        Assert.StartsWith("Each Party recognizes that an armed attack in the Pacific Area", article.Text, StringComparison.Ordinal);
        Assert.Contains(new SourceId("ww-aspi-anzus-article-iv"), article.Sources);
    }

    [Fact]
    public void RioTreaty_VenezuelasReturnIn2019_ADisputedAccessionNotAMembership()
    {
        var venezuela = new ActorId("VEN");

        var reason = Assert.Single(Atlas.ReasonsFor(venezuela), r => r.About == Rio.Value && r.Date.ToString() == "2019-07-23");
        Assert.Equal(Change.DisputedAccession, reason.Change);
        Assert.DoesNotContain(Atlas.PartiesOn(Rio, new DateOnly(2020, 1, 1)), p => p.Actor == venezuela);
    }

    [Fact]
    public void ArabLeagueJointDefence_PartiesBeyondIraq_WithEgyptAndSyriaSuspendedNotGone()
    {
        var treaty = new TreatyId("arab-league-joint-defence-treaty");
        var parties = Atlas.PartiesOn(treaty, new DateOnly(2026, 12, 1)).Select(p => p.Actor.Value).ToHashSet();

        Assert.Superset(new HashSet<string> { "EGY", "IRQ", "JOR", "LBN", "SAU", "SYR", "YEM", "MAR", "KWT", "DZA", "COM" }, parties);
        Assert.NotEmpty(Atlas.SuspensionsOn(treaty, new ActorId("EGY"), new DateOnly(1985, 1, 1)));
        Assert.Empty(Atlas.SuspensionsOn(treaty, new ActorId("EGY"), new DateOnly(1990, 1, 1)));
        Assert.NotEmpty(Atlas.SuspensionsOn(treaty, new ActorId("SYR"), new DateOnly(2015, 1, 1)));
        Assert.Empty(Atlas.SuspensionsOn(treaty, new ActorId("SYR"), new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Attack_SyriaIn2015_NoArabLeaguePartyObligedWhileItsParticipationIsSuspended()
    {
        var analysis = Obligations.Attack(Atlas, new ActorId("SYR"), new DateOnly(2015, 1, 1));

        var arab = analysis.Obligations.Single(o => o.Treaty.Id == new TreatyId("arab-league-joint-defence-treaty"));
        Assert.Empty(arab.Guarantors);
        Assert.Contains(arab.Excluded, e => e.Actor == new ActorId("EGY"));
    }

    [Fact]
    public void Anzus_ReasonForTheUsSuspension_DatedLikeTheSuspension()
    {
        var reason = Assert.Single(Atlas.ReasonsFor(new ActorId("NZL")), r => r.About == "anzus" && r.Change == Change.Suspension);

        Assert.Equal("1986-08-11", reason.Date.ToString());
        Assert.Contains(reason.Stated, st => st.Date?.ToString() == "1986-08-11" && st.Sources.Contains(new SourceId("sunsentinel-1986-08-12-us-ends-nz-ties")));
    }
}
