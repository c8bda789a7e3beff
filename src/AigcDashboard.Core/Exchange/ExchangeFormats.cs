using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Exchange;

/// <summary>The five kinds of record in the API's formats: where each field of an editor input
/// stands in the CSV (<see cref="ApiColumns"/>) and in the JSON rows (<see cref="Rows"/>).</summary>
public static class ExchangeFormats
{
    public static readonly ExchangeFormat<Organization, OrganizationInput, OrganizationRow> Organizations = new(
        "organizations", "organizations", OrganizationKind.Instance, (q, ct) => q.OrganizationsAsync(DashboardFilter.None, ct), ApiColumns.Organizations,
    [
        Text<OrganizationInput>(nameof(OrganizationInput.Id), "id", "id", (i, v) => i.Id = v ?? ""),
        Text<OrganizationInput>(nameof(OrganizationInput.NameZh), "name_zh", "nameZh", (i, v) => i.NameZh = v ?? ""),
        Text<OrganizationInput>(nameof(OrganizationInput.NameEn), "name_en", "nameEn", (i, v) => i.NameEn = v ?? ""),
        Text<OrganizationInput>(nameof(OrganizationInput.Region), "region", "region", (i, v) => i.Region = v, required: false),
        Text<OrganizationInput>(nameof(OrganizationInput.Kind), "kind", "kind", (i, v) => i.Kind = v ?? ""),
        Text<OrganizationInput>(nameof(OrganizationInput.DescriptionZh), "description_zh", "descriptionZh", (i, v) => i.DescriptionZh = v ?? ""),
        Text<OrganizationInput>(nameof(OrganizationInput.DescriptionEn), "description_en", "descriptionEn", (i, v) => i.DescriptionEn = v ?? ""),
        .. Provenance<OrganizationInput>((i, v) => i.SourceId = v, (i, v) => i.Locator = v, (i, v) => i.Basis = v),
    ]);

    public static readonly ExchangeFormat<Event, EventInput, EventRow> Events = new(
        "events", "events", EventKind.Instance, (q, ct) => q.EventsAsync(DashboardFilter.None, ct), ApiColumns.Events,
    [
        Text<EventInput>(nameof(EventInput.Id), "id", "id", (i, v) => i.Id = v ?? ""),
        Text<EventInput>(nameof(EventInput.Date), "date", "when", (i, v) => i.Date = v ?? ""),
        Text<EventInput>(nameof(EventInput.Category), "category", "category", (i, v) => i.Category = v ?? ""),
        Text<EventInput>(nameof(EventInput.Region), "region", "region", (i, v) => i.Region = v, required: false),
        Text<EventInput>(nameof(EventInput.Stage), "stage", "stage", (i, v) => i.Stage = v, required: false),
        new(nameof(EventInput.Highlight), "highlight", "highlight", CellType.Bool, (i, v) => i.Highlight = v == "true", Required: false),
        Text<EventInput>(nameof(EventInput.TitleZh), "title_zh", "titleZh", (i, v) => i.TitleZh = v ?? ""),
        Text<EventInput>(nameof(EventInput.TitleEn), "title_en", "titleEn", (i, v) => i.TitleEn = v ?? ""),
        Text<EventInput>(nameof(EventInput.DescriptionZh), "description_zh", "descriptionZh", (i, v) => i.DescriptionZh = v ?? ""),
        Text<EventInput>(nameof(EventInput.DescriptionEn), "description_en", "descriptionEn", (i, v) => i.DescriptionEn = v ?? ""),
        new(nameof(EventInput.Organizations), "organizations", "organizations", CellType.Ids, (i, v) => i.Organizations = v ?? "", Required: false),
        .. Provenance<EventInput>((i, v) => i.SourceId = v, (i, v) => i.Locator = v, (i, v) => i.Basis = v),
    ]);

