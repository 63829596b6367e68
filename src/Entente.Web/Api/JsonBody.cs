using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Entente.Web.Api;

/// <summary>A JSON response written straight to the response body with a <see cref="Utf8JsonWriter"/>, or from bytes written before.</summary>
internal sealed class JsonBody : IResult
{
    private const string ContentType = "application/json; charset=utf-8";

    // Compact; every non-ASCII letter kept as it is, the characters HTML cares about escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Action<Utf8JsonWriter>? _write;
    private readonly byte[]? _bytes;

    private JsonBody(Action<Utf8JsonWriter>? write, byte[]? bytes) => (_write, _bytes) = (write, bytes);

    public static JsonBody Of(Action<Utf8JsonWriter> write) => new(write, null);

    public static JsonBody Of(byte[] bytes) => new(null, bytes);

    /// <summary>The JSON as UTF-8 bytes, for a cache.</summary>
    public static byte[] Bytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
            write(json);
        return buffer.WrittenSpan.ToArray();
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        if (_bytes is not null)
        {
            response.ContentLength = _bytes.Length;
            await response.Body.WriteAsync(_bytes, httpContext.RequestAborted);
            return;
        }
        using (var json = new Utf8JsonWriter(response.BodyWriter, Options))
            _write!(json);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
