using Entente.Core.Model;

namespace Entente.Core.Atlas;

// What things are and why they changed: the accessors a question reader calls for "what is X", "why did X
// leave Y", "where is X's headquarters", "who leads X". Every result carries its sources; none writes English.
public sealed partial class Atlas
{
    /// <summary>What an organization, treaty, partnership or policy is; null when the data does not describe it.</summary>
    /// <remarks>An organization with no description of its own is described by the treaty that creates it, and a
    /// treaty with none by its organization's (NATO and the North Atlantic Treaty).</remarks>
    public Description? DescriptionOf(EntityRef entity) => DescriptionOf(entity.Kind, entity.Id);

    /// <inheritdoc cref="DescriptionOf(EntityRef)"/>
    public Description? DescriptionOf(EntityKind kind, string id)
    {
        if (_descriptions.TryGetValue((kind, id), out var description))
            return description;
        if (kind == EntityKind.Actor)
        {
            return TreatiesOf(new ActorId(id)).Select(t => _descriptions.GetValueOrDefault((EntityKind.Treaty, t.Id.Value)))
                .FirstOrDefault(d => d is not null);
        }
        if (kind == EntityKind.Treaty && FindTreaty(new TreatyId(id))?.Organization is { } organization)
            return _descriptions.GetValueOrDefault((EntityKind.Actor, organization.Value));
        return null;
    }

    /// <summary>
    /// Why <paramref name="actor"/>'s membership of <paramref name="about"/> changed (it left, was suspended, froze its
    /// participation, was objected to), in date order. An organization and the treaties that create it count as one:
    /// a reason recorded on the Warsaw Treaty answers a question about the Warsaw Treaty Organization.
    /// </summary>
    public IReadOnlyList<Reason> ReasonsFor(ActorId actor, EntityRef about) =>
        ReasonsAbout(about).Where(r => r.Actor == actor).ToArray();

    /// <summary>Every reason recorded about a state, in any treaty, organization or partnership, in date order.</summary>
    public IReadOnlyList<Reason> ReasonsFor(ActorId actor) =>
        Background.Reasons.Where(r => r.Actor == actor).OrderBy(r => r.Date).ToArray();

    /// <summary>Every reason recorded about a treaty, organization or partnership (why it was founded, why members left),
    /// in date order; the organization and the treaties that create it count as one.</summary>
    public IReadOnlyList<Reason> ReasonsAbout(EntityRef about)
    {
        var targets = new HashSet<(EntityKind, string)> { (about.Kind, about.Id) };
        if (about.Kind == EntityKind.Actor)
        {
            foreach (var treaty in TreatiesOf(new ActorId(about.Id)))
                targets.Add((EntityKind.Treaty, treaty.Id.Value));
        }
        else if (about.Kind == EntityKind.Treaty && FindTreaty(new TreatyId(about.Id))?.Organization is { } organization)
        {
            targets.Add((EntityKind.Actor, organization.Value));
            foreach (var treaty in TreatiesOf(organization))
                targets.Add((EntityKind.Treaty, treaty.Id.Value));
        }
        return Background.Reasons.Where(r => targets.Contains((r.AboutKind, r.About))).OrderBy(r => r.Date).ThenBy(r => r.Id.Value, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Where an organization's headquarters stood on a day; null when the data has no seat for that day.</summary>
    public Headquarters? HeadquartersOf(ActorId organization, DateOnly on) =>
        _headquarters.TryGetValue(organization, out var seats) ? seats.FirstOrDefault(s => s.Period.Contains(on)) : null;

    /// <summary>How an organization takes its decisions, as the data records it; empty when it does not.</summary>
    public IReadOnlyList<DecisionRule> DecisionRulesOf(ActorId organization) => [.. Background.Decisions.Where(d => d.Organization == organization)];

    /// <summary>Every seat an organization's headquarters has had, in order.</summary>
    public IReadOnlyList<Headquarters> HeadquartersHistory(ActorId organization) =>
        _headquarters.TryGetValue(organization, out var seats) ? seats : [];

    /// <summary>Who held an organization's leading office (NATO's Secretary General) on a day; null when the data
    /// has no leading office for it or no holder on that day.</summary>
    public Leader? LeaderOf(ActorId organization, DateOnly on)
    {
        foreach (var office in Background.Offices.Where(o => o.Organization == organization && o.Leading))
        {
            if (office.Holders.FirstOrDefault(h => h.Period.Contains(on)) is { } holder)
                return new Leader(office, holder);
        }
        return null;
    }

    /// <summary>The offices of an organization the data records, each with its holders in order.</summary>
    public IReadOnlyList<Office> OfficesOf(ActorId organization) =>
        Background.Offices.Where(o => o.Organization == organization).ToArray();

    /// <summary>A named group of states by its id ("nordic"), if the data has it.</summary>
    public StateGroup? FindGroup(string id) => Background.Groups.FirstOrDefault(g => g.Id == id);

    /// <summary>When a state became independent, if the data records it.</summary>
    public Independence? IndependenceOf(ActorId state) => Background.Independences.FirstOrDefault(i => i.State == state);

    /// <summary>What a treaty is recorded as not providing (no expulsion clause…); for an organization's id, use
    /// <see cref="TreatiesOf"/> first.</summary>
    public IReadOnlyList<Absence> AbsencesOf(TreatyId treaty) =>
        Background.Absences.Where(a => a.Treaty == treaty).ToArray();
}
