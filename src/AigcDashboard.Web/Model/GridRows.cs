using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Model;

// The rows of the paged tables, in one language. A sortable column's property is named after its
// sort key in the address (Date → sort=date): the grid reports the property it sorts by, and the
// database sorts by the key.

public sealed record EventGridRow(
    string Id, PartialDate Date, string Title, string Description, string Lane, string Category, string? Region,
    IReadOnlyList<OrgRef> Organizations, Provenance Provenance, bool Highlight)
{
    public static readonly IReadOnlyList<string> SortKeys = ["date", "title", "lane", "category", "region"];

    public static EventGridRow Of(EventRow e, string lang) => new(e.Id, e.When,
        lang == Localization.English ? e.TitleEn : e.TitleZh, lang == Localization.English ? e.DescriptionEn : e.DescriptionZh,
        Lanes.Of(e), e.Category, e.Region, e.Organizations, e.Provenance, e.Highlight);
}

public sealed record MetricGridRow(
    string Id, string Subject, string Value, string? Reported, string Kind, PartialDate? Date, string? Region, Provenance Provenance)
{
    public static readonly IReadOnlyList<string> SortKeys = DashboardQueries.MetricSortKeys;

    public static MetricGridRow Of(MetricRow m, string lang) => new(m.Id, lang == Localization.English ? m.SubjectEn : m.SubjectZh,
        Formats.Figure(m.Value, m.ValueHigh, m.Unit, m.Currency, m.Approximate, lang), m.Reported, m.Kind, m.When, m.Region, m.Provenance);
}

public sealed record RoundGridRow(
    string Id, string OrganizationId, string Company, string? Note, PartialDate Date, string Round,
    string Amount, string? AmountReported, string AmountUsd, string Valuation, string? ValuationReported,
    string LeadInvestors, string Region, Provenance Provenance)
{
    public static readonly IReadOnlyList<string> SortKeys = DashboardViews.RoundSortKeys;

    public static RoundGridRow Of(RoundInUsd r, string lang)
    {
        var round = r.Round;
        string Name(OrgRef o) => lang == Localization.English ? o.NameEn : o.NameZh;
        return new(round.Id, round.Organization.Id, Name(round.Organization),
            (lang == Localization.English ? round.NoteEn : round.NoteZh) is { Length: > 0 } note ? note : null,
            round.When, round.Round,
            round.Amount is { } a && round.Currency is { } c ? $"{a:N0} {c}" : UiText.Get(lang, "NotDisclosed"), round.Reported,
            FundingCharts.UsdOrDash(r.Amount, lang), FundingCharts.UsdOrDash(r.Valuation, lang), round.ValuationReported,
            round.LeadInvestors.Count == 0 ? "—" : string.Join(lang == Localization.English ? ", " : "、", round.LeadInvestors.Select(Name)),
            FundingCharts.RegionName(round.Organization.Region ?? "", lang), round.Provenance);
    }
}
