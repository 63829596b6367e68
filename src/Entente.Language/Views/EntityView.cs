using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Views;

/// <summary>
/// What <c>entente show</c> and <c>GET /api/actors/{id}</c> give about one thing, built once and written as text or JSON: its facts,
/// sections (parties, provisions, members…) and the sources each line rests on.
/// </summary>
public sealed partial class EntityView
{
    private readonly Atlas _atlas;

    private EntityView(Atlas atlas, string kind, string id, string name) => (_atlas, Kind, Id, Name) = (atlas, kind, id, name);

    public string Kind { get; }
    public string Id { get; }
    public string Name { get; }
    public List<ViewLine> Facts { get; } = [];
    public List<ViewSection> Sections { get; } = [];

    /// <summary>The view of one thing; <paramref name="today"/> is the day "members today" and the current memberships are counted on.</summary>
    public static EntityView Of(Atlas atlas, EntityRef entity, DateOnly today) => entity.Kind switch
    {
        EntityKind.Actor => OfActor(atlas, atlas.Actor(new ActorId(entity.Id)), today),
        EntityKind.Treaty => OfTreaty(atlas, atlas.Treaty(new TreatyId(entity.Id)), today),
        EntityKind.Policy => OfPolicy(atlas, atlas.FindPolicy(new PolicyId(entity.Id))!, today),
        EntityKind.Place => OfPlace(atlas, atlas.FindPlace(new PlaceId(entity.Id))!, today),
        EntityKind.Document => OfDocument(atlas, atlas.FindEvent(new EventId(entity.Id))!),
        _ => OfPartnership(atlas, atlas.FindPartnership(new PartnershipId(entity.Id))!, today),
    };

    private void Fact(string label, object? value, IReadOnlyList<SourceId> sources, string? detail = null)
    {
        var text = value switch
        {
            null => null,
            string s when s.Length == 0 => null,
            IEnumerable<string> list => list.Any() ? string.Join(", ", list) : null,
            _ => value.ToString(),
        };
        if (text is not null)
            Facts.Add(new ViewLine(label, text, sources, detail));
    }

    private static string Kebab(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private string NameOf(ActorId id) => _atlas.FindActor(id)?.Name ?? id.Value;

    /// <summary>The earliest of several ends, null (still) only when all are: a membership ends when the member
    /// leaves, the treaty ends or the organization is dissolved (SEATO in 1977, though the Manila Pact lives on).</summary>
    private static PartialDate? Earliest(params PartialDate?[] ends) =>
        ends.Where(e => e is not null).OrderBy(e => e!.Value).FirstOrDefault();

    // "1994-01-10 – (still)"; a start the data does not record is said in words, never as "?".
    private static string Period(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        (null, null) => "dates not recorded",
        (null, { } end) => $"start not recorded – {end}",
        ({ } start, null) => $"{start} – (still)",
        ({ } start, { } end) => $"{start} – {end}",
    };
}

/// <summary>One line of a view: a label, its value, the sources it rests on and optional longer text.</summary>
/// <param name="Period">For a dated line (a party's spell, a member's), when it held: from inclusive, to exclusive.</param>
public sealed record ViewLine(string Label, string Value, IReadOnlyList<SourceId> Sources, string? Detail = null, Interval? Period = null);

/// <summary>A titled group of lines (parties, provisions, members).</summary>
public sealed record ViewSection(string Title, IReadOnlyList<ViewLine> Lines);

/// <summary>An entity as JSON: what it is (<paramref name="Kind"/>: state, organization, treaty, policy, partnership, place), its facts,
/// its sections (parties, provisions, members, events…) and every source the lines cite.</summary>
public sealed record EntityJson(string Kind, string Id, string Name, IReadOnlyList<EntityLineJson> Facts, IReadOnlyList<EntitySectionJson> Sections, IReadOnlyList<SourceJson> Sources);

/// <summary>A titled group of lines.</summary>
public sealed record EntitySectionJson(string Title, IReadOnlyList<EntityLineJson> Items);

/// <summary>One line: a label, its value, optional longer text, and for a dated line (a party's spell) from (inclusive) and
/// to (exclusive; null: still); <paramref name="Sources"/> are ids of the view's sources.</summary>
public sealed record EntityLineJson(string Label, string Value, string? Detail, string? From, string? To, IReadOnlyList<string> Sources);
