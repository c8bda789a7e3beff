using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Components.Controls;

/// <summary>The names of a matrix's terms and columns in the current language, for the stages page and slide.</summary>
public sealed class MatrixLabels(IReadOnlyList<TermRow> terms, string axis, IStringLocalizer<SharedResource> l, DashboardRequest request)
{
    public string Term(string termAxis, string id) =>
        terms.FirstOrDefault(t => t.Axis == termAxis && t.Id == id) is { } t ? request.Pick(t.NameZh, t.NameEn) : id;

    public string Column(string id) => id switch
    {
        StageMatrix.Unspecified => l["NotStated"],
        _ when axis == "region" => l["Region." + id] is { ResourceNotFound: false } r ? r.Value : id,
        _ when axis == "audience" => l["Audience." + id],
        _ => Term(axis, id),
    };
}
