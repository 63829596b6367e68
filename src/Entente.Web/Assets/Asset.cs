namespace Entente.Web.Assets;

/// <summary>One file of the page, with its precompressed forms (written by the front-end build) and its ETag.</summary>
internal sealed record Asset(string Path, string ContentType, byte[] Identity, byte[]? Brotli, byte[]? Gzip, string ETag);
