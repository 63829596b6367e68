using Entente.Core.Atlas;
using Entente.Core.Model;

namespace Entente.Language.Reading;

/// <summary>
/// A people's name as texts write it ("Hungarians", "Hungarian", "Soviet") and the state it stands for: the state whose
/// demonym it is, the one that existed in the year when several share it (East and West Germans before 1990).
/// </summary>
internal static class Demonyms
{
    public static Actor? State(Atlas atlas, string norm, int? year)
    {
        if (norm.Length < 4 || !char.IsLetter(norm[0]))
            return null;
        var single = norm.EndsWith('s') ? norm[..^1] : norm;
        var found = atlas.Actors.Where(x => x.IsState && x.Demonyms.Any(d => string.Equals(d, single, StringComparison.OrdinalIgnoreCase) || string.Equals(d, norm, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (found.Length <= 1)
            return found.FirstOrDefault();
        return found.FirstOrDefault(x => year is { } y && x.Existed.Contains(new DateOnly(y, 7, 1))) ?? found[0];
    }

    /// <summary>"Hungarians", "Soviet soldiers", "Japanese", "the people of Kosovo": a state's people, or its soldiers, in the plural.</summary>
    public static string Plural(Actor state, bool forces)
    {
        var demonym = state.Demonyms.FirstOrDefault();
        if (demonym is null)
            return forces ? $"soldiers of {Naming.Of(state)}" : $"people of {Naming.Of(state)}";
        if (forces)
            return $"{demonym} soldiers";
        return demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal)
            ? $"{demonym} people" : $"{demonym}s";
    }

    /// <summary>
    /// The year of an event the text names ("in the Hungarian Revolution of 1956", "during Operation Danube", "the
    /// September 11 attacks"): an event name of the data (without a leading "the") written in the text; null when none
    /// or several years are named.
    /// </summary>
    public static int? YearOfEventNamed(Atlas atlas, string text)
    {
        var years = atlas.Events.Where(e => e.Figures.Count > 0 && e.Names.Any(n => Named(text, n))).Select(e => e.Date.Year).Distinct().ToArray();
        return years.Length == 1 ? years[0] : null;

        static bool Named(string text, string name)
        {
            var bare = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            // "the Hungarian Revolution of 1956" is named by "the Hungarian Revolution" too.
            var of = bare.LastIndexOf(" of ", StringComparison.Ordinal);
            if (of > 0 && bare[(of + 4)..].All(char.IsDigit))
                bare = bare[..of];
            return bare.Length >= 8 && text.Contains(bare, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The verb phrase of a count: "were killed", "fled".</summary>
    public static string Verb(FigureMeasure m) => m switch
    {
        FigureMeasure.Fled => "fled",
        var other => $"were {other.ToString().ToLowerInvariant()}",
    };
}
