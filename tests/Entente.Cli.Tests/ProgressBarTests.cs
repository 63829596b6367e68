using Entente.Cli.Rendering;

namespace Entente.Cli.Tests;

public sealed class ProgressBarTests
{
    [Fact]
    public void OnTerminal_CapturedWriter_NoBar()
    {
        using var error = new StringWriter();

        Assert.Null(ProgressBar.OnTerminal(error, 100, "rows"));
    }

    [Fact]
    public void Report_ThenDone_RedrawsOneLineAndEndsIt()
    {
        using var error = new StringWriter();
        var bar = new ProgressBar(error, 1_912_290, "rows");

        bar.Report(956_145);
        bar.Report(956_146);
        bar.Done();

        Assert.Equal(
            "\r[###############...............]  50%  956,145 / 1,912,290 rows"
            + "\r[##############################] 100%  1,912,290 / 1,912,290 rows" + Environment.NewLine,
            error.ToString());
    }
}
