using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Data.Loading;

namespace Entente.Data;

/// <summary>Loads and validates a data set into an <see cref="Atlas"/>, collecting every problem rather than stopping at the first.</summary>
public static class DataSetLoader
{
    /// <summary>Loads the data set built into the assembly.</summary>
    public static LoadResult LoadBuiltIn() => Load(DataFile.BuiltIn());

    /// <summary>Loads every YAML file below a folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult LoadDirectory(string directory) => Load(DataFile.FromDirectory(directory));

    public static LoadResult Load(IReadOnlyList<DataFile> files)
    {
        var reader = new Reader();
        foreach (var file in files)
            reader.Read(file);
        if (!reader.HasUnreadableFile)
            new Validator(reader).Run();
        return Build(reader, files.Count);
    }

    /// <summary>The counts, and the atlas when the reader found no problem (the validator has run, here or at build time).</summary>
    internal static LoadResult Build(Reader reader, int fileCount)
    {
        var counts = new DataCounts(
            fileCount,
            reader.Actors.Count(a => a.Kind == ActorKind.State),
            reader.Actors.Count(a => a.Kind == ActorKind.Organization),
            reader.Treaties.Count,
            reader.Treaties.Sum(t => t.Parties.Count),
            reader.Treaties.Sum(t => t.Provisions.Count),
            reader.Policies.Count,
            reader.Partnerships.Count,
            reader.Events.Count,
            reader.Sources.Count,
            new SourceCounts(
                reader.Sources.Count(s => s.Kind == SourceKind.Primary),
                reader.Sources.Count(s => s.Kind == SourceKind.Reference),
                reader.Sources.Count(s => s.Kind == SourceKind.Copy),
                reader.Sources.Count(s => s.Kind == SourceKind.Weak)))
        {
            AtopLevelTreaties = reader.Treaties.Count(IsAtopLevel),
            CuratedTreaties = reader.Treaties.Count(t => !IsAtopLevel(t)),
            CuratedWithAtop = reader.Treaties.Count(t => !IsAtopLevel(t) && t.Atop.Count > 0),
        };
        if (fileCount == 0)
            reader.Problems.Add(new Problem("data", 0, "", "no YAML files found"));
        if (reader.Problems.Count > 0)
            return new LoadResult(null, Sorted(reader.Problems), counts);

        var atlas = new Atlas(reader.Datasets[0].Dataset, reader.Sources, reader.Actors, reader.Treaties,
            reader.Policies, reader.Partnerships, reader.Events, reader.PlaceList, reader.HomeZones, new Background
            {
                Descriptions = reader.Descriptions,
                Reasons = reader.Reasons,
                Headquarters = reader.Headquarters,
                Offices = reader.Offices,
                Absences = reader.Absences,
                Independences = reader.Independences,
                Groups = reader.Groups,
                Decisions = reader.Decisions,
                Terms = reader.Terms,
            }, reader.ZoneList);
        return new LoadResult(atlas, [], counts);
    }

    /// <summary>Whether a treaty is at ATOP-level depth: written by <c>entente import-atop</c>, whose ids are <c>atop-N</c>.</summary>
    public static bool IsAtopLevel(Treaty treaty) => treaty.Id.Value.StartsWith("atop-", StringComparison.Ordinal);

    private static Problem[] Sorted(List<Problem> problems) =>
        [.. problems.Distinct().OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal)];
}
