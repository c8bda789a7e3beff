using System.Text;
using System.Text.Json;
using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Exchange;

public enum CellType { Text, Number, Bool, Ids }

/// <summary>One field of a kind's exchange format: the input property it fills, its CSV column, its
/// member in the API's JSON (a dotted path: "provenance.sourceId"; "organization.id" also takes a
/// bare id), what it holds, and whether a CSV must have the column.</summary>
public sealed record ExchangeField<TInput>(string Property, string Column, string Member, CellType Type, Action<TInput, string?> Set, bool Required = true);

/// <summary>What reading a file gives: the records it holds (null when it could not be read) and
/// every problem found reading it.</summary>
public sealed record ImportRead(IImportPart? Part, IReadOnlyList<ImportError> Errors);

/// <summary>One kind of record in the data API's own formats, both ways: export (the API's rows,
/// unfiltered and unpaged, as JSON or CSV) and import (reading those back into editor inputs).</summary>
public interface IExchangeFormat
{
    /// <summary>The kind's name in addresses and file names ("funding-rounds").</summary>
    string Name { get; }
    /// <summary>The kind's member in an export of everything ("fundingRounds").</summary>
    string Member { get; }
    /// <summary>The kind's name in the editor and the audit log ("funding-round").</summary>
    string Kind { get; }
    Task<object> RowsAsync(DashboardQueries queries, CancellationToken ct);
    Task<string> CsvAsync(DashboardQueries queries, CancellationToken ct);
    /// <summary>Reads the CSV of <c>/api/export/{Name}?format=csv</c> (columns in any order; the
    /// ones the API adds for readers, such as names, are ignored).</summary>
    ImportRead ReadCsv(string text);
    /// <summary>Reads the JSON array of <c>/api/export/{Name}</c>.</summary>
    ImportRead ReadJson(string text);
    internal IImportPart ReadArray(JsonElement array, IReadOnlyList<int> lines, string? part, List<ImportError> errors);
}

