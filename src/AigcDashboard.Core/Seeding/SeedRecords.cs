namespace AigcDashboard.Core.Seeding;

// The shapes of the files in seeds/. Property names follow the JSON (camelCase via the
// serializer options); the schemas in seeds/schemas say which fields are required.

public sealed record SourceSeed(
    string Id, string File, string TitleZh, string TitleEn, string PublisherZh, string PublisherEn,
    string? Authors, string Published, string Script, string SummaryZh, string SummaryEn);

public sealed record OrganizationSeed(
    string Id, string NameZh, string NameEn, string? Region, string Kind, string DescriptionZh, string DescriptionEn,
    string Source, string Locator, string Basis);

public sealed record EventSeed(
    string Id, string Date, string Precision, string Category, string? Region, List<string> OrgIds, string? Stage, bool Highlight,
    string TitleZh, string TitleEn, string DescriptionZh, string DescriptionEn, string Source, string Locator, string Basis);

public sealed record FundingRoundSeed(
    string Id, string OrgId, string Date, string Precision, string Round, long? Amount, string? Currency, string? Reported,
    long? Valuation, string? ValuationCurrency, string? ValuationReported, List<string>? LeadInvestorIds, List<string>? InvestorIds,
    string? NoteZh, string? NoteEn, string Source, string Locator, string Basis);

public sealed record MetricSeed(
    string Id, string Kind, string? OrgId, string? Region, string SubjectZh, string SubjectEn, double Value, double? ValueHigh,
    string Unit, string? Currency, bool Approximate, string? Date, string? Precision, string? Reported,
    string Source, string Locator, string Basis);

public sealed record TermSeed(
    string Id, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, string? Source, string? Locator);

public sealed record FrameworkSeed(
    List<TermSeed> Stages, List<TermSeed> EnterpriseTypes, List<TermSeed> BusinessModels, List<TermSeed> Modalities);

public sealed record PlacementSeed(
    string Id, string OrgId, string? ProductZh, string? ProductEn, string Stage, string EnterpriseType,
    List<string> BusinessModels, List<string> Modalities, string Audience, string EvidenceZh, string EvidenceEn,
    string RationaleZh, string RationaleEn, string Source, string Locator, string Basis);

public sealed record FxRateSeed(string Currency, int Year, double UnitsPerUsd, string Origin);

/// <summary>The whole seed data set, read and validated.</summary>
public sealed record SeedSet(
    IReadOnlyList<SourceSeed> Sources,
    IReadOnlyList<OrganizationSeed> Organizations,
    IReadOnlyList<EventSeed> Events,
    IReadOnlyList<FundingRoundSeed> FundingRounds,
    IReadOnlyList<MetricSeed> Metrics,
    FrameworkSeed Framework,
    IReadOnlyList<PlacementSeed> Placements,
    IReadOnlyList<FxRateSeed> FxRates);

/// <summary>A seed file that cannot be imported, with the file, record and field at fault.</summary>
public sealed class SeedException(string file, string? record, string? field, string problem)
    : Exception($"Seed file '{file}'" + (record is null ? "" : $", record {record}") + (field is null ? "" : $", field '{field}'") + $": {problem}")
{
    public string File { get; } = file;
    public string? Record { get; } = record;
    public string? Field { get; } = field;
    public string Problem { get; } = problem;
}
