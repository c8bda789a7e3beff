using System.Globalization;
using System.Text.RegularExpressions;

namespace AigcDashboard.Core.Model;

public enum DatePrecision { Day = 0, Month = 1, Quarter = 2, Year = 3 }

/// <summary>
/// A date known only to some precision: "2022-11-30", "2022-11", "2022-Q4" or "2022".
/// A month-only date stays a month; <see cref="Start"/> is only used for ordering and ranges.
/// </summary>
public readonly partial record struct PartialDate(DateOnly Start, DatePrecision Precision)
{
    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:(?<q>Q[1-4])|(?<m>\d{2})(?:-(?<d>\d{2}))?))?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (text is null) return false;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2999) return false;
        if (m.Groups["q"].Success)
        {
            var q = m.Groups["q"].Value[1] - '0';
            value = new PartialDate(new DateOnly(year, (q - 1) * 3 + 1, 1), DatePrecision.Quarter);
            return true;
        }
        if (!m.Groups["m"].Success)
        {
            value = new PartialDate(new DateOnly(year, 1, 1), DatePrecision.Year);
            return true;
        }
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        if (!m.Groups["d"].Success)
        {
            value = new PartialDate(new DateOnly(year, month, 1), DatePrecision.Month);
            return true;
        }
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new PartialDate(new DateOnly(year, month, day), DatePrecision.Day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD.");

    /// <summary>The last day the date can stand for (the end of its month, quarter or year).</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    public static string PrecisionName(DatePrecision p) => p switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        _ => "year",
    };

    public static bool TryParsePrecision(string? name, out DatePrecision p)
    {
        switch (name)
        {
            case "day": p = DatePrecision.Day; return true;
            case "month": p = DatePrecision.Month; return true;
            case "quarter": p = DatePrecision.Quarter; return true;
            case "year": p = DatePrecision.Year; return true;
            default: p = default; return false;
        }
    }

    /// <summary>ISO-like text at the date's own precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}",
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };
}
