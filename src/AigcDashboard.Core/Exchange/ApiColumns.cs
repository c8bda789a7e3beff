using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Exchange;

/// <summary>The CSV columns of the five kinds of record, as the data API and the exports write them
/// (and <see cref="ExchangeFormats"/> reads them back). Lists are ids; names ride along for readers.</summary>
public static class ApiColumns
{
    public static readonly IReadOnlyList<CsvColumn<EventRow>> Events =
    [
        new("id", r => r.Id), new("date", r => r.When.ToString()), new("precision", r => PartialDate.PrecisionName(r.When.Precision)),
        new("category", r => r.Category), new("region", r => r.Region), new("stage", r => r.Stage), new("highlight", r => r.Highlight),
        new("title_zh", r => r.TitleZh), new("title_en", r => r.TitleEn),
        new("description_zh", r => r.DescriptionZh), new("description_en", r => r.DescriptionEn),
        new("organizations", r => r.Organizations.Select(o => o.Id)),
        .. ProvenanceColumns<EventRow>(r => r.Provenance),
    ];

    public static readonly IReadOnlyList<CsvColumn<OrganizationRow>> Organizations =
    [
        new("id", r => r.Id), new("name_zh", r => r.NameZh), new("name_en", r => r.NameEn), new("region", r => r.Region),
        new("kind", r => r.Kind), new("description_zh", r => r.DescriptionZh), new("description_en", r => r.DescriptionEn),
        .. ProvenanceColumns<OrganizationRow>(r => r.Provenance),
    ];

    public static readonly IReadOnlyList<CsvColumn<FundingRoundRow>> FundingRounds =
    [
        new("id", r => r.Id), new("organization", r => r.Organization.Id), new("organization_en", r => r.Organization.NameEn),
        new("organization_zh", r => r.Organization.NameZh), new("region", r => r.Organization.Region),
        new("date", r => r.When.ToString()), new("precision", r => PartialDate.PrecisionName(r.When.Precision)), new("round", r => r.Round),
        new("amount", r => r.Amount), new("currency", r => r.Currency), new("reported", r => r.Reported),
        new("valuation", r => r.Valuation), new("valuation_currency", r => r.ValuationCurrency), new("valuation_reported", r => r.ValuationReported),
        new("lead_investors", r => r.LeadInvestors.Select(o => o.Id)), new("other_investors", r => r.OtherInvestors.Select(o => o.Id)),
        new("note_zh", r => r.NoteZh), new("note_en", r => r.NoteEn),
        .. ProvenanceColumns<FundingRoundRow>(r => r.Provenance),
    ];

    public static readonly IReadOnlyList<CsvColumn<MetricRow>> Metrics =
    [
        new("id", r => r.Id), new("kind", r => r.Kind), new("organization", r => r.Organization?.Id), new("region", r => r.Region),
        new("subject_zh", r => r.SubjectZh), new("subject_en", r => r.SubjectEn), new("value", r => r.Value), new("value_high", r => r.ValueHigh),
        new("unit", r => r.Unit), new("currency", r => r.Currency), new("approximate", r => r.Approximate),
        new("date", r => r.When?.ToString()), new("precision", r => r.When is { } w ? PartialDate.PrecisionName(w.Precision) : null),
        new("reported", r => r.Reported),
        .. ProvenanceColumns<MetricRow>(r => r.Provenance),
    ];

    public static readonly IReadOnlyList<CsvColumn<PlacementRow>> Placements =
    [
        new("id", r => r.Id), new("organization", r => r.Organization.Id), new("organization_en", r => r.Organization.NameEn),
        new("organization_zh", r => r.Organization.NameZh), new("product_zh", r => r.ProductZh), new("product_en", r => r.ProductEn),
        new("stage", r => r.Stage), new("enterprise_type", r => r.EnterpriseType),
        new("business_models", r => r.BusinessModels), new("modalities", r => r.Modalities), new("audience", r => r.Audience),
        new("evidence_zh", r => r.EvidenceZh), new("evidence_en", r => r.EvidenceEn),
        new("rationale_zh", r => r.RationaleZh), new("rationale_en", r => r.RationaleEn),
        .. ProvenanceColumns<PlacementRow>(r => r.Provenance),
    ];

    private static IEnumerable<CsvColumn<T>> ProvenanceColumns<T>(Func<T, Provenance> provenance) =>
    [
        new("source", r => provenance(r).SourceId), new("locator", r => provenance(r).Locator), new("basis", r => provenance(r).Basis),
    ];
}