    public static readonly ExchangeFormat<FundingRound, FundingRoundInput, FundingRoundRow> FundingRounds = new(
        "funding-rounds", "fundingRounds", FundingRoundKind.Instance, (q, ct) => q.FundingRoundsAsync(DashboardFilter.None, ct), ApiColumns.FundingRounds,
    [
        Text<FundingRoundInput>(nameof(FundingRoundInput.Id), "id", "id", (i, v) => i.Id = v ?? ""),
        Text<FundingRoundInput>(nameof(FundingRoundInput.Organization), "organization", "organization.id", (i, v) => i.Organization = v ?? ""),
        Text<FundingRoundInput>(nameof(FundingRoundInput.Date), "date", "when", (i, v) => i.Date = v ?? ""),
        Text<FundingRoundInput>(nameof(FundingRoundInput.Round), "round", "round", (i, v) => i.Round = v ?? ""),
        new(nameof(FundingRoundInput.Amount), "amount", "amount", CellType.Number, (i, v) => i.Amount = v, Required: false),
        Text<FundingRoundInput>(nameof(FundingRoundInput.Currency), "currency", "currency", (i, v) => i.Currency = v, required: false),
        Text<FundingRoundInput>(nameof(FundingRoundInput.Reported), "reported", "reported", (i, v) => i.Reported = v, required: false),
        new(nameof(FundingRoundInput.Valuation), "valuation", "valuation", CellType.Number, (i, v) => i.Valuation = v, Required: false),
        Text<FundingRoundInput>(nameof(FundingRoundInput.ValuationCurrency), "valuation_currency", "valuationCurrency", (i, v) => i.ValuationCurrency = v, required: false),
        Text<FundingRoundInput>(nameof(FundingRoundInput.ValuationReported), "valuation_reported", "valuationReported", (i, v) => i.ValuationReported = v, required: false),
        new(nameof(FundingRoundInput.LeadInvestors), "lead_investors", "leadInvestors", CellType.Ids, (i, v) => i.LeadInvestors = v ?? "", Required: false),
        new(nameof(FundingRoundInput.OtherInvestors), "other_investors", "otherInvestors", CellType.Ids, (i, v) => i.OtherInvestors = v ?? "", Required: false),
        Text<FundingRoundInput>(nameof(FundingRoundInput.NoteZh), "note_zh", "noteZh", (i, v) => i.NoteZh = v, required: false),
        Text<FundingRoundInput>(nameof(FundingRoundInput.NoteEn), "note_en", "noteEn", (i, v) => i.NoteEn = v, required: false),
        .. Provenance<FundingRoundInput>((i, v) => i.SourceId = v, (i, v) => i.Locator = v, (i, v) => i.Basis = v),
    ]);

    public static readonly ExchangeFormat<Metric, MetricInput, MetricRow> Metrics = new(
        "metrics", "metrics", MetricKind.Instance, (q, ct) => q.MetricsAsync(DashboardFilter.None, ct), ApiColumns.Metrics,
    [
        Text<MetricInput>(nameof(MetricInput.Id), "id", "id", (i, v) => i.Id = v ?? ""),
        Text<MetricInput>(nameof(MetricInput.Kind), "kind", "kind", (i, v) => i.Kind = v ?? ""),
        Text<MetricInput>(nameof(MetricInput.Organization), "organization", "organization.id", (i, v) => i.Organization = v, required: false),
        Text<MetricInput>(nameof(MetricInput.Region), "region", "region", (i, v) => i.Region = v, required: false),
        Text<MetricInput>(nameof(MetricInput.SubjectZh), "subject_zh", "subjectZh", (i, v) => i.SubjectZh = v ?? ""),
        Text<MetricInput>(nameof(MetricInput.SubjectEn), "subject_en", "subjectEn", (i, v) => i.SubjectEn = v ?? ""),
        new(nameof(MetricInput.Value), "value", "value", CellType.Number, (i, v) => i.Value = v ?? ""),
        new(nameof(MetricInput.ValueHigh), "value_high", "valueHigh", CellType.Number, (i, v) => i.ValueHigh = v, Required: false),
        Text<MetricInput>(nameof(MetricInput.Unit), "unit", "unit", (i, v) => i.Unit = v ?? ""),
        Text<MetricInput>(nameof(MetricInput.Currency), "currency", "currency", (i, v) => i.Currency = v, required: false),
        new(nameof(MetricInput.Approximate), "approximate", "approximate", CellType.Bool, (i, v) => i.Approximate = v == "true", Required: false),
        Text<MetricInput>(nameof(MetricInput.Date), "date", "when", (i, v) => i.Date = v, required: false),
        Text<MetricInput>(nameof(MetricInput.Reported), "reported", "reported", (i, v) => i.Reported = v, required: false),
        .. Provenance<MetricInput>((i, v) => i.SourceId = v, (i, v) => i.Locator = v, (i, v) => i.Basis = v),
    ]);

