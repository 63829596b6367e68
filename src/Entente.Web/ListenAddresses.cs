using System.Globalization;

namespace Entente.Web;

/// <summary>The addresses a server is told to listen on (<c>--urls</c>): checked before it starts, and the host names it answers to.</summary>
public static class ListenAddresses
{
    /// <summary>What Kestrel listens on when no address is given.</summary>
    public const string Default = "http://localhost:5000";

    /// <summary>
    /// Checks <c>--urls</c> (addresses separated by ';'): each must be <c>http://HOST:PORT</c> or <c>https://HOST:PORT</c>,
    /// HOST a name, an IP address, or <c>*</c>/<c>+</c> for every interface, PORT 0 to 65535. Null when all are good,
    /// else what is wrong with the first bad one and what to write instead.
    /// </summary>
    public static string? Check(string? urls)
    {
        var list = Split(urls);
        if (list.Length == 0)
            return "no address given; write one such as http://127.0.0.1:5080";
        foreach (var url in list)
        {
            if (Parse(url) is null)
                return $"'{url}' is not an address to listen on; write http://HOST:PORT or https://HOST:PORT with a port from 1 to 65535, e.g. http://127.0.0.1:5080";
        }
        return null;
    }

    /// <summary>
    /// The host names a server listening on <paramref name="urls"/> answers to: each address's host, with <c>localhost</c>,
    /// <c>127.0.0.1</c> and <c>[::1]</c> for a loopback one; every host when it listens on every interface.
    /// </summary>
    public static string[] AllowedHosts(string? urls)
    {
        var hosts = new List<string>();
        foreach (var url in Split(urls ?? Default))
        {
            if (Parse(url) is not { } uri)
                continue;
            if (uri.Host is "0.0.0.0" or "[::]" || url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal))
                return ["*"];
            hosts.Add(uri.Host);
            if (uri.IsLoopback)
                hosts.AddRange(["localhost", "127.0.0.1", "[::1]"]);
        }
        return hosts.Count == 0 ? ["localhost", "127.0.0.1", "[::1]"] : [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string[] Split(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Uri? Parse(string url)
    {
        // Kestrel's wildcards are not host names: check the rest of the address with a stand-in.
        var standIn = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(standIn, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
            return null;
        // An explicit port must be a number Kestrel can bind; Uri already refuses one over 65535.
        var authority = standIn[(standIn.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        var colon = authority.LastIndexOf(':');
        if (colon > authority.LastIndexOf(']') && !int.TryParse(authority[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return null;
        return uri;
    }
}
