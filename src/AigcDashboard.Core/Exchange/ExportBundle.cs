using System.Text.Json;
using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Exchange;

/// <summary>
/// An export of everything that is edited: one JSON object naming its format, with each kind's
/// rows (as its own export gives them) under the kind's member. Importing it into a database that
/// has the same sources gives the same records; with replace, records it lacks are deleted too.
/// Sources and the stage framework come from <c>seeds/</c> and are not edited, so not exported.
/// </summary>
public static class ExportBundle
{
    public const string Format = "aigc-dashboard-export";
    public const int Version = 1;
    private static readonly string Members = string.Join(", ", ExchangeFormats.All.Select(f => f.Member));

    /// <summary>Written indented, so that an import's problems point at a useful line.</summary>
    public static async Task WriteAsync(Stream stream, DashboardQueries queries, CancellationToken ct)
    {
        await using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = ApiJson.Options.Encoder });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteNumber("version", Version);
        foreach (var format in ExchangeFormats.All)
        {
            var rows = await format.RowsAsync(queries, ct);
            w.WritePropertyName(format.Member);
            JsonSerializer.Serialize(w, rows, rows.GetType(), ApiJson.Options);
        }
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    /// <summary>The parts of an export of everything, or every problem reading it.</summary>
    public static (IReadOnlyList<IImportPart> Parts, IReadOnlyList<ImportError> Errors) Read(string text)
    {
        var errors = new List<ImportError>();
        if (JsonLines.Parse(text, errors) is not { } parsed) return ([], errors);
        var (doc, lines) = parsed;
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
                return ([], [new(1, null, "format", $"Not an export of everything: that is a JSON object whose format is \"{Format}\", as /api/export gives.", Code: "bundle-format", Args: [Format])]);
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v != Version)
                return ([], [new(1, null, "version", $"This dashboard reads version {Version} of the export.", Code: "bundle-version", Args: [Version.ToString(System.Globalization.CultureInfo.InvariantCulture)])]);

            var parts = new List<IImportPart>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in root.EnumerateObject())
            {
                if (!seen.Add(member.Name)) { errors.Add(new(0, null, member.Name, "This member appears twice.", Code: "bundle-twice")); continue; }
                if (member.Name is "format" or "version") continue;
                if (ExchangeFormats.All.FirstOrDefault(f => f.Member == member.Name) is not { } kind)
                    errors.Add(new(0, null, member.Name, $"Not a kind of record; the export has {Members}.", Code: "bundle-unknown", Args: [Members]));
                else if (member.Value.ValueKind != JsonValueKind.Array)
                    errors.Add(new(0, null, member.Name, "Expected an array of records.", member.Name, "bundle-array"));
                else
                    parts.Add(kind.ReadArray(member.Value, lines.GetValueOrDefault(member.Name) ?? [], member.Name, errors));
            }
            return errors.Count > 0 ? ([], errors) : (parts, errors);
        }
    }
}
