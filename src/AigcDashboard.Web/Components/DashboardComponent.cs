using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Components;

/// <summary>Base of every component: the UI strings and the reader's language.</summary>
public abstract class DashboardComponent : ComponentBase
{
    [Inject] protected IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] protected UiContext Ui { get; set; } = default!;

    protected string Lang => Ui.Lang;

    /// <summary>Picks the text for the reader's language.</summary>
    protected string Pick(string zh, string en) => Ui.Pick(zh, en);

    protected string OrgName(OrgRef o) => Ui.Pick(o.NameZh, o.NameEn);

    protected string Date(PartialDate d) => Formats.Date(d, Ui.Lang);

    /// <summary>A region's name in the current language ("CN" → 中国 / China); the code when we have no name for it.</summary>
    protected string RegionName(string code) => UiText.Region(Ui.Lang, code);

    /// <summary>For an organization's region: an empty code means we do not know it.</summary>
    protected string RegionOrUnknown(string code) =>
        code.Length == 0 ? L["Region.Unknown"] : code == FundingAggregates.OtherRegions ? L["Region.Other"] : RegionName(code);

    /// <summary>For an event's region: none means the event is global.</summary>
    protected string RegionOrGlobal(string? code) => code is null ? L["Region.Global"] : RegionName(code);

    /// <summary>What a timeline window shows, as a heading: "2022年第3季度", or "2016年 – 2024年" for the whole range.</summary>
    protected string TimelineRange(Core.Timeline.TimelineWindow window) => window.Period is { } p
        ? Date(p)
        : $"{Date(new PartialDate(window.Start, DatePrecision.Year))} – {Date(new PartialDate(window.End.AddDays(-1), DatePrecision.Year))}";

    /// <summary>The label of a filter parameter in the current language ("from" → "起始").</summary>
    protected string ParameterLabel(string parameter) =>
        L["Filter." + char.ToUpperInvariant(parameter[0]) + parameter[1..]] is { ResourceNotFound: false } label ? label.Value : parameter;

    /// <summary>Why a value in the address was refused, in the current language.</summary>
    protected string Describe(Core.Filtering.FilterError error) =>
        L["FilterError." + error.Code, [error.Value, ParameterLabel(error.Parameter), .. error.Args ?? []]];

    /// <summary>What is wrong with an edited value, in the current language.</summary>
    protected string Describe(Core.Editing.FieldError error) => Check(error.Code, error.Args, error.Message);

    /// <summary>What is wrong with a row or a file of an import, in the current language.</summary>
    protected string Describe(Core.Editing.ImportError error) => Check(error.Code, error.Args, error.Message);

    private string Check(string? code, IReadOnlyList<string>? args, string english) =>
        code is not null && L["Check." + code, [.. args ?? []]] is { ResourceNotFound: false } text ? text.Value : english;
}
