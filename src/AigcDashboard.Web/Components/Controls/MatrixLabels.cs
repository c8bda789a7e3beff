using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Components.Controls;

/// <summary>The names of a matrix's terms and columns in the reader's language, for the stages page, its dialog and its slide.</summary>
public sealed class MatrixLabels(IReadOnlyList<TermRow> terms, string axis, IStringLocalizer<SharedResource> l, UiContext ui)
{
    public string Term(string termAxis, string id) =>
        terms.FirstOrDefault(t => t.Axis == termAxis && t.Id == id) is { } t ? ui.Pick(t.NameZh, t.NameEn) : id;

    public string Stage(string id) => Term("stage", id);

    public string Column(string id) => id switch
    {
        StageMatrix.Unspecified => l["NotStated"],
        _ when axis == "region" => UiText.Region(ui.Lang, id),
        _ when axis == "audience" => l["Audience." + id],
        _ => Term(axis, id),
    };
}
