using System.Text.Json;
using System.Text.RegularExpressions;
using AigcDashboard.Core.Model;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AigcDashboard.Core.Seeding;

/// <summary>
/// Reads the seed files, validates each against its JSON Schema (seeds/schemas), then checks
/// what a schema cannot: unique ids, resolving references, dates that agree with their
/// precision. Any fault is a <see cref="SeedException"/> naming file, record and field;
/// nothing is returned half-read.
/// </summary>
public static partial class SeedLoader
{
    public const string SourcesFile = "sources.json";
    public const string OrganizationsFile = "organizations.json";
    public const string EventsFile = "events.json";
    public const string FundingRoundsFile = "funding-rounds.json";
    public const string MetricsFile = "metrics.json";
    public const string FrameworkFile = "stage-framework.json";
    public const string PlacementsFile = "placements.json";
    public const string FxRatesFile = "fx-rates.json";

    public static readonly IReadOnlyList<string> Files =
        [SourcesFile, OrganizationsFile, EventsFile, FundingRoundsFile, MetricsFile, FrameworkFile, PlacementsFile, FxRatesFile];

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static async Task<SeedSet> LoadAsync(string directory, CancellationToken ct = default)
    {
        var set = new SeedSet(
            await ReadAsync<List<SourceSeed>>(directory, SourcesFile, ct),
            await ReadAsync<List<OrganizationSeed>>(directory, OrganizationsFile, ct),
            await ReadAsync<List<EventSeed>>(directory, EventsFile, ct),
            await ReadAsync<List<FundingRoundSeed>>(directory, FundingRoundsFile, ct),
            await ReadAsync<List<MetricSeed>>(directory, MetricsFile, ct),
            await ReadAsync<FrameworkSeed>(directory, FrameworkFile, ct),
            await ReadAsync<List<PlacementSeed>>(directory, PlacementsFile, ct),
            await ReadAsync<List<FxRateSeed>>(directory, FxRatesFile, ct));
        SeedChecks.Check(set);
        return set;
    }

    /// <summary>Validates one file's text against its schema, then deserializes it.</summary>
    internal static async Task<T> ReadAsync<T>(string directory, string file, CancellationToken ct)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
            throw new SeedException(file, null, null, $"the file is missing (looked in {Path.GetFullPath(directory)})");
        var text = await File.ReadAllTextAsync(path, ct);

        using (var doc = TryParse(file, text)) { }

        var schema = await LoadSchemaAsync(directory, file, ct);
        var errors = Leaves(schema.Validate(text)).ToList();
        if (errors.Count > 0)
        {
            var first = errors.OrderBy(e => e.LineNumber).ThenBy(e => e.LinePosition).First();
            var record = RecordOf(text, first.Path);
            var field = first.Property ?? FieldOf(first.Path);
            throw new SeedException(file, record, field, $"{Describe(first.Kind)} (line {first.LineNumber}, path {first.Path})");
        }
        return JsonSerializer.Deserialize<T>(text, Json)
            ?? throw new SeedException(file, null, null, "the file is empty");
    }

    /// <summary>The errors themselves: an invalid array item wraps the errors of its fields.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Leaves(child.Errors.SelectMany(kv => kv.Value))
            : [e]);

    internal static async Task<JsonSchema> LoadSchemaAsync(string directory, string file, CancellationToken ct)
    {
        var schemaPath = Path.Combine(directory, "schemas", Path.ChangeExtension(file, ".schema.json"));
        if (!File.Exists(schemaPath))
            throw new SeedException(file, null, null, $"its schema {schemaPath} is missing");
        return await JsonSchema.FromFileAsync(schemaPath, ct);
    }

    private static JsonDocument TryParse(string file, string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new SeedException(file, null, null, $"not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}");
        }
    }

    [GeneratedRegex(@"^#/(?:(?<list>\w+)\.)?\[(?<i>\d+)\]")]
    private static partial Regex RecordPath();

    /// <summary>Names the record an error path points into: its id where it has one, else its index.</summary>
    private static string? RecordOf(string text, string? path)
    {
        var m = RecordPath().Match(path ?? "");
        if (!m.Success) return null;
        var index = int.Parse(m.Groups["i"].Value);
        using var doc = JsonDocument.Parse(text);
        var array = m.Groups["list"].Success && doc.RootElement.ValueKind == JsonValueKind.Object
            ? doc.RootElement.GetProperty(m.Groups["list"].Value)
            : doc.RootElement;
        if (array.ValueKind != JsonValueKind.Array || index >= array.GetArrayLength()) return $"#{index + 1}";
        var item = array[index];
        return item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? $"'{id.GetString()}' (#{index + 1})"
            : $"#{index + 1}";
    }

    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        var last = path.Split('.', '/').Last();
        return last.StartsWith('[') || last == "#" ? null : last;
    }

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "a required field is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "this field is not part of the format",
        ValidationErrorKind.NotInEnumeration => "the value is not one of the allowed values",
        ValidationErrorKind.PatternMismatch => "the value does not have the required form",
        _ => $"invalid value ({kind})",
    };
}

