using Entente.Core.Atlas;
using Entente.Language.Views;

namespace Entente.Language.Tests;

/// <summary>Answer text that leaked ids or garbled (issue 11): each phrase is written in words.</summary>
public class AnswerWordingTests
{
    private static string Everything(EntityView view) =>
        string.Join("\n", view.Facts.Concat(view.Sections.SelectMany(s => s.Lines)).Select(l => $"{l.Label}: {l.Value}"));

    [Fact]
    public void Show_PartnershipWithoutDates_SaysSoInWordsNotQuestionMarks()
    {
        var view = EntityView.Of(Knowledge.Atlas, new EntityRef(EntityKind.Partnership, "five-eyes", "Five Eyes"), Knowledge.Today);

        var text = Everything(view);
        Assert.DoesNotContain("? –", text, StringComparison.Ordinal);
        Assert.Contains("dates not recorded", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_China_SaysItsPresentGovernmentHoldsTheUnSeatSince1971()
    {
        var view = EntityView.Of(Knowledge.Atlas, new EntityRef(EntityKind.Actor, "CHN", "China"), Knowledge.Today);

        var text = Everything(view);
        Assert.Contains("UN: member since 1945-10-24; represented by its present government since 1971-10-25", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_SeatoProtocol_IsNamedTheProtocolNotArticleProtocol()
    {
        var view = EntityView.Of(Knowledge.Atlas, new EntityRef(EntityKind.Treaty, "southeast-asia-collective-defense-treaty", "SEATO"), Knowledge.Today);

        var text = Everything(view);
        Assert.DoesNotContain("Article Protocol", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Article Understanding", text, StringComparison.Ordinal);
        Assert.Contains("The Protocol:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AttackOnSouthVietnamIn1960_NamesTheProtocolAndNoOtherParties()
    {
        var answer = Knowledge.Ask("Who must defend South Vietnam in 1960?");

        Assert.Contains("under the Protocol of the Southeast Asia Collective Defense Treaty", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("other parties", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AttackWithAPlace_NamesItsZonesInWords()
    {
        var answer = Knowledge.Ask("Is Hawaii covered by Article 5?");

        var place = Assert.Single(answer.Facts, f => f.Statement.StartsWith("Hawaii is held by", StringComparison.Ordinal));
        Assert.DoesNotContain("pacific-islands", place.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_PolicyWithoutStart_NeverSaysSinceEmpty()
    {
        var answer = Knowledge.Ask("Why is Japan not part of NATO?");

        Assert.DoesNotContain("since ()", Knowledge.Everything(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("(since ?)", Knowledge.Everything(answer), StringComparison.Ordinal);
    }
}
