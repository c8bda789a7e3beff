using AigcDashboard.Core.Filtering;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components;

/// <summary>
/// Base of the pages rendered without a circuit (sign-in and the editor, which post forms and need
/// the request itself): their address is read from the request they answer.
/// </summary>
public abstract class StaticComponent : DashboardComponent
{
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    private StaticRequest? request;

    protected StaticRequest Request => request ??= new StaticRequest(HttpContext);
}

/// <summary>A static page's query: the filter as <see cref="FilterParser"/> reads it, and its own values.</summary>
public sealed class StaticRequest
{
    private readonly IQueryCollection query;

    public StaticRequest(HttpContext? context)
    {
        query = context?.Request.Query ?? QueryCollection.Empty;
        Address = new ViewAddress(context?.Request.Path.Value ?? "/", name => query[name].ToArray());
    }

    public ViewAddress Address { get; }
    public DashboardFilter Filter => Address.Filter;
    public IReadOnlyList<FilterError> Errors => Address.Errors;
    public bool IsValid => Address.IsValid;

    /// <summary>The single value of a page's own parameter, or null.</summary>
    public string? Value(string name) =>
        query[name].Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()).LastOrDefault();

    public string Link(string path, params (string Name, string? Value)[] own) => Address.Link(path, own);
}
