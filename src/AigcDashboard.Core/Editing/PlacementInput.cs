using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Editing;

/// <summary>The editable fields of a stage placement: our classification of an organization (or
/// one of its products) in the commercialization matrix, with the evidence the source reports
/// and why it was placed there.</summary>
public sealed class PlacementInput : IRecordInput
{
    public const int MaxText = 200, MaxEvidence = 2000;

    public string Id { get; set; } = "";
    public string Organization { get; set; } = "";
    public string? ProductZh { get; set; }
    public string? ProductEn { get; set; }
    public string Stage { get; set; } = "";
    public string EnterpriseType { get; set; } = "";
    /// <summary>Business model ids, separated by spaces.</summary>
    public string BusinessModels { get; set; } = "";
    /// <summary>Modality ids, separated by spaces.</summary>
    public string Modalities { get; set; } = "";
    public string Audience { get; set; } = "";
    public string EvidenceZh { get; set; } = "";
    public string EvidenceEn { get; set; } = "";
    public string RationaleZh { get; set; } = "";
    public string RationaleEn { get; set; } = "";
    public string SourceId { get; set; } = "";
    public string Locator { get; set; } = "";
    public string Basis { get; set; } = "classification";
    public int Version { get; set; }

    public IReadOnlyList<string> BusinessModelIds => Terms(BusinessModels);
    public IReadOnlyList<string> ModalityIds => Terms(Modalities);

    private static IReadOnlyList<string> Terms(string text) =>
        text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    public static PlacementInput From(Placement p) => new()
    {
        Id = p.Id, Organization = p.OrganizationId, ProductZh = p.ProductZh, ProductEn = p.ProductEn, Stage = p.Stage, EnterpriseType = p.EnterpriseType,
        BusinessModels = string.Join(' ', p.BusinessModels), Modalities = string.Join(' ', p.Modalities), Audience = p.Audience,
        EvidenceZh = p.EvidenceZh, EvidenceEn = p.EvidenceEn, RationaleZh = p.RationaleZh, RationaleEn = p.RationaleEn,
        SourceId = p.SourceId, Locator = p.Locator, Basis = p.Basis, Version = p.Version,
    };

    public IReadOnlyList<FieldError> Validate(IReadOnlySet<string> sources, IReadOnlySet<string> organizations)
    {
        var c = new FieldChecks();
        c.Id(Id, nameof(Id), "pl-baidu-ernie-bot");
        c.Organization(Organization, organizations, nameof(Organization));
        c.OptionalText(ProductZh, nameof(ProductZh), MaxText);
        c.OptionalText(ProductEn, nameof(ProductEn), MaxText);
        c.OneOf(Stage, Vocabulary.Stages, nameof(Stage));
        c.OneOf(EnterpriseType, Vocabulary.EnterpriseTypes, nameof(EnterpriseType));
        // Empty when the source does not say how the company earns money, as for 34 seeded placements.
        c.Some(BusinessModelIds, Vocabulary.BusinessModels, nameof(BusinessModels));
        c.Some(ModalityIds, Vocabulary.Modalities, nameof(Modalities));
        c.OneOf(Audience, Vocabulary.Audiences, nameof(Audience));
        c.Text(EvidenceZh, nameof(EvidenceZh), MaxEvidence);
        c.Text(EvidenceEn, nameof(EvidenceEn), MaxEvidence);
        c.Text(RationaleZh, nameof(RationaleZh), MaxEvidence);
        c.Text(RationaleEn, nameof(RationaleEn), MaxEvidence);
        c.Provenance(SourceId, Locator, Basis, sources, MaxText);
        return c.Errors;
    }
}

/// <summary>Stage placements.</summary>
public sealed class PlacementKind : RecordKind<Placement, PlacementInput>
{
    public static readonly PlacementKind Instance = new();
    public override string Name => "placement";
    public override IQueryable<Placement> Query(DashboardDbContext db) => db.Placements;
    public override Placement Create(string id) => new()
    {
        Id = id, OrganizationId = "", Stage = "", EnterpriseType = "", Audience = "", EvidenceZh = "", EvidenceEn = "",
        RationaleZh = "", RationaleEn = "", SourceId = "", Locator = "", Basis = "",
    };
    public override PlacementInput ToInput(Placement p) => PlacementInput.From(p);

    public override IEnumerable<string> OrganizationsNamed(PlacementInput input) => [input.Organization];
    public override IReadOnlyList<FieldError> Validate(PlacementInput input, KnownIds known) => input.Validate(known.Sources, known.Organizations);

    public override void Apply(Placement p, PlacementInput input)
    {
        p.OrganizationId = input.Organization;
        (p.ProductZh, p.ProductEn) = (Text(input.ProductZh), Text(input.ProductEn));
        (p.Stage, p.EnterpriseType, p.Audience) = (input.Stage, input.EnterpriseType, input.Audience);
        p.BusinessModels = input.BusinessModelIds.ToList();
        p.Modalities = input.ModalityIds.ToList();
        (p.EvidenceZh, p.EvidenceEn) = (input.EvidenceZh.Trim(), input.EvidenceEn.Trim());
        (p.RationaleZh, p.RationaleEn) = (input.RationaleZh.Trim(), input.RationaleEn.Trim());
        (p.SourceId, p.Locator, p.Basis) = (input.SourceId, input.Locator.Trim(), input.Basis);

        static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
