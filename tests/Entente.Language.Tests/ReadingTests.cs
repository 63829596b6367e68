using Entente.Core.Atlas;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Text → query: what the parser reads, what it shows back, and when it refuses.</summary>
public class ReadingTests
{
    private static Interpretation Read(string text) => Parser.Read(Knowledge.Atlas, text);

    private static string Shown(string text) => ReadingWriter.Describe(Knowledge.Atlas, Read(text), Knowledge.Today);

    [Theory]
    [InlineData("Is Sweden a member of NATO?", typeof(IsMemberQuery))]
    [InlineData("Is Sweden not a member of NATO?", typeof(IsMemberQuery))]
    [InlineData("What year was the Warsaw Pact signed?", typeof(DateQuery))]
    [InlineData("What was the last country to join NATO?", typeof(MembersQuery))]
    [InlineData("Is NATO bigger than the CSTO?", typeof(CompareMembersQuery))]
    [InlineData("Where are NATO's headquarters?", typeof(HeadquartersQuery))]
    [InlineData("Who must defend Estonia if it is attacked?", typeof(DefendersQuery))]
    [InlineData("Does the US have to defend South Korea?", typeof(DefendsQuery))]
    [InlineData("Why is Japan not part of NATO?", typeof(EligibilityQuery))]
    [InlineData("Which country joined NATO in 2023? 1. Sweden 2. Finland 3. Norway", typeof(ChoiceQuery))]
    public void Read_Question_IsTheQueryOfItsKind(string question, Type kind)
    {
        var reading = Read(question);

        Assert.Null(reading.Refusal);
        Assert.IsType(kind, reading.Query);
    }

    [Fact]
    public void Read_Negation_IsPartOfTheQuery()
    {
        var query = Assert.IsType<IsMemberQuery>(Read("Is Sweden not a member of NATO?").Query);

        Assert.Equal(Polarity.Negative, query.Polarity);
    }

