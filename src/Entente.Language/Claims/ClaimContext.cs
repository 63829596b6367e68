using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Claims;

/// <summary>
/// What a claim is about when it does not say: the state, organization and treaty named last (in the
/// claim, earlier in its sentence, or in an earlier sentence), falling back on the text's topic.
/// </summary>
internal sealed class ClaimContext(Atlas atlas, DateOnly on)
{
    public Atlas Atlas { get; } = atlas;
    public DateOnly On { get; } = on;
    public Actor? TopicState { get; private set; }
    public Actor? TopicOrganization { get; private set; }
    public Actor? LastState { get; private set; }

    /// <summary>The states the last sentence that named any named, in order ("Austria, Ireland and Malta …" for "the three").</summary>
    public IReadOnlyList<Actor> LastStates { get; private set; } = [];
    public Actor? LastOrganization { get; private set; }
    public Treaty? LastTreaty { get; private set; }

    /// <summary>The article number the text named last ("Article 4"), for "this Article" and "it".</summary>
    public string? LastArticle { get; private set; }

    /// <summary>The year the text named last, for a date given without one ("On November 4, …").</summary>
    public int? Year { get; private set; }

    /// <summary>The article whose words the sentence before quoted ("Article 5 states that “…”"), for a quotation that goes on.</summary>
    public string? LastQuotedArticle { get; set; }

    /// <summary>The things a piece of text names exactly (no guessing in long texts).</summary>
    public Named Read(string text) => Named(Reading.Analysis.Of(Atlas, text, Reading.Tokenizer.Tokenize(text), fuzzy: false));

