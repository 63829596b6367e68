using Entente.Testing;

namespace Entente.Cli.Tests;

/// <summary>The README's tour runs as written (Sep's ReadMeTest): every `entente …` line exits 0 and prints something.</summary>
public class ReadMeTests
{
    public static TheoryData<string> TourLines()
    {
        var root = Repository.Root;
        var lines = File.ReadAllLines(Path.Combine(root, "README.md"));
        var data = new TheoryData<string>();
        foreach (var line in lines.Where(l => l.StartsWith("entente ", StringComparison.Ordinal) && !l.StartsWith("entente serve", StringComparison.Ordinal)))
            data.Add(line);
        return data;
    }

    [Fact]
    public void ReadMe_HasATourOfTheCommands()
    {
        Assert.True(TourLines().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(TourLines))]
    public void ReadMe_TourLine_Runs(string line)
    {
        var args = Arguments(line)[1..];
        // An --out file goes to a temporary folder, not into the repository.
        var outAt = Array.IndexOf(args, "--out");
        var output = outAt >= 0 ? Path.Combine(Directory.CreateTempSubdirectory("entente-readme-").FullName, args[outAt + 1]) : null;
        if (output is not null)
            args[outAt + 1] = output;
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Repository.Root;
        try
        {
            var run = CliRun.Of(args);

            Assert.True(run.Exit == 0, $"{line}\n{run}");
            if (output is null)
                Assert.NotEqual("", run.Output);
            else
                Assert.True(new FileInfo(output).Length > 0, $"{line} wrote {output}");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            if (output is not null)
                Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    // Words of a shell line: double quotes group, '#' starts a comment.
    private static string[] Arguments(string line)
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
