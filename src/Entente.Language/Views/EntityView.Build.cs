using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

public sealed partial class EntityView
{
    private static EntityView OfActor(Atlas atlas, Actor actor, DateOnly today)
    {
        var view = new EntityView(atlas, actor.Kind == ActorKind.State ? "state" : "organization", actor.Id.Value, actor.Name);
        var s = actor.Sources;
        view.Fact("official name", actor.OfficialName, s);
        view.Fact("also called", actor.Aliases, s);
        view.Fact("demonyms", actor.Demonyms, s);
        view.Fact("ISO 3166", actor.Iso2 is null ? null : $"{actor.Id} / {actor.Iso2} / {actor.IsoNumeric}", s);
        view.Fact("region", actor.Region is null ? null : $"{actor.Region} ({actor.Continent})", s);
        view.Fact("European", actor.European is { } e ? Kebab(e) + (actor.EuropeanNote is { } note ? $": {note}" : "") : null, s);
        view.Fact("existed", actor.Existed == Interval.Always ? null : Period(actor.Existed.From, actor.Existed.To), s);
        // China: a member since 1945, represented by the People's Republic only from 1971 (another government held the seat before).
        view.Fact("UN", actor.UnObserver ? "observer state"
            : actor.UnJoined is { } joined ? $"member since {joined}{(actor.UnRepresentedFrom is { } from ? $"; represented by its present government since {from}" : "")}" : null, s);
        view.Fact("COW codes", actor.Cow.Select(c => $"{c.Code} {Period(c.From, c.To)}"), s);
        view.Fact("successor", actor.Successor is { } successor ? view.NameOf(successor) : null, s);
        view.AddDescription(atlas.DescriptionOf(EntityKind.Actor, actor.Id.Value));
        if (actor.Kind == ActorKind.Organization)
        {
            view.AddOrganizationFacts(atlas, actor.Id);
            var spells = atlas.TreatiesOf(actor.Id).SelectMany(t => t.Parties).OrderBy(p => p.Joined).ThenBy(p => p.Actor.Value, StringComparer.Ordinal);
            view.Sections.Add(new ViewSection("Members, past and present", spells.Select(p =>
                new ViewLine(p.Actor.Value, $"{view.NameOf(p.Actor)}: {Period(p.Joined, p.Left)} ({Kebab(p.How)}{(p.LeftHow is { } h ? ", left by " + Kebab(h) : "")})", p.Sources, Period: new Interval(p.Joined, Earliest(p.Left, atlas.Treaty(p.Treaty).Ended, actor.Existed.To)))).ToArray()));
            view.Fact("created by", atlas.TreatiesOf(actor.Id).Select(t => $"{t.Name} ({t.Id})"), s);
            view.Fact("members today", atlas.MembersOn(actor.Id, today).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), s);
        }
        else
        {
            view.Sections.Add(new ViewSection("Treaties, organizations, partnerships and policies",
                atlas.AffiliationsOf(actor.Id, today).Select(a =>
                    new ViewLine(Kebab(a.Kind), $"{a.Name}: {Period(a.Period.From, a.Period.To)} ({a.How})", a.Sources)).ToArray()));
        }
        view.AddEvents(atlas.EventsOf(actor.Id));
        view.AddReasons(actor.Kind == ActorKind.Organization ? atlas.ReasonsAbout(new EntityRef(EntityKind.Actor, actor.Id.Value, actor.Name)) : atlas.ReasonsFor(actor.Id));
        return view;
    }

    private static EntityView OfTreaty(Atlas atlas, Treaty treaty, DateOnly today)
    {
        var view = new EntityView(atlas, "treaty", treaty.Id.Value, treaty.Name);
        var s = treaty.Sources;
        view.Fact("also called", treaty.Aliases, s);
        view.Fact("kind", Kebab(treaty.Kind), s);
        view.Fact("signed", treaty.Signed is { } signed ? signed + (treaty.SignedAt is { } at ? $" at {at}" : "") : null, s);
        view.Fact("in force", treaty.InForce, s);
        view.Fact("ended", treaty.Ended is { } ended ? ended + (treaty.EndedHow is { } how ? $" ({Kebab(how)})" : "") : null, s);
        view.Fact("superseded by", treaty.SupersededBy, s);
        view.Fact("organization", treaty.Organization is { } org ? $"{view.NameOf(org)} ({org})" : null, s);
        view.Fact("depositary", treaty.Depositary is { } depositary ? view.NameOf(depositary) : null, s);
        view.Fact("note", treaty.Note, s);
        view.AddDescription(atlas.DescriptionOf(EntityKind.Treaty, treaty.Id.Value));
        view.Sections.Add(new ViewSection($"Parties ({treaty.Parties.Count} spells)", treaty.Parties.OrderBy(p => p.Joined).ThenBy(p => p.Actor.Value, StringComparer.Ordinal).Select(p =>
            new ViewLine(p.Actor.Value, $"{view.NameOf(p.Actor)}: {Period(p.Joined, p.Left)} ({Kebab(p.How)}{(p.LeftHow is { } h ? ", left by " + Kebab(h) : "")})" + (p.Note is { } n ? $"; {n}" : ""), p.Sources, Period: new Interval(p.Joined, p.Left ?? treaty.Ended))).ToArray()));
        if (treaty.Suspensions.Count > 0)
        {
            view.Sections.Add(new ViewSection("Suspensions", treaty.Suspensions.Select(x =>
                new ViewLine(x.Actor.Value, $"{view.NameOf(x.Actor)}{(x.Towards is { } t ? " towards " + view.NameOf(t) : "")}: {Period(x.From, x.To)}" + (x.Note is { } n ? $"; {n}" : ""), x.Sources)).ToArray()));
        }
        view.Sections.Add(new ViewSection("Provisions", treaty.Provisions.Select(p =>
        {
            var parts = new List<string> { Kebab(p.Kind) };
            if (p.Direction is { } d)
                parts.Add(d == Direction.OneWay ? $"one-way: {string.Join(", ", p.Obliged.Select(view.NameOf))} towards {string.Join(", ", p.Beneficiaries.Select(view.NameOf))}" : "mutual");
            if (p.Response is { } r)
                parts.Add(Kebab(r));
            var value = $"{p.Title ?? ""} ({string.Join("; ", parts)})".TrimStart() + (p.Summary is { } summary ? $" {summary}" : "");
            var detail = string.Join("\n", new[]
            {
                p.Trigger is null ? null : $"Trigger: {p.Trigger}",
                p.Scope is null ? null : $"Scope: {p.Scope}",
                p.Conditions.Count == 0 ? null : $"Conditions: {string.Join("; ", p.Conditions)}",
                p.Text is null ? null : $"Text: \"{p.Text.Trim()}\"",
                p.Note is null ? null : $"Note: {p.Note}",
            }.Where(x => x is not null));
            return new ViewLine($"{Naming.Capitalise(Naming.Article(p.Article))}", value, p.Sources, detail.Length == 0 ? null : detail);
        }).ToArray()));
        view.AddAbsences(atlas.AbsencesOf(treaty.Id));
        view.AddEvents(atlas.Events.Where(e => e.Treaty == treaty.Id).OrderBy(e => e.Date));
        view.AddReasons(atlas.ReasonsAbout(new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name)));
        return view;
    }

    private static EntityView OfPolicy(Atlas atlas, Policy policy, DateOnly today)
    {
        var view = new EntityView(atlas, "policy", policy.Id.Value, policy.Name);
        var s = policy.Sources;
        view.Fact("of", $"{view.NameOf(policy.Actor)} ({policy.Actor})", s);
        view.Fact("kind", Kebab(policy.Kind), s);
        view.Fact("in force", Period(policy.From, policy.To), s);
        view.Fact("terms", policy.Terms.Count == 0 ? null : string.Join("; ", policy.Terms), s);
        view.Fact("summary", policy.Summary, s);
        view.Fact("text", policy.Text?.Trim(), s);
        view.AddDescription(atlas.DescriptionOf(EntityKind.Policy, policy.Id.Value));
        if (policy.History.Count > 0)
            view.Sections.Add(new ViewSection("History", policy.History.Select(h => new ViewLine(h.Date.ToString(), h.What, h.Sources)).ToArray()));
        return view;
    }

    private static EntityView OfPartnership(Atlas atlas, Partnership partnership, DateOnly today)
    {
        var view = new EntityView(atlas, "partnership", partnership.Id.Value, partnership.Name);
        var s = partnership.Sources;
        view.Fact("kind", Kebab(partnership.Kind), s);
        view.Fact("organization", partnership.Organization is { } org ? view.NameOf(org) : null, s);
        view.Fact("period", Period(partnership.From, partnership.To), s);
        view.Fact("areas", partnership.Areas.Count == 0 ? null : string.Join("; ", partnership.Areas), s);
        view.Fact("summary", partnership.Summary, s);
        view.AddDescription(atlas.DescriptionOf(EntityKind.Partnership, partnership.Id.Value));
        view.Sections.Add(new ViewSection("Taking part", partnership.Parties.Select(p =>
            new ViewLine(p.Actor.Value, $"{view.NameOf(p.Actor)}: {Period(p.Joined ?? partnership.From, p.Left ?? partnership.To)}" + (p.Note is { } n ? $"; {n}" : ""), p.Sources, Period: new Interval(p.Joined ?? p.KnownFrom ?? partnership.From, p.Left ?? partnership.To))).ToArray()));
        view.AddReasons(atlas.ReasonsAbout(new EntityRef(EntityKind.Partnership, partnership.Id.Value, partnership.Name)));
        return view;
    }

    // A document known by its signing: the day, the signatories and what the record says of it.
    private static EntityView OfDocument(Atlas atlas, Event signing)
    {
        var view = new EntityView(atlas, "document", signing.Id.Value, Naming.Capitalise(signing.Names[0]));
        var s = signing.Sources;
        view.Fact("also called", signing.Names.Skip(1).ToArray(), s);
        view.Fact("signed", signing.Date.ToString(), s);
        view.Fact("signed by", signing.Actors.Select(view.NameOf).ToArray(), s);
        view.Fact("summary", signing.Summary.Trim(), s);
        return view;
    }

    private static EntityView OfPlace(Atlas atlas, Place place, DateOnly today)
    {
        var view = new EntityView(atlas, "place", place.Id.Value, place.Name);
        var s = place.Sources;
        view.Fact("also called", place.Aliases, s);
        view.Fact("held by", $"{view.NameOf(place.State)} ({place.State})", s);
        view.Fact("treaty zones", place.Zones, s);
        view.Fact("note", place.Note, s);
        return view;
    }

    private void AddEvents(IEnumerable<Event> events)
    {
        var lines = events.Select(e => new ViewLine(e.Date.ToString() + (e.To is { } to ? $" – {to}" : ""), e.Summary, e.Sources)).ToArray();
        if (lines.Length > 0)
            Sections.Add(new ViewSection("Events", lines));
    }
}
