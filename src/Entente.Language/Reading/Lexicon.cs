namespace Entente.Language.Reading;

/// <summary>
/// The words and phrases of the domain and what each means (<see cref="Cue"/>), the question words, the
/// auxiliaries that open a yes/no question and the words of negation. One table: a new synonym is a line
/// here, never a new rule.
/// </summary>
internal static class Lexicon
{
    private static readonly (string Phrase, Cue Cue)[] Entries =
    [
        ("member", Cue.Member), ("members", Cue.Member), ("membership", Cue.Member), ("part of", Cue.Member), ("belong", Cue.Member),
        ("belongs", Cue.Member), ("belonged", Cue.Member), ("in", Cue.Member), ("countries", Cue.Member), ("nations", Cue.Member),
        ("states", Cue.Member), ("country", Cue.Member), ("nation", Cue.Member), ("member states", Cue.Member), ("member countries", Cue.Member), ("signatories", Cue.Member), ("parties", Cue.Member),
        ("party to", Cue.Member), ("made up", Cue.Member), ("make up", Cue.Member), ("consist", Cue.Member), ("comprise", Cue.Member),
        ("join", Cue.Join), ("joined", Cue.Join), ("joins", Cue.Join), ("joining", Cue.Join), ("accede", Cue.Join), ("acceded", Cue.Join),
        ("accession", Cue.Join), ("admitted", Cue.Join), ("admission", Cue.Join), ("became a member", Cue.Join), ("become a member", Cue.Join), ("became members", Cue.Join), ("become members", Cue.Join),
        ("becomes a member", Cue.Join), ("entered", Cue.Join), ("enter", Cue.Join), ("apply", Cue.Join), ("applied", Cue.Join),
        ("application", Cue.Join), ("bid", Cue.Join), ("rejoin", Cue.Join), ("rejoined", Cue.Join), ("rejoins", Cue.Join),
        ("reintegrated", Cue.Join), ("reintegration", Cue.Join), ("returned to", Cue.Join), ("newest member", Cue.Last), ("newest", Cue.Last), ("latest", Cue.Last),
        ("leave", Cue.Leave), ("left", Cue.Leave), ("leaving", Cue.Leave), ("withdraw", Cue.Leave), ("withdrew", Cue.Leave), ("withdrawn", Cue.Leave),
        ("withdrawal", Cue.Leave), ("quit", Cue.Leave), ("exit", Cue.Leave), ("exited", Cue.Leave), ("expelled", Cue.Leave), ("expel", Cue.Leave),
        ("expulsion", Cue.Leave), ("denounced", Cue.Leave), ("pulled out", Cue.Leave), ("left the", Cue.Leave),
        ("founding", Cue.Founding), ("founder", Cue.Founding), ("founders", Cue.Founding), ("original", Cue.Founding), ("founding members", Cue.Founding),
        ("founding member", Cue.Founding), ("original members", Cue.Founding), ("charter members", Cue.Founding),
        ("founded", Cue.Found), ("established", Cue.Found), ("created", Cue.Found), ("formed", Cue.Found), ("set up", Cue.Found), ("origins", Cue.Found),
        ("formation", Cue.Found), ("creation", Cue.Found), ("establishment", Cue.Found), ("started", Cue.Found), ("born", Cue.Found), ("found", Cue.Found),
        ("signed", Cue.Sign), ("sign", Cue.Sign), ("signing", Cue.Sign), ("concluded", Cue.Sign), ("signatory", Cue.Sign),
        ("in force", Cue.InForce), ("into force", Cue.InForce), ("entered into force", Cue.InForce), ("took effect", Cue.InForce), ("take effect", Cue.InForce), ("takes effect", Cue.InForce), ("came into effect", Cue.InForce), ("went into effect", Cue.InForce), ("enter into force", Cue.InForce), ("enters into force", Cue.InForce), ("entering into force", Cue.InForce), ("effective", Cue.InForce), ("ratified", Cue.InForce),
        ("in effect", Cue.InForce), ("still exist", Cue.InForce), ("still exists", Cue.InForce), ("still active", Cue.InForce), ("still valid", Cue.InForce),
        ("still binding", Cue.InForce), ("still around", Cue.InForce), ("still in existence", Cue.InForce), ("still operating", Cue.InForce),
        ("dissolved", Cue.End), ("disbanded", Cue.End), ("ended", Cue.End), ("end", Cue.End), ("terminated", Cue.End), ("dissolution", Cue.End),
        ("abolished", Cue.End), ("collapse", Cue.End), ("expired", Cue.End), ("ceased to exist", Cue.End),
        ("defend", Cue.Defend), ("defends", Cue.Defend), ("defended", Cue.Defend), ("defending", Cue.Defend), ("protect", Cue.Defend),
        ("protects", Cue.Defend), ("protected", Cue.Defend), ("protection", Cue.Defend), ("come to the aid", Cue.Defend), ("come to its aid", Cue.Defend),
        ("obliged", Cue.Defend), ("obligated", Cue.Defend), ("obligation", Cue.Defend), ("obligations", Cue.Defend), ("respond", Cue.Defend),
        ("summit", Cue.Summit), ("summits", Cue.Summit), ("leaders meeting", Cue.Summit), ("leaders' meeting", Cue.Summit),
        ("independent", Cue.Independent), ("independence", Cue.Independent), ("became independent", Cue.Independent), ("become independent", Cue.Independent),
        ("becomes independent", Cue.Independent), ("gain independence", Cue.Independent), ("gained independence", Cue.Independent),
        ("gain its independence", Cue.Independent), ("gained its independence", Cue.Independent), ("declare independence", Cue.Independent),
        ("declared independence", Cue.Independent), ("declare its independence", Cue.Independent), ("declared its independence", Cue.Independent),
        ("won independence", Cue.Independent), ("win independence", Cue.Independent), ("won its independence", Cue.Independent),
        ("integrated military command", Cue.Command), ("integrated military structure", Cue.Command), ("integrated command", Cue.Command),
        ("integrated structure", Cue.Command), ("military command", Cue.Command), ("military structure", Cue.Command), ("command structure", Cue.Command),
        ("military structures", Cue.Command), ("integrated military command structure", Cue.Command), ("military command structure", Cue.Command),
        ("obliged", Cue.Oblige), ("obligated", Cue.Oblige), ("obligation", Cue.Oblige), ("obligations", Cue.Oblige), ("require", Cue.Oblige),
        ("requires", Cue.Oblige), ("required", Cue.Oblige), ("commit", Cue.Oblige), ("commits", Cue.Oblige), ("committed", Cue.Oblige),
        ("commitment", Cue.Oblige), ("commitments", Cue.Oblige), ("pledge", Cue.Oblige), ("pledges", Cue.Oblige), ("promise", Cue.Oblige),
        ("promises", Cue.Oblige), ("bind", Cue.Oblige), ("binds", Cue.Oblige),
        ("guarantee", Cue.Defend), ("guarantees", Cue.Defend), ("security guarantee", Cue.Defend), ("help defend", Cue.Defend), ("rescue", Cue.Defend),
        ("assist", Cue.Defend), ("help", Cue.Defend), ("back", Cue.Defend), ("have to defend", Cue.Defend), ("helping", Cue.Defend),
        ("aiding", Cue.Defend), ("support", Cue.Defend), ("supporting", Cue.Defend), ("aid", Cue.Defend),
        ("troops", Cue.Basing), ("bases", Cue.Basing), ("base", Cue.Basing), ("stationed", Cue.Basing), ("military bases", Cue.Basing),
        ("killed", Cue.Toll), ("died", Cue.Toll), ("die", Cue.Toll), ("dead", Cue.Toll), ("deaths", Cue.Toll), ("lost their lives", Cue.Toll),
        ("fled", Cue.Toll), ("flee", Cue.Toll), ("refugees", Cue.Toll), ("imprisoned", Cue.Toll), ("jailed", Cue.Toll), ("executed", Cue.Toll),
        ("wounded", Cue.Toll), ("injured", Cue.Toll), ("people", Cue.Persons), ("soldiers", Cue.Persons), ("troops", Cue.Persons),
        ("civilians", Cue.Persons), ("persons", Cue.Persons),
        ("decisions", Cue.Decide), ("decision making", Cue.Decide), ("make decisions", Cue.Decide), ("take decisions", Cue.Decide), ("unanimous", Cue.Decide),
        ("unanimously", Cue.Decide), ("unanimity", Cue.Decide), ("consensus", Cue.Decide), ("vote", Cue.Decide), ("votes", Cue.Decide), ("voting", Cue.Decide),
        ("majority", Cue.Decide), ("both", Cue.Sides), ("but", Cue.Sides), ("legally", Cue.Legal), ("legally bound", Cue.Legal), ("bound by law", Cue.Legal), ("by law", Cue.Legal),
        ("ratify", Cue.Ratify), ("ratifies", Cue.Ratify), ("ratifying", Cue.Ratify), ("ratification", Cue.Ratify), ("ratifications", Cue.Ratify),
        ("approve", Cue.Ratify), ("approves", Cue.Ratify), ("approved", Cue.Ratify), ("approval", Cue.Ratify), ("accept", Cue.Ratify), ("accepted", Cue.Ratify),
        ("enshrined", Cue.Legal), ("binding", Cue.Legal), ("legally binding", Cue.Legal), ("non-binding", Cue.Legal), ("nonbinding", Cue.Legal), ("constitutional", Cue.Legal), ("written into", Cue.Legal), ("bound", Cue.Legal),
        ("invade", Cue.Invade), ("invaded", Cue.Invade), ("invades", Cue.Invade), ("invading", Cue.Invade), ("invasion", Cue.Invade),
        ("invasions", Cue.Invade), ("invaders", Cue.Invade), ("went to war", Cue.Invade), ("go to war", Cue.Invade), ("goes to war", Cue.Invade),
        ("annex", Cue.Invade), ("annexed", Cue.Invade), ("annexes", Cue.Invade), ("annexation", Cue.Invade),
        ("waged war", Cue.Invade), ("war against", Cue.Invade), ("fought against", Cue.Invade),
        ("event", Cue.Event), ("events", Cue.Event), ("happened", Cue.Event), ("took place", Cue.Event), ("happen", Cue.Event),
        ("consult", Cue.Consult), ("consultation", Cue.Consult), ("consultations", Cue.Consult),
        ("amend", Cue.Amend), ("amended", Cue.Amend), ("amendment", Cue.Amend),
        ("attack", Cue.Attack), ("attacked", Cue.Attack), ("attacks", Cue.Attack), ("invaded", Cue.Attack), ("invade", Cue.Attack), ("invades", Cue.Attack),
        ("armed attack", Cue.Attack),
        ("ally", Cue.Ally), ("allies", Cue.Ally), ("allied", Cue.Ally), ("alliance", Cue.Ally), ("alliances", Cue.Ally), ("military alliance", Cue.Ally),
        ("military allies", Cue.Ally), ("defence treaty", Cue.Pact), ("defense treaty", Cue.Pact), ("mutual defence", Cue.Pact), ("mutual defense", Cue.Pact),
        ("defence pact", Cue.Pact), ("defense pact", Cue.Pact), ("security treaty", Cue.Pact), ("defence commitment", Cue.Pact),
        ("defense commitment", Cue.Pact), ("defence commitments", Cue.Pact), ("defense commitments", Cue.Pact), ("defence treaties", Cue.Pact),
        ("defense treaties", Cue.Pact), ("collective defence", Cue.Pact), ("collective defense", Cue.Pact), ("mutual defence treaty", Cue.Pact),
        ("mutual defense treaty", Cue.Pact), ("defence agreement", Cue.Pact), ("defense agreement", Cue.Pact), ("security guarantees", Cue.Pact),
        ("treaty", Cue.Treaty), ("treaties", Cue.Treaty), ("pact", Cue.Treaty), ("agreement", Cue.Treaty), ("agreements", Cue.Treaty),
        ("invoked", Cue.Invoke), ("invoke", Cue.Invoke), ("invocation", Cue.Invoke), ("invocations", Cue.Invoke), ("triggered", Cue.Invoke),
        ("neutral", Cue.Neutral), ("neutrality", Cue.Neutral), ("non aligned", Cue.Neutral), ("nonaligned", Cue.Neutral),
        ("cooperate", Cue.Cooperate), ("cooperates", Cue.Cooperate), ("cooperation", Cue.Cooperate), ("collaborate", Cue.Cooperate),
        ("collaborates", Cue.Cooperate), ("work with", Cue.Cooperate), ("works with", Cue.Cooperate), ("working with", Cue.Cooperate), ("partner", Cue.Cooperate), ("partners", Cue.Cooperate), ("partnership", Cue.Cooperate),
        ("say", Cue.Says), ("says", Cue.Says), ("state", Cue.Says), ("states that", Cue.Says), ("text", Cue.Says), ("provide", Cue.Says), ("provides", Cue.Says),
        ("entail", Cue.Describe), ("entails", Cue.Describe), ("stipulate", Cue.Describe), ("stipulates", Cue.Describe),
        ("mean", Cue.Means), ("means", Cue.Means), ("meaning", Cue.Means), ("simple terms", Cue.Means), ("guarantee", Cue.Defend),
        ("why", Cue.Why), ("reason", Cue.Why), ("reasons", Cue.Why), ("what made", Cue.Why), ("how come", Cue.Why), ("motivation", Cue.Why),
        ("motivations", Cue.Why), ("motive", Cue.Why), ("motives", Cue.Why), ("rationale", Cue.Why), ("led to", Cue.Why), ("caused", Cue.Why),
        ("purpose", Cue.Purpose), ("aim", Cue.Purpose), ("objective", Cue.Purpose), ("role", Cue.Purpose), ("goal", Cue.Purpose), ("purposes", Cue.Purpose),
        ("aims", Cue.Purpose), ("objectives", Cue.Purpose), ("goals", Cue.Purpose),
        ("headquarters", Cue.Headquarters), ("hq", Cue.Headquarters), ("headquartered", Cue.Headquarters), ("based", Cue.Headquarters),
        ("located", Cue.Headquarters), ("seat", Cue.Headquarters),
        ("prime minister", Cue.Lead), ("president", Cue.Lead), ("chancellor", Cue.Lead), ("secretary of defense", Cue.Lead),
        ("secretary of defence", Cue.Lead), ("defence minister", Cue.Lead), ("defense minister", Cue.Lead), ("first secretary", Cue.Lead),
        ("general secretary", Cue.Lead), ("supreme allied commander", Cue.Lead), ("premier", Cue.Lead),
        ("secretary general", Cue.Lead), ("leads", Cue.Lead), ("led", Cue.Lead), ("headed", Cue.Lead), ("in charge", Cue.Lead), ("leader", Cue.Lead), ("head", Cue.Lead), ("chief", Cue.Lead),
        ("how many", Cue.Count), ("number of", Cue.Count), ("count", Cue.Count),
        ("first", Cue.First), ("earliest", Cue.First), ("oldest", Cue.First),
        ("last", Cue.Last), ("most recent", Cue.Last), ("recently", Cue.Last),
        ("former", Cue.Former), ("ex", Cue.Former), ("no longer", Cue.Former),
        ("eligible", Cue.Eligible), ("eligibility", Cue.Eligible), ("conditions", Cue.Eligible), ("qualify", Cue.Eligible), ("allowed to join", Cue.Eligible),
        ("could join", Cue.Eligible), ("can join", Cue.Eligible), ("may join", Cue.Eligible), ("might join", Cue.Eligible), ("ever join", Cue.Eligible),
        ("covered", Cue.Covered), ("cover", Cue.Covered), ("covers", Cue.Covered), ("apply", Cue.Covered), ("applies", Cue.Covered),
        ("peacekeeping", Cue.Peacekeeping), ("peacekeepers", Cue.Peacekeeping), ("pko", Cue.Peacekeeping),
        ("constitution", Cue.Constitution), ("constitutional", Cue.Constitution), ("pacifist", Cue.Constitution),
        ("army", Cue.Army), ("military", Cue.Army), ("armed forces", Cue.Army), ("standing army", Cue.Army),
        ("nuclear", Cue.Nuclear), ("nuclear weapons", Cue.Nuclear),
        ("bigger", Cue.Bigger), ("larger", Cue.Bigger), ("more members", Cue.Bigger), ("smaller", Cue.Smaller), ("fewer members", Cue.Smaller),
        ("suspended", Cue.Suspend), ("suspension", Cue.Suspend), ("frozen", Cue.Suspend), ("froze", Cue.Suspend), ("freeze", Cue.Suspend),
        ("non member", Cue.NonMember), ("non members", Cue.NonMember), ("outside", Cue.NonMember),
        ("process", Cue.Rule), ("procedure", Cue.Rule), ("procedures", Cue.Rule), ("mechanism", Cue.Rule), ("provision", Cue.Rule),
        ("provisions", Cue.Rule), ("clause", Cue.Rule), ("rules", Cue.Rule), ("rule", Cue.Rule), ("terminating", Cue.Leave), ("terminate", Cue.Leave),
        ("suspending", Cue.Suspend), ("suspend", Cue.Suspend), ("kicked out", Cue.Leave), ("removed", Cue.Leave), ("remove", Cue.Leave),
        ("influenced by", Cue.Why), ("anniversary", Cue.Found), ("centenary", Cue.Found),
        ("angry", Cue.Object), ("anger", Cue.Object), ("angered", Cue.Object), ("furious", Cue.Object), ("upset", Cue.Object), ("outraged", Cue.Object),
        ("object", Cue.Object), ("objected", Cue.Object), ("objects", Cue.Object), ("objection", Cue.Object), ("objections", Cue.Object),
        ("oppose", Cue.Object), ("opposed", Cue.Object), ("opposes", Cue.Object), ("opposition", Cue.Object), ("condemned", Cue.Object),
        ("condemn", Cue.Object), ("criticised", Cue.Object), ("criticized", Cue.Object), ("protested", Cue.Object), ("unhappy", Cue.Object),
    ];

