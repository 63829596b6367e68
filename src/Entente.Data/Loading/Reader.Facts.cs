using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Data.Loading;

// The facts that say what a thing is and why things changed: descriptions, reasons, headquarters, offices and
// what a treaty does not provide. They live in their own files (data/descriptions, data/reasons) and point at ids.
internal sealed partial class Reader
{
    private static readonly (string Key, EntityKind Kind, ReferenceKind Reference)[] Subjects =
    [
        ("organization", EntityKind.Actor, ReferenceKind.Organization),
        ("treaty", EntityKind.Treaty, ReferenceKind.Treaty),
        ("partnership", EntityKind.Partnership, ReferenceKind.Partnership),
        ("policy", EntityKind.Policy, ReferenceKind.Policy),
    ];

    /// <summary>The one thing a description or a reason is about: exactly one of <c>organization</c>, <c>treaty</c>,
    /// <c>partnership</c>, <c>policy</c>.</summary>
    private (EntityKind Kind, string Id)? SubjectOf(MapReader map, string what)
    {
        var found = Subjects.Select(s => (s.Key, s.Kind, s.Reference, Id: map.Text(s.Key))).Where(s => s.Id is not null).ToArray();
        if (found.Length != 1)
        {
            map.Report("treaty", found.Length == 0
                ? $"{what} needs what it is about: one of organization, treaty, partnership or policy"
                : $"{what} is about one thing, not {string.Join(" and ", found.Select(f => f.Key))}");
            return null;
        }
        var (key, kind, reference, id) = found[0];
        Refer(reference, id!, map, key);
        return (kind, id!);
    }

    private void ReadDescription(MapReader map)
    {
        var subject = SubjectOf(map, "a description");
        var sources = SourcesOf(map);
        var purpose = map.Map("purpose");
        var end = map.Map("end");
        var description = new Description
        {
            Kind = subject?.Kind ?? EntityKind.Treaty,
            Id = subject?.Id ?? "",
            Nature = map.Enum<Nature>("nature", required: true) ?? Nature.Other,
            DefencePledge = map.Bool("defence-pledge"),
            What = map.RequiredText("what"),
            Purpose = purpose is null ? null : new SourcedText(purpose.RequiredText("text"), SourcesOf(purpose, sources)),
            End = end is null ? null : new Ending(end.Date("date"), end.RequiredText("why"), SourcesOf(end, sources)),
            Sources = sources,
        };
        purpose?.RejectUnknown();
        end?.RejectUnknown();
        map.RejectUnknown();
        if (subject is not null)
            Add(Descriptions, description, map);
    }

    private void ReadReason(MapReader map)
    {
        var id = map.RequiredText("id");
        var subject = SubjectOf(map, "a reason");
        var sources = SourcesOf(map);
        var eventId = map.Text("event");
        if (eventId is not null)
            Refer(ReferenceKind.Event, eventId, map, "event");
        var reason = new Reason
        {
            Id = new ReasonId(id),
            Actor = ActorRef(map, "state", ReferenceKind.State),
            AboutKind = subject?.Kind ?? EntityKind.Treaty,
            About = subject?.Id ?? "",
            Change = map.Enum<Change>("change", required: true) ?? Change.Other,
            Date = map.Date("date", required: true) ?? default,
            Event = eventId is null ? null : new EventId(eventId),
            Stated = Statements(map, "stated", sources),
            Context = Statements(map, "context", sources),
            Sources = sources,
        };
        if (reason.Stated.Count == 0 && reason.Context.Count == 0)
            map.Report("stated", "a reason needs at least one statement: stated (what its actors said) or context (what others say)");
        map.RejectUnknown();
        if (subject is not null)
            Add(Reasons, reason, map);
    }

