using AigcDashboard.Core.Filtering;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// The current request's filter, parsed once per request by <see cref="FilterParser"/> (the same
/// parser the API uses), and the helpers components need to build links that keep it.
/// </summary>
public sealed class DashboardRequest
{
    public DashboardRequest(IHttpContextAccessor accessor)
        : this(accessor.HttpContext?.Request.Query.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string?>)kv.Value.ToArray())
               ?? new Dictionary<string, IReadOnlyList<string?>>())
    {
    }

    /// <summary>For tests and components rendered outside a request.</summary>
    public DashboardRequest(IReadOnlyDictionary<string, IReadOnlyList<string?>> query)
    {
        Query = query;
        var result = FilterParser.Parse(name => query.TryGetValue(name, out var v) ? v : []);
        Filter = result.Filter;
        Errors = result.Errors;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Query { get; }
    public DashboardFilter Filter { get; }
    public IReadOnlyList<FilterError> Errors { get; }
    public bool IsValid => Errors.Count == 0;

    public string Lang => Localization.Current;
    public bool IsZh => Lang == Localization.Chinese;

    /// <summary>Picks the text for the current language.</summary>
    public string Pick(string zh, string en) => IsZh ? zh : en;

    public FilterError? ErrorFor(string parameter) => Errors.FirstOrDefault(e => e.Parameter == parameter);

    /// <summary>A link to <paramref name="path"/> carrying the current (valid) filter.</summary>
    public string Link(string path, DashboardFilter? filter = null) => path + (filter ?? Filter).ToQueryString();

    /// <summary>The same filter in the other language.</summary>
    public string LanguageLink(string path, string lang) => path + (Filter with { Lang = lang }).ToQueryString();
}
