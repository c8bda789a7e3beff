using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Queries;

// Read models: what the pages and the API show. Both languages travel together; the view picks one.

public sealed record Provenance(string SourceId, string Locator, string Basis);

public sealed record OrgRef(string Id, string NameZh, string NameEn, string? Region);

public sealed record EventRow(
    string Id, PartialDate When, string Category, string? Region, string? Stage, bool Highlight,
    string TitleZh, string TitleEn, string DescriptionZh, string DescriptionEn,
    IReadOnlyList<OrgRef> Organizations, Provenance Provenance);

/// <summary>An event with what relates to it: its organizations' funding rounds and reported figures.</summary>
public sealed record EventDetail(EventRow Event, IReadOnlyList<FundingRoundRow> Rounds, IReadOnlyList<MetricRow> Metrics);

public sealed record FundingRoundRow(
    string Id, OrgRef Organization, PartialDate When, string Round,
    long? Amount, string? Currency, string? Reported,
    long? Valuation, string? ValuationCurrency, string? ValuationReported,
    IReadOnlyList<OrgRef> LeadInvestors, IReadOnlyList<OrgRef> OtherInvestors,
    string? NoteZh, string? NoteEn, Provenance Provenance);

public sealed record OrganizationRow(
    string Id, string NameZh, string NameEn, string? Region, string Kind,
    string DescriptionZh, string DescriptionEn, Provenance Provenance);

public sealed record MetricRow(
    string Id, string Kind, OrgRef? Organization, string? Region, string SubjectZh, string SubjectEn,
    double Value, double? ValueHigh, string Unit, string? Currency, bool Approximate,
    PartialDate? When, string? Reported, Provenance Provenance);

public sealed record PlacementRow(
    string Id, OrgRef Organization, string? ProductZh, string? ProductEn, string Stage, string EnterpriseType,
    IReadOnlyList<string> BusinessModels, IReadOnlyList<string> Modalities, string Audience,
    string EvidenceZh, string EvidenceEn, string RationaleZh, string RationaleEn, Provenance Provenance);

public sealed record TermRow(string Axis, string Id, int Order, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, string? SourceId, string? Locator);

public sealed record SourceRow(
    string Id, string File, string TitleZh, string TitleEn, string PublisherZh, string PublisherEn, string? Authors,
    string Published, string Script, string SummaryZh, string SummaryEn,
    int Events, int Organizations, int FundingRounds, int Metrics, int Placements)
{
    public int Total => Events + Organizations + FundingRounds + Metrics + Placements;
}

/// <summary>A sum of reported amounts in one currency (amounts are never added across currencies).</summary>
public sealed record MoneyTotal(string Currency, long Amount, int Rounds);

public sealed record Count(string Key, int Value);

public sealed record OverviewFigures(
    int Events, int Organizations, int FundingRounds, int Metrics, int Placements, int Sources,
    int ChineseApprovals, PartialDate? FirstEvent, PartialDate? LastEvent,
    IReadOnlyList<MoneyTotal> FundingByCurrency, FundingRoundRow? LargestRound,
    IReadOnlyList<Count> EventsByYear, IReadOnlyList<Count> EventsByRegion, IReadOnlyList<Count> EventsByCategory,
    IReadOnlyList<EventRow> LatestEvents, IReadOnlyList<MetricRow> Headlines);
