using Entente.Data;

namespace Entente.Cli.Tests;

public class SnapshotTests
{
    [Fact]
    public void LoadEmbedded_BuiltSnapshot_IsFreshAndHoldsWhatTheYamlHolds()
    {
        var fromYaml = DataSetLoader.LoadBuiltIn();

        var fromSnapshot = DataSnapshot.LoadEmbedded(typeof(CliContext).Assembly);

        Assert.NotNull(fromSnapshot);
        Assert.True(fromSnapshot.IsValid);
        Assert.Equal(fromYaml.Counts, fromSnapshot.Counts);
        Assert.Equal(fromYaml.Atlas!.Treaties.Select(t => (t.Id, t.Name, t.Parties.Count, t.Provisions.Count)),
            fromSnapshot.Atlas!.Treaties.Select(t => (t.Id, t.Name, t.Parties.Count, t.Provisions.Count)));
    }
}
