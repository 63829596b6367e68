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
            return actor.Aliases.FirstOrDefault(a => a.Length <= 6 && a.All(c => char.IsUpper(c) || c == '-')) ?? "the " + actor.Name;
        return TakesThe.Any(t => actor.Name.StartsWith(t, StringComparison.Ordinal)) ? "the " + actor.Name : actor.Name;
    }

    /// <summary>As <see cref="Of(Actor)"/>, capitalised for the start of a sentence.</summary>
    public static string Start(Actor actor) => Capitalise(Of(actor));

    /// <summary>A treaty's name in a sentence: "the North Atlantic Treaty".</summary>
    public static string Of(Treaty treaty) =>
        treaty.Name.StartsWith("The ", StringComparison.Ordinal) ? "the " + treaty.Name[4..]
        : treaty.Name.StartsWith("the ", StringComparison.Ordinal) ? treaty.Name
        : "the " + treaty.Name;

    public static string Capitalise(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
}
