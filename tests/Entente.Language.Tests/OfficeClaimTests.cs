using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Language.Claims;

namespace Entente.Language.Tests;

/// <summary>
/// The offices a text gives the people it names, checked against the holders the data records, on an atlas built
/// here: Ruritania's president and defence minister, and the Northern Alliance's Secretary General.
/// </summary>
public class OfficeClaimTests
{
    private static readonly SourceId S = new("s");

    private static OfficeHolder Holder(string name, string from, string? to) => new(name, new ActorId("RUR"), PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to), null, [S]);

    private static readonly Atlas Atlas = new(
        new Dataset("offices", PartialDate.Parse("2026-11-27")),
        [new Source { Id = S, Title = "t", Publisher = "p", Url = "https://example.org", Read = PartialDate.Parse("2026-11-27") }],
        [
            new Actor { Id = new("RUR"), Kind = ActorKind.State, Name = "Ruritania", Demonyms = ["Ruritanian"], Sources = [S] },
            new Actor { Id = new("NAL"), Kind = ActorKind.Organization, Name = "Northern Alliance", Aliases = ["NAL"], Sources = [S] },
        ],
        [], [], [], [],
        background: new Background
        {
            Offices =
            [
                new Office(new("RUR"), "President", true, [Holder("Anton Berg", "2001-01-20", "2009-01-20"), Holder("Clara Dorn", "2009-01-20", null)], [S]),
                new Office(new("RUR"), "Minister of Defence", false, [Holder("Leon E. Panetto", "2011-07-01", "2013-02-27"), Holder("Chuck Hagelstein", "2013-02-27", null)], [S]),
                new Office(new("NAL"), "Secretary General", true, [Holder("Jens Stolten", "2014-10-01", "2024-10-01"), Holder("Mark Rutten", "2024-10-01", null)], [S]),
            ],
        });

    private static CheckedClaim Only(string text, string on) => Assert.Single(Answers.Check(Atlas, text, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).Claims);

    [Theory]
    [InlineData("He met Ruritanian Defence Minister Leon Panetto at the Pentagon.", "Ruritanian Defence Minister Leon Panetto", "2012-06-20")]
    [InlineData("He met the Ruritanian defence secretary Leon Panetto.", "Ruritanian defence secretary Leon Panetto", "2012-06-20")]
    [InlineData("Leon Panetto, Ruritania's Minister of Defence, said so.", "Leon Panetto, Ruritania's Minister of Defence", "2012-06-20")]
    [InlineData("Jens Stolten, the NAL Secretary General, spoke.", "Jens Stolten, the NAL Secretary General", "2015-06-20")]
    [InlineData("President Dorn spoke.", "President Dorn", "2015-06-20")]
    public void Check_OfficeHeldOnTheTextsDate_IsSupported(string text, string span, string on)
    {
        var claim = Only(text, on);

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal(span, claim.Span);
    }

    [Fact]
    public void Check_IncomingBeforeTheSpellStarts_IsSupported()
    {
        var claim = Only("Leon Panetto, the incoming Ruritanian defence minister, said so.", "2011-03-15");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    [Fact]
    public void Check_OfficeSomeoneElseHeldThatDay_IsContradictedWithTheHolder()
    {
        var claim = Only("Ruritanian Defence Minister Leon Panetto arrived.", "2019-05-01");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("Chuck Hagelstein", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormerWhileStillInOffice_IsContradicted()
    {
        Assert.Equal(Verdict.Contradicted, Only("Former President Clara Dorn spoke.", "2020-01-01").Verdict);
        Assert.Equal(Verdict.Supported, Only("Former President Anton Berg spoke.", "2020-01-01").Verdict);
    }

    [Fact]
    public void Check_HandoverWithinDaysOfTheDate_IsPartly()
    {
        Assert.Equal(Verdict.PartlySupported, Only("Ruritanian Defence Minister Leon Panetto arrived.", "2013-03-10").Verdict);
    }

    [Theory]
    [InlineData("Leon Panetto's last job was Minister of Defence of Ruritania.", "2014-01-01", Verdict.Supported)]
    [InlineData("Leon Panetto was the Ruritanian defence minister.", "2014-01-01", Verdict.Supported)]
    [InlineData("Chuck Hagelstein became the Ruritanian defence minister.", "2012-06-20", Verdict.Contradicted)]
    [InlineData("Clara Dorn is President of Ruritania.", "2012-06-20", Verdict.Supported)]
    public void Check_TitleAfterTheVerb_IsJudgedByTheTense(string text, string on, Verdict verdict)
    {
        Assert.Equal(verdict, Only(text, on).Verdict);
    }

    [Theory]
    [InlineData("Then-President Anton Berg signed it.")]
    [InlineData("Vice President Clara Dorn spoke.")]
    [InlineData("Ford and Bush spoke to Berg's aides.")]
    public void Check_TitleThatDatesNothingOrFitsNoOffice_GivesNoClaim(string text)
    {
        Assert.Empty(Answers.Check(Atlas, text, new DateOnly(2020, 1, 1)).Claims);
    }
}
