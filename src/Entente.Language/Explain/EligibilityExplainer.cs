using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Language.Explain;

/// <summary>Puts an <see cref="EligibilityReport"/> into words: status, the legal bar, then policy factors.</summary>
internal static class EligibilityExplainer
{
    public static Answer Explain(Core.Atlas.Atlas atlas, EligibilityReport report, string question, string intent = "why-not")
    {
        var b = new AnswerBuilder(atlas, question, intent, report.On);
        var state = report.State;
        var org = report.Organization;
        var name = Naming.Of(state);
        var subject = Naming.Start(state);
        var orgName = Naming.Of(org);
        switch (report.Status)
        {
            case MembershipStatus.Member:
                var spell = report.Spells.Last(s => s.Period.Contains(report.On));
                b.Say($"{subject} is a member of {orgName}: it has been one since {AnswerBuilder.Date(spell.Joined)} ({spell.How.ToString().ToLowerInvariant()}).");
                b.Fact($"{subject} joined {orgName} on {spell.Joined} ({spell.How.ToString().ToLowerInvariant()}).", spell.Sources);
                return b.Build();
            case MembershipStatus.FormerMember:
                var last = report.Spells.Last(s => s.Joined.FirstDay <= report.On);
                b.Say($"{subject} was a member of {orgName} from {AnswerBuilder.Date(last.Joined)} until {AnswerBuilder.Date(last.Left!.Value)}, when it left by {last.LeftHow?.ToString().ToLowerInvariant() ?? "leaving"}.");
                b.Fact($"{subject} was a party from {last.Joined} to {last.Left}{(last.Note is { } n ? $" ({n})" : "")}.", last.Sources);
                break;
            default:
                b.Say($"{subject} is not a member of {orgName}{(report.Spells.Count == 0 ? " and never has been" : "")}.");
                // Why it stays outside, where the data records a reason for it (Iraq and the GCC): the sourced statements first.
                var about = new Core.Atlas.EntityRef(Core.Atlas.EntityKind.Actor, org.Id.Value, org.Name);
                foreach (var reason in atlas.ReasonsFor(state.Id, about).Where(r => r.Change is Change.Other or Change.Objection or Change.DelayedAccession or Change.DisputedAccession))
                {
                    foreach (var statement in reason.Stated.Concat(reason.Context).Take(3))
                    {
                        b.Say($"{statement.By}: {statement.Text.TrimEnd('.')}.");
                        b.Fact($"{statement.By}{(statement.Date is { } d ? $" ({d})" : "")}: {statement.Text}", statement.Sources);
                    }
                }
                break;
        }

        var bars = report.LegalBars.ToArray();
        if (bars.Length > 0)
        {
            b.Say($"{(intent == "could-join" ? "Not as the treaty stands. " : "")}The legal bar: {bars[0].Statement} So {name} cannot simply decide to join: admitting it would need the treaty itself to change, agreed by every member.");
        }
        else
        {
            var met = report.Factors.Where(f => f.Kind == FactorKind.Met).Select(f => f.Statement).ToArray();
            var open = report.Factors.Where(f => f.Kind == FactorKind.Open).Select(f => f.Statement).ToArray();
            if (met.Length > 0)
                b.Say($"Nothing in the treaty bars it: {met[0]}");
            if (open.Length > 0)
                b.Say(string.Join(" ", open));
        }
        var policy = report.Factors.Where(f => f.Kind == FactorKind.Policy).ToArray();
        if (policy.Length > 0)
            b.Say($"Policy factors on {name}'s side: {AnswerBuilder.List(policy.Take(4).Select(f => Short(f.Statement)))}{(policy.Length > 4 ? $", and {policy.Length - 4} more below" : "")}.");
        var alliances = report.Factors.Where(f => f.Kind == FactorKind.Alliance).ToArray();
        if (alliances.Length > 0)
            b.Say(string.Join(" ", alliances.Select(f => f.Statement)));
        var partnerships = report.Factors.Where(f => f.Kind == FactorKind.Partnership).ToArray();
        if (partnerships.Length > 0)
            b.Say($"{subject} cooperates with {orgName} without membership: {AnswerBuilder.List(partnerships.Select(f => Between(f.Statement, ": ", ".")))}.");
        foreach (var factor in report.Factors)
            b.Fact($"{Label(factor.Kind)}: {factor.Statement}", factor.Sources);
        return b.Build();
    }

    private static string Label(FactorKind kind) => kind switch
    {
        FactorKind.LegalBar => "Legal bar",
        FactorKind.Met => "Requirement met",
        FactorKind.Open => "Open requirement",
        FactorKind.Policy => "Policy factor",
        FactorKind.Alliance => "Existing alliance",
        _ => "Partnership",
    };

    // The name part of a policy statement, before its summary.
    private static string Short(string statement)
    {
        var colon = statement.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? statement[..colon] : statement.TrimEnd('.');
    }

    private static string Between(string s, string start, string end)
    {
        var i = s.IndexOf(start, StringComparison.Ordinal);
        var text = i < 0 ? s : s[(i + start.Length)..];
        return text.EndsWith(end, StringComparison.Ordinal) ? text[..^end.Length] : text;
    }
}
