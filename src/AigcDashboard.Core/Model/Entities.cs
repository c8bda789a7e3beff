namespace AigcDashboard.Core.Model;

/// <summary>What every record carries: the article it came from, where in it, and whether the
/// record is what the article reports or our own classification.</summary>
public interface IProvenance
{
    string SourceId { get; }
    string Locator { get; }
    string Basis { get; }
}

public sealed class Source
{
    public required string Id { get; set; }
    public required string File { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public required string PublisherZh { get; set; }
    public required string PublisherEn { get; set; }
    public string? Authors { get; set; }
    public required string Published { get; set; }
    public required string Script { get; set; }
    public required string SummaryZh { get; set; }
    public required string SummaryEn { get; set; }
}

public sealed class Organization : IProvenance, IVersioned
{
    public int Version { get; set; }
    public required string Id { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public string? Region { get; set; }
    public required string Kind { get; set; }
    public required string DescriptionZh { get; set; }
    public required string DescriptionEn { get; set; }
    public required string SourceId { get; set; }
    public required string Locator { get; set; }
    public required string Basis { get; set; }
}

public sealed class Event : IProvenance, IVersioned
{
    public int Version { get; set; }
    public required string Id { get; set; }
    public DateOnly Date { get; set; }
    public DatePrecision Precision { get; set; }
    public required string Category { get; set; }
    public string? Region { get; set; }
    public string? Stage { get; set; }
    /// <summary>Editorial: one of the stories the timeline makes stand out.</summary>
    public bool Highlight { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public required string DescriptionZh { get; set; }
    public required string DescriptionEn { get; set; }
    public required string SourceId { get; set; }
    public required string Locator { get; set; }
    public required string Basis { get; set; }
    public List<EventOrganization> Organizations { get; set; } = [];

    public PartialDate When => new(Date, Precision);
}

public sealed class EventOrganization
{
    public required string EventId { get; set; }
    public required string OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

public sealed class FundingRound : IProvenance, IVersioned
{
    public int Version { get; set; }
    // Amounts are whole units of Currency: every reported round is, and SQLite can sum integers
    // (EF Core cannot aggregate decimals there).
    public required string Id { get; set; }
    public required string OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public DateOnly Date { get; set; }
    public DatePrecision Precision { get; set; }
    public required string Round { get; set; }
    public long? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Reported { get; set; }
    public long? Valuation { get; set; }
    public string? ValuationCurrency { get; set; }
    public string? ValuationReported { get; set; }
    public string? NoteZh { get; set; }
    public string? NoteEn { get; set; }
    public required string SourceId { get; set; }
    public required string Locator { get; set; }
    public required string Basis { get; set; }
    public List<FundingInvestor> Investors { get; set; } = [];

    public PartialDate When => new(Date, Precision);
}

public sealed class FundingInvestor
{
    public required string FundingRoundId { get; set; }
    public required string OrganizationId { get; set; }
    public bool IsLead { get; set; }
    public Organization? Organization { get; set; }
}

public sealed class Metric : IProvenance, IVersioned
{
    public int Version { get; set; }
    public required string Id { get; set; }
    public required string Kind { get; set; }
    public string? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string? Region { get; set; }
    public required string SubjectZh { get; set; }
    public required string SubjectEn { get; set; }
    public double Value { get; set; }
    public double? ValueHigh { get; set; }
    public required string Unit { get; set; }
    public string? Currency { get; set; }
    public bool Approximate { get; set; }
    public DateOnly? Date { get; set; }
    public DatePrecision? Precision { get; set; }
    public string? Reported { get; set; }
    public required string SourceId { get; set; }
    public required string Locator { get; set; }
    public required string Basis { get; set; }

    public PartialDate? When => Date is { } d && Precision is { } p ? new PartialDate(d, p) : null;
}

/// <summary>A yearly average rate (units of <see cref="Currency"/> per US dollar) and where it comes from.</summary>
public sealed class FxRate
{
    public required string Currency { get; set; }
    public int Year { get; set; }
    public double UnitsPerUsd { get; set; }
    public required string Origin { get; set; }
}

/// <summary>One term of the commercialization framework: a stage, an enterprise type, a
/// business model or a modality.</summary>
public sealed class FrameworkTerm
{
    public required string Axis { get; set; }
    public required string Id { get; set; }
    public int Order { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string DescriptionZh { get; set; }
    public required string DescriptionEn { get; set; }
    public string? SourceId { get; set; }
    public string? Locator { get; set; }
}

/// <summary>Our placement of an organization (or one of its products) in the framework.
/// Always a classification; the evidence is what the source reports.</summary>
public sealed class Placement : IProvenance, IVersioned
{
    public int Version { get; set; }
    public required string Id { get; set; }
    public required string OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string? ProductZh { get; set; }
    public string? ProductEn { get; set; }
    public required string Stage { get; set; }
    public required string EnterpriseType { get; set; }
    public List<string> BusinessModels { get; set; } = [];
    public List<string> Modalities { get; set; } = [];
    public required string Audience { get; set; }
    public required string EvidenceZh { get; set; }
    public required string EvidenceEn { get; set; }
    public required string RationaleZh { get; set; }
    public required string RationaleEn { get; set; }
    public required string SourceId { get; set; }
    public required string Locator { get; set; }
    public required string Basis { get; set; }
}
