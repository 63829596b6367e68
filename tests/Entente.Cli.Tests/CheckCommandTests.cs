using System.Text;
using System.Text.Json;

namespace Entente.Cli.Tests;

/// <summary><c>entente check</c>: the report, the JSON shape, and every kind of bad input.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string Article = "Japan is not a member of NATO. Japan’s neutral status helps it mediate. NATO was established in 1949.";

    [Fact]
    public void Check_Text_ReportsEachClaimWithVerdictAndCorrection()
    {
        var run = CliRun.Of("check", Write("a.txt", Encoding.UTF8.GetBytes(Article)), "--on", "2026-11-27");

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("3 checkable claims in 3 sentences, checked on 2026-11-27: 2 supported, 0 partly supported, 1 contradicted, 0 not checkable.", run.Output, StringComparison.Ordinal);
        Assert.Contains("[CONTRADICTED] \"Japan’s neutral status helps it mediate\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Correction: Japan is not neutral: it is a treaty ally", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_HasClaimsWithSpanOffsetsVerdictAndSources()
    {
        var run = CliRun.Of("check", Write("a.txt", Encoding.UTF8.GetBytes(Article)), "--json", "--on", "2026-11-27");

        using var json = JsonDocument.Parse(run.Output);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToArray();
        Assert.Equal(3, claims.Length);
        var neutral = claims[1];
        Assert.Equal("Japan’s neutral status helps it mediate", neutral.GetProperty("span").GetString());
        Assert.Equal(Article.IndexOf("Japan’s", StringComparison.Ordinal), neutral.GetProperty("start").GetInt32());
        Assert.Equal("contradicted", neutral.GetProperty("verdict").GetString());
        Assert.StartsWith("http", neutral.GetProperty("sources")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(neutral.GetProperty("facts").GetArrayLength() > 0);
    }

    [Fact]
    public void Check_NoOnAndADateLine_ChecksOnTheTextsDateAndSaysSo()
    {
        var text = "Published: 16 November 2022\nSweden is not a member of NATO.";

        var run = CliRun.Of("check", Write("dated.txt", Encoding.UTF8.GetBytes(text)));
        var json = JsonDocument.Parse(CliRun.Of("check", Write("dated.txt", Encoding.UTF8.GetBytes(text)), "--json").Output);
        var asked = CliRun.Of("check", Write("dated.txt", Encoding.UTF8.GetBytes(text)), "--on", "2026-11-27");

        Assert.StartsWith("1 checkable claims in 2 sentences, checked on 2022-11-16 (the text's date line: '16 November 2022'): 1 supported", run.Output, StringComparison.Ordinal);
        Assert.Equal("16 November 2022", json.RootElement.GetProperty("dateLine").GetString());
        Assert.Contains("checked on 2026-11-27: 0 supported, 0 partly supported, 1 contradicted", asked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Utf16WithBom_Works()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Article)).ToArray();

        var run = CliRun.Of("check", Write("utf16.txt", bytes), "--on", "2026-11-27");

        Assert.Equal(0, run.Exit);
        Assert.Contains("[CONTRADICTED]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidUtf8_Exit2SaysWhere()
    {
        var bytes = Encoding.UTF8.GetBytes("Japan is in ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" NATO.")).ToArray();

        var run = CliRun.Of("check", Write("bad.txt", bytes));

        Assert.Equal(2, run.Exit);
        Assert.Contains("is not valid UTF-8 (at byte 12); save it as UTF-8 or UTF-16 with a byte order mark.", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Check_BinaryData_Exit2()
    {
        var run = CliRun.Of("check", Write("bin.dat", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x41]));

        Assert.Equal(2, run.Exit);
        Assert.Contains("looks like binary data, not an article", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FiftyMegabytes_RefusedBeforeReading()
    {
        var path = Path.Combine(_folder, "big.txt");
        using (var file = File.Create(path))
            file.SetLength(50L * 1024 * 1024);

        var run = CliRun.Of("check", path);

        Assert.Equal(2, run.Exit);
        Assert.Contains("52,428,800 bytes; Entente checks articles of up to 5,242,880 bytes (5 MiB). Split it into parts.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_Exit2SaysWhatToGive()
    {
        var run = CliRun.Of("check", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("Give the path of a text file, or - to read standard input.", run.Error, StringComparison.Ordinal);
    }
}