    private Statement[] Statements(MapReader map, string key, IReadOnlyList<SourceId> inherited) =>
        map.Maps(key).Select(s =>
        {
            var quote = s.Text("quote");
            var summary = s.Text("summary");
            if ((quote is null) == (summary is null))
                s.Report("summary", "give the words either as quote (the source's own words) or as summary (a close summary), one of the two");
            var statement = new Statement(s.RequiredText("by"), ActorRef(s, "speaker"), s.Date("date"), quote ?? summary ?? "", quote is not null, SourcesOf(s, inherited));
            s.RejectUnknown();
            return statement;
        }).ToArray();

    // "organization: NATO, rule: consensus": how an organization decides, with the decisions it covers.
    private void ReadDecision(MapReader map)
    {
        var rule = new DecisionRule(
            ActorRef(map, "organization", ReferenceKind.Organization, required: true) ?? default,
            map.Enum<DecisionKind>("rule", required: true) ?? DecisionKind.Consensus,
            map.Text("scope"),
            map.Text("note"),
            SourcesOf(map));
        map.RejectUnknown();
        Add(Decisions, rule, map);
    }

    private void ReadHeadquarters(MapReader map)
    {
        var seat = new Headquarters(
            ActorRef(map, "organization", ReferenceKind.Organization, required: true) ?? default,
            map.RequiredText("place"),
            ActorRef(map, "state", ReferenceKind.State),
            map.Text("detail"),
            map.Date("from"),
            map.Date("to"),
            SourcesOf(map));
        map.RejectUnknown();
        Add(Headquarters, seat, map);
    }

    private void ReadOffice(MapReader map)
    {
        // An office of an organization (NATO's Secretary General) or of a state (Armenia's Prime Minister).
        var organization = (map.Text("state") is not null
            ? ActorRef(map, "state", ReferenceKind.State, required: true)
            : ActorRef(map, "organization", ReferenceKind.Organization, required: true)) ?? default;
        var title = map.RequiredText("title");
        var leading = map.Bool("leading") ?? false;
        var what = map.Text("what");
        var sources = SourcesOf(map);
        var holders = map.Maps("holders").Select(h =>
        {
            var holder = new OfficeHolder(h.RequiredText("name"), ActorRef(h, "nationality", ReferenceKind.State), h.Date("from", required: true) ?? default,
                h.Date("to"), h.Text("note"), SourcesOf(h, sources));
            h.RejectUnknown();
            Note(holder, h);
            return holder;
        }).ToArray();
        map.RejectUnknown();
        Add(Offices, new Office(organization, title, leading, holders, sources, what), map);
    }

    private void ReadGroup(MapReader map)
    {
        var group = new StateGroup(
            map.RequiredText("id"),
            map.RequiredText("name"),
            map.Texts("words"),
            ActorRefs(map, "members"),
            SourcesOf(map));
        if (group.Members.Count < 2)
            map.Report("members", "a group names at least two states");
        map.RejectUnknown();
        Add(Groups, group, map);
    }

    private void ReadIndependence(MapReader map)
    {
        var state = ActorRef(map, "state", required: true) ?? default;
        if (Independences.Any(i => i.State == state))
            map.Report("state", $"'{state.Value}' already has an independence record: one per state, the other steps in its note");
        var independence = new Independence(
            state,
            map.Date("date", required: true) ?? default,
            ActorRef(map, "from"),
            map.Enum<IndependenceHow>("how", required: true) ?? IndependenceHow.Declared,
            map.Text("note"),
            SourcesOf(map))
        {
            Steps = [.. map.Maps("steps").Select(step =>
            {
                var dated = (step.Date("date", required: true) ?? default, step.RequiredText("what"));
                step.RejectUnknown();
                return dated;
            })],
        };
        map.RejectUnknown();
        Add(Independences, independence, map);
    }

    private void ReadAbsence(MapReader map)
    {
        var absence = new Absence(
            TreatyRef(map, "treaty") ?? Invalid<TreatyId>(map, "treaty", "is required: the treaty that lacks the clause"),
            map.Enum<Absent>("absent", required: true) ?? Absent.Other,
            map.RequiredText("what"),
            SourcesOf(map));
        map.RejectUnknown();
        Add(Absences, absence, map);
    }
}
