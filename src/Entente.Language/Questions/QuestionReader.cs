using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Entente.Core.Atlas;

namespace Entente.Language.Questions;

/// <summary>
/// Reads a question: normalizes it, links the names it contains to the atlas (longest match first,
/// tolerant of one typo in a longer word but never guessing between two things), and finds its date,
/// article number and year.
/// </summary>
internal static partial class QuestionReader
{
    // Words of questions that must never be taken for a misspelt name.
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "why", "what", "when", "where", "who", "whom", "which", "how", "many", "much", "does", "did", "do", "is", "isnt", "was", "were", "are", "arent",
        "not", "never", "part", "member", "members", "membership", "join", "joined", "joins", "leave", "left", "quit", "exit", "withdraw", "withdrew",
        "treaty", "treaties", "alliance", "alliances", "allied", "allies", "ally", "article", "articles", "say", "says", "mean", "text", "could",
        "would", "should", "will", "can", "cant", "cannot", "might", "must", "defend", "defence", "defense", "attack", "attacked", "attacks", "help",
        "protect", "respond", "obliged", "oblige", "obligation", "obligations", "guarantee", "guarantees", "commitment", "commitments", "similar",
        "collective", "mutual", "clause", "clauses", "signed", "sign", "force", "founded", "founding", "founders", "founder", "established", "created",
        "formed", "original", "today", "before", "after", "since", "during", "year", "years", "date", "neutral", "neutrality", "cooperate", "cooperates",
        "cooperation", "collaborate", "collaborates", "with", "about", "there", "their", "they", "them", "have", "has", "had", "ever", "been",
        "invoked", "invoke", "invocation", "times", "covered", "cover", "covers", "apply", "applies", "under", "party", "parties", "principles",
        "policy", "policies", "terms", "contribute", "contributes", "peacekeeping", "missions", "mission", "balance", "balances", "pacifist",
        "constitution", "security", "needs", "future", "the", "and", "for", "from", "into", "that", "this", "then", "than", "other", "countries",
        "country", "states", "state", "nation", "nations", "list", "tell", "show", "give", "explain", "current", "currently", "still", "now", "also",
        "because", "reason", "reasons", "eligible", "become", "becomes", "admitted", "admit", "partner", "partners", "partnership", "organization",
        "organisation", "pact", "agreement", "agreements", "bases", "base", "nuclear", "weapons", "independent", "independence", "enter", "entered",
        "come", "came", "aid", "rescue", "fight", "war", "wars", "against", "being", "were", "belong", "belongs", "belonged", "first", "last",
        "latest", "newest", "oldest", "number", "count", "in", "on", "of", "to", "a", "an", "as", "at", "by", "if", "it", "its", "or", "be",
    };

    private static readonly Dictionary<string, string> Contractions = new(StringComparer.Ordinal)
    {
        ["isn't"] = "is not",
        ["isnt"] = "is not",
        ["aren't"] = "are not",
        ["wasn't"] = "was not",
        ["weren't"] = "were not",
        ["doesn't"] = "does not",
        ["doesnt"] = "does not",
        ["didn't"] = "did not",
        ["don't"] = "do not",
        ["can't"] = "can not",
        ["cannot"] = "can not",
        ["won't"] = "will not",
        ["wouldn't"] = "would not",
        ["hasn't"] = "has not",
        ["haven't"] = "have not",
    };

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12].Select(m => m.ToLowerInvariant()).ToArray();

    /// <param name="fuzzy">Whether to try partial names and misspellings (questions), or exact names only (long texts, where it would be slow and rash).</param>
    public static ParsedQuestion Read(Atlas atlas, string question, DateOnly today, bool fuzzy = true)
    {
        var text = question.Trim();
        if (text.Contains("n't", StringComparison.OrdinalIgnoreCase) || text.Contains("n’t", StringComparison.OrdinalIgnoreCase) || text.Contains("isnt", StringComparison.OrdinalIgnoreCase)
            || text.Contains("doesnt", StringComparison.OrdinalIgnoreCase) || text.Contains("cannot", StringComparison.OrdinalIgnoreCase))
            text = ContractionRegex().Replace(text.Replace('’', '\''), m => Contractions[m.Value.ToLowerInvariant()]);
        text = text.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        var normalized = NameIndex.Normalize(text.Replace("?", " ", StringComparison.Ordinal));
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var article = ArticleNumber(normalized);
        var (on, year, problem) = Dates(normalized, today);
        var mentions = Link(atlas, words, article, question, fuzzy);
        return new ParsedQuestion(question, normalized, words, mentions, on, problem, article, year);
    }

    private static string? ArticleNumber(string normalized)
    {
        var match = ArticleRegex().Match(normalized);
        return match.Success ? match.Groups[1].Value.ToUpperInvariant() : null;
    }

    private static (DateOnly? On, int? Year, string? Problem) Dates(string normalized, DateOnly today)
    {
        if (normalized.Contains("after the cold war", StringComparison.Ordinal) || normalized.Contains("during the cold war", StringComparison.Ordinal))
            return (null, null, "periods like 'the Cold War' are not understood; ask about a year, e.g. 'in 1970'");
        // Any YYYY-MM-DD, in or out of range ("9999-12-31", "0000-00-00", "2023-13-45"): a day, or a reason it is not one.
        var iso = IsoDateRegex().Match(normalized);
        if (iso.Success)
        {
            return Core.Model.PartialDate.TryParseAsOf(iso.Groups["year"].Value, iso.Groups["month"].Value, iso.Groups["day"].Value, out var d, out var why)
                ? (d, d.Year, null)
                : (null, null, why);
        }
        var farYear = FarYearRegex().Match(normalized);
        if (farYear.Success && !Core.Model.PartialDate.TryAsOfYear(int.Parse(farYear.Groups[1].Value, CultureInfo.InvariantCulture), out var far))
            return (null, null, far);
        var spelled = SpelledDateRegex().Match(normalized);
        if (spelled.Success)
        {
            var day = spelled.Groups["day"].Success ? int.Parse(spelled.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
            var month = Array.IndexOf(Months, spelled.Groups["month"].Value) + 1;
            var y = int.Parse(spelled.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (day > DateTime.DaysInMonth(y, month))
                return (null, null, $"{spelled.Groups["month"].Value} {y} has no day {day}");
            return (new DateOnly(y, month, day), y, null);
        }
        var before = BeforeYearRegex().Match(normalized);
        if (before.Success)
        {
            var y = int.Parse(before.Groups[1].Value, CultureInfo.InvariantCulture);
            return (new DateOnly(y - 1, 12, 31), null, null);
        }
        var inYear = InYearRegex().Match(normalized);
        if (inYear.Success)
        {
            var y = int.Parse(inYear.Groups[1].Value, CultureInfo.InvariantCulture);
            // "in 1970" asks about the year: the answer holds at its end, or today for the current year.
            var end = new DateOnly(y, 12, 31);
            return (end > today ? today : end, y, null);
        }
        if (normalized.Contains("today", StringComparison.Ordinal) || normalized.Contains("now", StringComparison.Ordinal))
            return (today, null, null);
        return (null, null, null);
    }

    private static bool NamedOtherwise(Atlas atlas, EntityRef entity, string key) =>
        entity.Kind == EntityKind.Actor && atlas.FindActor(new Core.Model.ActorId(entity.Id)) is { } actor
        && (NameIndex.Normalize(actor.Name) == key || actor.Aliases.Concat(actor.Demonyms).Any(a => NameIndex.Normalize(a) == key && a != entity.Id));

    private static List<Mention> Link(Atlas atlas, string[] words, string? article, string original, bool fuzzy)
    {
        var mentions = new List<Mention>();
        var taken = new bool[words.Length];
        // The longest name each word can start: most words start none, so most n-grams are never built.
        var longest = Array.ConvertAll(words, atlas.Names.LongestNameFrom);
        for (var length = Math.Min(atlas.Names.LongestKeyWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (length > longest[start] || Array.IndexOf(taken, true, start, length) >= 0)
                    continue;
                var key = string.Join(' ', words, start, length);
                if (length == 1 && !Linkable(key))
                    continue;
                var found = atlas.Names.Exact(key);
                if (found.Count == 0)
                    continue;
                // A three-letter id that is also an English word ("are" = ARE, "can" = CAN) counts only
                // when written in capitals, as an id is.
                if (length == 1 && key.Length == 3 && found.All(e => e.Id.Equals(key, StringComparison.OrdinalIgnoreCase) && !NamedOtherwise(atlas, e, key))
                    && !original.Contains(key.ToUpperInvariant(), StringComparison.Ordinal))
                    continue;
                mentions.Add(new Mention(start, length, key, found));
                for (var i = start; i < start + length; i++)
                    taken[i] = true;
            }
        }
        // Part of a name ("korea" alone) or a misspelling of a longer word ("japn" → japan): only when one
        // thing fits, or several to ask between; never a guess between two.
        for (var i = 0; fuzzy && i < words.Length; i++)
        {
            if (taken[i] || !Linkable(words[i]) || Vocabulary.Contains(words[i]) || words[i].Length < 4 || words[i].All(char.IsDigit))
                continue;
            var partial = atlas.Names.Resolve(words[i], EntityKind.Actor);
            if (partial.Candidates.Count == 0)
                continue;
            var isPart = partial.Candidates.All(c => NameIndex.Normalize(c.Name).Split(' ').Contains(words[i]));
            if (isPart || partial.Candidates.Count == 1)
            {
                mentions.Add(new Mention(i, 1, words[i], isPart ? partial.Candidates : [partial.Candidates[0]], Fuzzy: !isPart));
                taken[i] = true;
            }
        }
        _ = article;
        return mentions.OrderBy(m => m.Start).ToList();
    }

    // Two-letter codes and short words that are also ordinary English ("in", "is", "no") are not names
    // unless they are the common abbreviations people type.
    private static bool Linkable(string word) =>
        word.Length > 2 ? !StopNames.Contains(word) : word is "us" or "uk" or "eu";

    private static readonly HashSet<string> StopNames = new(StringComparer.Ordinal) { "the", "and", "for", "can", "man", "per", "may", "art" };

    [GeneratedRegex(@"\b(?:isn't|isnt|aren't|wasn't|weren't|doesn't|doesnt|didn't|don't|can't|cannot|won't|wouldn't|hasn't|haven't)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractionRegex();

    [GeneratedRegex(@"\b(?:article|art)\s+([0-9]+(?:\s*\(\s*[0-9]+\s*\))?|[ivx]+)(?=[\s,.;:?!]|$)")]
    private static partial Regex ArticleRegex();

    // Normalized text: "2023-13-45" reads "2023 13 45".
    [GeneratedRegex(@"\b(?<year>[0-9]{4})[ -](?<month>[0-9]{1,2})[ -](?<day>[0-9]{1,2})\b")]
    private static partial Regex IsoDateRegex();

    // A year the question ends on ("… on 9999", "… in 1500"): refused when out of range, not passed over.
    [GeneratedRegex(@"\b(?:in|on|as of|by|during|before|after|since|at the end of|at end of)\s+([0-9]{4})$")]
    private static partial Regex FarYearRegex();

    [GeneratedRegex(@"\b(?:(?<day>[0-3]?[0-9])\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<year>1[6-9][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex SpelledDateRegex();

    [GeneratedRegex(@"\bbefore\s+(1[6-9][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex BeforeYearRegex();

    [GeneratedRegex(@"\b(?:in|on|as of|by|during|of|at the end of|at end of)\s+(1[6-9][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex InYearRegex();
}
