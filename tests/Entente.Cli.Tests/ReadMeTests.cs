using Entente.Testing;

namespace Entente.Cli.Tests;

/// <summary>
/// The README is true in every line (Sep's ReadMeTest): every command in its <c>sh</c> blocks runs here and prints what the
/// README says it prints. <c>entente …</c> lines run in-process; the launcher and the .NET tool install run as processes
/// in <see cref="ReadMeInstallTests"/> (Category Slow).
/// </summary>
public class ReadMeTests
{
    /// <summary>What each README command must print (parts of its output, words separated by single spaces), taken from what the README promises.</summary>
    internal static readonly Dictionary<string, string[]> Promised = new()
    {
        ["ask \"Why is Japan not part of NATO?\""] = ["Article 10 of the North Atlantic Treaty admits only European states", "Holds on "],
        ["ask \"When did Finland join NATO?\""] = ["Finland joined NATO on 4 April 2023"],
        ["ask \"Is Hawaii covered by Article 5?\""] = ["No. Article 5 of the North Atlantic Treaty does not cover Hawaii: Hawaii lies outside the area defined by Article 6"],
        ["why-not Japan NATO"] = ["The legal bar: Article 10 of the North Atlantic Treaty admits only European states", "Policy factors"],
        ["attack Estonia"] = ["If Estonia is attacked on ", "Article 5 of the North Atlantic Treaty"],
        ["attack USA --where Hawaii"] = ["Australia and New Zealand are obliged to act under Article IV of the Security Treaty between Australia, New Zealand and the United States", "Article 5 of the North Atlantic Treaty does not apply: Hawaii lies outside the area defined by Article 6"],
        ["check ../shared/seed/why-is-japan-not-part-of-nato.txt"] = ["checkable claims in 69 sentences", "[SUPPORTED]", "[CONTRADICTED]", "Correction: ", "Sources:"],
        ["members NATO --on 2024-03-06"] = ["on 2024-03-06: 31 members."],
        ["members NATO --on 1990-01-01 --json"] = ["\"of\": \"NATO\"", "\"name\": \"North Atlantic Treaty Organization\"", "\"on\": \"1990-01-01\"", "\"count\": 16,", "\"members\": [", "\"since\":", "\"source\": {"],
        ["memberships Japan"] = ["Japan (JPN): ", "Treaty of Mutual Cooperation and Security between Japan and the United States of America", "Three Non-Nuclear Principles"],
        ["show north-atlantic-treaty"] = ["signed:", "in force:", "Parties (", "Article 4", "Article 5", "Article 6", "Article 10", "Text: \"", "Sources:"],
        ["show \"Three Non-Nuclear Principles\""] = ["Three Non-Nuclear Principles (jpn-three-non-nuclear-principles), policy", "terms:", "History"],
        ["validate"] = ["reviewed up to ", ": valid."],
        ["dyads --states ../shared/data/cow-states-2016/states2016.csv --atop ../shared/data/atop-4.01/atop-member-level.csv --directed --from 1816 --to 2016 --out /tmp/ddy.csv"] = ["ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atopids,source", "1,912,290 rows"],
        ["attack France --on 1914-08-01 --atop ../shared/data/atop-4.01/atop-member-level.csv"] = ["Russia is obliged to act under Article 1 of the", "Consultation pact of France and Russia (1891)"],
    };

