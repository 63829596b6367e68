using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entente.Web.Tests;

/// <summary>Issue 12: a client that goes away stops the work of its POST /api/check; the work itself says it saw the cancellation.</summary>
public sealed class CheckCancellationTests
{
    [Fact]
    public async Task Check_ClientDisconnectsDuringTheCheck_TheWorkObservesItAndStops()
    {
        var lines = new ConcurrentQueue<string>();
        await using var factory = new WebApplicationFactory<EntenteWeb>().WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(new Collecting(lines)))));
        using var client = factory.CreateClient();
        // Load the data set first, so that the cancellation falls inside the check itself.
        using (var warm = new StringContent("NATO was founded in 1949.", System.Text.Encoding.UTF8, "text/plain"))
            (await client.PostAsync("/api/check", warm)).EnsureSuccessStatusCode();
        // 1 MiB written as one sentence: long enough that the check is still running when the client goes away.
        var unit = "Japan is a member of NATO and the treaty provides for mutual defence and ";
        var text = string.Concat(Enumerable.Repeat(unit, (1024 * 1024 / unit.Length) - 1));
        // The client goes away while the check runs. On a loaded machine the body may still be on its way after a short
        // wait, or the check already done after a long one, so the disconnect is tried after a few delays.
        foreach (var delay in new[] { 150, 400, 1000, 2500 })
        {
            using var content = new StringContent(text);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay));
            try
            {
                (await client.PostAsync("/api/check", content, gone.Token)).Dispose();
                continue; // The check finished before the client went away.
            }
            catch (OperationCanceledException)
            {
            }

            // Wait for the handler to report (it does so only when Answers.Check threw on the request's cancellation).
            for (var i = 0; i < 100 && !lines.Any(l => l.Contains("stopped: the client went away", StringComparison.Ordinal)); i++)
                await Task.Delay(100);
            if (lines.Any(l => l.Contains("stopped: the client went away", StringComparison.Ordinal)))
                break;
        }
        Assert.Contains(lines, l => l.Contains($"POST /api/check of {text.Length} characters stopped: the client went away", StringComparison.Ordinal));
    }

    private sealed class Collecting(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => category == "Entente.Web.Check";

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                    lines.Enqueue(formatter(state, exception));
            }
        }
    }
}
