namespace Entente.Core.Model;

/// <summary>How actors and treaties are named inside a sentence ("the United States", "NATO", "the North Atlantic Treaty").</summary>
public static class Naming
{
    private static readonly string[] TakesThe =
    [
        "United ", "Republic of ", "Democratic Republic", "Kingdom of ", "Federated States", "Czech Republic", "Netherlands",
        "Philippines", "Bahamas", "Gambia", "Holy See", "Marshall Islands", "Solomon Islands", "Maldives", "Comoros",
        "Seychelles", "Dominican Republic", "Central African Republic", "Soviet Union", "State of Palestine",
    ];

    /// <summary>An actor's name as it stands in a sentence: organizations by their acronym, some states with "the".</summary>
    public static string Of(Actor actor)
    {
        if (actor.Kind == ActorKind.Organization)
        {
            var acronym = actor.Aliases.FirstOrDefault(a => a.Length <= 6 && a.All(c => char.IsUpper(c) || c == '-'));
            // Acronyms said as words take no article (NATO); initialisms do (the EU, the CSTO).
            return acronym is null ? "the " + actor.Name : SaidAsWords.Contains(acronym) ? acronym : "the " + acronym;
        }
        return TakesThe.Any(t => actor.Name.StartsWith(t, StringComparison.Ordinal)) ? "the " + actor.Name : actor.Name;
    }

    private static readonly HashSet<string> SaidAsWords = new(StringComparer.Ordinal) { "NATO", "SEATO", "ANZUS", "ASEAN", "CENTO" };

    /// <summary>As <see cref="Of(Actor)"/>, by the name the state went by on that day ("the Ottoman Empire" in 1914).</summary>
    public static string Of(Actor actor, DateOnly day)
    {
        var name = actor.NameOn(day);
        if (name == actor.Name)
            return Of(actor);
        return TakesThe.Any(t => name.StartsWith(t, StringComparison.Ordinal)) || name.EndsWith(" Empire", StringComparison.Ordinal) ? "the " + name : name;
    }

    /// <summary>As <see cref="Of(Actor)"/>, capitalised for the start of a sentence.</summary>
    public static string Start(Actor actor) => Capitalise(Of(actor));

    /// <summary>A treaty's name in a sentence: "the North Atlantic Treaty".</summary>
    public static string Of(Treaty treaty)
    {
        // A very long official name gives way to its common short one (the Treaty of Lisbon).
        var name = treaty.Name.Length > 100 && treaty.Aliases.FirstOrDefault(a => a.Length <= 40 && a.Contains("Treaty", StringComparison.Ordinal)) is { } alias ? alias : treaty.Name;
        return name.StartsWith("The ", StringComparison.Ordinal) ? "the " + name[4..]
            : name.StartsWith("the ", StringComparison.Ordinal) ? name
            : "the " + name;
    }

    /// <summary>A place's name in a sentence: "the Senkaku Islands", "the Falkland Islands", "Hawaii".</summary>
    public static string Of(Place place) =>
        place.Name.EndsWith(" Islands", StringComparison.Ordinal) || place.Name.EndsWith(" Isles", StringComparison.Ordinal) ? "the " + place.Name : place.Name;

    /// <summary>"lies" or "lie", agreeing with a place's name ("the Senkaku Islands lie").</summary>
    public static string Lies(Place place) => place.Name.EndsWith('s') ? "lie" : "lies";

    public static string Capitalise(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    /// <summary>
    /// A provision named as an answer says it: "Article 5", "Article IV(1)", but "the Protocol" or "the
    /// Understanding of the United States" for a provision the data names in words.
    /// </summary>
    public static string Article(string article) =>
        article.Length > 0 && (char.IsDigit(article[0]) || article.TakeWhile(c => c != '(').All(c => c is 'I' or 'V' or 'X' or 'L' or 'C'))
            ? $"Article {article}" : $"the {article}";
}
