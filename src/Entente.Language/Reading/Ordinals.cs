namespace Entente.Language.Reading;

/// <summary>
/// English ordinals: "30th", "2nd", "thirtieth", "seventy-fifth" (one token or "seventy fifth"), and the anniversary
/// words "centenary", "bicentennial".
/// </summary>
internal static class Ordinals
{
    // The tens and units of English ordinals.
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
        ["thirtieth"] = 30,
        ["fortieth"] = 40,
        ["fiftieth"] = 50,
        ["sixtieth"] = 60,
        ["seventieth"] = 70,
        ["eightieth"] = 80,
        ["ninetieth"] = 90,
        ["hundredth"] = 100,
        ["centenary"] = 100,
        ["centennial"] = 100,
        ["bicentenary"] = 200,
        ["bicentennial"] = 200,
    };

    /// <summary>The ordinal the token at <paramref name="i"/> ends, reading "seventy fifth" and "seventy - fifth" back from it.</summary>
    public static int? At(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count)
            return null;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
            return Suffixed(token);
        if (Of(token.Norm) is not { } n)
            return null;
        var tensAt = i >= 2 && tokens[i - 1].Is("-") ? i - 2 : i - 1;
        return n < 10 && tensAt >= 0 && Numbers.Word(tokens[tensAt].Norm) is { } tens and >= 20 && tens % 10 == 0 ? tens + n : n;
    }

    /// <summary>The ordinal a word is ("thirtieth", "seventy-fifth"), or null.</summary>
    public static int? Of(string norm)
    {
        if (Words.TryGetValue(norm, out var n))
            return n;
        var dash = norm.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Numbers.Word(norm[..dash]) is { } tens && tens >= 20 && tens % 10 == 0 && Words.TryGetValue(norm[(dash + 1)..], out var unit) && unit < 10
            ? tens + unit : null;
    }

    /// <summary>The English ordinal of a number: 1st, 2nd, 13th, 22nd.</summary>
    public static string Write(int n) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    // "30th", "2nd", "3rd", "21st": digits with the suffix their last digit takes (so "4st" is no ordinal).
    private static int? Suffixed(Token token)
    {
        var text = token.Text;
        if (text.Length < 3 || !int.TryParse(token.Norm, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0)
            return null;
        var suffix = text[^2..].ToLowerInvariant();
        return Write(n).EndsWith(suffix, StringComparison.Ordinal) && !char.IsDigit(suffix[0]) ? n : null;
    }
}
