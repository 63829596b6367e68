namespace Entente.Language.Reading;

/// <summary>Numbers written as words ("twelve", "once", "twice").</summary>
internal static class Numbers
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    public static int? Word(string norm) => norm switch
    {
        "once" => 1,
        "twice" => 2,
        "thrice" => 3,
        "never" => 0,
        _ when Array.IndexOf(Units, norm) is var i and >= 0 => i,
        _ when Tens.TryGetValue(norm, out var t) => t,
        _ => null,
    };
}
