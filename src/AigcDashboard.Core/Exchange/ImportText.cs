using System.Text;

namespace AigcDashboard.Core.Exchange;

/// <summary>The text of a file to import: UTF-8, with or without the byte-order mark every CSV
/// the API exports starts with, decoded strictly so that no byte is ever stored as U+FFFD.</summary>
public static class ImportText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null when the bytes are not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        try
        {
            return Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
