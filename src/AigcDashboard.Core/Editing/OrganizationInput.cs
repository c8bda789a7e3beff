using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Editing;

/// <summary>The editable fields of an organization as an editor's form gives them.</summary>
public sealed class OrganizationInput : IRecordInput
{
    public const int MaxName = 120, MaxDescription = 2000, MaxLocator = 200;

    public string Id { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>Where it is headquartered (ISO 3166-1 alpha-2), or empty.</summary>
    public string? Region { get; set; }
    public string Kind { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string SourceId { get; set; } = "";
    public string Locator { get; set; } = "";
    public string Basis { get; set; } = "reported";
    public int Version { get; set; }

    public static OrganizationInput From(Organization o) => new()
    {
        Id = o.Id, NameZh = o.NameZh, NameEn = o.NameEn, Region = o.Region, Kind = o.Kind, DescriptionZh = o.DescriptionZh,
        DescriptionEn = o.DescriptionEn, SourceId = o.SourceId, Locator = o.Locator, Basis = o.Basis, Version = o.Version,
    };

    public IReadOnlyList<FieldError> Validate(IReadOnlySet<string> sources)
    {
        var c = new FieldChecks();
        c.Id(Id, nameof(Id), "stability-ai");
        c.Text(NameZh, nameof(NameZh), MaxName);
        c.Text(NameEn, nameof(NameEn), MaxName);
        c.Region(Region, nameof(Region), FieldChecks.EmptyRegion.Unknown);
        c.OneOf(Kind, Vocabulary.OrganizationKinds, nameof(Kind));
        c.Text(DescriptionZh, nameof(DescriptionZh), MaxDescription);
        c.Text(DescriptionEn, nameof(DescriptionEn), MaxDescription);
        c.Provenance(SourceId, Locator, Basis, sources, MaxLocator);
        return c.Errors;
    }
}

/// <summary>Organizations. One that events, rounds, figures or placements name cannot be deleted.</summary>
public sealed class OrganizationKind : RecordKind<Organization, OrganizationInput>
{
    public static readonly OrganizationKind Instance = new();
    public override string Name => "organization";
    public override IQueryable<Organization> Query(DashboardDbContext db) => db.Organizations;
    public override Organization Create(string id) => new()
    {
        Id = id, NameZh = "", NameEn = "", Kind = "", DescriptionZh = "", DescriptionEn = "", SourceId = "", Locator = "", Basis = "",
    };
    public override OrganizationInput ToInput(Organization o) => OrganizationInput.From(o);

    public override IReadOnlyList<FieldError> Validate(OrganizationInput input, KnownIds known) => input.Validate(known.Sources);

    public override void Apply(Organization o, OrganizationInput input)
    {
        (o.NameZh, o.NameEn) = (input.NameZh.Trim(), input.NameEn.Trim());
        o.Region = string.IsNullOrEmpty(input.Region) ? null : input.Region;
        o.Kind = input.Kind;
        (o.DescriptionZh, o.DescriptionEn) = (input.DescriptionZh.Trim(), input.DescriptionEn.Trim());
        (o.SourceId, o.Locator, o.Basis) = (input.SourceId, input.Locator.Trim(), input.Basis);
    }

    public override async Task<FieldError?> DeleteBlockerAsync(DashboardDbContext db, string id, CancellationToken ct)
    {
        int[] uses =
        [
            await db.EventOrganizations.CountAsync(e => e.OrganizationId == id, ct),
            await db.FundingRounds.CountAsync(r => r.OrganizationId == id, ct) + await db.FundingInvestors.CountAsync(i => i.OrganizationId == id, ct),
            await db.Metrics.CountAsync(m => m.OrganizationId == id, ct),
            await db.Placements.CountAsync(p => p.OrganizationId == id, ct),
        ];
        if (uses.All(n => n == 0)) return null;
        var counts = uses.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new FieldError("Id", $"Still named by events: {counts[0]}, funding rounds: {counts[1]}, figures: {counts[2]}, placements: {counts[3]}. Change or delete those first.",
            "still-named", counts);
    }
}