/// <summary>The checks a JSON Schema cannot express, across files.</summary>
internal static class SeedChecks
{
    public static void Check(SeedSet s)
    {
        var sources = Unique(SeedLoader.SourcesFile, s.Sources.Select(x => x.Id));
        var orgs = Unique(SeedLoader.OrganizationsFile, s.Organizations.Select(x => x.Id));
        Unique(SeedLoader.EventsFile, s.Events.Select(x => x.Id));
        Unique(SeedLoader.FundingRoundsFile, s.FundingRounds.Select(x => x.Id));
        Unique(SeedLoader.MetricsFile, s.Metrics.Select(x => x.Id));
        Unique(SeedLoader.PlacementsFile, s.Placements.Select(x => x.Id));

        foreach (var (axis, terms, expected) in new[]
        {
            ("stages", s.Framework.Stages, Vocabulary.Stages),
            ("enterpriseTypes", s.Framework.EnterpriseTypes, Vocabulary.EnterpriseTypes),
            ("businessModels", s.Framework.BusinessModels, Vocabulary.BusinessModels),
            ("modalities", s.Framework.Modalities, Vocabulary.Modalities),
        })
        {
            var ids = Unique(SeedLoader.FrameworkFile, terms.Select(t => t.Id));
            var missing = expected.Where(e => !ids.Contains(e)).ToList();
            if (missing.Count > 0)
                throw new SeedException(SeedLoader.FrameworkFile, null, axis, $"lacks the term(s) {string.Join(", ", missing)}");
            foreach (var t in terms) Ref(SeedLoader.FrameworkFile, t.Id, "source", t.Source, sources, optional: true);
        }

        foreach (var o in s.Organizations) Ref(SeedLoader.OrganizationsFile, o.Id, "source", o.Source, sources);
        foreach (var e in s.Events)
        {
            Ref(SeedLoader.EventsFile, e.Id, "source", e.Source, sources);
            foreach (var o in e.OrgIds) Ref(SeedLoader.EventsFile, e.Id, "orgIds", o, orgs);
            Date(SeedLoader.EventsFile, e.Id, e.Date, e.Precision);
        }
        foreach (var r in s.FundingRounds)
        {
            Ref(SeedLoader.FundingRoundsFile, r.Id, "source", r.Source, sources);
            Ref(SeedLoader.FundingRoundsFile, r.Id, "orgId", r.OrgId, orgs);
            foreach (var o in r.LeadInvestorIds ?? []) Ref(SeedLoader.FundingRoundsFile, r.Id, "leadInvestorIds", o, orgs);
            foreach (var o in r.InvestorIds ?? []) Ref(SeedLoader.FundingRoundsFile, r.Id, "investorIds", o, orgs);
            Date(SeedLoader.FundingRoundsFile, r.Id, r.Date, r.Precision);
            if (r.Amount is not null && r.Currency is null)
                throw new SeedException(SeedLoader.FundingRoundsFile, r.Id, "currency", "an amount needs its currency");
            if (r.Valuation is not null && r.ValuationCurrency is null)
                throw new SeedException(SeedLoader.FundingRoundsFile, r.Id, "valuationCurrency", "a valuation needs its currency");
        }
        foreach (var m in s.Metrics)
        {
            Ref(SeedLoader.MetricsFile, m.Id, "source", m.Source, sources);
            Ref(SeedLoader.MetricsFile, m.Id, "orgId", m.OrgId, orgs, optional: true);
            if (m.Date is not null || m.Precision is not null)
                Date(SeedLoader.MetricsFile, m.Id, m.Date, m.Precision);
            if (m.ValueHigh is { } high && high < m.Value)
                throw new SeedException(SeedLoader.MetricsFile, m.Id, "valueHigh", "the upper end of the range is below its lower end");
        }
        var rates = new HashSet<(string, int)>();
        foreach (var r in s.FxRates)
            if (!rates.Add((r.Currency, r.Year)))
                throw new SeedException(SeedLoader.FxRatesFile, $"'{r.Currency} {r.Year}'", "year", "two rates for the same currency and year");
        foreach (var p in s.Placements)
        {
            Ref(SeedLoader.PlacementsFile, p.Id, "source", p.Source, sources);
            Ref(SeedLoader.PlacementsFile, p.Id, "orgId", p.OrgId, orgs);
        }
    }

    private static HashSet<string> Unique(string file, IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
            if (!seen.Add(id))
                throw new SeedException(file, $"'{id}'", "id", "the id is used twice");
        return seen;
    }

    private static void Ref(string file, string id, string field, string? value, HashSet<string> known, bool optional = false)
    {
        if (value is null && optional) return;
        if (value is null || !known.Contains(value))
            throw new SeedException(file, $"'{id}'", field, $"'{value}' does not name a known record");
    }

    private static void Date(string file, string id, string? date, string? precision)
    {
        if (!PartialDate.TryParse(date, out var d))
            throw new SeedException(file, $"'{id}'", "date", $"'{date}' is not a valid date (YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD)");
        if (!PartialDate.TryParsePrecision(precision, out var p) || p != d.Precision)
            throw new SeedException(file, $"'{id}'", "precision", $"'{precision}' does not match the date '{date}' (a {PartialDate.PrecisionName(d.Precision)})");
    }
}
