using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Entente.Data.Tests.Atop;

namespace Entente.Cli.Tests;

/// <summary>
/// Issue 12's corpus, one test each: every hostile or careless input gets a clear message and exit 2 (1 for a
/// bad data folder), never a stack trace, a hang or a half-written file.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _states;

    public HostileInputTests() =>
        _states = _folder.Write("states2016.csv", string.Join("\r\n", SmallFiles.StatesHeader,
            "USA,2,United States of America,1816,1,1,2016,12,31,2016,,,", "JPN,740,Japan,1952,4,28,2016,12,31,2016,,,"));

    public void Dispose() => _folder.Dispose();

    private static void AssertRefused(CliRun run, int exit, string says)
    {
        Assert.True(run.Exit == exit, run.ToString());
        Assert.Contains(says, run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }

    private string Members(params string[] rows) => _folder.Write("atop-m.csv", SmallFiles.Members(rows));

    private static string Row(int atopId, int member) => SmallFiles.Row(atopId, member, "1951,9,8", "1960,1,19", "1,0,0,0,1");

    private CliRun Dyads(string states, string atop) =>
        CliRun.Of("dyads", "--states", states, "--atop", atop, "--from", "1959", "--to", "1961", "--out", _folder.File("out.csv"));

    private void AssertNoOutput() => Assert.False(File.Exists(_folder.File("out.csv")), "no output file unless complete");

    private string DataFolder(string name, Action<string> write)
    {
        var folder = Path.Combine(_folder.Path, "data");
        Directory.CreateDirectory(folder);
        write(Path.Combine(folder, name));
        return folder;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void Validate_EmptyDataPath_SaysNoFolder() => AssertRefused(CliRun.Of("validate", "--data", ""), 2, "No data folder ''");

    [Fact]
    public void Ask_EmptyDataPath_SaysNoFolder() => AssertRefused(CliRun.Of("ask", "q", "--data", ""), 2, "No data folder ''");

    [Fact]
    public void Check_EmptyPath_SaysTheNameIsEmpty() => AssertRefused(CliRun.Of("check", ""), 2, "The file name is empty");

    [Fact]
    public void Check_DevZero_IsRefusedAfterTheLimitNotReadToTheEnd() =>
        AssertRefused(CliRun.Of("check", "/dev/zero"), 2, "'/dev/zero' holds more than 5,242,880 bytes");

    [Fact]
    public async Task Check_Fifo_IsRefusedWithoutWaitingForAWriter()
    {
        var fifo = _folder.File("article.fifo");
        MakeFifo(fifo);

        var run = await Task.Run(() => CliRun.Of("check", fifo)).WaitAsync(TimeSpan.FromSeconds(60));

        AssertRefused(run, 2, "is a pipe, a socket or a terminal, not a file");
    }

    [Fact]
    public void Check_OneMebibyteSentence_IsCheckedInPartsAndSaysSo()
    {
        var path = _folder.Write("long.txt", string.Concat(Enumerable.Repeat("the area of word ", 1024 * 1024 / 17)));

        var run = CliRun.Of("check", path);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("1 stretch of the text had no sentence end within 1,000 characters and were checked in parts", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DataFileLinkedToDevZero_IsAProblemOfThatFile()
    {
        var data = DataFolder("zero.yaml", path => File.CreateSymbolicLink(path, "/dev/zero"));

        AssertRefused(CliRun.Of("validate", "--data", data), 1, "data/zero.yaml: cannot be read: holds more than 16,777,216 bytes");
    }

    [Fact]
    public async Task Validate_DataFileThatIsAFifo_IsAProblemNotAHang()
    {
        var data = DataFolder("pipe.yaml", MakeFifo);

        var run = await Task.Run(() => CliRun.Of("validate", "--data", data)).WaitAsync(TimeSpan.FromSeconds(60));

        AssertRefused(run, 1, "data/pipe.yaml: cannot be read: is a pipe");
    }

    [Fact]
    public void Validate_InvalidUtf8InAYamlFile_IsAProblemWithItsLine()
    {
        var data = DataFolder("latin1.yaml", path => File.WriteAllBytes(path, [.. "dataset:\n  name: "u8, 0x43, 0x61, 0x66, 0xE9, (byte)'\n']));

        AssertRefused(CliRun.Of("validate", "--data", data), 1, "data/latin1.yaml:2: is not valid UTF-8 (byte 12 of the line, 0xE9)");
    }

    [Fact]
    public void Validate_Yaml35000LevelsDeep_IsAProblemNotAStackOverflow()
    {
        var data = DataFolder("deep.yaml", path => File.WriteAllText(path, "dataset: " + new string('[', 35_000) + new string(']', 35_000) + "\n"));

        AssertRefused(CliRun.Of("validate", "--data", data), 1, "data/deep.yaml:1: nests maps and lists more than 64 deep");
    }

    [Fact]
    public void Dyads_FieldOver16MiB_IsAProblemAndNoFile()
    {
        var atop = _folder.Write("atop-m.csv", SmallFiles.Members(Row(3220, 2)) + "\"" + new string('x', 17 * 1024 * 1024) + "\"\n");

        AssertRefused(Dyads(_states, atop), 2, "a line is longer than 16 MiB");
        AssertNoOutput();
    }

    [Fact]
    public void Dyads_StatesFromDevZero_IsAProblemAndNoFile()
    {
        AssertRefused(Dyads("/dev/zero", Members(Row(3220, 2), Row(3220, 740))), 2, "/dev/zero:1: a line is longer than 16 MiB");
        AssertNoOutput();
    }

    [Fact]
    public void Dyads_AtopVersionOver15Characters_IsAProblemAndNoFile()
    {
        var atop = Members(Row(3220, 2).Replace(",4.01", ",4.01xxxxxxxxxxxxxxxxxxxx", StringComparison.Ordinal), Row(3220, 740));

        AssertRefused(Dyads(_states, atop), 2, "atop-m.csv:2: column 18 (version): '4.01xxxxxxxxxxxxxxxx…' is not a version such as 4.01");
        AssertNoOutput();
    }

    [Fact]
    public void Dyads_ControlCharactersInTheVersion_AreNotCopiedIntoTheCsv()
    {
        var atop = Members(Row(3220, 2).Replace(",4.01", ",4.01\u001b[31m\u0007", StringComparison.Ordinal), Row(3220, 740));

        var run = Dyads(_states, atop);

        AssertRefused(run, 2, "'4.01\\u001B[31m\\u0007' is not a version");
        Assert.DoesNotContain('\u001b', run.Error);
        AssertNoOutput();
    }

    [Fact]
    public void Dyads_UnterminatedQuoteOnLine8_IsAnErrorAtLine8NotATableOfNA()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Row(3220 + i, i % 2 == 0 ? 2 : 740)).ToArray();
        rows[6] = rows[6].Replace(",4.01", ",\"4.01", StringComparison.Ordinal);

        AssertRefused(Dyads(_states, Members(rows)), 2, "atop-m.csv:8: a '\"' opens a quoted field that does not close on this line, so it swallows the lines after it");
        AssertNoOutput();
    }

    [Fact]
    public void Dyads_DuplicatedColumnName_IsAnErrorNotFirstWins()
    {
        var atop = _folder.Write("atop-m.csv", SmallFiles.Members(Row(3220, 2), Row(3220, 740)).Replace("asymm,obvary", "asymm,defense", StringComparison.Ordinal));

        AssertRefused(Dyads(_states, atop), 2, "atop-m.csv:1: header: the column name 'defense' appears 2 times (columns 11, 17); name each column once");
        AssertNoOutput();
    }

    [Fact]
    public async Task Dyads_StatesFromAFifo_IsRefusedWithoutWaiting()
    {
        var fifo = _folder.File("states.fifo");
        MakeFifo(fifo);

        var run = await Task.Run(() => Dyads(fifo, Members(Row(3220, 2), Row(3220, 740)))).WaitAsync(TimeSpan.FromSeconds(60));

        AssertRefused(run, 2, "is a pipe, a socket or a terminal");
        AssertNoOutput();
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://127.0.0.1:port")]
    [InlineData("ftp://127.0.0.1:5080")]
    public void Serve_BadAddress_IsRefusedBeforeServing(string urls)
    {
        var run = CliRun.Of("serve", "--urls", urls);

        AssertRefused(run, 2, $"--urls: '{urls}' is not an address to listen on");
        Assert.DoesNotContain("serving", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_SaysSoOnceWithoutServing()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var urls = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var run = await Task.Run(() => CliRun.Of("serve", "--urls", urls)).WaitAsync(TimeSpan.FromSeconds(60));

        AssertRefused(run, 2, $"--urls: cannot listen on {urls}: Failed to bind to address {urls}: address already in use");
        Assert.DoesNotContain("serving", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_EscapeAndBellInAName_AreShownEscapedNotSentToTheTerminal()
    {
        var run = CliRun.Of("show", "\u001b[31mNATO\u0007");

        AssertRefused(run, 2, "'\\u001B[31mNATO\\u0007'");
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
        Assert.DoesNotContain('\u0007', run.Error + run.Output);
    }

    [Fact]
    public void UnknownOption_WithControlCharacters_IsEchoedEscaped()
    {
        var run = CliRun.Of("members", "NATO", "--\u001b]0;owned\u0007");

        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.Contains("\\u001B]0;owned\\u0007", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on 9999-12-31", "the year 9999 is outside the years")]
    [InlineData("on 0000-00-00", "'0000-00-00' is not a date: the year must be 0001 or later")]
    [InlineData("on 2023-13-45", "'2023-13-45' is not a date: month 13 is not 01 to 12")]
    public void Ask_OutOfRangeDate_IsRefusedWithExitTwo(string when, string says)
    {
        var run = CliRun.Of("ask", $"Was Finland in NATO {when}?");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains(says, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidUtf8Article_SaysWhereWithoutTrace()
    {
        var path = Path.Combine(_folder.Path, "latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("NATO was founded in 1949 in Washington, café."));

        AssertRefused(CliRun.Of("check", path), 2, "is not valid UTF-8");
    }
}
