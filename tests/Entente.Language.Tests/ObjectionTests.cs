using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Why states objected to a pact or a step: read as a why-query for objections, answered with whose each is.</summary>
public class ObjectionTests
{
    [Theory]
    [InlineData("Why are France and China so angry about AUKUS?", null)]
    [InlineData("AUKUS: Why Are France and China so Angry About This Pact?", null)]
    [InlineData("Why did France object to AUKUS?", "FRA")]
    [InlineData("Why is China opposed to AUKUS?", "CHN")]
    public void Read_WhyAngryAbout_IsAnObjectionQueryOfTheStateBeforeIt(string question, string? objector)
    {
        var query = Assert.IsType<WhyQuery>(Parser.Read(Knowledge.Atlas, question).Query);

        Assert.True(query.Objection);
        Assert.Equal("aukus", query.Subject.Id);
        Assert.Equal(objector, query.Actor?.Value);
    }

    [Fact]
    public void Read_ObjectionToAStatesJoining_IsWhyThatStatesAccessionWentAsItDid()
    {
        var query = Assert.IsType<WhyQuery>(Parser.Read(Knowledge.Atlas, "Why did Turkey object to Sweden joining NATO?").Query);

        Assert.False(query.Objection);
        Assert.Equal(DateKind.Joined, query.Change);
        Assert.Equal("SWE", query.Actor?.Value);
    }

    [Fact]
    public void Ask_ObjectionsOfSeveralStates_SaysWhoseEachIs()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Why are France and China so angry about AUKUS?", Knowledge.Today);

        Assert.True(answer.Answered);
        Assert.Contains("France objected to AUKUS on 15 September 2021.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("China objected to AUKUS on 16 September 2021.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("submarines", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Facts.SelectMany(f => f.Sources));
    }

    [Fact]
    public void Ask_ObjectionNotRecorded_SaysSoAndIsNotAnswered()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Why is Japan angry about AUKUS?", Knowledge.Today);

        Assert.False(answer.Answered);
        Assert.Contains("no objection by Japan to AUKUS", answer.Text, StringComparison.Ordinal);
    }
}
