using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Terms of the field: read as a term query (with what is asked of it), answered from the glossary in words.</summary>
public class TermReadingTests
{
    [Theory]
    [InlineData("What is a mutual defense pact?", "mutual-defence-pact", TermAspect.What)]
    [InlineData("In a mutual defence treaty, what typically triggers the obligation to assist an ally?", "mutual-defence-pact", TermAspect.Trigger)]
    [InlineData("What is the primary purpose of a mutual defense pact?", "mutual-defence-pact", TermAspect.Purpose)]
    [InlineData("What are non-aggression pacts?", "non-aggression-pact", TermAspect.What)]
    [InlineData("What is a nuclear umbrella?", "extended-deterrence", TermAspect.What)]
    public void Read_TermQuestion_IsATermQueryWithItsAspect(string question, string term, TermAspect aspect)
    {
        var query = Assert.IsType<TermQuery>(Parser.Read(Knowledge.Atlas, question).Query);

        Assert.Equal(term, query.Term.Value);
        Assert.Equal(aspect, query.Aspect);
    }

    [Theory]
    [InlineData("Does NATO have its own armed forces?", "nato-forces")]
    [InlineData("How does NATO invite countries to join the Alliance?", "nato-accession-process")]
    [InlineData("Has NATO got its own armed forces?", "nato-forces")]
    public void Read_TermNamedLooselyWithAName_IsThatTerm(string question, string term)
    {
        var reading = Parser.Read(Knowledge.Atlas, question);

        Assert.Equal(term, Assert.IsType<TermQuery>(reading.Query).Term.Value);
        Assert.Empty(reading.Unread);
    }

    [Theory]
    [InlineData("Is Sweden in a defence alliance?")]
    [InlineData("What is the North Atlantic Treaty?")]
    // The words of "joining NATO" are all cues or names: the members frame reads these, not the glossary.
    [InlineData("Which countries joined NATO in 2004?")]
    [InlineData("When did Finland join NATO?")]
    [InlineData("Does NATO defend Japan?")]
    public void Read_QuestionNamingAThing_IsNoTermQuery(string question)
    {
        Assert.IsNotType<TermQuery>(Parser.Read(Knowledge.Atlas, question).Query);
    }

    [Fact]
    public void Ask_WhatTriggersATerm_SaysTheTriggerFirstAndReadsItAsTheTerm()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "What triggers a mutual defense pact?", Knowledge.Today);

        Assert.True(answer.Answered);
        Assert.StartsWith("What engages it: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("the term 'mutual defence pact'", answer.Reading, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Facts.SelectMany(f => f.Sources));
    }
}

/// <summary>Why-answers: each statement dated by its own day, and the reasons for the change asked about.</summary>
public class WhyStatementTests
{
    [Fact]
    public void Ask_WhyLeft_DatesEachStatementByItsOwnDay()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Why did New Zealand leave ANZUS?", Knowledge.Today);

        // The State Department's warning of 29 November 1985 came months before the suspension of 11 August 1986.
        Assert.Contains("29 November 1985, as stated by U.S. State Department spokesman", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("11 August 1986, as stated by U.S. State Department spokesman", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhyLeft_TellsTheReturnThatEndedIt()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Why did France leave NATO?", Knowledge.Today);

        Assert.Contains("2009", answer.Text, StringComparison.Ordinal);
        Assert.Contains("de Gaulle", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>"Consider the following statements … Which of the above statements are true?": each statement checked, then the option.</summary>
public class StatementQuestionTests
{
    [Fact]
    public void Ask_StatementsWithOptions_PicksTheOptionListingTheTrueOnes()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Consider the following statements: 1. NATO is a military alliance. 2. Belgium is not a part of NATO. Which of the above statements are true? a) Only 1 b) Only 2 c) Both 1 & 2 d) None of the above", Knowledge.Today);

