using Entente.Core.Queries;
using Entente.Language.Claims;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Decades as times ("in the mid-1980s"), leavings that never happened, gerunds that assert nothing, and "the nation" as an object.</summary>
public class PeriodClaimTests
{
    private static CheckedClaim? Claim(string text, string on = "2012-06-20") =>
        Answers.Check(Knowledge.Atlas, text, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).Claims.SingleOrDefault();

    [Theory]
    [InlineData("Which countries joined NATO in the 1980s?", 1980, 1989)]
    [InlineData("Which countries joined NATO in the mid-1990s?", 1993, 1996)]
    [InlineData("Which countries joined NATO during the late 1990s?", 1996, 1999)]
    public void Read_Decade_IsItsYears(string question, int from, int to)
    {
        var when = Parser.Read(Knowledge.Atlas, question).Query!.When;

        Assert.Equal(TimeKind.Between, when.Kind);
        Assert.Equal(new DateOnly(from, 1, 1), when.From);
        Assert.Equal(new DateOnly(to, 12, 31), when.To);
    }

    [Fact]
    public void Check_DateInTheDecadeSaid_IsSupported_OutsideIt_Contradicted()
    {
        Assert.Equal(Verdict.Supported, Claim("Spain joined NATO in the 1980s.")!.Verdict);
        var wrong = Claim("Albania left the Warsaw Pact in the 1990s.")!;
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        Assert.Contains("not in 1990–1999", wrong.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LeftABodyItNeverLeftWhileItsAllySuspendedObligations_IsPartly()
    {
        var claim = Claim("It is the first agreement with the United States since New Zealand was expelled from the Anzus Alliance with Australia and the United States in the mid-1980s.")!;

        Assert.Equal(Verdict.PartlySupported, claim.Verdict);
        Assert.StartsWith("New Zealand was expelled", claim.Span, StringComparison.Ordinal);
        Assert.Contains("The United States suspended its obligations towards New Zealand on 11 August 1986", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LeftABodyItNeverLeft_IsContradictedWithItsMembership()
    {
        var claim = Claim("Norway left NATO in 1975.")!;

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("Norway has not left NATO", claim.Correction, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GerundOfJoining_AssertsNoAccession()
    {
        var report = Answers.Check(Knowledge.Atlas, "Ukraine made joining NATO a priority in 2017.", new DateOnly(2022, 3, 7));

        Assert.DoesNotContain(report.Claims, c => c.Kind == "joined");
    }

    [Fact]
    public void Check_InvadedTheNation_TargetsTheStateNamedBefore()
    {
        var claim = Assert.Single(Answers.Check(ClaimAtlas.Atlas, "Neutralia sought help after Ruritania invaded the nation in 1968.", ClaimAtlas.On).Claims);

        Assert.Equal("invasion", claim.Kind);
        Assert.Equal(Verdict.Supported, claim.Verdict);
    }
}

/// <summary>A pledge two states signed that the data does not hold in force is said beside "not known", never left out.</summary>
public class SignedNotInForceTests
{
    [Fact]
    public void Ask_DefendsWithAPledgeSignedButNotRecordedInForce_SaysItWasSigned()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Must Saudi Arabia defend Pakistan?", Knowledge.Today);

        Assert.StartsWith("Not known.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Signed on 17 September 2025, a document that is no treaty in force in Entente's data", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Statement.StartsWith("2025-09-17:", StringComparison.Ordinal) && f.Sources.Count > 0);
    }
}

/// <summary>A treaty named in a defence question is the one asked about: its obligation first, with what it counts as an attack.</summary>
public class NamedTreatyDefenceTests
{
    [Fact]
    public void Ask_DefendsUnderANamedTreaty_LeadsWithThatTreatyAndItsScope()
    {
        const string question = "Does the U.S. have an obligation to defend the Philippines under their 1951 Mutual Defense Treaty (MDT)?";

        var query = Assert.IsType<DefendsQuery>(Parser.Read(Knowledge.Atlas, question).Query);
        var answer = Answers.Ask(Knowledge.Atlas, question, Knowledge.Today);

        Assert.Equal("us-philippines-mutual-defense-treaty", query.Via?.Id);
        Assert.DoesNotContain("'Mutual'", answer.Reading, StringComparison.Ordinal);
        Assert.StartsWith("Yes: the United States is obliged to act if the Philippines is attacked, under Article IV of the Mutual Defense Treaty", answer.Text, StringComparison.Ordinal);
        Assert.Contains("was signed on 30 August 1951. Article V:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("public vessels or aircraft", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>What a treaty is, with the treaty it replaced and what that one did.</summary>
public class ReplacedTreatyTests
{
    [Fact]
    public void Ask_WhatIsATreatyThatReplacedAnother_SaysWhatTheEarlierOneDid()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "What is the Treaty of Mutual Cooperation and Security between Japan and the United States?", Knowledge.Today);

        Assert.Contains("It replaced the Security Treaty between the United States of America and Japan (signed 8 September 1951)", answer.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Statement.StartsWith("Security Treaty between the United States of America and Japan: signed 1951-09-08", StringComparison.Ordinal));
    }
}

/// <summary>"The declaration", "the treaty" with the states named and no treaty: the one treaty of theirs whose name has that word.</summary>
public class TreatyOfTheNamedTests
{
    [Theory]
    [InlineData("What does the declaration of Azerbaijan and Türkiye stipulate?")]
    [InlineData("What does the declaration between Azerbaijan and Turkey entail?")]
    public void Read_TheDeclarationWithItsPartiesNamed_IsTheirDeclaration(string question)
    {
        var query = Assert.IsType<WhatIsQuery>(Parser.Read(Knowledge.Atlas, question).Query);

        Assert.StartsWith("Shusha Declaration", query.Subject.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheTreatyWhenTheStatesShareSeveral_AddsNone()
    {
        var reading = Parser.Read(Knowledge.Atlas, "What does the treaty between the United States and the United Kingdom entail?");

        Assert.False(reading.Query is WhatIsQuery { Subject.Kind: Entente.Core.Atlas.EntityKind.Treaty }, "the two share many treaties: none is picked");
    }
}

/// <summary>Whether a state has an army, settled by a policy of defence without armed forces, and what does the tasks instead.</summary>
public class ArmylessTests
{
    [Theory]
    [InlineData("Does Costa Rica have an army?", "No: Costa Rica has no standing armed forces.")]
    [InlineData("Is it true that Iceland has no standing army?", "True: Iceland has no standing armed forces.")]
    public void Ask_ArmyOfAStateWithoutOne_IsAnsweredFirst(string question, string lead)
    {
        Assert.StartsWith(lead, Answers.Ask(Knowledge.Atlas, question, Knowledge.Today).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ArmyOfAStateThatHasOne_SaysNoSuchThing()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Does Japan have an army?", Knowledge.Today);

        Assert.DoesNotContain("has no standing armed forces", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>A neutrality answer says what the policy's sourced description adds (Swiss armed neutrality).</summary>
public class NeutralityDescriptionTests
{
    [Fact]
    public void Ask_NeutralStateWithADescribedPolicy_SaysTheDescription()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Is Switzerland neutral?", Knowledge.Today);

        Assert.StartsWith("Yes.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("armed neutrality", answer.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Statement.Contains("militia", StringComparison.Ordinal) && f.Sources.Count > 0);
    }
}
