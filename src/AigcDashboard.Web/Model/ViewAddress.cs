using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Web.Model;

/// <summary>
/// What a page's address says: its path, the global filter as <see cref="FilterParser"/> (the
/// one the API uses too) read it, the page's own parameters, and what was wrong with any of them.
/// The address is the view: every control builds the next address from this one and navigates
/// to it, so Back, Forward, a pasted link and a reconnect all come back to the same view.
/// </summary>
public sealed class ViewAddress
{
    private readonly List<FilterError> errors;

    /// <param name="path">The page's path ("/timeline").</param>
    /// <param name="query">The address's query values by name (as [SupplyParameterFromQuery] gave them).</param>
    /// <param name="kept">The page's own parameters a change of filter keeps (the timeline's zoom, say), as they stand.</param>
    public ViewAddress(string path, Func<string, IReadOnlyList<string?>> query, IReadOnlyList<(string Name, string? Value)>? kept = null)
    {
        Path = path;
        var parsed = FilterParser.Parse(query);
        Filter = parsed.Filter;
        errors = parsed.Errors.ToList();
        Kept = kept ?? [];
    }

    private ViewAddress(string path, DashboardFilter filter, List<FilterError> errors, IReadOnlyList<(string, string?)> kept)
    {
        Path = path;
        Filter = filter;
        this.errors = errors;
        Kept = kept;
    }

    public static ViewAddress Of(string path, DashboardFilter filter) => new(path, filter, [], []);

    public string Path { get; }
    public DashboardFilter Filter { get; }
    public IReadOnlyList<(string Name, string? Value)> Kept { get; }
    public IReadOnlyList<FilterError> Errors => errors;
    public bool IsValid => errors.Count == 0;

    /// <summary>The organization the org= filter names, once the page has looked it up.</summary>
    public OrgRef? Organization { get; private set; }

    public FilterError? ErrorFor(string parameter) => errors.FirstOrDefault(e => e.Parameter == parameter);

    /// <summary>Adds what a page found wrong in its own parameters; the page then shows the reasons instead of data.</summary>
    public void Reject(FilterError error) => errors.Add(error);

    /// <summary>Records what org= names; an id of no organization is refused.</summary>
    public void Resolve(OrgRef? organization)
    {
        Organization = organization;
        if (organization is null && Filter.Organization is { } id) Reject(OrganizationFilter.Unknown(id));
    }

    /// <summary>This page with another filter, keeping the page's own parameters that survive a filter change.</summary>
    public string WithFilter(DashboardFilter filter) => Links.To(Path, filter, [.. Kept]);

    /// <summary>This page with its filter reset (the language kept).</summary>
    public string Reset => Links.To(Path, DashboardFilter.None with { Lang = Filter.Lang });

    /// <summary>Another path (or this one) with this filter and the given parameters of its own.</summary>
    public string Link(string path, params (string Name, string? Value)[] own) => Links.To(path, Filter, own);
}

/// <summary>Builds the addresses of views: a path, a filter and a page's own parameters.</summary>
public static class Links
{
    /// <summary><paramref name="path"/> with the filter's parameters in a fixed order, then the
    /// page's own (null ones left out).</summary>
    public static string To(string path, DashboardFilter filter, params (string Name, string? Value)[] own)
    {
        var pairs = filter.ToQuery().Select(p => (p.Key, (string?)p.Value)).Concat(own.Select(e => (e.Name, e.Value)))
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Escape(p.Item2!)}").ToList();
        return pairs.Count == 0 ? path : path + "?" + string.Join('&', pairs);
    }

    // Commas may stand in a query unescaped; lists (slides=a,b) stay readable in shared links.
    private static string Escape(string value) => Uri.EscapeDataString(value).Replace("%2C", ",");

    /// <summary>The path of an address relative to the base ("/timeline" for ".../timeline?at=2022").</summary>
    public static string PathOf(string relative) => "/" + relative.Split('?', '#')[0].TrimStart('/');
}
