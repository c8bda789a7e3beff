using AigcDashboard.Core.Data;
using AigcDashboard.Core.Filtering;
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
        var errors = new List<FieldError>();
        void Check(bool ok, string field, string message) { if (!ok) errors.Add(new(field, message)); }
        void Text(string? value, string field, int max) =>
            Check(!string.IsNullOrWhiteSpace(value) && value.Length <= max && !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')), field,
                $"Required, at most {max} characters, no control characters.");

        Check(Id.Length is > 0 and <= 80 && EventInput.IdPattern().IsMatch(Id), nameof(Id), "Lower-case letters, digits and single hyphens (stability-ai), at most 80.");
        Text(NameZh, nameof(NameZh), MaxName);
        Text(NameEn, nameof(NameEn), MaxName);
        Check(string.IsNullOrEmpty(Region) || Regions.IsKnown(Region), nameof(Region), "An ISO 3166-1 alpha-2 code (CN, US), or empty when not known.");
        Check(Vocabulary.OrganizationKinds.Contains(Kind), nameof(Kind), $"One of: {string.Join(", ", Vocabulary.OrganizationKinds)}.");
        Text(DescriptionZh, nameof(DescriptionZh), MaxDescription);
        Text(DescriptionEn, nameof(DescriptionEn), MaxDescription);
        Check(sources.Contains(SourceId), nameof(SourceId), $"One of the sources: {string.Join(", ", sources.Order())}.");
        Text(Locator, nameof(Locator), MaxLocator);
        Check(Vocabulary.Bases.Contains(Basis), nameof(Basis), $"One of: {string.Join(", ", Vocabulary.Bases)}.");
        return errors;
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

    public override async Task<IReadOnlyList<FieldError>> ValidateAsync(DashboardDbContext db, OrganizationInput input, CancellationToken ct) =>
        input.Validate(await SourceIds(db, ct));

    public override void Apply(Organization o, OrganizationInput input)
    {
        (o.NameZh, o.NameEn) = (input.NameZh.Trim(), input.NameEn.Trim());
        o.Region = string.IsNullOrEmpty(input.Region) ? null : input.Region;
        o.Kind = input.Kind;
        (o.DescriptionZh, o.DescriptionEn) = (input.DescriptionZh.Trim(), input.DescriptionEn.Trim());
        (o.SourceId, o.Locator, o.Basis) = (input.SourceId, input.Locator.Trim(), input.Basis);
    }

    public override async Task<string?> DeleteBlockerAsync(DashboardDbContext db, string id, CancellationToken ct)
    {
        var uses = new (string What, int Count)[]
        {
            ("events", await db.EventOrganizations.CountAsync(e => e.OrganizationId == id, ct)),
            ("funding rounds", await db.FundingRounds.CountAsync(r => r.OrganizationId == id, ct) + await db.FundingInvestors.CountAsync(i => i.OrganizationId == id, ct)),
            ("figures", await db.Metrics.CountAsync(m => m.OrganizationId == id, ct)),
            ("placements", await db.Placements.CountAsync(p => p.OrganizationId == id, ct)),
        };
        var named = uses.Where(u => u.Count > 0).Select(u => $"{u.Count} {u.What}").ToList();
        return named.Count == 0 ? null : $"Still named by {string.Join(", ", named)}: change or delete those first.";
    }
}
