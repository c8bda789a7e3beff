using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Components;

/// <summary>Base of every component: the UI strings and the current request's filter and language.</summary>
public abstract class DashboardComponent : ComponentBase
{
    [Inject] protected IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] protected DashboardRequest Request { get; set; } = default!;

    /// <summary>A region's name in the current language ("CN" → 中国 / China); the code when we have no name for it.</summary>
    protected string RegionName(string code) => L["Region." + code] is { ResourceNotFound: false } name ? name.Value : code;

    /// <summary>For an organization's region: an empty code means we do not know it.</summary>
    protected string RegionOrUnknown(string code) =>
        code.Length == 0 ? L["Region.Unknown"] : code == FundingAggregates.OtherRegions ? L["Region.Other"] : RegionName(code);

    /// <summary>For an event's region: none means the event is global.</summary>
    protected string RegionOrGlobal(string? code) => code is null ? L["Region.Global"] : RegionName(code);

    /// <summary>An event's title in the current language (the timeline's mark labels).</summary>
    protected string EventTitle(EventRow e) => Request.Pick(e.TitleZh, e.TitleEn);

    /// <summary>A timeline cluster's label: its count, or a highlighted member's title and how many more.</summary>
    protected string ClusterTitle(int count, EventRow? highlighted) => highlighted is null
        ? L["Timeline.ClusterCount", count]
        : L["Timeline.ClusterWith", EventTitle(highlighted), count - 1];

    /// <summary>What a timeline window shows, as a heading: "2022年第3季度", or "2016 – 2024" for the whole range.</summary>
    protected string TimelineRange(TimelineWindow window) => window.Period is { } p
        ? Formats.Date(p, Request.Lang)
        : $"{Formats.Date(new PartialDate(window.Start, DatePrecision.Year), Request.Lang)} – {Formats.Date(new PartialDate(window.End.AddDays(-1), DatePrecision.Year), Request.Lang)}";

    /// <summary>The label of a filter parameter in the current language ("from" → "起始").</summary>
    protected string ParameterLabel(string parameter) =>
        L["Filter." + char.ToUpperInvariant(parameter[0]) + parameter[1..]] is { ResourceNotFound: false } label ? label.Value : parameter;

    /// <summary>Why a filter value was refused, in the current language.</summary>
    protected string Describe(Core.Filtering.FilterError error) =>
        L["FilterError." + error.Code, [error.Value, ParameterLabel(error.Parameter), .. error.Args ?? []]];

    /// <summary>What is wrong with an edited value, in the current language.</summary>
    protected string Describe(Core.Editing.FieldError error) => Check(error.Code, error.Args, error.Message);

    /// <summary>What is wrong with a row or a file of an import, in the current language.</summary>
    protected string Describe(Core.Editing.ImportError error) => Check(error.Code, error.Args, error.Message);

    private string Check(string? code, IReadOnlyList<string>? args, string english) =>
        code is not null && L["Check." + code, [.. args ?? []]] is { ResourceNotFound: false } text ? text.Value : english;
}
