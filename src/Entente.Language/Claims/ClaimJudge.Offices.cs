using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;

namespace Entente.Language.Claims;

internal static partial class ClaimJudge
{
    // A handover within this many days of the text's date may be what the text means (an article dated by its month).
    private const int HandoverDays = 90;

    /// <summary>
    /// A person given an office: supported when the data has them in it on the text's date (about to take it, for
    /// "incoming"; out of it, for "former"); partly so when the spell starts or ends within days of the date;
    /// contradicted when the data has someone else in the office that day. A person or day the data does not
    /// cover gives no verdict.
    /// </summary>
    private static Outcome? Office(Atlas atlas, OfficeHolderResult r)
    {
        var q = r.Query;
        if (r.Spells.Count == 0 || q.Organization is not { } of || q.Title is not { } title)
            return null;
        var on = r.On;
        var office = $"{title} of {Naming.Of(atlas.Actor(of))}";
        var name = r.Spells[0].Holder.Name;
        var facts = r.Named.Select(s => SpellFact(atlas, s)).Concat(r.OnTheDay is { } d && !r.Named.Contains(d) ? [SpellFact(atlas, d)] : []).ToArray();
        var holding = r.Named.FirstOrDefault(s => s.Holder.Period.Contains(on));
        var later = r.Named.FirstOrDefault(s => s.Holder.From.FirstDay > on);
        var earlier = r.Named.LastOrDefault(s => s.Holder.To is { } to && to.FirstDay <= on);
        string Spell(PersonSpell s) => $"from {AnswerBuilder.Date(s.Holder.From)}{(s.Holder.To is { } to ? $" to {AnswerBuilder.Date(to)}" : "")}";
        string Other() => r.OnTheDay is { } other && other.Holder.Name != name ? $" On {AnswerBuilder.Date(on)} the {office} was {other.Holder.Name}." : "";
        switch (q.Tenure)
        {
            case Tenure.Holding:
                if (holding is not null)
                    return Outcome.Supported(facts);
                if (later is not null && later.Holder.From.FirstDay.DayNumber - on.DayNumber <= HandoverDays)
                    return Outcome.Partly($"{name} took office as {office} {AnswerBuilder.OnDate(later.Holder.From)}, after {AnswerBuilder.Date(on)}.{Other()}", facts);
                if (earlier is not null && on.DayNumber - earlier.Holder.To!.Value.FirstDay.DayNumber <= HandoverDays)
                    return Outcome.Partly($"{name} left office as {office} {AnswerBuilder.OnDate(earlier.Holder.To!.Value)}, before {AnswerBuilder.Date(on)}.{Other()}", facts);
                if (r.OnTheDay is { } holder && holder.Holder.Name != name)
                    return Outcome.Contradicted(r.Named.Count > 0
                        ? $"{name} was {office} {string.Join(" and ", r.Named.Select(Spell))}, not {AnswerBuilder.OnDate(on)}.{Other()}"
                        : $"On {AnswerBuilder.Date(on)} the {office} was {holder.Holder.Name}, not {name}.", facts);
                return null;
            case Tenure.Incoming:
                if (later is not null && later.Holder.From.FirstDay.DayNumber - on.DayNumber <= 366)
                    return Outcome.Supported(facts);
                if (holding is not null)
                    return Outcome.Partly($"{name} was already {office} {AnswerBuilder.OnDate(on)}, {Spell(holding)}.", facts);
                return null;
            case Tenure.Ever:
                if (r.Named.FirstOrDefault(s => s.Holder.From.FirstDay <= on) is not null)
                    return Outcome.Supported(facts);
                if (later is not null)
                    return Outcome.Contradicted($"{name} became {office} only {AnswerBuilder.OnDate(later.Holder.From)}, after {AnswerBuilder.Date(on)}.", facts);
                return null;
            default:
                if (earlier is not null && holding is null)
                    return Outcome.Supported(facts);
                if (holding is not null)
                    return Outcome.Contradicted($"{name} was still {office} {AnswerBuilder.OnDate(on)}, {Spell(holding)}.", facts);
                return null;
        }
    }

    private static AnswerFact SpellFact(Atlas atlas, PersonSpell s) =>
        Fact($"{s.Office.Title} of {atlas.Actor(s.Office.Organization).Name}: {s.Holder.Name} from {s.Holder.From}{(s.Holder.To is { } to ? $" to {to}" : "")}.",
            s.Holder.Sources.Count > 0 ? s.Holder.Sources : s.Office.Sources);
}
