namespace Entente.Data.Tests.Atop;

/// <summary>
/// The research files in <c>../shared/data</c> beside the repository (found by walking up to
/// <c>Entente.slnx</c>); never copied into the repository.
/// </summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    public static string States => Path.Combine(Folder, "cow-states-2016", "states2016.csv");
    public static string AtopMembers => Path.Combine(Folder, "atop-4.01", "atop-member-level.csv");
    public static string Atop51Dyads => Path.Combine(Folder, "atop-5.1-ddy-peacesciencer", "atop_alliance.derived.csv");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data
                    : throw new DirectoryNotFoundException($"The research data is not at {data}: these tests need ../shared/data beside the repository.");
            }
        }
        throw new DirectoryNotFoundException($"No Entente.slnx above {AppContext.BaseDirectory}.");
    }
}
