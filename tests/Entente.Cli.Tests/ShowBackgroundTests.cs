using System.Text.Json;
using Entente.Data.Tests;

namespace Entente.Cli.Tests;

/// <summary><c>show</c> prints what a thing is, its headquarters, leaders, absent clauses and the reasons behind changes.</summary>
public sealed class ShowBackgroundTests : IDisposable
{
    private readonly TempData _data = new(TestData.Valid + TestBackground.Facts);

    public void Dispose() => _data.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--data", _data.Folder]);

    [Fact]
    public void Show_Organization_PrintsWhatItIsHeadquartersAndLeader()
    {
        var run = Run("show", "TTO");

        Assert.Equal(0, run.Exit);
        Assert.Contains("what it is:    A test alliance.", run.Output, StringComparison.Ordinal);
        Assert.Contains("nature:        collective-defence-alliance; with a defence pledge", run.Output, StringComparison.Ordinal);
        Assert.Contains("why it ended:  1990: It was a test.", run.Output, StringComparison.Ordinal);
        Assert.Contains("1952-04-01 – (still) Paris, North Beta", run.Output, StringComparison.Ordinal);
        Assert.Contains("Secretary General (leads the organization)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  role           Chairs the council.", run.Output, StringComparison.Ordinal);
        Assert.Contains("1957-05-16 – (still) Second (Alpha)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Treaty_PrintsAbsencesAndReasonsApartFromContext()
    {
        var run = Run("show", "test-treaty");

        Assert.Contains("expulsion      No clause to expel a party.", run.Output, StringComparison.Ordinal);
        Assert.Contains("1990-10-03     Gamma, withdrawal: The Test Treaty", run.Output, StringComparison.Ordinal);
        Assert.Contains("  stated       Gamma's government (1990-09): \"We leave.\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("  context      A historian: It left because it ceased to exist.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_State_ListsItsReasons()
    {
        var run = Run("show", "Gamma");

        Assert.Contains("Why (stated reasons, then context)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Gamma, withdrawal: The Test Treaty", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_IncludesDescriptionAndReasonsWithTheirSources()
    {
        using var json = JsonDocument.Parse(Run("show", "test-treaty", "--json").Output);
        var root = json.RootElement;

        var facts = root.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f);
        Assert.Equal("The test treaty.", facts["what it is"].GetProperty("value").GetString());
        var why = root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("title").GetString()!.StartsWith("Why", StringComparison.Ordinal));
        var stated = why.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "  stated");
        Assert.Equal("s2", stated.GetProperty("sources")[0].GetString());
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "s2");
    }
}
