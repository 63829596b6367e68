using Entente.Core.Atlas;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Tests;

/// <summary>Result → words: what the answers say, with the reading first.</summary>
public class WriterTests
{
    private static readonly EntityRef Nato = new(EntityKind.Actor, "NATO", "North Atlantic Treaty Organization");

    [Fact]
    public void Describe_MembersCountInAYear_SaysTheYearAndTheDateOfTruth()
    {
        var query = new MembersQuery(Nato, MemberSelection.Current, MemberAggregate.Count) { When = TimeSpec.InYearOf(1990) };

        Assert.Equal("how many members of North Atlantic Treaty Organization in 1990 (as of 31 December 1990)", ReadingWriter.Of(Knowledge.Atlas, query, Knowledge.Today));
    }

    [Fact]
    public void Ask_NegatedMembership_AnswersTheNegatedQuestion()
    {
        var answer = Knowledge.Ask("Is Sweden not a member of NATO?");

        Assert.StartsWith("No. On 27 November 2026 Sweden is a member of NATO", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Read as: is Sweden not a member of", answer.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SinceBeforeJoining_IsNo()
    {
        var answer = Knowledge.Ask("Has Sweden been a NATO member since 2022?");

        Assert.StartsWith("No. Sweden has been a member of NATO only since 7 March 2024", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NonMembers_CountsTheStatesOutside()
    {
        var answer = Knowledge.Ask("Which countries are not in NATO?");

        Assert.Contains("are not members of NATO; its 32 members are", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Choice_NamesTheOptionFirst()
    {
        var answer = Knowledge.Ask("North Atlantic Treaty Organization (NATO) was signed on? A. 04 April 1952 B. 04 April 1951 C. 04 April 1953 D. 04 April 1949");

        Assert.StartsWith("D. 04 April 1949. ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CollectiveDefenceClauseForANonMember_IsNo()
    {
        var answer = Knowledge.Ask("Does NATO's collective defence clause cover Japan?");

        Assert.StartsWith("No: NATO has no treaty obligation to defend Japan, which is not a member of NATO.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Refusal_SuggestsQuestionsAboutWhatItRecognised()
    {
        var answer = Knowledge.Ask("What did the NATO summit change?");

        Assert.False(answer.Answered);
        Assert.Contains("How many members does NATO have?", answer.Suggestions);
    }

    [Fact]
    public void Check_DeclarativeClaims_SameQueriesAsAsk()
    {
        var report = Answers.Check(Knowledge.Atlas, "NATO was established in 1949. At first it had 12 member states. Finland joined NATO in 2022.", Knowledge.Today);

        Assert.Collection(report.Claims,
            c => Assert.Equal((Claims.Verdict.Supported, "NATO was established in 1949"), (c.Verdict, c.Span)),
            c => Assert.Equal((Claims.Verdict.Supported, "12 member states"), (c.Verdict, c.Span)),
            c =>
            {
                Assert.Equal(Claims.Verdict.Contradicted, c.Verdict);
                Assert.Equal("Finland joined NATO on 4 April 2023, not in 2022.", c.Correction);
            });
    }
}
