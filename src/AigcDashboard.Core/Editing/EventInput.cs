using System.Text.RegularExpressions;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Editing;

/// <summary>The editable fields of an event as an editor's form gives them: text, checked by
/// <see cref="Validate"/> before anything is written.</summary>
public sealed partial class EventInput : IRecordInput
{
    public const int MaxTitle = 200, MaxDescription = 2000, MaxLocator = 200;

    public string Id { get; set; } = "";
    /// <summary>YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.</summary>
    public string Date { get; set; } = "";
    public string Category { get; set; } = "";
    public string? Region { get; set; }
    public string? Stage { get; set; }
    public bool Highlight { get; set; }
    public string TitleZh { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    /// <summary>Organization ids, separated by spaces or commas.</summary>
    public string Organizations { get; set; } = "";
    public string SourceId { get; set; } = "";
    public string Locator { get; set; } = "";
    public string Basis { get; set; } = "reported";
    /// <summary>The version the editor started from (0 for a new event).</summary>
    public int Version { get; set; }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();

    public IReadOnlyList<string> OrganizationIds =>
        Organizations.Split([' ', ',', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    public static EventInput From(Event e) => new()
    {
        Id = e.Id, Date = e.When.ToString(), Category = e.Category, Region = e.Region, Stage = e.Stage, Highlight = e.Highlight,
        TitleZh = e.TitleZh, TitleEn = e.TitleEn, DescriptionZh = e.DescriptionZh, DescriptionEn = e.DescriptionEn,
        Organizations = string.Join(' ', e.Organizations.Select(o => o.OrganizationId).Order(StringComparer.Ordinal)),
        SourceId = e.SourceId, Locator = e.Locator, Basis = e.Basis, Version = e.Version,
    };

    /// <summary>Every problem, by field; <paramref name="sources"/> and <paramref name="organizations"/>
    /// are the ids that exist.</summary>
    public IReadOnlyList<FieldError> Validate(IReadOnlySet<string> sources, IReadOnlySet<string> organizations)
    {
        var c = new FieldChecks();
        c.Id(Id, nameof(Id), "ev-chatgpt-launch");
        c.Date(Date, nameof(Date));
        c.OneOf(Category, Vocabulary.EventCategories, nameof(Category));
        c.Region(Region, nameof(Region), FieldChecks.EmptyRegion.Global);
        c.OneOf(Stage, Vocabulary.Stages, nameof(Stage), optional: true);
        c.Text(TitleZh, nameof(TitleZh), MaxTitle);
        c.Text(TitleEn, nameof(TitleEn), MaxTitle);
        c.Text(DescriptionZh, nameof(DescriptionZh), MaxDescription);
        c.Text(DescriptionEn, nameof(DescriptionEn), MaxDescription);
        c.KnownOrganizations(OrganizationIds, organizations, nameof(Organizations));
        c.Provenance(SourceId, Locator, Basis, sources, MaxLocator);
        c.That(Version >= 0, nameof(Version), "Not a version.", "version");
        return c.Errors;
    }
}
