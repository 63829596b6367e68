using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>
/// Questions after background statements, members chosen by a policy they hold or less named ones, and a neutrality
/// given up, on the built-in data.
/// </summary>
public class BackgroundAndFilterTests
{
    private const string Nuclear = "Sweden joins NATO amid worries about the U.S. role in the alliance. Some in Europe are talking about relying on their own nuclear deterrence. Which NATO nation other than the U.S. controls its own nuclear weapons? A. Denmark B. France C. Germany D. Turkey";

    [Fact]
    public void Read_QuestionAfterStatements_ReadsTheQuestionAndSaysTheRestIsBackground()
    {
        var reading = Parser.Read(Knowledge.Atlas, Nuclear);

        var choice = Assert.IsType<ChoiceQuery>(reading.Query);
        var members = Assert.IsType<MembersQuery>(choice.Stem);
        Assert.Equal(PolicyKind.Nuclear, members.Holding);
        Assert.Equal(["USA"], members.Except.Select(a => a.Value));
        Assert.Contains(reading.Notes, n => n.Contains("read as background", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_QuestionPointingBackIntoTheStatements_ReadsTheWholeText()
    {
        var reading = Parser.Read(Knowledge.Atlas, "Show how Bismarck negotiated the Triple Alliance in 1882. What were the purpose of this alliance?");

        Assert.DoesNotContain(reading.Notes, n => n.Contains("read as background", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_NuclearMembersLessOne_PicksTheOptionAndSaysWhereTheListComesFrom()
    {
        var answer = Answers.Ask(Knowledge.Atlas, Nuclear, Knowledge.Today);

        Assert.StartsWith("B. France.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("record of national policies", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the United States have", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhyNeutralOfAStateThatGaveItUp_SaysWhenItEnded()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Why is Sweden neutral?", Knowledge.Today);

        Assert.StartsWith("No. Sweden is not neutral", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1814", answer.Text, StringComparison.Ordinal);
        Assert.Contains("until 7 March 2024", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>A state named as it was called on the day it took part: the Ottoman Empire in 1914, Türkiye in NATO.</summary>
public class FormerNameTests
{
    [Fact]
    public void Ask_MembersOfAFormerAlliance_NamesEachStateAsItWasCalledThen()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Choose all of the countries that were part of the Central Powers.", Knowledge.Today);

        Assert.Contains("the Ottoman Empire", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Türkiye", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NameOn_BeforeAndAfterTheFormerNameEnds_GivesTheNameOfThatDay()
    {
        var turkey = Knowledge.Atlas.Actor(new Entente.Core.Model.ActorId("TUR"));

        Assert.Equal("Ottoman Empire", turkey.NameOn(new DateOnly(1923, 10, 28)));
        Assert.Equal("Türkiye", turkey.NameOn(new DateOnly(1923, 10, 29)));
        Assert.Equal("Türkiye", Entente.Core.Model.Naming.Of(turkey, new DateOnly(1952, 2, 18)));
    }
}

/// <summary>Offices of states asked by title and date: "Who was the Prime Minister of Russia in February 2008?".</summary>
public class StateOfficeTests
{
    [Theory]
    [InlineData("Who was the Prime Minister of Russia on 12 February 2008?", "Prime Minister", "Viktor Zubkov")]
    [InlineData("Who was the President of Russia on 12 February 2008?", "President", "Vladimir Putin")]
    [InlineData("Who was the US Secretary of Defense in June 2012?", "Secretary of Defense", "Leon Panetta")]
    public void Ask_OfficeByTitleAndDate_NamesItsHolderThen(string question, string title, string holder)
    {
        var reading = Parser.Read(Knowledge.Atlas, question);
        var answer = Answers.Ask(Knowledge.Atlas, question, Knowledge.Today);

        Assert.Equal(title, Assert.IsType<LeaderQuery>(reading.Query).Title);
        Assert.Contains($"was {holder}", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TitleTheStatesOfficesDoNotHave_IsNoOtherOffice()
    {
        var query = Parser.Read(Knowledge.Atlas, "Who is the president of Armenia?").Query;

        Assert.False(query is LeaderQuery, "the data holds Armenia's prime minister only; a president asked is not the prime minister");
    }

    [Fact]
    public void Ask_StateLeaderWithNoTitle_IsItsLeadingOffice()
    {
        var query = Assert.IsType<LeaderQuery>(Parser.Read(Knowledge.Atlas, "Who leads Armenia?").Query);

        Assert.Null(query.Title);
        Assert.Contains("Prime Minister of Armenia", Answers.Ask(Knowledge.Atlas, "Who leads Armenia?", Knowledge.Today).Text, StringComparison.Ordinal);
    }
}

/// <summary>Why a state stays outside an organization, from the sourced reasons the data records for it.</summary>
public class WhyOutsideTests
{
    [Fact]
    public void Ask_WhyNotAMemberWithARecordedReason_GivesTheSourcedStatements()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Why is Iraq not part of the GCC?", Knowledge.Today);

        Assert.StartsWith("Iraq is not a member of the GCC and never has been.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Iran–Iraq war", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Statement.StartsWith("Gulf States News", StringComparison.Ordinal) && f.Sources.Count > 0);
    }
}