    [Fact]
    public void Read_NegationOfAnotherPredicate_DoesNotNegateMembership()
    {
        var query = Assert.IsType<MembersQuery>(Read("What country is in NATO even though it has no standing army?").Query);

        Assert.Equal(Polarity.Positive, query.Polarity);
        Assert.Contains("'standing'", Shown("What country is in NATO even though it has no standing army?"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Since_IsATimeOfItsOwn()
    {
        var query = Assert.IsType<IsMemberQuery>(Read("Has Sweden been a NATO member since 2022?").Query);

        Assert.Equal(TimeKind.Since, query.When.Kind);
        Assert.Equal(new DateOnly(2022, 1, 1), query.When.From);
    }

    [Fact]
    public void Read_JoinedAfterAYear_FiltersJoinsButHoldsToday()
    {
        var query = Assert.IsType<MembersQuery>(Read("Which countries joined NATO after 2000?").Query);

        Assert.Equal(MemberSelection.Joined, query.Selection);
        Assert.Equal(TimeKind.After, query.When.Kind);
        Assert.Equal(Knowledge.Today, query.When.Truth(Knowledge.Today));
        Assert.Equal("Read as: states that joined North Atlantic Treaty Organization after 2000.", Shown("Which countries joined NATO after 2000?"));
    }

    [Theory]
    [InlineData("Does the ANZUS treaty still bind New Zealand?", "IND")]
    [InlineData("Is NATO bigger than the CSTO?", "NER")]
    [InlineData("Where are NATO's headquarters?", "VAT")]
    [InlineData("What country is in NATO even though it has no standing army?", "VEN")]
    [InlineData("What role did the Berlin Blockade play in NATO's creation?", "BEN")]
    public void Read_CommonWords_AreNeverTakenForNames(string question, string notThis)
    {
        var reading = Read(question);

        Assert.DoesNotContain(reading.Entities, e => e.Id == notThis);
    }

    [Fact]
    public void Read_Misspelling_IsShownBack()
    {
        Assert.Contains("'Japn' read as Japan.", Shown("Why is Japn not in NATO?"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FirstTreatyBetweenTwoStates_IsTheEarliestOfTheirTreaties()
    {
        var query = Assert.IsType<DateQuery>(Read("When was the first U.S.–Japan security treaty signed?").Query);

        Assert.Equal(DateKind.Signed, query.Kind);
        Assert.Equal(1951, Knowledge.Atlas.Treaty(new Core.Model.TreatyId(query.Subject.Id)).Signed!.Value.Year);
    }

    [Theory]
    [InlineData("What is the weather in Tokyo?", "no question it can answer fits these words")]
    [InlineData("When did Korea join?", "'Korea' could mean")]
    [InlineData("Was Finland in NATO on 2023-13-45?", "The date is not understood: '2023-13-45' is not a date")]
    [InlineData("Was Finland in NATO on 9999-12-31?", "outside the years Entente answers about")]
    [InlineData("Is Atlantis in NATO?", "'Atlantis' is not a state, organization or treaty Entente knows.")]
    [InlineData("Who must defend Wakanda?", "'Wakanda' is not a state, organization or treaty Entente knows.")]
    public void Read_Unreadable_RefusesSayingWhy(string question, string why)
    {
        var reading = Read(question);

        Assert.Null(reading.Query);
        Assert.Contains(why, reading.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NameOfTwoStatesThatBothFit_ReadsOnePartForEach()
    {
        var reading = Read("Is Korea in NATO?");

        Assert.Equal(["PRK", "KOR"], reading.Parts.Select(p => Assert.IsType<IsMemberQuery>(p.Query).State.Value));
        Assert.Contains("each is answered", reading.Notes.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OrganizationAndItsOwnTreatySharingAName_ReadsTheOrganization()
    {
        var query = Assert.IsType<DateQuery>(Read("When did Pakistan join CENTO?").Query);

        Assert.Equal("CENTO", query.Subject.Id);
    }

    [Theory]
    [InlineData("What is the Warsaw Pact and why was it formed?", typeof(WhatIsQuery), typeof(WhyQuery))]
    [InlineData("Who started the Warsaw Pact and why?", typeof(MembersQuery), typeof(WhyQuery))]
    [InlineData("When did Finland join NATO and why did it apply?", typeof(DateQuery), typeof(WhyQuery))]
    public void Read_TwoQuestionsJoinedByAnd_ReadsBothTheSecondTakingTheFirstsNames(string question, Type first, Type second)
    {
        var reading = Read(question);

        Assert.Equal([first, second], reading.Parts.Select(p => p.Query!.GetType()));
        Assert.All(reading.Parts, p => Assert.NotEmpty(p.Entities));
    }

    [Theory]
    [InlineData("When was the 75th anniversary of NATO?", 75)]
    [InlineData("When was the seventy-fifth anniversary of the North Atlantic Treaty?", 75)]
    [InlineData("When is the centenary of the Rio Treaty?", 100)]
    [InlineData("When is the fiftieth anniversary of ANZUS?", 50)]
    public void Read_Anniversary_IsTheSigningThatManyYearsOn(string question, int years)
    {
        var query = Assert.IsType<DateQuery>(Read(question).Query);

        Assert.Equal((DateKind.Signed, years), (query.Kind, query.Years));
    }

    [Theory]
    [InlineData("Is the Quad an alliance?", "quad")]
    [InlineData("Is the Quad an Asian NATO?", "quad")]
    [InlineData("Is NATO a military alliance?", "NATO")]
    public void Read_IsThisAnAlliance_AsksForADefencePledge(string question, string subject)
    {
        var query = Assert.IsType<IsAllianceQuery>(Read(question).Query);

        Assert.Equal(subject, query.Subject.Id);
    }

    [Theory]
    [InlineData("What three European countries signed an alliance called the Triple Entente?")]
    [InlineData("Is the Quad an Asian NATO?")]
    public void Read_RegionAdjectives_AreNeverNames(string question)
    {
        var reading = Read(question);

        Assert.DoesNotContain(reading.Entities, e => e.Id is "EU" or "ASEAN");
    }

    [Fact]
    public void Read_OptionsAfterTheQuestion_AreTheChoices()
    {
        var query = Assert.IsType<ChoiceQuery>(Read("Consider the following countries : I. Austria II. Bulgaria III. Sweden How many of the above are members of NATO?").Query);

        Assert.Equal(["Austria", "Bulgaria", "Sweden"], query.Options.Select(o => o.Text));
        Assert.IsType<MembersQuery>(query.Stem);
    }
}