    /// <summary>The things an analysed text names exactly.</summary>
    public Named Named(Reading.Analysis analysis)
    {
        var states = new List<Actor>();
        var organizations = new List<Actor>();
        var treaties = new List<Treaty>();
        var places = new List<Place>();
        var partnerships = new List<Partnership>();
        var written = new List<(EntityRef Body, string Text)>();
        foreach (var mention in analysis.Mentions.Where(m => m.Entity is not null))
        {
            var entity = mention.Entity!;
            switch (entity.Kind)
            {
                case EntityKind.Actor when Atlas.Actor(new ActorId(entity.Id)) is { } actor:
                    (actor.IsState ? states : organizations).Add(actor);
                    if (!actor.IsState)
                        written.Add((new EntityRef(EntityKind.Actor, actor.Id.Value, actor.Name), mention.Text));
                    break;
                case EntityKind.Treaty:
                    var treaty = Atlas.Treaty(new TreatyId(entity.Id));
                    treaties.Add(treaty);
                    written.Add((treaty.Organization is { } o ? new EntityRef(EntityKind.Actor, o.Value, Atlas.Actor(o).Name) : new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name), mention.Text));
                    break;
                case EntityKind.Place:
                    places.Add(Atlas.FindPlace(new PlaceId(entity.Id))!);
                    break;
                case EntityKind.Partnership when Atlas.FindPartnership(new PartnershipId(entity.Id)) is { } partnership:
                    partnerships.Add(partnership);
                    break;
            }
        }
        return new Named(states, organizations, treaties, places, analysis.Article) { Bodies = written, Partnerships = partnerships, Year = Reading.EventDates.LastYear(analysis.Tokens) };
    }

    private readonly List<EntityRef> _bodies = [];

    // The documents named so far (treaties and partnerships: declarations, arrangements), in order, for "the agreement".
    private readonly List<(EntityRef Document, PartialDate? Began, HashSet<string> Words)> _documents = [];

    /// <summary>
    /// An ambiguous name the text's date or subject settles: of the things a name could be ("the Washington Declaration":
    /// the U.S.–New Zealand one of 2012 or the U.S.–ROK one of 2023), the only one that existed on the text's date, else
    /// the only one whose parties include a state the text names. Names of states are left as they are.
    /// </summary>
    public Reading.Analysis Settle(Reading.Analysis analysis)
    {
        if (!analysis.Mentions.Any(m => m.IsAmbiguous))
            return analysis;
        var named = analysis.Mentions.Where(m => m.Entity is { Kind: EntityKind.Actor }).Select(m => new ActorId(m.Entity!.Id))
            .Concat(TopicState is { } topic ? [topic.Id] : []).ToHashSet();
        return analysis.WithMentions([.. analysis.Mentions.Select(m => m.IsAmbiguous && Settled(m, named) is { } one ? m with { Candidates = [one] } : m)]);
    }

    private EntityRef? Settled(Reading.Mention m, HashSet<ActorId> named)
    {
        if (!m.Candidates.All(c => c.Kind is EntityKind.Partnership or EntityKind.Treaty))
            return null;
        var existing = m.Candidates.Where(c => Began(c) is not { } began || began.FirstDay <= On).ToArray();
        if (existing.Length == 1)
            return existing[0];
        var parties = existing.Where(c => PartiesOf(c).Any(named.Contains)).ToArray();
        return parties.Length == 1 ? parties[0] : null;
    }

    private PartialDate? Began(EntityRef document) => document.Kind switch
    {
        EntityKind.Partnership => Atlas.FindPartnership(new PartnershipId(document.Id))?.From,
        EntityKind.Treaty => Atlas.FindTreaty(new TreatyId(document.Id)) is { } t ? t.Signed ?? t.InForce : null,
        EntityKind.Document => Atlas.FindEvent(new EventId(document.Id))?.Date,
        _ => null,
    };

    private IEnumerable<ActorId> PartiesOf(EntityRef document) => document.Kind switch
    {
        EntityKind.Partnership => Atlas.FindPartnership(new PartnershipId(document.Id))?.Parties.Select(p => p.Actor) ?? [],
        EntityKind.Treaty => Atlas.Treaty(new TreatyId(document.Id)).Parties.Select(p => p.Actor),
        EntityKind.Document => Atlas.FindEvent(new EventId(document.Id))?.Actors ?? [],
        _ => [],
    };

    /// <summary>
    /// The document "the agreement", "the declaration", "the new agreement" names: the last one named with that word, else
    /// (for "the new …") the latest of those the text has named, else the last named.
    /// </summary>
    public EntityRef? ResolveDocument(string noun, bool newest)
    {
        if (_documents.Count == 0)
            return null;
        var withWord = _documents.LastOrDefault(d => d.Words.Contains(noun));
        if (withWord.Document is not null)
            return withWord.Document;
        return newest ? _documents.OrderBy(d => d.Began?.FirstDay ?? DateOnly.MinValue).Last().Document : _documents[^1].Document;
    }

    // How often each body has been named so far, when last, and the words it was named with ("Warsaw Pact", "the Pact").
    private readonly Dictionary<EntityRef, (int Count, int Last, HashSet<string> Words)> _salience = [];
    private int _clock;

    /// <summary>
    /// The body an anaphor names. For "the pact", "the treaty", "the alliance": the body last named with that word
    /// ("the Warsaw Pact … the Pact"), else the one the text has named most (its topic: "the alliance" in an article
    /// about the Warsaw Pact is the Warsaw Pact, even after a clause that names NATO); for "it" or nothing, the body last named.
    /// </summary>
    public EntityRef? Resolve(string? noun)
    {
        if (noun is "pact" or "treaty" or "alliance" or "organization" or "organisation" or "bloc")
        {
            var withWord = _salience.Where(s => s.Value.Words.Contains(noun)).OrderByDescending(s => s.Value.Last).Select(s => s.Key).FirstOrDefault();
            return withWord ?? _salience.OrderByDescending(s => s.Value.Count).ThenByDescending(s => s.Value.Last).Select(s => s.Key).FirstOrDefault();
        }
        return LastNamedBody ?? LastBody;
    }

    /// <summary>
    /// Makes the body a sentence was about the one the next sentence goes on with ("The Warsaw Pact was founded in response
    /// to NATO. Its members were …"): the last named, whatever the sentence named after it.
    /// </summary>
    public void Focus(EntityRef? body)
    {
        if (body is null)
            return;
        _bodies.Remove(body);
        _bodies.Add(body);
        if (_salience.TryGetValue(body, out var seen))
            _salience[body] = (seen.Count, ++_clock, seen.Words);
        if (body.Kind == EntityKind.Actor && Atlas.FindActor(new ActorId(body.Id)) is { IsState: false } org)
            LastOrganization = org;
        else if (body.Kind == EntityKind.Treaty && Atlas.FindTreaty(new TreatyId(body.Id)) is { } treaty)
            LastTreaty = treaty;
    }

    /// <summary>The organization or treaty (without an organization) the text named last, whichever came last.</summary>
    public EntityRef? LastNamedBody => _bodies.Count > 0 ? _bodies[^1] : null;

    /// <summary>Remembers what a sentence named, for the sentences after it.</summary>
    public void Remember(Named named)
    {
        foreach (var (body, text) in named.Bodies)
        {
            var (count, _, words) = _salience.TryGetValue(body, out var seen) ? seen : (0, 0, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            words.UnionWith(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            _salience[body] = (count + 1, ++_clock, words);
        }
        foreach (var partnership in named.Partnerships)
            AddDocument(new EntityRef(EntityKind.Partnership, partnership.Id.Value, partnership.Name), partnership.From, partnership.Name);
        foreach (var treaty in named.Treaties)
            AddDocument(new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name), treaty.Signed ?? treaty.InForce, treaty.Name);
        // In the order named; a treaty of an organization stands for its organization ("the Treaty of Friendship, Co-operation
        // and Mutual Assistance" for the Warsaw Pact).
        foreach (var (body, _) in named.Bodies)
        {
            _bodies.Remove(body);
            _bodies.Add(body);
        }
        LastState = named.States.LastOrDefault() ?? LastState;
        if (named.States.Count > 0)
            LastStates = [.. named.States.DistinctBy(x => x.Id)];
        LastOrganization = named.Bodies.Select(b => b.Body).LastOrDefault(b => b.Kind == EntityKind.Actor) is { } lastOrg ? Atlas.Actor(new ActorId(lastOrg.Id)) : LastOrganization;
        LastTreaty = named.Treaties.LastOrDefault() ?? LastTreaty;
        LastArticle = named.Article ?? LastArticle;
        Year = named.Year ?? Year;
        TopicState ??= named.States.FirstOrDefault();
        TopicOrganization ??= named.Organizations.FirstOrDefault();
    }

    private void AddDocument(EntityRef document, PartialDate? began, string name)
    {
        _documents.RemoveAll(d => d.Document == document);
        _documents.Add((document, began, new HashSet<string>(name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase)));
    }

    public Actor? State(params Named[] scopes) => scopes.SelectMany(s => s.States).FirstOrDefault() ?? LastState ?? TopicState;

    public Actor? Organization(params Named[] scopes) =>
        scopes.SelectMany(s => s.Organizations).FirstOrDefault()
        ?? scopes.SelectMany(s => s.Treaties).Select(t => t.Organization).OfType<ActorId>().Select(Atlas.Actor).FirstOrDefault()
        ?? LastOrganization ?? TopicOrganization;

    public Treaty? Treaty(params Named[] scopes) => scopes.SelectMany(s => s.Treaties).FirstOrDefault() ?? LastTreaty;

    /// <summary>The body ("the pact", "the alliance", "it") the text spoke of last: an organization, else a treaty.</summary>
    public EntityRef? LastBody =>
        LastOrganization is { } org ? new EntityRef(EntityKind.Actor, org.Id.Value, org.Name)
        : LastTreaty is { } treaty ? new EntityRef(EntityKind.Treaty, treaty.Id.Value, treaty.Name)
        : TopicOrganization is { } topic ? new EntityRef(EntityKind.Actor, topic.Id.Value, topic.Name)
        : null;
}

/// <summary>The states, organizations, treaties and places a piece of text names, in order.</summary>
internal sealed record Named(IReadOnlyList<Actor> States, IReadOnlyList<Actor> Organizations, IReadOnlyList<Treaty> Treaties, IReadOnlyList<Place> Places, string? Article)
{
    /// <summary>Each organization or treaty named, as the organization it belongs to, with the words that named it.</summary>
    public IReadOnlyList<(EntityRef Body, string Text)> Bodies { get; init; } = [];

    /// <summary>The partnerships (declarations, arrangements, forums) it names.</summary>
    public IReadOnlyList<Partnership> Partnerships { get; init; } = [];

    /// <summary>The last year the text names, if any.</summary>
    public int? Year { get; init; }
}
