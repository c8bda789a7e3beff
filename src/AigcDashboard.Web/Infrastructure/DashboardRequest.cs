using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Queries;
using Microsoft.AspNetCore.Localization;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// The current request's filter, parsed once per request by <see cref="FilterParser"/> (the same
/// parser the API uses), and the helpers components need to build links that keep it.
/// </summary>
public sealed class DashboardRequest
{
    public DashboardRequest(IHttpContextAccessor accessor)
        : this(accessor.HttpContext?.Request.Query.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string?>)kv.Value.ToArray())
               ?? new Dictionary<string, IReadOnlyList<string?>>(),
            Localization.Of(accessor.HttpContext?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture),
            Themes.Parse(accessor.HttpContext?.Request.Cookies[Themes.CookieName]),
            accessor.HttpContext is { } http ? http.Request.Path + http.Request.QueryString : "/")
    {
    }

    /// <summary>For tests and components rendered outside a request.</summary>
    public DashboardRequest(IReadOnlyDictionary<string, IReadOnlyList<string?>> query, string lang, string? theme = null, string url = "/")
    {
        Query = query;
        Lang = lang;
        Theme = theme;
        Url = url;
        var result = FilterParser.Parse(name => query.TryGetValue(name, out var v) ? v : []);
        Filter = result.Filter;
        errors = result.Errors.ToList();
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Query { get; }
    public DashboardFilter Filter { get; }
    public IReadOnlyList<FilterError> Errors => errors;
    public bool IsValid => errors.Count == 0;

    private readonly List<FilterError> errors;

    /// <summary>The single value of a page's own parameter, or null.</summary>
    public string? Value(string name) =>
        Query.TryGetValue(name, out var v) ? v.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()).LastOrDefault() : null;

    /// <summary>The organization the org= filter names, once resolved.</summary>
    public OrgRef? Organization { get; private set; }

    /// <summary>Checks that the org= filter names an organization of the data set (a 400 if not).</summary>
    public async Task ResolveOrganizationAsync(DashboardQueries queries)
    {
        if (Filter.Organization is not { } id || Organization is not null) return;
        Organization = await queries.OrganizationAsync(id);
        if (Organization is null) Reject(OrganizationFilter.Unknown(id));
    }

    /// <summary>Adds what a page found wrong in its own parameters; the page then answers 400 like any bad filter.</summary>
    public void Reject(FilterError error) => errors.Add(error);

    /// <summary>The request's language, "zh" or "en", as the localization middleware chose it.</summary>
    public string Lang { get; }

    /// <summary>The chosen theme ("light" or "dark"), or null to follow the system.</summary>
    public string? Theme { get; }

    /// <summary>This page's path and query, for links that come back here (theme switch, copy link).</summary>
    public string Url { get; }
    public bool IsZh => Lang == Localization.Chinese;

    /// <summary>Picks the text for the current language.</summary>
    public string Pick(string zh, string en) => IsZh ? zh : en;

    public FilterError? ErrorFor(string parameter) => Errors.FirstOrDefault(e => e.Parameter == parameter);

    /// <summary>A link to <paramref name="path"/> carrying the current (valid) filter.</summary>
    public string Link(string path, DashboardFilter? filter = null) => Link(path, filter ?? Filter, []);

    /// <summary>A link to <paramref name="path"/> with the current filter and a page's own parameters (null ones left out).</summary>
    public string Link(string path, params (string Name, string? Value)[] extra) => Link(path, Filter, extra);

    /// <summary>A link to <paramref name="path"/> with a filter and a page's own parameters (null ones left out).</summary>
    public string Link(string path, DashboardFilter filter, params (string Name, string? Value)[] extra)
    {
        var pairs = filter.ToQuery().Select(p => (p.Key, (string?)p.Value)).Concat(extra.Select(e => (e.Name, e.Value)))
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Escape(p.Item2!)}").ToList();
        return pairs.Count == 0 ? path : path + "?" + string.Join('&', pairs);
    }

    // Commas may stand in a query unescaped; lists (slides=a,b) stay readable in shared links.
    private static string Escape(string value) => Uri.EscapeDataString(value).Replace("%2C", ",");

    /// <summary>The same filter in the other language.</summary>
    public string LanguageLink(string path, string lang) => path + (Filter with { Lang = lang }).ToQueryString();
}