        Assert.True(answer.Answered);
        Assert.Contains("Statement 2 (Belgium is not a part of NATO) is false", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("So the answer is (a) Only 1.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StatementsAskedFalse_PicksTheFalseOnes()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Consider the following statements: 1. Finland is a member of NATO. 2. Sweden is not a member of NATO. Which of the statements given above is not correct? (a) 1 only (b) 2 only (c) Both 1 and 2 (d) Neither 1 nor 2", Knowledge.Today);

        Assert.EndsWith("So the answer is (b) 2 only.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StatementNotSettled_PicksNoOption()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Consider the following statements: 1. NATO is a military alliance. 2. Wakanda's army is the strongest in the world. Which of the above statements are true? a) Only 1 b) Only 2 c) Both d) None", Knowledge.Today);

        Assert.False(answer.Answered);
        Assert.Contains("cannot say which option is right", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>Invocations asked about one state: read with the state, run filtered, said without a "never".</summary>
public class InvocationsByStateTests
{
    [Fact]
    public void Read_WhenDidAStateInvoke_IsAnInvocationsQueryForThatState()
    {
        var query = Assert.IsType<InvocationsQuery>(Reading.Parser.Read(Knowledge.Atlas, "When did Turkey invoke Article 4?").Query);

        Assert.Equal("TUR", query.By?.Value);
        Assert.Equal("4", query.Article);
    }

    [Fact]
    public void Read_ArticleInvokedWithNoTreatyNamed_IsTheMostInvokedTreatysArticleAndSaysSo()
    {
        var reading = Reading.Parser.Read(Knowledge.Atlas, "How many times has Article 4 been invoked?");
        var query = Assert.IsType<InvocationsQuery>(reading.Query);
        var result = (InvocationsResult)QueryExecutor.Execute(Knowledge.Atlas, query, Knowledge.Today)!;

        // NATO's Article 4, not the CSTO's invocations of its own Article 4 counted with them.
        Assert.Equal("north-atlantic-treaty", query.Treaty?.Value);
        Assert.All(result.Invocations, e => Assert.Equal("north-atlantic-treaty", e.Treaty?.Value));
        Assert.Contains(reading.Notes, n => n.Contains("Collective Security Treaty", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ArticleInvokedByAStateWithNoTreatyNamed_IsTheTreatyThatStateInvoked()
    {
        var query = Assert.IsType<InvocationsQuery>(Reading.Parser.Read(Knowledge.Atlas, "Has Armenia ever invoked Article 4?").Query);

        Assert.Equal("ARM", query.By?.Value);
        Assert.NotEqual("north-atlantic-treaty", query.Treaty?.Value);
        Assert.NotNull(query.Treaty);
    }

    [Fact]
    public void Execute_InvocationsForAState_OnlyThoseItTookPartIn()
    {
        var all = (InvocationsResult)QueryExecutor.Execute(Knowledge.Atlas, new InvocationsQuery(null, "4"), Knowledge.Today)!;
        var turkey = (InvocationsResult)QueryExecutor.Execute(Knowledge.Atlas, new InvocationsQuery(null, "4") { By = new Core.Model.ActorId("TUR") }, Knowledge.Today)!;

        Assert.NotEmpty(turkey.Invocations);
        Assert.True(turkey.Invocations.Count < all.Invocations.Count);
        Assert.All(turkey.Invocations, e => Assert.Contains(new Core.Model.ActorId("TUR"), e.Actors));
    }

    [Fact]
    public void Ask_InvocationByAStateWithNoneOnRecord_SaysTheRecordMayBeIncomplete()
    {
        var answer = Answers.Ask(Knowledge.Atlas, "Has Iceland ever invoked Article 4?", Knowledge.Today);

        Assert.Contains("no invocation of Article 4 of the North Atlantic Treaty for Iceland", answer.Text, StringComparison.Ordinal);
        Assert.Contains("may not be complete", answer.Text, StringComparison.Ordinal);
    }
}
