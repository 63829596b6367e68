using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Entente.Web.Assets;

/// <summary>
/// The page's files, read once from the resources the build embedded (<c>wwwroot/…</c>, with <c>.br</c> and
/// <c>.gz</c> forms beside each): the page needs nothing from disk or from the network.
/// </summary>
internal sealed class AssetStore
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    private AssetStore(FrozenDictionary<string, Asset> assets) => _assets = assets;

    public int Count => _assets.Count;

    public Asset? Find(string path) => _assets.GetValueOrDefault(path.TrimStart('/'));

    public static AssetStore FromAssembly(Assembly assembly)
    {
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !n.EndsWith(".br", StringComparison.Ordinal) && !n.EndsWith(".gz", StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..];
            var identity = Read(assembly, name)!;
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(identity).AsSpan(0, 12))}\"";
            assets[path] = new Asset(path, type, identity, Read(assembly, name + ".br"), Read(assembly, name + ".gz"), etag);
        }
        return new AssetStore(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static byte[]? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
            return null;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
