using System.Text;
using System.Text.Json;

namespace AigcDashboard.Core.Editing;

/// <summary>One problem of an import: the line of the file it stands on, the record's id when
/// known, the field (a CSV column, a JSON member) and what is wrong.</summary>
public sealed record ImportError(int Line, string? Id, string Field, string Message);

/// <summary>An import's answer: how many records it created and updated, or (then nothing was
/// written) every problem found; or, when the database takes no writes now, why not.</summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors, Data.WriteState State = Data.WriteState.Writable)
{
    public bool Succeeded => Errors.Count == 0 && State == Data.WriteState.Writable;
}

/// <summary>An import row: the line it starts on and the event it gives.</summary>
public sealed record ImportRow(int Line, EventInput Event);

/// <summary>
/// Reads events in the data API's own formats: the CSV of <c>/api/events?format=csv</c> (a header
/// row naming the columns, in any order) and the JSON array of <c>/api/events</c>. Reading never
/// throws on bad input; it reports each problem by line and field.
/// </summary>
public static class EventImport
{
    public const int MaxBytes = 20 * 1024 * 1024, MaxRows = 200_000;
    private static readonly string[] RequiredColumns = ["id", "date", "category", "title_zh", "title_en", "description_zh", "description_en", "source", "locator", "basis"];

    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors) ReadCsv(string text)
    {
        var errors = new List<ImportError>();
        var records = CsvRecords(text.TrimStart('\uFEFF'), errors).ToList();
        if (records.Count == 0) return ([], errors.Count > 0 ? errors : [new(1, null, "", "The file is empty: a header row (id,date,category,…) comes first.")]);
        var header = records[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0) return ([], [new(records[0].Line, null, string.Join(", ", missing), "Missing column(s); the header of /api/events?format=csv names them all.")]);

        var rows = new List<ImportRow>();
        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.Count == 1 && cells[0].Length == 0) continue; // a blank line
            if (cells.Count != header.Count)
            {
                errors.Add(new(line, cells.FirstOrDefault(), "", $"{cells.Count} cells where the header has {header.Count}."));
                continue;
            }
            string? Cell(string column) => header.IndexOf(column) is var i and >= 0 ? Unescape(cells[i]) : null;
            rows.Add(new(line, new EventInput
            {
                Id = Cell("id") ?? "", Date = Cell("date") ?? "", Category = Cell("category") ?? "",
                Region = Empty(Cell("region")), Stage = Empty(Cell("stage")),
                Highlight = Cell("highlight") is { } h && Bool(h, line, errors, Cell("id")),
                TitleZh = Cell("title_zh") ?? "", TitleEn = Cell("title_en") ?? "",
                DescriptionZh = Cell("description_zh") ?? "", DescriptionEn = Cell("description_en") ?? "",
                Organizations = (Cell("organizations") ?? "").Replace(';', ' '),
                SourceId = Cell("source") ?? "", Locator = Cell("locator") ?? "", Basis = Cell("basis") ?? "",
            }));
        }
        return (rows, errors);
    }

    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors) ReadJson(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++) if (bytes[i] == '\n') lineStarts.Add(i + 1);
        int LineOf(long offset) { var i = lineStarts.BinarySearch((int)offset); return (i >= 0 ? i : ~i - 1) + 1; }

        var rows = new List<ImportRow>();
        var errors = new List<ImportError>();
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                return ([], [new(1, null, "", "Expected a JSON array of events, as /api/events gives.")]);
            // JsonDocument keeps no positions: a reader walks the same bytes for each element's line.
            var starts = ElementStarts(bytes);
            var index = 0;
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                var line = LineOf(starts[index++]);
                if (e.ValueKind != JsonValueKind.Object) { errors.Add(new(line, null, "", "Not an object.")); continue; }
                var id = Str(e, "id");
                string? Field(string name) { var v = Str(e, name); if (v is null && e.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null) errors.Add(new(line, id, name, "Expected text.")); return v; }
                var provenance = e.TryGetProperty("provenance", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                var orgs = e.TryGetProperty("organizations", out var o) && o.ValueKind == JsonValueKind.Array
                    ? o.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object ? Str(x, "id") : x.ValueKind == JsonValueKind.String ? x.GetString() : null).OfType<string>()
                    : [];
                rows.Add(new(line, new EventInput
                {
                    Id = id ?? "", Date = Field("when") ?? Field("date") ?? "", Category = Field("category") ?? "",
                    Region = Empty(Field("region")), Stage = Empty(Field("stage")),
                    Highlight = e.TryGetProperty("highlight", out var h) && h.ValueKind == JsonValueKind.True,
                    TitleZh = Field("titleZh") ?? "", TitleEn = Field("titleEn") ?? "",
                    DescriptionZh = Field("descriptionZh") ?? "", DescriptionEn = Field("descriptionEn") ?? "",
                    Organizations = string.Join(' ', orgs),
                    SourceId = (provenance.ValueKind == JsonValueKind.Object ? Str(provenance, "sourceId") : null) ?? "",
                    Locator = (provenance.ValueKind == JsonValueKind.Object ? Str(provenance, "locator") : null) ?? "",
                    Basis = (provenance.ValueKind == JsonValueKind.Object ? Str(provenance, "basis") : null) ?? "",
                }));
            }
        }
        catch (JsonException e)
        {
            return ([], [new((int)(e.LineNumber ?? 0) + 1, null, "", "Not valid JSON here: " + e.Message.Split(" Path:")[0])]);
        }
        return (rows, errors);
    }

    private static List<long> ElementStarts(byte[] bytes)
    {
        var starts = new List<long>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 16 });
        while (reader.Read())
            if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.String
                or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                starts.Add(reader.TokenStartIndex);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        return starts;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool Bool(string text, int line, List<ImportError> errors, string? id)
    {
        if (text.Trim().ToLowerInvariant() is "true" or "1" or "yes") return true;
        if (text.Trim().ToLowerInvariant() is "" or "false" or "0" or "no") return false;
        errors.Add(new(line, id, "highlight", "Use true or false."));
        return false;
    }

    /// <summary>Undoes the export's guard against spreadsheet formulas (a ' before a leading = + - @).</summary>
    private static string Unescape(string cell) => cell.Length > 1 && cell[0] == '\'' && "=+-@".Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>RFC 4180 records with the line each starts on (a quoted cell may span lines).</summary>
    private static IEnumerable<(int Line, List<string> Cells)> CsvRecords(string text, List<ImportError> errors)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else { if (c == '\n') line++; cell.Append(c); }
                }
                else if (c == '"' && cell.Length == 0) quoted = true;
                else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
                else if (c == '\r') { }
                else if (c == '\n') { line++; i++; break; }
                else cell.Append(c);
            }
            if (quoted) errors.Add(new(start, null, "", "A quoted cell is not closed."));
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
