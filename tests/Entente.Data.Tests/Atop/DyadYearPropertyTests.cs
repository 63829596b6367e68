using CsCheck;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary>Properties of the generator over random small worlds (CsCheck shrinks a failing world to a small one).</summary>
public sealed class DyadYearPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void Write_EveryFlag_BackedByMemberRowsActiveThatYearForBothStates()
    {
        RandomWorld.Worlds.Sample(world =>
        {
            foreach (var row in RowCollector.Collect(world.Table()))
            {
                for (var bit = Pledges.Defence; bit <= Pledges.Consultation; bit = (Pledges)((int)bit << 1))
                {
                    if (row.Pledges is not { } pledges || (pledges & bit) == 0)
                        continue;
                    var backing = world.Backing(row.Ccode1, row.Ccode2, row.Year)
                        .Concat(world.Directed ? [] : world.Backing(row.Ccode2, row.Ccode1, row.Year))
                        .Where(x => (x.A.Pledges & (int)bit) != 0 && row.Treaties.Split(' ').Contains(x.A.AtopId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    Assert.True(backing.Any(), $"{row}: no member rows back {bit}");
                }
            }
        }, iter: Iterations, print: w => w.ToString());
    }

    [Fact]
    public void Write_EqualsTheOracle_RowsFlagsTreatiesAndNa()
    {
        RandomWorld.Worlds.Sample(world =>
        {
            var rows = RowCollector.Collect(world.Table());

            Assert.Equal(world.Expected(), rows);
        }, iter: Iterations, print: w => w.ToString());
    }

    [Fact]
    public void Write_UndirectedFlags_AreTheOrOfBothDirections()
    {
        RandomWorld.Worlds.Sample(world =>
        {
            var directed = RowCollector.Collect((world with { Directed = true }).Table()).ToDictionary(r => (r.Ccode1, r.Ccode2, r.Year));

            foreach (var row in RowCollector.Collect((world with { Directed = false }).Table()))
                Assert.Equal(row.Pledges, directed[(row.Ccode1, row.Ccode2, row.Year)].Pledges | directed[(row.Ccode2, row.Ccode1, row.Year)].Pledges);
        }, iter: Iterations, print: w => w.ToString());
    }
}
