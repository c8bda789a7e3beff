using System.Globalization;
using System.Text;
using AigcDashboard.Core.Editing;
using CsvHelper;

namespace AigcDashboard.Core.Exchange;

/// <summary>One column of a CSV export: its header and how a row gives its cell.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// RFC 4180 CSV, written here and read by CsvHelper with the same rules, so that what the API writes reads back the same:
/// lists are joined with "; ", and a cell a spreadsheet would run as a formula gets a leading '
/// that reading takes off again.
/// </summary>
public static class CsvText
{
    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', columns.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in rows)
            sb.AppendJoin(',', columns.Select(c => Quote(Guard(Cell(c.Value(row)))))).Append("\r\n");
        return sb.ToString();
    }

    private static string Cell(object? v) => v switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        _ => v.ToString() ?? "",
    };

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>A leading =, + , - or @ would make a spreadsheet evaluate the cell (numbers aside), so
    /// such a cell is written with a ' before it; so is one that would look guarded already, which
    /// is what lets <see cref="Unguard"/> undo exactly what was added.</summary>
    public static string Guard(string s) => NeedsGuard(s) ? "'" + s : s;

    public static string Unguard(string cell) => cell.Length > 1 && cell[0] == '\'' && NeedsGuard(cell[1..]) ? cell[1..] : cell;

    private static bool NeedsGuard(string s) =>
        s.Length > 0 && (("=+-@".Contains(s[0]) && !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            || (s[0] == '\'' && NeedsGuard(s[1..])));

    /// <summary>RFC 4180 and nothing else: commas only (no guessing the separator, no Excel
    /// <c>sep=</c> line), values as written (no trimming), and quoting that breaks the rules is
    /// an error with its line, never read as something else (CsvHelper would read <c>"ab"c</c>
    /// as <c>abc</c> if left to recover).</summary>
    private static readonly CsvReaderOptions Strict = CsvReaderOptions.Default with
    {
        Separator = ',',
        Mode = CsvMode.Rfc4180,
        HasHeader = false,
        DetectSeparatorHint = false,
        TrimWhitespace = false,
        SkipEmptyLines = true,
        AllowLineBreaksInQuotes = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Skip,
        TrackLineNumbers = true,
    };

    /// <summary>The records of a CSV text with the line each starts on (a quoted cell may span
    /// lines), read by CsvHelper. Each record whose quoting is broken is added to
    /// <paramref name="errors"/> with its line and left out; nothing is thrown.</summary>
    public static IReadOnlyList<(int Line, List<string> Cells)> Records(string text, List<ImportError> errors)
    {
        var records = new List<(int, List<string>)>();
        var options = Strict with { OnMalformedRecord = bad => errors.Add(Malformed(bad)) };
        using var csv = CsvReader.FromText(text, options);
        while (csv.Read())
        {
            var cells = new List<string>(csv.FieldCount);
            for (var i = 0; i < csv.FieldCount; i++) cells.Add(csv.GetString(i));
            records.Add(((int)csv.LineNumber, cells));
        }
        return records;
    }

    private static ImportError Malformed(CsvMalformedRecord bad) => bad.Reason switch
    {
        CsvMalformedReason.UnterminatedQuote => new((int)bad.LineNumber, null, "", "A quoted cell is not closed.", Code: "csv-quote"),
        CsvMalformedReason.TextAfterClosingQuote => new((int)bad.LineNumber, null, "", "Text follows a cell's closing quote: quote the whole cell, and double each quote inside it.", Code: "csv-after-quote"),
        _ => new((int)bad.LineNumber, null, "", "A quote inside a cell that does not start with one: quote the whole cell, and double each quote inside it.", Code: "csv-stray-quote"),
    };
}
