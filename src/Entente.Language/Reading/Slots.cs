using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Reading;

/// <summary>
/// The fillers an analysed text offers the frames: states, organizations, treaties, places, policies and
/// partnerships named (in the order written), and which words carry meaning so the unused ones can be reported.
/// </summary>
internal sealed class Slots
{
    public Slots(Atlas atlas, Analysis a)
    {
        Atlas = atlas;
        A = a;
        foreach (var (mention, entity) in a.Entities())
        {
            switch (entity.Kind)
            {
                case EntityKind.Actor when atlas.Actor(new ActorId(entity.Id)) is { } actor:
                    if (actor.IsState)
                        Add(States, (actor, mention));
                    else
                        Add(Organizations, (actor, mention));
                    break;
                case EntityKind.Treaty:
                    var treaty = atlas.Treaty(new TreatyId(entity.Id));
                    Add(Treaties, (treaty, mention));
                    if (treaty.Organization is { } org)
                        Add(Organizations, (atlas.Actor(org), mention));
                    break;
                case EntityKind.Place:
                    Places.Add((atlas.FindPlace(new PlaceId(entity.Id))!, mention));
                    break;
                case EntityKind.Policy:
                    Policies.Add((atlas.FindPolicy(new PolicyId(entity.Id))!, mention));
                    break;
                case EntityKind.Partnership:
                    Partnerships.Add((atlas.FindPartnership(new PartnershipId(entity.Id))!, mention));
                    break;
                case EntityKind.Document:
                    Documents.Add((atlas.FindEvent(new EventId(entity.Id))!, mention));
                    break;
            }
        }
    }

    private static void Add<T>(List<(T, Mention)> list, (T Item, Mention Mention) item)
    {
        if (!list.Any(x => EqualityComparer<T>.Default.Equals(x.Item1, item.Item)))
            list.Add(item);
    }

    public Atlas Atlas { get; }
    public Analysis A { get; }
    public List<(Actor Actor, Mention Mention)> States { get; } = [];
    public List<(Actor Actor, Mention Mention)> Organizations { get; } = [];
    public List<(Treaty Treaty, Mention Mention)> Treaties { get; } = [];
    public List<(Place Place, Mention Mention)> Places { get; } = [];
    public List<(Policy Policy, Mention Mention)> Policies { get; } = [];
    public List<(Partnership Partnership, Mention Mention)> Partnerships { get; } = [];

    /// <summary>Documents known by their signing ("the Budapest Memorandum"): the signing events.</summary>
    public List<(Event Signing, Mention Mention)> Documents { get; } = [];

    public Actor? State => States.Count > 0 ? States[0].Actor : null;
    public Actor? Organization => Organizations.Count > 0 ? Organizations[0].Actor : null;

    /// <summary>What a state can be a member of: the organization named, else a treaty without one.</summary>
    public EntityRef? Body =>
        Organizations.Count > 0 ? Ref(Organizations[0].Actor)
        : Treaties.Count > 0 ? new EntityRef(EntityKind.Treaty, Treaties[0].Treaty.Id.Value, Treaties[0].Treaty.Name)
        : null;

    /// <summary>Every membership body named, organizations and treaties without one, in order.</summary>
    public IReadOnlyList<EntityRef> Bodies =>
        Organizations.Select(o => (o.Mention.First, Ref(o.Actor)))
            .Concat(Treaties.Where(t => t.Treaty.Organization is null).Select(t => (t.Mention.First, new EntityRef(EntityKind.Treaty, t.Treaty.Id.Value, t.Treaty.Name))))
            .OrderBy(x => x.First).Select(x => x.Item2).Distinct().ToArray();

    /// <summary>The treaty named, or the founding treaty of the organization named.</summary>
    public Treaty? Treaty =>
        Treaties.Count > 0 ? Treaties[0].Treaty
        : Organization is { } org ? Atlas.TreatiesOf(org.Id).OrderBy(t => t.Signed ?? t.InForce).FirstOrDefault()
        : null;

    /// <summary>The thing a what-is or a date question is about: the first organization, treaty, partnership or policy named.</summary>
    public EntityRef? Subject =>
        A.Entities().Where(e => e.Entity.Kind != EntityKind.Actor || Atlas.Actor(new ActorId(e.Entity.Id)).Kind == ActorKind.Organization)
            .Select(e => e.Entity).FirstOrDefault();

    /// <summary>The treaties both of the first two states named have been party to, oldest first.</summary>
    public IReadOnlyList<Treaty> SharedTreaties =>
        States.Count < 2 ? []
        : Atlas.PartiesOf(States[0].Actor.Id).Select(p => Atlas.Treaty(p.Treaty)).Distinct()
            .Where(t => t.Parties.Any(p => p.Actor == States[1].Actor.Id)).OrderBy(t => t.Signed ?? t.InForce).ToArray();

    public static EntityRef Ref(Actor actor) => new(EntityKind.Actor, actor.Id.Value, actor.Name);

    /// <summary>
    /// The words of the text that carry meaning and that the reading did not use: not names, not function
    /// words, not the time phrase or the article, and not a cue of the frame that read it.
    /// </summary>
    public IReadOnlyList<string> Unread(IReadOnlyCollection<Cue> used, bool termRead = false, IReadOnlyCollection<int>? read = null)
    {
        var skip = new bool[A.Tokens.Count];
        foreach (var i in read ?? [])
        {
            if (i >= 0 && i < skip.Length)
                skip[i] = true;
        }
        foreach (var m in A.Mentions)
        {
            for (var i = m.First; i <= m.Last; i++)
                skip[i] = true;
        }
        if (A.Time is { } time)
        {
            for (var i = time.First; i < time.First + time.Count && i < skip.Length; i++)
                skip[i] = true;
        }
        // A treaty described by the words of its name beside its short name ("their 1951 Mutual Defense Treaty (MDT)"):
        // those words name it too.
        foreach (var m in A.Mentions.Where(m => m.Entity is { Kind: EntityKind.Treaty }))
        {
            var named = NameIndex.Normalize(m.Entity!.Name).Split(' ').ToHashSet(StringComparer.Ordinal);
            for (var i = m.First - 1; i >= 0 && i >= m.First - 6 && (named.Contains(A.Tokens[i].Norm) || A.Tokens[i].Kind != TokenKind.Word); i--)
                skip[i] = true;
        }
        if (termRead && A.Term is { } term)
        {
            for (var i = term.First; i < term.First + term.Count; i++)
                skip[i] = true;
        }
        if (A.ArticleToken >= 0)
        {
            skip[A.ArticleToken] = true;
            if (A.ArticleToken + 1 < skip.Length)
                skip[A.ArticleToken + 1] = true;
        }
        foreach (var cue in A.Cues.Where(c => used.Contains(c.Cue) || Weak.Contains(c.Cue)))
        {
            for (var i = cue.First; i < cue.First + cue.Count; i++)
                skip[i] = true;
        }
        var words = new List<string>();
        for (var i = 0; i < A.Tokens.Count; i++)
        {
            var t = A.Tokens[i];
            if (skip[i] || t.Kind != TokenKind.Word || Lexicon.Function.Contains(t.Norm) || Lexicon.Negations.Contains(t.Norm) || t.Norm.Length < 3)
                continue;
            if (!words.Contains(t.Text))
                words.Add(t.Text);
        }
        return words;
    }

    // Cues that often stand in a question without changing what it asks.
    private static readonly HashSet<Cue> Weak = [Cue.Member, Cue.Treaty, Cue.Describe, Cue.Purpose];
}
