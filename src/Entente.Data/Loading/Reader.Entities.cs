using Entente.Core.Model;

namespace Entente.Data.Loading;

internal sealed partial class Reader
{
    private void ReadActor(MapReader map)
    {
        var kind = map.Enum<ActorKind>("kind", required: true) ?? ActorKind.State;
        var sources = SourcesOf(map);
        var existed = map.Map("existed");
        var un = map.Map("un");
        var cow = map.Maps("cow").Select(c =>
        {
            var spell = new CowSpell(c.Int("code", required: true) ?? 0, c.Date("from", required: true) ?? default, c.Date("to"));
            c.RejectUnknown();
            Note(spell, c);
            return spell;
        }).ToArray();
        var european = map.Text("european");
        var actor = new Actor
        {
            Id = new ActorId(map.RequiredText("id")),
            Kind = kind,
            Name = map.RequiredText("name"),
            OfficialName = map.Text("official-name"),
            Aliases = map.Texts("aliases"),
            FormerNames = [.. map.Maps("former-names").Select(n =>
            {
                var former = new FormerName(n.RequiredText("name"), n.Date("until", required: true) ?? default, SourcesOf(n));
                n.RejectUnknown();
                return former;
            }).OrderBy(n => n.Until)],
            Demonyms = map.Texts("demonyms"),
            Iso2 = map.Text("iso2"),
            IsoNumeric = map.Text("iso-numeric"),
            Region = map.Text("region"),
            Continent = map.Text("continent"),
            European = european switch
            {
                null => null,
                "true" or "yes" => Europeanness.Yes,
                "false" or "no" => Europeanness.No,
                "contested" => Europeanness.Contested,
                _ => Invalid<Europeanness?>(map, "european", $"'{european}' is not true, false or contested"),
            },
            EuropeanNote = map.Text("european-note"),
            Existed = existed is null ? Interval.Always : new Interval(existed.Date("from"), existed.Date("to")),
            UnJoined = un?.Date("joined"),
            UnRepresentedFrom = un?.Date("represented-from"),
            UnNote = un?.Text("note"),
            UnObserver = un?.Bool("observer") ?? false,
            Cow = cow,
            Successor = ActorRef(map, "successor"),
            Zones = ZoneRefs(map, "zones"),
            Sources = sources,
        };
        existed?.RejectUnknown();
        if (un is not null && actor.UnRepresentedFrom is { } represented)
        {
            if (actor.UnJoined is not { } joined)
                un.Report("represented-from", "needs joined: the day the state became a UN member");
            else if (represented < joined)
                un.Report("represented-from", $"{represented} is before the state joined the UN ({joined})");
            if (actor.UnNote is null)
                un.Report("note", "is required with represented-from: say who held the seat before");
        }
        un?.RejectUnknown();
        if (actor.European == Europeanness.Contested && actor.EuropeanNote is null)
            map.Report("european-note", "is required when european is contested: say why");
        map.RejectUnknown();
        Add(Actors, actor, map);
    }

    private void ReadTreaty(MapReader map)
    {
        var id = new TreatyId(map.RequiredText("id"));
        var sources = SourcesOf(map);
        var parties = map.Maps("parties").Select(p =>
        {
            var party = new Party
            {
                Treaty = id,
                Actor = ActorRef(p, "actor", required: true) ?? default,
                Joined = p.Date("joined", required: true) ?? default,
                How = p.Enum<JoinHow>("how", required: true) ?? JoinHow.Founding,
                Signed = p.Date("signed"),
                Left = p.Date("left"),
                LeftHow = p.Enum<LeaveHow>("left-how"),
                Note = p.Text("note"),
                Sources = SourcesOf(p, sources),
            };
            if (party.Left is not null && party.LeftHow is null)
                p.Report("left-how", "is required when left is given: withdrawal, denunciation, dissolution, expiry, succession, termination or superseded");
            p.RejectUnknown();
            Note(party, p);
            return party;
        }).ToArray();
        var suspensions = map.Maps("suspensions").Select(s =>
        {
            var suspension = new Suspension
            {
                Treaty = id,
                Actor = ActorRef(s, "actor", required: true) ?? default,
                Towards = ActorRef(s, "towards"),
                From = s.Date("from", required: true) ?? default,
                To = s.Date("to"),
                Note = s.Text("note"),
                Sources = SourcesOf(s, sources),
            };
            s.RejectUnknown();
            Note(suspension, s);
            return suspension;
        }).ToArray();
        var provisions = map.Maps("provisions").Select(p =>
        {
            var provisionSources = SourcesOf(p, sources);
            var provision = new Provision
            {
                Treaty = id,
                Article = p.RequiredText("article"),
                Title = p.Text("title"),
                Kind = p.Enum<ProvisionKind>("kind", required: true) ?? ProvisionKind.Other,
                Direction = p.Enum<Direction>("direction"),
                Obliged = ActorRefs(p, "obliged"),
                Beneficiaries = ActorRefs(p, "beneficiaries"),
                Trigger = p.Text("trigger"),
                Scope = p.Text("scope"),
                Zones = ZoneRefs(p, "zones"),
                Requires = p.Texts("requires"),
                Response = p.Enum<Response>("response"),
                Conditions = p.Texts("conditions"),
                Summary = p.Text("summary"),
                Text = Quotation(p, provisionSources),
                Note = p.Text("note"),
                From = p.Date("from"),
                To = p.Date("to"),
                Sources = provisionSources,
            };
            if (provision.Direction == Direction.OneWay && (provision.Obliged.Count == 0 || provision.Beneficiaries.Count == 0))
                p.Report("direction", "one-way needs both obliged and beneficiaries: who owes the duty to whom");
            p.RejectUnknown();
            Note(provision, p);
            return provision;
        }).ToArray();
        var treaty = new Treaty
        {
            Id = id,
            Name = map.RequiredText("name"),
            Aliases = map.Texts("aliases"),
            Kind = map.Enum<TreatyKind>("kind", required: true) ?? TreatyKind.Other,
            Signed = map.Date("signed"),
            SignedAt = map.Text("signed-at"),
            InForce = map.Date("in-force"),
            Ended = map.Date("ended"),
            EndedHow = map.Enum<LeaveHow>("ended-how"),
            SupersededBy = TreatyRef(map, "superseded-by"),
            Organization = ActorRef(map, "organization", ReferenceKind.Organization),
            Depositary = ActorRef(map, "depositary"),
            Note = map.Text("note"),
            Atop = AtopIds(map),
            AfterAtop = AfterAtopOf(map, sources),
            Parties = parties,
            Suspensions = suspensions,
            Provisions = provisions,
            Sources = sources,
        };
        if (treaty.Signed is null && treaty.InForce is null)
            map.Report("signed", "a treaty needs a signed or an in-force date");
        map.RejectUnknown();
        Add(Treaties, treaty, map);
    }

