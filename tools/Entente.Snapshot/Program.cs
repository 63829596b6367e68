using Entente.Data;

// entente-snapshot DATA-FOLDER OUTPUT-FILE: loads and validates the YAML like `entente validate`; on a problem it
// prints them all and fails the build, writing nothing; else it writes the snapshot (complete or not at all).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Entente.Snapshot DATA-FOLDER OUTPUT-FILE");
    return 2;
}
var (folder, output) = (args[0], args[1]);
var files = DataFile.FromDirectory(folder);
var result = DataSetLoader.Load(files);
if (!result.IsValid)
{
    foreach (var problem in result.Problems)
        Console.Error.WriteLine(problem);
    Console.Error.WriteLine($"The data snapshot is made only of a valid data set: {result.Problems.Count} problem(s) above; fix the YAML (see data/README.md).");
    return 1;
}
var root = new DirectoryInfo(folder);
var hash = DataSnapshot.Hash(root.EnumerateFiles("*.yaml", SearchOption.AllDirectories)
    .Select(f => ($"{root.Name}/{Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/')}", File.ReadAllBytes(f.FullName))));
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
var pending = output + ".tmp";
using (var stream = File.Create(pending))
    DataSnapshot.Write(stream, files, hash);
File.Move(pending, output, overwrite: true);
Console.WriteLine($"data snapshot: {result.Counts.Files} files, {result.Counts.Treaties} treaties -> {output} ({new FileInfo(output).Length / 1024} KiB)");
return 0;
