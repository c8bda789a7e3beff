using System.Buffers;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// How the views a prerendered page loaded travel into its circuit ([PersistentState]): as
/// Brotli-compressed JSON. Blazor encrypts the state and writes it into the page as base64 twice
/// over, which no HTTP compression can shrink afterwards; plain JSON made it about 37 KB of the
/// funding page's 44 KB on the wire. The state is encrypted and signed, so what is restored is
/// only ever what the server wrote.
/// </summary>
public sealed class CompressedStateSerializer<T> : PersistentComponentStateSerializer<T>
{
    // The web defaults, as Blazor's own; Chinese written as UTF-8 rather than as \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public override void Persist(T value, IBufferWriter<byte> writer)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var buffer = writer.GetSpan(BrotliEncoder.GetMaxCompressedLength(json.Length));
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, quality: 5, window: 22))
            throw new InvalidOperationException("The persisted state did not fit its buffer.");
        writer.Advance(written);
    }

    public override T Restore(ReadOnlySequence<byte> data)
    {
        using var brotli = new BrotliStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, Json)!;
    }
}
