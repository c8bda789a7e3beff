using System.Globalization;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Filtering;

/// <summary>
/// The global filters, parsed and validated once for the pages and the API alike.
/// Query parameters: region (ISO 3166-1 alpha-2, several allowed, repeated or comma-separated),
/// stage, category, from, to (YYYY, YYYY-MM or YYYY-MM-DD), q (text search), org (an
/// organization id), lang (zh | en).
/// </summary>
public sealed record DashboardFilter
{
    public static readonly DashboardFilter None = new();

    public IReadOnlyList<string> Regions { get; init; } = [];
    public string? Stage { get; init; }
    public string? Category { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Lang { get; init; }
    /// <summary>Free text the events' titles, descriptions and organization names must contain.</summary>
    public string? Search { get; init; }
    /// <summary>One organization (id): its events, rounds, figures and placements.</summary>
    public string? Organization { get; init; }

    /// <summary>How many filters narrow the view: each region, and the stage, category, date range
    /// (once, with either end or both), search and organization.</summary>
    public int InUse => Regions.Count + (Stage is null ? 0 : 1) + (Category is null ? 0 : 1)
        + (From is null && To is null ? 0 : 1) + (Search is null ? 0 : 1) + (Organization is null ? 0 : 1);

    public bool IsEmpty => InUse == 0;

    /// <summary>The filter as query-string pairs in a fixed order (for links and cache keys).</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQuery(bool includeLang = true)
    {
        foreach (var r in Regions) yield return new("region", r);
        if (Stage is not null) yield return new("stage", Stage);
        if (Category is not null) yield return new("category", Category);
        if (From is { } f) yield return new("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (To is { } t) yield return new("to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Search is not null) yield return new("q", Search);
        if (Organization is not null) yield return new("org", Organization);
        if (includeLang && Lang is not null) yield return new("lang", Lang);
    }

    public string ToQueryString(bool includeLang = true)
    {
        var parts = ToQuery(includeLang).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>One bad filter value: the parameter, what was given (shortened, see <see cref="Shorten"/>),
/// why it is refused (in English, for the API) and a code the pages translate (FilterError.{code} in
/// the resources, given the value, the parameter's label and then <paramref name="Args"/>).</summary>
public sealed record FilterError(string Parameter, string Value, string Message, string Code = FilterError.Unknown, IReadOnlyList<string>? Args = null)
{
    public string Value { get; } = Shorten(Value);

    public const string Unknown = "unknown";
    public const string BadDate = "date";
    public const string ReversedRange = "range";
    public const string Multiple = "multiple";
    public const string TooLong = "long";
    public const string ControlCharacter = "control";
    public const string PageNumber = "page";
    public const string Zoom = "zoom";
    public const string Seconds = "seconds";

    /// <summary>A refused value as an error quotes it: at most 40 characters, then "…".</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

public sealed record FilterResult(DashboardFilter Filter, IReadOnlyList<FilterError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The org= filter names an id the data set must hold: checked against the database.</summary>
public static class OrganizationFilter
{
    public static FilterError Unknown(string id) => new("org", id, $"'{id}' is not an organization of the data set.");
}

public static partial class FilterParser
{
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex OrgId();

    public static readonly IReadOnlyList<string> Languages = ["zh", "en"];
    public const int MaxSearchLength = 100;

    /// <summary>Parses the filter parameters out of a query; unknown parameter names are left to
    /// the caller (pages have their own), unknown values are errors.</summary>
    public static FilterResult Parse(Func<string, IReadOnlyList<string?>> query)
    {
        var errors = new List<FilterError>();

        var regions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in query("region"))
            foreach (var part in (raw ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var code = part.ToUpperInvariant();
                if (Filtering.Regions.IsKnown(code)) regions.Add(code);
                else errors.Add(new("region", part, $"'{FilterError.Shorten(part)}' is not an ISO 3166-1 alpha-2 country code (e.g. CN, US, GB)."));
            }

        var stage = OneOf(query, "stage", Vocabulary.Stages, errors);
        var category = OneOf(query, "category", Vocabulary.EventCategories, errors);
        var from = DateParam(query, "from", end: false, errors);
        var to = DateParam(query, "to", end: true, errors);
        if (from is { } f && to is { } t && f > t)
            errors.Add(new("to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "The end of the date range is before its start.", FilterError.ReversedRange));
        var lang = OneOf(query, "lang", Languages, errors);
        var search = Single(query, "q", errors);
        if (search is { Length: > MaxSearchLength })
        {
            errors.Add(new("q", search, $"The search text is longer than {MaxSearchLength} characters.", FilterError.TooLong));
            search = null;
        }
        else if (search is not null && search.Any(char.IsControl))
        {
            // Nothing one types; and PostgreSQL refuses U+0000 in text outright.
            errors.Add(new("q", new string(search.Select(c => char.IsControl(c) ? '\uFFFD' : c).ToArray()), "The search text contains a control character.", FilterError.ControlCharacter));
            search = null;
        }

        var org = Single(query, "org", errors);
        if (org is not null && !OrgId().IsMatch(org))
        {
            errors.Add(new("org", org, $"'{FilterError.Shorten(org)}' is not an organization id (lower-case letters, digits and dashes)."));
            org = null;
        }

        return new FilterResult(
            new DashboardFilter { Regions = regions.ToList(), Stage = stage, Category = category, From = from, To = to, Lang = lang, Search = search, Organization = org },
            errors);
    }

    private static string? Single(Func<string, IReadOnlyList<string?>> query, string name, List<FilterError> errors)
    {
        var values = query(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();
        if (values.Count > 1)
        {
            errors.Add(new(name, string.Join(",", values), $"'{name}' takes one value, {values.Count} were given.", FilterError.Multiple));
            return null;
        }
        return values.Count == 0 ? null : values[0];
    }

    private static string? OneOf(Func<string, IReadOnlyList<string?>> query, string name, IReadOnlyList<string> allowed, List<FilterError> errors)
    {
        var value = Single(query, name, errors);
        if (value is null) return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
            errors.Add(new(name, value, $"'{FilterError.Shorten(value)}' is not a known {name}; use one of: {string.Join(", ", allowed)}."));
        return match;
    }

    private static DateOnly? DateParam(Func<string, IReadOnlyList<string?>> query, string name, bool end, List<FilterError> errors)
    {
        var value = Single(query, name, errors);
        if (value is null) return null;
        if (value.Contains('Q') || !PartialDate.TryParse(value, out var d))
        {
            errors.Add(new(name, value, $"'{FilterError.Shorten(value)}' is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY).", FilterError.BadDate));
            return null;
        }
        return end ? d.End : d.Start;
    }

}
