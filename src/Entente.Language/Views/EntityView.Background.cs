using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

// What a thing is and why things changed, as show prints them: every line cites its own sources.
public sealed partial class EntityView
{
    private void AddDescription(Description? description)
    {
        if (description is null)
            return;
        var pledge = description.DefencePledge switch
        {
            true => "; with a defence pledge",
            false => "; no defence pledge",
            null => "",
        };
        Fact("what it is", description.What, description.Sources);
        Fact("nature", Kebab(description.Nature) + pledge, description.Sources);
        if (description.Purpose is { } purpose)
            Fact("purpose", purpose.Text, purpose.Sources);
        if (description.End is { } end)
            Fact("why it ended", (end.Date is { } date ? $"{date}: " : "") + end.Why, end.Sources);
    }

    private void AddOrganizationFacts(Atlas atlas, ActorId organization)
    {
        var seats = atlas.HeadquartersHistory(organization);
        if (seats.Count > 0)
        {
            Sections.Add(new ViewSection("Headquarters", seats.Select(h =>
                new ViewLine(Period(h.From, h.To), h.Place + (h.State is { } state ? $", {NameOf(state)}" : "") + (h.Detail is { } detail ? $" ({detail})" : ""),
                    h.Sources, Period: h.Period)).ToArray()));
        }
        foreach (var office in atlas.OfficesOf(organization))
        {
            var lines = office.Holders.Select(h =>
                new ViewLine(Period(h.From, h.To), h.Name + (h.Nationality is { } n ? $" ({NameOf(n)})" : "") + (h.Note is { } note ? $"; {note}" : ""),
                    h.Sources, Period: h.Period)).ToList();
            if (office.What is { } what)
                lines.Insert(0, new ViewLine("role", what, office.Sources));
            Sections.Add(new ViewSection(office.Title + (office.Leading ? " (leads the organization)" : ""), lines));
        }
    }

    private void AddAbsences(IReadOnlyList<Absence> absences)
    {
        if (absences.Count > 0)
            Sections.Add(new ViewSection("Not provided by the treaty", absences.Select(a => new ViewLine(Kebab(a.What), a.Text, a.Sources)).ToArray()));
    }

    private void AddReasons(IReadOnlyList<Reason> reasons)
    {
        if (reasons.Count == 0)
            return;
        var lines = new List<ViewLine>();
        foreach (var reason in reasons)
        {
            var who = reason.Actor is { } actor ? NameOf(actor) + ", " : "";
            lines.Add(new ViewLine(reason.Date.ToString(), $"{who}{Kebab(reason.Change)}: {AboutName(reason)}", reason.Sources));
            foreach (var (label, statements) in new[] { ("  stated", reason.Stated), ("  context", reason.Context) })
            {
                foreach (var s in statements)
                {
                    var text = s.Quoted ? $"\"{s.Text}\"" : s.Text;
                    lines.Add(new ViewLine(label, $"{s.By}{(s.Date is { } d ? $" ({d})" : "")}: {text}", s.Sources));
                }
            }
        }
        Sections.Add(new ViewSection("Why (stated reasons, then context)", lines));
    }

    private string AboutName(Reason reason) => reason.AboutKind switch
    {
        EntityKind.Actor => NameOf(new ActorId(reason.About)),
        EntityKind.Treaty => _atlas.FindTreaty(new TreatyId(reason.About))?.Name ?? reason.About,
        EntityKind.Partnership => _atlas.FindPartnership(new PartnershipId(reason.About))?.Name ?? reason.About,
        EntityKind.Policy => _atlas.FindPolicy(new PolicyId(reason.About))?.Name ?? reason.About,
        _ => reason.About,
    };
}