public sealed class ExchangeFormat<TEntity, TInput, TRow>(
    string name, string member, RecordKind<TEntity, TInput> kind,
    Func<DashboardQueries, CancellationToken, Task<IReadOnlyList<TRow>>> load,
    IReadOnlyList<CsvColumn<TRow>> columns, IReadOnlyList<ExchangeField<TInput>> fields) : IExchangeFormat
    where TEntity : class, IVersioned where TInput : class, IRecordInput, new()
{
    private readonly Dictionary<string, ExchangeField<TInput>> byProperty = fields.ToDictionary(f => f.Property);

    public string Name => name;
    public string Member => member;
    public string Kind => kind.Name;

    public async Task<object> RowsAsync(DashboardQueries queries, CancellationToken ct) => await load(queries, ct);

    public async Task<string> CsvAsync(DashboardQueries queries, CancellationToken ct) => CsvText.Write(await load(queries, ct), columns);

    public ImportRead ReadCsv(string text)
    {
        var errors = new List<ImportError>();
        var records = CsvText.Records(text.TrimStart('\uFEFF'), errors);
        if (records.Count == 0)
            return new(null, errors.Count > 0 ? errors : [new(1, null, "", $"The file is empty: a header row ({Example()},…) comes first.", Code: "csv-empty", Args: [Example()])]);
        var (headerLine, headerCells) = records[0];
        var header = headerCells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = fields.Where(f => f.Required && !header.Contains(f.Column)).Select(f => f.Column).ToList();
        if (missing.Count > 0)
            return new(null, [new(headerLine, null, string.Join(", ", missing), $"Missing column(s); the header of /api/export/{name}?format=csv names them all.", Code: "csv-missing", Args: [name])]);
        if (header.GroupBy(h => h).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1) is { } twice)
            return new(null, [new(headerLine, null, twice.Key, "This column appears twice in the header.", Code: "csv-twice")]);

        // Each field's cell index, found once: an optional column left out is -1 (the input keeps its default).
        var at = fields.Select(f => header.IndexOf(f.Column)).ToList();
        var idAt = header.IndexOf(byProperty["Id"].Column);
        var rows = new List<(int, TInput)>();
        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.Count == 1 && cells[0].Length == 0) continue; // a blank line
            if (cells.Count != header.Count)
            {
                errors.Add(new(line, cells.FirstOrDefault(), "", $"{cells.Count} cells where the header has {header.Count}.", Code: "csv-cells", Args: [Count(cells.Count), Count(header.Count)]));
                continue;
            }
            var input = new TInput();
            var id = CsvText.Unguard(cells[idAt]);
            for (var k = 0; k < fields.Count; k++)
            {
                if (at[k] < 0) continue;
                var f = fields[k];
                var cell = CsvText.Unguard(cells[at[k]]);
                f.Set(input, f.Type switch
                {
                    CellType.Bool => Bool(cell) ?? Problem(line, id, f.Column),
                    CellType.Ids => string.Join(' ', cell.Split([';', ',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)),
                    _ => cell,
                });
            }
            rows.Add((line, input));
        }
        return new(errors.Count > 0 ? null : new ImportPart<TEntity, TInput>(kind, rows, p => byProperty.TryGetValue(p, out var f) ? f.Column : p), errors);

        string? Problem(int line, string id, string column)
        {
            errors.Add(new(line, id, column, "Use true or false.", Code: "csv-bool"));
            return null;
        }
    }

    public ImportRead ReadJson(string text)
    {
        var errors = new List<ImportError>();
        if (JsonLines.Parse(text, errors) is not { } parsed) return new(null, errors);
        var (doc, lines) = parsed;
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                return new(null, [doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("format", out _)
                    ? new(1, null, "", "This is an export of everything: import it as such.", Code: "json-everything")
                    : new(1, null, "", $"Expected a JSON array of {name}, as /api/export/{name} gives.", Code: "json-array", Args: [name])]);
            var part = ((IExchangeFormat)this).ReadArray(doc.RootElement, lines[""], null, errors);
            return new(errors.Count > 0 ? null : part, errors);
        }
    }

    IImportPart IExchangeFormat.ReadArray(JsonElement array, IReadOnlyList<int> lines, string? part, List<ImportError> errors)
    {
        var rows = new List<(int, TInput)>();
        var index = 0;
        foreach (var e in array.EnumerateArray())
        {
            var line = lines[index++];
            if (e.ValueKind != JsonValueKind.Object) { errors.Add(new(line, null, "", "Not an object.", part, "json-object")); continue; }
            var input = new TInput();
            var id = Find(e, "id") is { ValueKind: JsonValueKind.String } i ? i.GetString() : null;
            foreach (var f in fields)
            {
                var v = Find(e, f.Member);
                var kind = v?.ValueKind ?? JsonValueKind.Null;
                f.Set(input, (f.Type, kind) switch
                {
                    (_, JsonValueKind.Null) => f.Type == CellType.Bool ? "false" : null,
                    (CellType.Text or CellType.Number, JsonValueKind.String) => v!.Value.GetString(),
                    (CellType.Number, JsonValueKind.Number) => v!.Value.GetRawText(),
                    (CellType.Bool, JsonValueKind.True or JsonValueKind.False) => kind == JsonValueKind.True ? "true" : "false",
                    (CellType.Ids, JsonValueKind.Array) => Ids(v!.Value) ?? Problem(f.Member, "Expected a list of ids (texts, or objects with an id).", "json-ids"),
                    (CellType.Text, _) => Problem(f.Member, "Expected text.", "json-text"),
                    (CellType.Number, _) => Problem(f.Member, "Expected a number.", "json-number"),
                    (CellType.Bool, _) => Problem(f.Member, "Expected true or false.", "json-bool"),
                    _ => Problem(f.Member, "Expected a list of ids (texts, or objects with an id).", "json-ids"),
                });
            }
            rows.Add((line, input));

            string? Problem(string field, string message, string code)
            {
                errors.Add(new(line, id, field, message, part, code));
                return null;
            }
        }
        return new ImportPart<TEntity, TInput>(kind, rows, p => byProperty.TryGetValue(p, out var f) ? f.Member : p, part);
    }

    /// <summary>The element at a dotted path, or null when it is not there.</summary>
    private static JsonElement? Find(JsonElement e, string path)
    {
        foreach (var step in path.Split('.'))
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(step, out var next)) e = next;
            else if (e.ValueKind == JsonValueKind.String && step == "id") { } // a bare id where the API writes { id, names… }
            else return null;
        }
        return e;
    }

    private static string? Ids(JsonElement array)
    {
        var ids = new List<string>();
        foreach (var x in array.EnumerateArray())
        {
            if (Find(x, "id") is { ValueKind: JsonValueKind.String } id) ids.Add(id.GetString()!);
            else return null;
        }
        return string.Join(' ', ids);
    }

    private string Example() => string.Join(",", fields.Take(3).Select(f => f.Column));

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Bool(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => "true",
        "" or "false" or "0" or "no" => "false",
        _ => null,
    };
}

/// <summary>Parses JSON and finds the line each element of its arrays starts on, which
/// <see cref="JsonDocument"/> does not keep: for a root array under "", for the arrays that are
/// members of a root object under the member's name.</summary>
internal static class JsonLines
{
    public const int MaxDepth = 16;

    public static (JsonDocument Doc, Dictionary<string, List<int>> Lines)? Parse(string text, List<ImportError> errors)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        try
        {
            var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return (doc, ElementLines(bytes));
        }
        catch (JsonException e)
        {
            var why = e.Message.Split(" Path:")[0];
            errors.Add(new((int)(e.LineNumber ?? 0) + 1, null, "", "Not valid JSON here: " + why, Code: "json-invalid", Args: [why]));
            return null;
        }
    }

    private static Dictionary<string, List<int>> ElementLines(byte[] bytes)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++) if (bytes[i] == '\n') lineStarts.Add(i + 1);
        int LineOf(long offset) { var i = lineStarts.BinarySearch((int)offset); return (i >= 0 ? i : ~i - 1) + 1; }

        var lines = new Dictionary<string, List<int>>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        var rootIsArray = false;
        var member = "";
        while (reader.Read())
        {
            if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartArray) rootIsArray = true;
            else if (!rootIsArray && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName) member = reader.GetString()!;
            else if (reader.CurrentDepth == (rootIsArray ? 1 : 2) && reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndArray or JsonTokenType.EndObject))
            {
                var key = rootIsArray ? "" : member;
                if (!lines.TryGetValue(key, out var list)) lines[key] = list = [];
                list.Add(LineOf(reader.TokenStartIndex));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        }
        lines.TryAdd("", []);
        return lines;
    }
}
