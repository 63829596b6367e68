using System.CommandLine;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Data;

namespace Entente.Cli;

/// <summary>What every command shares: the writers, the data set (loaded once, on first use) and the common options.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TimeProvider time)
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "A data folder to use instead of the built-in data set (see data/README.md).",
        Recursive = true,
    };

    public static readonly Option<string?> AtopOption = new("--atop")
    {
        Description = "An ATOP member-level file (or a folder holding one) to add ATOP's alliances to the answers, for dates the curated data does not cover (1815-1945).",
        Recursive = true,
    };

    public static readonly Option<string?> CowOption = new("--cow")
    {
        Description = "With --atop: a COW states file (states2016.csv format) to name the states the curated data lacks.",
        Recursive = true,
    };

    public static Option<string?> OnOption() => new("--on")
    {
        Description = "The date the answer is for: YYYY, YYYY-MM, YYYY-MM-DD or 'today' (the default). A partial date means its last day, as 'in 1980' does in a question: 1980 is 1980-12-31.",
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Write JSON instead of text." };

    public TextWriter Output { get; } = output;

    /// <summary>Today in the local time zone, from the injected clock (tests fix it with a fake one).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public TextWriter Error { get; } = error;

    private Atlas? _atlas;

    /// <summary>The atlas, loaded on first use from --data or the built-in data set.</summary>
    /// <exception cref="InvalidDataException">The data set has problems; the message lists them.</exception>
    public Atlas Atlas(ParseResult parse)
    {
        if (_atlas is not null)
            return _atlas;
        var result = Load(parse);
        if (!result.IsValid)
        {
            var shown = result.Problems.Take(20).Select(p => p.ToString());
            var more = result.Problems.Count > 20 ? $"\n… and {result.Problems.Count - 20} more; run 'entente validate' for all." : "";
            throw new InvalidDataException($"entente: the data set has {result.Problems.Count} problem(s):\n{string.Join('\n', shown)}{more}");
        }
        return _atlas = WithAtop(parse, result.Atlas!);
    }

    // --atop: ATOP's alliances join the curated ones, each fact citing the file it came from.
    private static Atlas WithAtop(ParseResult parse, Atlas atlas)
    {
        if (parse.GetValue(AtopOption) is not { } path)
            return atlas;
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new UsageException($"--atop: no file or folder '{path}'. Give the ATOP member-level CSV you downloaded (atop4_01m.csv or atop5_1m.csv), or the folder that holds it.");
        if (parse.GetValue(CowOption) is { } cowPath && !File.Exists(cowPath))
            throw new UsageException($"--cow: no file '{cowPath}'. Give a COW state-system file (states2016.csv format), or leave --cow out.");
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.csv").Where(f => Path.GetFileName(f).Contains("member", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).EndsWith("m.csv", StringComparison.OrdinalIgnoreCase)).ToArray();
            path = files.Length == 1 ? files[0] : throw new UsageException($"--atop: the folder '{path}' holds {(files.Length == 0 ? "no" : files.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))} ATOP member-level files (*member*.csv or *m.csv); name the file itself.");
        }
        try
        {
            var atop = Data.Atop.AtopMemberFile.Read(path);
            var cow = parse.GetValue(CowOption) is { } states ? Data.Atop.CowStateSystem.Read(states) : null;
            return Data.Atop.AtopHistory.Extend(atlas, atop, path, cow);
        }
        catch (Data.Atop.InputFileException e)
        {
            throw new UsageException(e.Message);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException($"--atop/--cow: {e.Message}");
        }
    }

    public static LoadResult Load(ParseResult parse)
    {
        var folder = parse.GetValue(DataOption);
        if (folder is null)
            return DataSnapshot.LoadEmbedded(typeof(CliContext).Assembly) ?? DataSetLoader.LoadBuiltIn();
        try
        {
            return DataSetLoader.LoadDirectory(folder);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The --on date as a day, as "in 1980" in a question reads it: a partial date stands for its last day
    /// (<see cref="PartialDate.AsAsked"/>; today while it runs); today when absent.</summary>
    public DateOnly On(ParseResult parse, Option<string?> option)
    {
        var text = parse.GetValue(option);
        if (text is null || text.Equals("today", StringComparison.OrdinalIgnoreCase))
            return Today;
        if (!PartialDate.TryParse(text, out var date, out var why))
            throw new UsageException($"--on: {why}.");
        return date.AsAsked(Today);
    }

    /// <summary>Resolves a name to one thing or stops with "did you mean".</summary>
    public static EntityRef Resolve(Atlas atlas, string name, EntityKind? kind, string what)
    {
        var resolution = atlas.Names.Resolve(name, kind);
        return resolution.Found ?? throw new UsageException(resolution.Explain(what) + (resolution.Candidates.Count == 0 ? $" 'entente show' takes an id or a name; ids are listed in data/." : ""));
    }

    /// <summary>Resolves a name to an actor of one kind, or stops with a message saying what the name is instead.</summary>
    public static Actor ResolveActor(Atlas atlas, string name, ActorKind kind, string what)
    {
        var entity = Resolve(atlas, name, EntityKind.Actor, what);
        var actor = atlas.Actor(new ActorId(entity.Id));
        if (actor.Kind != kind)
            throw new UsageException($"{entity} is {(actor.Kind == ActorKind.State ? "a state" : "an organization")}, not {(kind == ActorKind.State ? "a state" : "an organization")}.");
        return actor;
    }

    /// <summary>Writes an answer as text or, with --json, as JSON.</summary>
    public void Write(ParseResult parse, Option<bool> json, Language.Answer answer)
    {
        if (parse.GetValue(json))
            Rendering.AnswerWriter.WriteJson(Output, answer);
        else
            Rendering.AnswerWriter.WriteText(Output, answer);
    }

    public void WarnIfAfterReview(Atlas atlas, DateOnly on)
    {
        if (atlas.IsAfterReview(on))
            Output.WriteLine($"Note: the data was reviewed up to {atlas.Dataset.Reviewed}; events after that date may be missing.");
    }
}
