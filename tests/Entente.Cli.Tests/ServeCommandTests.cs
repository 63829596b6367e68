namespace Entente.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_Help_NamesUrlsAndItsLoopbackDefault()
    {
        var run = CliRun.Of("serve", "--help");

        Assert.Equal(0, run.Exit);
        Assert.Contains("--urls", run.Output, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5080", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_UnknownOption_BadInput()
    {
        var run = CliRun.Of("serve", "--port", "80");

        Assert.Equal(2, run.Exit);
        Assert.Contains("--port", run.Error, StringComparison.Ordinal);
    }
}
