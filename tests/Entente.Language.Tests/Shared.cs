namespace Entente.Language.Tests;

/// <summary>The folder ../shared beside the repository (the seed article and its labelled claims), read at test time.</summary>
internal static class Shared
{
    public static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", name));
                Assert.True(Directory.Exists(folder), $"The shared folder is missing: expected {folder}.");
                return folder;
            }
        }
        throw new InvalidOperationException($"No Entente.slnx above {AppContext.BaseDirectory}.");
    }
}
