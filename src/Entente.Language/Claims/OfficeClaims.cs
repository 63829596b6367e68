using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Queries;
using Entente.Language.Reading;

namespace Entente.Language.Claims;

/// <summary>
/// Reads the offices a text gives the people it names, as claims that the person held the office on the text's date:
/// a title before the name ("United States Secretary of Defence Leon Panetta", "Armenian Prime Minister Nikol
/// Pashinyan") or in apposition after it ("Martin Pfister, the incoming Swiss defence minister", "Jens Stoltenberg,
/// NATO's Secretary General"). The title is matched against the offices the data records for the state or body named
/// in it, or, when none is named, against the person's own offices; a title that fits no recorded office, or fits
/// two, gives no claim.
/// </summary>
internal static class OfficeClaims
{
    // Words of a title. A field word ("defence") names the office by its department, whatever the rank word around it
    // ("minister", "secretary", "head"); the other title words must be found in the recorded title.
    private static readonly HashSet<string> FieldWords = new(StringComparer.Ordinal) { "defence", "defense", "foreign", "interior", "intelligence", "war" };
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "president", "prime", "minister", "premier", "chancellor", "secretary", "general", "first", "head", "chief", "director",
        "leader", "commander", "supreme", "allied", "deputy", "vice", "affairs", "state",
    };
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "the", "for", "and" };
    private static readonly Dictionary<string, Tenure?> TenureWords = new(StringComparer.Ordinal)
    {
        ["incoming"] = Tenure.Incoming,
        ["designate"] = Tenure.Incoming,
        ["elect"] = Tenure.Incoming,
        ["former"] = Tenure.Former,
        ["ex"] = Tenure.Former,
        ["erstwhile"] = Tenure.Former,
        ["current"] = Tenure.Holding,
        ["outgoing"] = Tenure.Holding,
        ["sitting"] = Tenure.Holding,
        ["new"] = Tenure.Holding,
        // "then-Secretary of Defense X" dates the office by the events told, not the text: no claim on the text's date.
        ["then"] = null,
        ["late"] = null,
    };

    public static IEnumerable<ReadClaim> Read(Atlas atlas, Analysis a)
    {
        var tokens = a.Tokens;
        foreach (var person in People.Find(atlas, tokens, a.Mentions))
        {
            if ((Before(a, person) ?? After(a, person) ?? Copula(a, person)) is not { } title)
                continue;
            if (title.Tenure is not { } tenure)
                continue;
            if (Office(atlas, person, title) is not { } office)
                continue;
            var first = Math.Min(title.First, person.First);
            var last = Math.Max(title.Last, person.Last);
            var query = new OfficeHolderQuery(person.Key) { Organization = office.Organization, Title = office.Title, Tenure = tenure };
            yield return new ReadClaim(query, tokens[first].Start, tokens[last].End, "office");
        }
    }

    /// <summary>The words of a title around a name: the state or body named in them, the title's words, how the spell is placed.</summary>
    private sealed record Title(int First, int Last, ActorId? Of, IReadOnlyList<string> Words, Tenure? Tenure);

    // "[former] [United States | Armenian] Secretary of Defence [of X] NAME": title words, names and tenure words back from the name.
    private static Title? Before(Analysis a, PersonAt person)
    {
        var words = new List<string>();
        ActorId? of = null;
        Tenure? tenure = Tenure.Holding;
        var first = person.First;
        for (var i = person.First - 1; i >= 0; i--)
        {
            var t = a.Tokens[i];
            if (a.Mentions.FirstOrDefault(m => m.Last == i) is { } mention)
            {
                if (mention.Entity is not { Kind: EntityKind.Actor } e || of is not null)
                    break;
                of = new ActorId(e.Id);
                i = mention.First;
                first = i;
                continue;
            }
            if (t.Is("-") && i > 0 && TenureWords.ContainsKey(a.Tokens[i - 1].Norm))
                continue;
            if (TenureWords.TryGetValue(t.Norm, out var placed))
            {
                tenure = placed;
                first = i;
                continue;
            }
            if (FieldWords.Contains(t.Norm) || RankWords.Contains(t.Norm) || Joiners.Contains(t.Norm) && words.Count > 0)
            {
                words.Insert(0, t.Norm);
                first = i;
                continue;
            }
            break;
        }
        while (first < person.First && Joiners.Contains(a.Tokens[first].Norm))
            first++;
        return words.Any(w => RankWords.Contains(w) || FieldWords.Contains(w)) ? new Title(first, person.First - 1, of, words, tenure) : null;
    }

    // "NAME, the incoming Swiss defence minister", "NAME, NATO's Secretary General", "NAME, Prime Minister of Armenia".
    private static Title? After(Analysis a, PersonAt person)
    {
        var i = person.Last + 1;
        if (i >= a.Tokens.Count || !a.Tokens[i].Is(","))
            return null;
        i++;
        Tenure? tenure = Tenure.Holding;
        if (i < a.Tokens.Count && a.Tokens[i].Norm is "the" or "a" or "an")
            i++;
        if (i < a.Tokens.Count && TenureWords.TryGetValue(a.Tokens[i].Norm, out var placed))
        {
            tenure = placed;
            i += i + 1 < a.Tokens.Count && a.Tokens[i + 1].Is("-") ? 2 : 1;
        }
        var (words, of, last) = TitleFrom(a, i, IsTitleWord);
        // The apposition ends the phrase: a comma, the sentence's end, or a verb ("…, the defence minister, said").
        return last >= 0 && words.Any(w => RankWords.Contains(w) || FieldWords.Contains(w)) ? new Title(person.Last + 1, last, of, words, tenure) : null;
    }

    private static readonly HashSet<string> JobWords = new(StringComparer.Ordinal) { "last", "previous", "first", "job", "post", "role", "position", "office" };

    // "Panetta's last job was director of the Central Intelligence Agency", "Pashinyan is Prime Minister of Armenia",
    // "Morawiecki became prime minister": the title after the verb, with the words of the person's own offices' titles.
    private static Title? Copula(Analysis a, PersonAt person)
    {
        var i = person.Last + 1;
        var job = false;
        while (i < a.Tokens.Count && JobWords.Contains(a.Tokens[i].Norm))
        {
            job |= a.Tokens[i].Norm is "last" or "previous";
            i++;
        }
        if (i >= a.Tokens.Count)
            return null;
        var verb = a.Tokens[i].Norm;
        Tenure? tenure = verb switch
        {
            "is" => job ? Tenure.Former : Tenure.Holding,
            "was" or "became" => job ? Tenure.Former : Tenure.Ever,
            _ => null,
        };
        if (tenure is null)
            return null;
        i++;
        var own = person.Spells.SelectMany(s => Tokenizer.Tokenize(s.Office.Title)).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        var (words, of, last) = TitleFrom(a, i, w => IsTitleWord(w) || own.Contains(w) && !Joiners.Contains(w));
        return last >= 0 && words.Any(w => RankWords.Contains(w) || FieldWords.Contains(w)) ? new Title(person.First, last, of, words, tenure) : null;
    }

    private static bool IsTitleWord(string w) => FieldWords.Contains(w) || RankWords.Contains(w);

    /// <summary>
    /// The title read forward from token <paramref name="i"/>: its words (joiners only inside it), the state or body named in
    /// it (one), and its last token (-1 when none); a leading article is passed over.
    /// </summary>
    private static (List<string> Words, ActorId? Of, int Last) TitleFrom(Analysis a, int i, Func<string, bool> titleWord)
    {
        var words = new List<string>();
        ActorId? of = null;
        var last = -1;
        for (; i < a.Tokens.Count; i++)
        {
            var t = a.Tokens[i];
            if (a.Mentions.FirstOrDefault(m => m.First == i) is { } mention)
            {
                if (mention.Entity is not { Kind: EntityKind.Actor } e || of is not null)
                    break;
                of = new ActorId(e.Id);
                i = mention.Last;
                last = i;
                continue;
            }
            if (words.Count == 0 && t.Norm is "the" or "a" or "an")
                continue;
            if (titleWord(t.Norm) || Joiners.Contains(t.Norm) && words.Count > 0)
            {
                words.Add(t.Norm);
                if (!Joiners.Contains(t.Norm))
                    last = i;
                continue;
            }
            break;
        }
        return (words, of, last);
    }

    /// <summary>The one recorded office the title names: of the state or body named with it, else among the person's own.</summary>
    private static Office? Office(Atlas atlas, PersonAt person, Title title)
    {
        var offices = title.Of is { } of ? atlas.OfficesOf(of) : person.Spells.Select(s => s.Office).Distinct().ToArray();
        var fitting = offices.Where(o => Fits(title.Words, o)).ToArray();
        // Two offices fit ("president"): the one the person held, if only one.
        if (fitting.Length > 1)
            fitting = fitting.Where(o => person.Spells.Any(s => s.Office == o)).ToArray();
        return fitting.Length == 1 ? fitting[0] : null;
    }

    private static bool Fits(IReadOnlyList<string> words, Office office)
    {
        var title = Tokenizer.Tokenize(office.Title).Select(t => Field(t.Norm)).Where(w => !Joiners.Contains(w)).ToArray();
        var fields = words.Where(FieldWords.Contains).Select(Field).Distinct().ToArray();
        if (fields.Length > 0)
            return fields.All(title.Contains);
        // "leader" is the leading office; "premier" the prime minister; otherwise every title word said is in the title.
        var said = words.Where(w => !Joiners.Contains(w)).SelectMany(w => w == "premier" ? ["prime", "minister"] : new[] { w }).ToArray();
        if (said.SequenceEqual(["leader"]))
            return office.Leading;
        bool Unsaid(string w) => title.Contains(w) && !said.Contains(w);
        return said.Length > 0 && said.All(title.Contains) && !Unsaid("prime") && !Unsaid("vice") && !Unsaid("deputy")
            && !(said.Contains("secretary") && Unsaid("general"));
    }

    private static string Field(string word) => word == "defence" ? "defense" : word;
}