    /// <summary>Phrases by their first word, longest first.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Words, Cue Cue)[]> ByFirstWord = Entries
        .Select(e => (Words: e.Phrase.Split(' '), e.Cue))
        .GroupBy(e => e.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Adjectives of regions that the lower-case word list lacks: never a misspelt or partial name ("Asian" is not
    /// ASEAN, "European" is not the European Union).
    /// </summary>
    public static readonly HashSet<string> RegionAdjectives = new(StringComparer.Ordinal)
    {
        "asian", "european", "african", "american", "arab", "arabian", "atlantic", "pacific", "western", "eastern", "northern",
        "southern", "balkan", "nordic", "baltic", "caribbean", "latin", "oriental", "mediterranean", "scandinavian", "gulf",
        "slavic", "anglo", "franco", "sino", "russo", "indo", "euro", "transatlantic", "eurasian",
    };

    /// <summary>
    /// Names of regions that hold a state's name or alias as a word ("North America" is not the United States):
    /// read as one phrase before single words are linked, so no part of them is taken for a name.
    /// </summary>
    public static readonly string[][] Regions = new[]
    {
        "north america", "south america", "central america", "latin america", "the americas", "north and south america",
        "eastern europe", "western europe", "central europe", "northern europe", "southern europe", "central and eastern europe",
        "southeast asia", "south east asia", "east asia", "south asia", "central asia", "west asia", "asia pacific", "indo pacific",
        "middle east", "near east", "far east", "north africa", "west africa", "east africa", "southern africa", "central africa",
        "sub saharan africa", "horn of africa", "south atlantic", "south pacific", "south china sea", "east china sea",
        "persian gulf", "black sea", "baltic sea", "caribbean sea", "korean peninsula", "arabian peninsula", "balkan peninsula",
    }.Select(r => r.Split(' ')).ToArray();

    /// <summary>Words that open a yes/no question.</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "would", "will", "should", "must", "may", "might", "shall",
    };

    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "never", "no", "neither", "nor", "non" };

    /// <summary>Words that carry no meaning of their own for the reader (function words and fillers).</summary>
    public static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "as", "from", "into", "that", "this", "these", "those", "it",
        "its", "their", "they", "them", "there", "be", "been", "being", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "what",
        "which", "who", "whom", "when", "where", "why", "how", "if", "so", "also", "still", "now", "today", "currently", "ever", "yet", "any", "all",
        "some", "other", "one", "please", "tell", "me", "us", "you", "we", "i", "know", "about", "really", "actually", "exactly", "just", "then",
        "than", "such", "can", "could", "would", "will", "should", "must", "may", "might", "shall", "not", "never", "no", "following", "above",
        "below", "true", "correct", "statement", "statements", "option", "options", "choose", "select", "name", "list", "give", "show", "explain",
        "country", "countries", "nation", "nations", "state", "states", "year", "date", "day", "under", "current", "currently", "officially",
        "main", "primary", "principal", "behind", "key", "major", "basic", "simple", "brief", "briefly", "short", "marks", "marked",
    };
}