    /// <summary>The <c>atop</c> field: one ATOP alliance id or a list of them, each a positive whole number.</summary>
    private static int[] AtopIds(MapReader map)
    {
        var ids = new List<int>();
        foreach (var text in map.Texts("atop"))
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0)
                ids.Add(id);
            else
                map.Report("atop", $"'{text}' is not an ATOP alliance id (a positive whole number such as 3180)");
        }
        return [.. ids];
    }

    /// <summary>
    /// The <c>after-atop</c> field: <c>not-confirmed</c>, or a map <c>{status: confirmed, date, source}</c> /
    /// <c>{status: ended, source}</c>. A confirmation or an end must name the source that says so.
    /// </summary>
    private AfterAtop? AfterAtopOf(MapReader map, IReadOnlyList<SourceId> inherited)
    {
        if (map.Map("after-atop", quiet: true) is { } after)
        {
            var status = after.Enum<AfterAtopStatus>("status", required: true) ?? AfterAtopStatus.NotConfirmed;
            var date = after.Date("date");
            var own = after.Texts("source");
            var sources = own.Count > 0 ? SourcesOf(after) : [];
            if (status != AfterAtopStatus.NotConfirmed && sources.Count == 0)
                after.Report("source", $"is required for status {Words(status)}: name the source read after 2016 that says so");
            if (status == AfterAtopStatus.Confirmed && date is null)
                after.Report("date", "is required for status confirmed: the date the source confirms the alliance in force on");
            after.RejectUnknown();
            return new AfterAtop(status, date, sources.Count > 0 ? sources : status == AfterAtopStatus.NotConfirmed ? [] : inherited);
        }
        var text = map.Text("after-atop");
        return text switch
        {
            null => null,
            "not-confirmed" => AfterAtop.NotConfirmed,
            _ => Invalid<AfterAtop?>(map, "after-atop", $"'{text}' is not not-confirmed; write not-confirmed, or a map {{status: confirmed, date: ..., source: ...}} or {{status: ended, source: ...}}"),
        };
    }

    private static string Words(AfterAtopStatus status) => status switch
    {
        AfterAtopStatus.Confirmed => "confirmed",
        AfterAtopStatus.Ended => "ended",
        _ => "not-confirmed",
    };

    private void ReadPolicy(MapReader map)
    {
        var sources = SourcesOf(map);
        var to = map.Date("to");
        var policy = new Policy
        {
            Id = new PolicyId(map.RequiredText("id")),
            Actor = ActorRef(map, "actor", required: true) ?? default,
            Name = map.RequiredText("name"),
            Aliases = map.Texts("aliases"),
            Kind = map.Enum<PolicyKind>("kind", required: true) ?? PolicyKind.Other,
            From = map.Date("from"),
            To = to,
            Terms = map.Texts("terms"),
            Summary = map.Text("summary"),
            Text = Quotation(map, sources),
            History = map.Maps("history").Select(h =>
            {
                var step = new DatedStep(h.Date("date", required: true) ?? default, h.RequiredText("what"), SourcesOf(h, sources));
                h.RejectUnknown();
                Note(step, h);
                return step;
            }).ToArray(),
            Basis = ReadBasis(map, to),
            Sources = sources,
        };
        map.RejectUnknown();
        Add(Policies, policy, map);
    }

    private void ReadPartnership(MapReader map)
    {
        var id = new PartnershipId(map.RequiredText("id"));
        var sources = SourcesOf(map);
        var partnership = new Partnership
        {
            Id = id,
            Name = map.RequiredText("name"),
            Aliases = map.Texts("aliases"),
            Kind = map.Enum<PartnershipKind>("kind", required: true) ?? PartnershipKind.Programme,
            Organization = ActorRef(map, "organization", ReferenceKind.Organization),
            From = map.Date("from"),
            To = map.Date("to"),
            Areas = map.Texts("areas"),
            Parties = map.Maps("parties").Select(p =>
            {
                var participation = new Participation
                {
                    Partnership = id,
                    Actor = ActorRef(p, "actor", required: true) ?? default,
                    Joined = p.Date("joined"),
                    Left = p.Date("left"),
                    KnownFrom = p.Date("known-from"),
                    Note = p.Text("note"),
                    Sources = SourcesOf(p, sources),
                };
                p.RejectUnknown();
                Note(participation, p);
                return participation;
            }).ToArray(),
            Summary = map.Text("summary"),
            Binding = map.Bool("binding"),
            Sources = sources,
        };
        map.RejectUnknown();
        Add(Partnerships, partnership, map);
    }

    private void ReadEvent(MapReader map)
    {
        var e = new Event
        {
            Id = new EventId(map.RequiredText("id")),
            Date = map.Date("date", required: true) ?? default,
            To = map.Date("to"),
            Kind = map.Enum<EventKind>("kind", required: true) ?? EventKind.Other,
            Actors = ActorRefs(map, "actors"),
            // "against" for an invasion or attack, "admits" for a ratification: whom the event was aimed at.
            Targets = [.. ActorRefs(map, "against"), .. ActorRefs(map, "admits")],
            Announces = map.Enum<EventKind>("announces"),
            Names = map.Texts("names"),
            Treaty = TreatyRef(map, "treaty"),
            Article = map.Text("article"),
            Summary = map.RequiredText("summary"),
            Sources = SourcesOf(map),
            Figures = [.. map.Maps("figures").Select(ReadFigure).OfType<EventFigure>()],
        };
        map.RejectUnknown();
        Add(Events, e, map);
    }

    // "killed: HUN 2500–3000 (KSH 1957; later research up to 3,000)": a count of an event, as a range with its sources.
    private EventFigure? ReadFigure(MapReader f)
    {
        var measure = f.Enum<FigureMeasure>("measure", required: true);
        var people = ActorRef(f, "people", required: true);
        var low = f.Int("low", required: true);
        var high = f.Int("high") ?? low;
        var sources = SourcesOf(f);
        var forces = f.Bool("forces") == true;
        var note = f.Text("note");
        f.RejectUnknown();
        if (measure is null || people is null || low is null || high is null)
            return null;
        if (high < low)
        {
            f.Report("high", $"{high} is below the low of {low}: a figure's range runs from its low to its high");
            return null;
        }
        return new EventFigure(measure.Value, people.Value, low.Value, high.Value, sources) { Forces = forces, Note = note };
    }

    private void ReadZone(MapReader map)
    {
        var id = map.RequiredText("id");
        var description = map.RequiredText("description");
        var home = map.Bool("home") == true;
        if (home)
            HomeZones.Add(id);
        var zone = new Zone
        {
            Id = id,
            Name = map.Text("name") ?? id.Replace('-', ' '),
            Description = description,
            Home = home,
            AdministeredBy = ActorRef(map, "administered-by", ReferenceKind.State),
        };
        map.RejectUnknown();
        Zones.Add((id, description, map));
        ZoneList.Add(zone);
    }

    private void ReadPlace(MapReader map)
    {
        var place = new Place
        {
            Id = new PlaceId(map.RequiredText("id")),
            Name = map.RequiredText("name"),
            Aliases = map.Texts("aliases"),
            State = ActorRef(map, "state", ReferenceKind.State, required: true) ?? default,
            Zones = ZoneRefs(map, "zones"),
            ZoneSpells = map.Maps("zone-spells").Select(z =>
            {
                var zone = ZoneRefs(z, "zone");
                var spell = new ZoneSpell(zone.Count > 0 ? zone[0] : "", z.Date("from"), z.Date("to"));
                if (spell.Zone.Length == 0)
                    z.Report("zone", "is required");
                z.RejectUnknown();
                return spell;
            }).ToArray(),
            Unsettled = ZoneRefs(map, "unsettled"),
            Note = map.Text("note"),
            Sources = SourcesOf(map),
        };
        map.RejectUnknown();
        Add(PlaceList, place, map);
    }

    private static T Invalid<T>(MapReader map, string key, string message)
    {
        map.Report(key, message);
        return default!;
    }
}
