using System.Globalization;
using System.Text;
using AigcDashboard.Core.Editing;

namespace AigcDashboard.Core.Exchange;

/// <summary>One column of a CSV export: its header and how a row gives its cell.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// RFC 4180 CSV, written and read in one place so that what the API writes reads back the same:
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

    /// <summary>The records of a CSV text with the line each starts on (a quoted cell may span
    /// lines). A problem (a quote never closed) is added to <paramref name="errors"/>, never thrown.</summary>
    public static IEnumerable<(int Line, List<string> Cells)> Records(string text, List<ImportError> errors)
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
            if (quoted) errors.Add(new(start, null, "", "A quoted cell is not closed.", Code: "csv-quote"));
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