    public static readonly ExchangeFormat<Placement, PlacementInput, PlacementRow> Placements = new(
        "placements", "placements", PlacementKind.Instance, (q, ct) => q.PlacementsAsync(DashboardFilter.None, ct), ApiColumns.Placements,
    [
        Text<PlacementInput>(nameof(PlacementInput.Id), "id", "id", (i, v) => i.Id = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.Organization), "organization", "organization.id", (i, v) => i.Organization = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.ProductZh), "product_zh", "productZh", (i, v) => i.ProductZh = v, required: false),
        Text<PlacementInput>(nameof(PlacementInput.ProductEn), "product_en", "productEn", (i, v) => i.ProductEn = v, required: false),
        Text<PlacementInput>(nameof(PlacementInput.Stage), "stage", "stage", (i, v) => i.Stage = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.EnterpriseType), "enterprise_type", "enterpriseType", (i, v) => i.EnterpriseType = v ?? ""),
        new(nameof(PlacementInput.BusinessModels), "business_models", "businessModels", CellType.Ids, (i, v) => i.BusinessModels = v ?? ""),
        new(nameof(PlacementInput.Modalities), "modalities", "modalities", CellType.Ids, (i, v) => i.Modalities = v ?? "", Required: false),
        Text<PlacementInput>(nameof(PlacementInput.Audience), "audience", "audience", (i, v) => i.Audience = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.EvidenceZh), "evidence_zh", "evidenceZh", (i, v) => i.EvidenceZh = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.EvidenceEn), "evidence_en", "evidenceEn", (i, v) => i.EvidenceEn = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.RationaleZh), "rationale_zh", "rationaleZh", (i, v) => i.RationaleZh = v ?? ""),
        Text<PlacementInput>(nameof(PlacementInput.RationaleEn), "rationale_en", "rationaleEn", (i, v) => i.RationaleEn = v ?? ""),
        .. Provenance<PlacementInput>((i, v) => i.SourceId = v, (i, v) => i.Locator = v, (i, v) => i.Basis = v),
    ]);

    /// <summary>Every kind, principals first: the order of an export of everything.</summary>
    public static readonly IReadOnlyList<IExchangeFormat> All = [Organizations, Events, FundingRounds, Metrics, Placements];

    public static IExchangeFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    private static ExchangeField<T> Text<T>(string property, string column, string member, Action<T, string?> set, bool required = true) =>
        new(property, column, member, CellType.Text, set, required);

    private static IEnumerable<ExchangeField<T>> Provenance<T>(Action<T, string> source, Action<T, string> locator, Action<T, string> basis) =>
    [
        Text<T>("SourceId", "source", "provenance.sourceId", (i, v) => source(i, v ?? "")),
        Text<T>("Locator", "locator", "provenance.locator", (i, v) => locator(i, v ?? "")),
        Text<T>("Basis", "basis", "provenance.basis", (i, v) => basis(i, v ?? "")),
    ];
}