    /// <summary>Every line of the README's <c>sh</c> blocks as words (quotes grouped, comments dropped).</summary>
    internal static List<string[]> Words()
    {
        var commands = new List<string[]>();
        var inShell = false;
        foreach (var line in File.ReadAllLines(Path.Combine(Repository.Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && line == "```sh";
                continue;
            }
            if (inShell && line.Trim().Length > 0)
                commands.Add(Arguments(line));
        }
        return commands;
    }

    /// <summary>The README's commands, each as its words joined by spaces (quotes dropped).</summary>
    internal static List<string> Commands() => [.. Words().Select(w => string.Join(' ', w))];

    /// <summary>The README's <c>entente …</c> and <c>./entente …</c> lines (but <c>serve</c>), as arguments with quotes where they group words.</summary>
    internal static List<string> EntenteLineList() =>
        [.. Words().Where(w => w[0] is "entente" or "./entente" && w[1] != "serve").Select(w => string.Join(' ', w[1..].Select(Quote)))];

    public static TheoryData<string> EntenteLines() => [.. EntenteLineList()];

    [Fact]
    public void ReadMe_EveryCommand_IsOneTheTestsRun()
    {
        var known = new[] { "entente", "./entente", "dotnet" };

        var commands = Commands();

        Assert.True(commands.Count >= 20, $"{commands.Count} commands");
        Assert.All(commands, c => Assert.Contains(c.Split(' ')[0], known));
        Assert.Equal("./entente ask Why is Japan not part of NATO?", commands[0]);
    }

    [Fact]
    public void ReadMe_EveryEntenteLine_HasItsPromisedOutput()
    {
        var lines = EntenteLineList();

        Assert.All(lines, line => Assert.True(Promised.ContainsKey(line), $"The README runs '{line}': say in ReadMeTests.Promised what it must print."));
    }

    [Fact]
    public void ReadMe_TestCommands_AreTheQuickAndTheFullRun()
    {
        var tests = Commands().Where(c => c.StartsWith("dotnet test", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["dotnet test Entente.slnx --filter Category!=Slow", "dotnet test Entente.slnx"], tests);
        // The quick filter leaves out something real: the browser tests and the install tests carry the trait.
        var marked = Directory.GetFiles(Path.Combine(Repository.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("[Trait(\"Category\", \"Slow\")]", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["PageTests.cs", "ReadMeInstallTests.cs"], marked);
        Assert.Contains("dotnet test Entente.slnx --no-restore", File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMe_DyadsExample_WritesOutsideTheRepository()
    {
        var dyads = Commands().Single(c => c.StartsWith("entente dyads", StringComparison.Ordinal));

        Assert.EndsWith("--out /tmp/ddy.csv", dyads, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repository.Root, "..", "shared", "data", "atop-4.01", "atop-member-level.csv")));
    }

    [Theory]
    [MemberData(nameof(EntenteLines))]
    public void ReadMe_EntenteLine_PrintsWhatTheReadMePromises(string line)
    {
        var args = Arguments(line);
        // An --out file goes to a temporary folder of this test, not to the README's /tmp.
        var outAt = Array.IndexOf(args, "--out");
        var output = outAt >= 0 ? Path.Combine(Directory.CreateTempSubdirectory("entente-readme-").FullName, Path.GetFileName(args[outAt + 1])) : null;
        if (output is not null)
            args[outAt + 1] = output;
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Repository.Root;
        try
        {
            var run = CliRun.Of(args);

            Assert.True(run.Exit == 0, $"{line}\n{run}");
            // Lines are wrapped to the terminal's width: compare words, not line breaks.
            var printed = OneLine(run.Output + "\n" + run.Error);
            // A file written with --out is what the command "prints": its header and how many rows it has.
            if (output is not null)
                printed += " " + File.ReadLines(output).First() + " " + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File.ReadLines(output).Count() - 1:N0} rows");
            foreach (var promised in Promised[line])
                Assert.True(printed.Contains(promised, StringComparison.Ordinal), $"{line} does not print '{promised}':\n{run}");
            if (output is not null)
                Assert.True(new FileInfo(output).Length > 0, $"{line} wrote {output}");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            if (output is not null)
                Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Quote(string word) => word.Contains(' ', StringComparison.Ordinal) ? $"\"{word}\"" : word;

    /// <summary>Words of a shell line: double quotes group, '#' starts a comment.</summary>
    internal static string[] Arguments(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var quoted = false;
        var started = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                started = true;
            }
            else if (c == '#' && !quoted)
            {
                break;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (started)
                    words.Add(word.ToString());
                word.Clear();
                started = false;
            }
            else
            {
                word.Append(c);
                started = true;
            }
        }
        if (started)
            words.Add(word.ToString());
        return [.. words];
    }
}
