using System.Globalization;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Editing;

/// <summary>The editable fields of a reported figure (users, revenue, market size…): a value or a
/// range in a unit, about an organization or a market, when known dated.</summary>
public sealed class MetricInput : IRecordInput
{
    public const int MaxText = 200;

    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>The organization it is about, or empty for a market.</summary>
    public string? Organization { get; set; }
    public string? Region { get; set; }
    public string SubjectZh { get; set; } = "";
    public string SubjectEn { get; set; } = "";
    /// <summary>A number (1.5, 100000000); the low end of a range.</summary>
    public string Value { get; set; } = "";
    /// <summary>The high end of a range, or empty.</summary>
    public string? ValueHigh { get; set; }
    public string Unit { get; set; } = "";
    public string? Currency { get; set; }
    public bool Approximate { get; set; }
    /// <summary>When the figure holds (a partial date), or empty.</summary>
    public string? Date { get; set; }
    public string? Reported { get; set; }
    public string SourceId { get; set; } = "";
    public string Locator { get; set; } = "";
    public string Basis { get; set; } = "reported";
    public int Version { get; set; }

    public static MetricInput From(Metric m) => new()
    {
        Id = m.Id, Kind = m.Kind, Organization = m.OrganizationId, Region = m.Region, SubjectZh = m.SubjectZh, SubjectEn = m.SubjectEn,
        Value = m.Value.ToString("R", CultureInfo.InvariantCulture), ValueHigh = m.ValueHigh?.ToString("R", CultureInfo.InvariantCulture),
        Unit = m.Unit, Currency = m.Currency, Approximate = m.Approximate, Date = m.When?.ToString(), Reported = m.Reported,
        SourceId = m.SourceId, Locator = m.Locator, Basis = m.Basis, Version = m.Version,
    };

    internal static bool TryNumber(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && Math.Abs(value) < 1e18;

    public IReadOnlyList<FieldError> Validate(IReadOnlySet<string> sources, IReadOnlySet<string> organizations)
    {
        var c = new FieldChecks();
        c.Id(Id, nameof(Id), "m-chatgpt-users-2023-01");
        c.OneOf(Kind, Vocabulary.MetricKinds, nameof(Kind));
        c.Organization(Organization, organizations, nameof(Organization), optional: true);
        c.Region(Region, nameof(Region));
        c.Text(SubjectZh, nameof(SubjectZh), MaxText);
        c.Text(SubjectEn, nameof(SubjectEn), MaxText);
        c.That(TryNumber(Value, out var low), nameof(Value), "A number written with a point (1.5, 100000000).", "number");
        c.That(string.IsNullOrWhiteSpace(ValueHigh) || (TryNumber(ValueHigh, out var high) && high >= low), nameof(ValueHigh),
            "Empty, or a number no smaller than the value.", "value-high");
        c.Text(Unit, nameof(Unit), 40);
        c.Currency(Currency, nameof(Currency), optional: true);
        if (!string.IsNullOrWhiteSpace(Date)) c.Date(Date, nameof(Date));
        c.OptionalText(Reported, nameof(Reported), MaxText);
        c.Provenance(SourceId, Locator, Basis, sources, MaxText);
        return c.Errors;
    }
}

/// <summary>Reported figures.</summary>
public sealed class MetricKind : RecordKind<Metric, MetricInput>
{
    public static readonly MetricKind Instance = new();
    public override string Name => "metric";
    public override IQueryable<Metric> Query(DashboardDbContext db) => db.Metrics;
    public override Metric Create(string id) => new() { Id = id, Kind = "", SubjectZh = "", SubjectEn = "", Unit = "", SourceId = "", Locator = "", Basis = "" };
    public override MetricInput ToInput(Metric m) => MetricInput.From(m);

    public override IEnumerable<string> OrganizationsNamed(MetricInput input) => string.IsNullOrEmpty(input.Organization) ? [] : [input.Organization];
    public override IReadOnlyList<FieldError> Validate(MetricInput input, KnownIds known) => input.Validate(known.Sources, known.Organizations);

    public override void Apply(Metric m, MetricInput input)
    {
        m.Kind = input.Kind;
        m.OrganizationId = string.IsNullOrEmpty(input.Organization) ? null : input.Organization;
        m.Region = string.IsNullOrEmpty(input.Region) ? null : input.Region;
        (m.SubjectZh, m.SubjectEn) = (input.SubjectZh.Trim(), input.SubjectEn.Trim());
        MetricInput.TryNumber(input.Value, out var value);
        m.Value = value;
        m.ValueHigh = MetricInput.TryNumber(input.ValueHigh, out var high) ? high : null;
        (m.Unit, m.Currency, m.Approximate) = (input.Unit.Trim(), string.IsNullOrEmpty(input.Currency) ? null : input.Currency, input.Approximate);
        if (string.IsNullOrWhiteSpace(input.Date)) (m.Date, m.Precision) = (null, null);
        else { var when = PartialDate.Parse(input.Date); (m.Date, m.Precision) = (when.Start, when.Precision); }
        m.Reported = string.IsNullOrWhiteSpace(input.Reported) ? null : input.Reported.Trim();
        (m.SourceId, m.Locator, m.Basis) = (input.SourceId, input.Locator.Trim(), input.Basis);
    }
}
