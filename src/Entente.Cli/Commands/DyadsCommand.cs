using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Entente.Cli.Rendering;
using Entente.Data;
using Entente.Data.Atop;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente dyads --states FILE --atop FILE [--directed] --from YEAR --to YEAR --out FILE [--with-curated]</c>:
/// the dyad-year alliance table researchers build with peacesciencer, from their own COW and ATOP files,
/// with the treaties behind each flag and NA outside the years the data covers.
/// </summary>
internal static class DyadsCommand
{
    /// <summary>What <c>dyads --out FILE.parquet</c> says in the native build, which writes CSV only.</summary>
    public const string ParquetNotInNativeBuild = "--out: this is the native build of entente (Native AOT), which writes .csv only: its Parquet writer is not compiled in. Write a .csv, or run the same command with `./entente dyads …`, which runs the ordinary build for a .parquet.";

    public static Command Create(CliContext context)
    {
        var states = new Option<string>("--states") { Description = "A Correlates of War state-system file (states2016.csv format).", Required = true };
        var atop = new Option<string>("--atop") { Description = "An ATOP member-level file (ATOP 4.01 or 5.x 'm' format, CSV).", Required = true };
        var directed = new Option<bool>("--directed") { Description = "Both (a, b) and (b, a), the flags of a→b being what a promises b. Default: one row per pair (ccode1 < ccode2), a flag set if either promises it." };
        var from = new Option<int>("--from") { Description = "The first year.", Required = true };
        var to = new Option<int>("--to") { Description = "The last year.", Required = true };
        var output = new Option<string>("--out") { Description = "The file to write: .csv or .parquet. Written under a temporary name and renamed when complete.", Required = true };
        var curated = new Option<bool>("--with-curated") { Description = "Fill the years after ATOP's last one from Entente's curated data set (source 'entente') instead of leaving them NA." };
        var command = new Command("dyads", "Write a dyad-year alliance table (peacesciencer's columns, plus the treaties behind each flag and their source).")
        {
            states, atop, directed, from, to, output, curated,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse, new Request(
            parse.GetValue(states)!, parse.GetValue(atop)!, parse.GetValue(directed), parse.GetValue(from), parse.GetValue(to),
            parse.GetValue(output)!, parse.GetValue(curated)), cancel)));
        return command;
    }

    private sealed record Request(string States, string Atop, bool Directed, int From, int To, string Out, bool WithCurated);

    private static int Run(CliContext context, ParseResult parse, Request request, CancellationToken cancel)
    {
        var options = Options(request);
        var parquet = request.Out.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        if (!parquet && !request.Out.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"--out: '{request.Out}' must end in .csv or .parquet, which says the format to write.");
#if ENTENTE_NATIVE
        // Parquet.Net is not Native AOT compatible (IL2104, IL3053), so the native build writes CSV only.
        if (parquet)
            throw new UsageException(ParquetNotInNativeBuild);
#endif
        if (Path.GetDirectoryName(Path.GetFullPath(request.Out)) is { } folder && !Directory.Exists(folder))
            throw new UsageException($"--out: there is no folder '{folder}' to write '{Path.GetFileName(request.Out)}' in.");

        var (states, members) = ReadInputs(request);
        var curated = request.WithCurated ? Curated(context, parse) : null;
        var table = DyadYearTable.Build(states, members, options, curated);

        var progress = ProgressBar.OnTerminal(context.Error, table.RowCount, "rows");
        // Ctrl-C or a kill stops the export between rows, so the temporary file is deleted rather than left behind.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));
        cancel = stop.Token;
        try
        {
            // About 35 bytes a CSV row: reserve a little more, Commit cuts the rest.
            using (var file = new PendingFile(request.Out, parquet ? 0 : table.RowCount * 40))
            {
#if !ENTENTE_NATIVE
                if (parquet)
                {
                    var writer = new DyadYearParquetWriter(file.Stream, table);
                    table.Write(writer, progress is null ? null : progress.Report, cancel);
                    writer.Complete();
                }
                else
#endif
                {
                    var writer = new DyadYearCsvWriter(file.Stream, table);
                    table.Write(writer, progress is null ? null : progress.Report, cancel);
                    writer.Complete();
                }
                file.Commit();
            }
        }
        catch (OperationCanceledException)
        {
            progress?.Clear();
            context.Error.WriteLine($"entente: cancelled; '{request.Out}' was not written.");
            return 130;
        }
        if (progress is not null)
        {
            progress.Done();
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table.RowCount:N0} {(options.Directed ? "directed" : "undirected")} dyad-years {options.From}–{options.To} written to {request.Out}; flags from {members.SourceName} for {members.FirstYear}–{members.LastYear}{(curated is null || curated.LastYear <= members.LastYear ? "" : $", from {CuratedPledges.SourceName} for {members.LastYear + 1}–{curated.LastYear}")}, NA otherwise."));
        }
        return App.Ok;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource stop) => signal =>
    {
        signal.Cancel = true;
        stop.Cancel();
    };

    private static DyadYearOptions Options(Request request)
    {
        if (!Years.InRange(request.From) || !Years.InRange(request.To))
            throw new UsageException($"--from/--to: years run {Years.Min} to {Years.Max}; {request.From}–{request.To} does not.");
        if (request.To < request.From)
            throw new UsageException($"--to {request.To} is before --from {request.From}.");
        return new DyadYearOptions(request.Directed, request.From, request.To);
    }

    // Both files at once, one on each core; the problems of both are reported together.
    private static (CowStateSystem States, AtopMemberFile Members) ReadInputs(Request request)
    {
        foreach (var (option, path) in new[] { ("--states", request.States), ("--atop", request.Atop) })
        {
            if (!File.Exists(path))
                throw new UsageException($"{option}: there is no file '{path}'.");
        }
        var reading = Task.Run(() => Attempt(() => AtopMemberFile.Read(request.Atop)));
        var (states, statesProblems) = Attempt(() => CowStateSystem.Read(request.States));
        var (members, membersProblems) = reading.GetAwaiter().GetResult();
        if (statesProblems is not null || membersProblems is not null)
            throw new UsageException(string.Join('\n', new[] { statesProblems, membersProblems }.OfType<InputFileException>().Select(e => e.Message)));
        return (states!, members!);
    }

    private static (T? Value, InputFileException? Problems) Attempt<T>(Func<T> read) where T : class
    {
        try
        {
            return (read(), null);
        }
        catch (InputFileException e)
        {
            return (null, e);
        }
    }

    private static CuratedPledges Curated(CliContext context, ParseResult parse)
    {
        var atlas = context.Atlas(parse);
        var curated = CuratedPledges.From(atlas);
        if (curated.Treaties == 0)
            throw new UsageException($"--with-curated: the data set '{atlas.Dataset.Name}' has no treaty with a defence, offence, neutrality, non-aggression or consultation provision yet, so it would only add zeros. Leave the option out (years after ATOP's last are then NA), or pass --data with a data set that has them.");
        return curated;
    }
}
