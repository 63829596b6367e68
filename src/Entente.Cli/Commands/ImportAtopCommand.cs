using System.CommandLine;
using Entente.Data.Atop;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente import-atop --atop DIR --cow FILE --data DIR</c>: writes or updates the ATOP skeletons under
/// <c>DIR/atop/</c> from ATOP 4.01's member-level and alliance-level files, keeping every field a curator set.
/// A developer's tool: the data set is never read from ATOP at run time.
/// </summary>
internal static class ImportAtopCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import-atop", "Write or update data/atop/ from ATOP's member-level and alliance-level files (--atop FOLDER), naming missing former states from --cow; fields a curator set are kept.");
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(CliContext.AtopOption) ?? throw new UsageException("import-atop: --atop FOLDER is required: the folder holding ATOP's atop-member-level.csv and atop-alliance-level.csv (e.g. ../shared/data/atop-4.01).");
            var cowPath = parse.GetValue(CliContext.CowOption) ?? throw new UsageException("import-atop: --cow FILE is required: a COW state-system file (states2016.csv), to name the former states ATOP's members need.");
            var data = parse.GetValue(CliContext.DataOption) ?? throw new UsageException("import-atop: --data FOLDER is required: the data folder to update (the repository's data/).");
            if (!Directory.Exists(folder))
                throw new UsageException($"--atop: no folder '{folder}'. Give the folder that holds ATOP's member-level and alliance-level CSV files.");
            if (!Directory.Exists(data))
                throw new UsageException($"--data: no folder '{data}'. Give the data folder to update (the repository's data/).");
            if (!File.Exists(cowPath))
                throw new UsageException($"--cow: no file '{cowPath}'. Give a COW state-system file (states2016.csv format).");
            var member = Find(folder, "member");
            var alliance = Find(folder, "alliance");
            AtopImportResult result;
            try
            {
                result = AtopImport.Run(AtopCodebook.ReadMembers(member), AtopCodebook.ReadAlliances(alliance), CowStateSystem.Read(cowPath), data);
            }
            catch (InputFileException e)
            {
                throw new UsageException(e.Message);
            }
            AtopImport.Write(result, data);
            var output = context.Output;
            output.WriteLine($"{result.Treaties} ATOP alliances written to {Path.Combine(data, AtopImport.Folder)} ({result.Files.Count} files); {result.NewActors} former states from the COW list.");
            output.WriteLine($"{result.Claimed.Count} atopids claimed by curated treaties, left out: {string.Join(", ", result.Claimed)}.");
            if (result.Kept.Count > 0)
                output.WriteLine($"{result.Kept.Count} fields a curator set, kept: {string.Join("; ", result.Kept.Take(20))}{(result.Kept.Count > 20 ? "; …" : "")}");
            foreach (var line in result.Skipped)
                output.WriteLine($"skipped: {line}");
            foreach (var line in result.Clipped)
                output.WriteLine($"cut: {line}");
            return App.Ok;
        });
        return command;
    }

    private static string Find(string folder, string word)
    {
        var files = Directory.GetFiles(folder, "*.csv").Where(f => Path.GetFileName(f).Contains(word, StringComparison.OrdinalIgnoreCase)).ToArray();
        return files.Length == 1 ? files[0]
            : throw new UsageException($"--atop: the folder '{folder}' holds {files.Length} files named *{word}*.csv; it needs exactly one {word}-level file.");
    }
}
