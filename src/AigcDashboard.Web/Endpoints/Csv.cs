using System.Text;

namespace AigcDashboard.Web.Endpoints;

/// <summary>One column of a CSV export: its header and how a row gives its cell.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value);

/// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark, which is what makes Excel read Chinese text correctly.</summary>
public static class Csv
{
    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', columns.Select(c => Escape(c.Header))).Append("\r\n");
        foreach (var row in rows)
            sb.AppendJoin(',', columns.Select(c => Escape(Cell(c.Value(row))))).Append("\r\n");
        return sb.ToString();
    }

    public static IResult Result(string csv, string name) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name + ".csv");

    private static string Cell(object? v) => v switch
    {
        null => "",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        _ => v.ToString() ?? "",
    };

    private static string Escape(string s)
    {
        // A leading =, +, - or @ would make Excel evaluate the cell as a formula.
        if (s.Length > 0 && "=+-@".Contains(s[0]) && !double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
