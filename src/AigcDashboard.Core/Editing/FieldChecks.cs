using System.Text.RegularExpressions;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Editing;

/// <summary>The rules the editors' inputs share, each adding a <see cref="FieldError"/> when it fails,
/// so that every kind says the same thing about the same mistake.</summary>
internal sealed partial class FieldChecks
{
    /// <summary>An ISO 4217 code (USD, CNY).</summary>
    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    public List<FieldError> Errors { get; } = [];

    /// <summary>Adds the problem unless <paramref name="ok"/>: <paramref name="message"/> in English,
    /// and <paramref name="code"/> with <paramref name="args"/> for the pages to say it in the reader's language.</summary>
    public void That(bool ok, string field, string message, string code, params string[] args)
    {
        if (!ok) Errors.Add(new(field, message, code, args));
    }

    public void Id(string id, string field, string example) =>
        That(id.Length is > 0 and <= 80 && EventInput.IdPattern().IsMatch(id), field, $"Lower-case letters, digits and single hyphens ({example}), at most 80.", "id", example);

    public void Date(string text, string field) =>
        That(PartialDate.TryParse(text, out var when) && when.Start.Year is >= 1950 and <= 2100, field,
            "A date from 1950 to 2100: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.", "date");

    /// <summary>What an empty region means for a kind of record.</summary>
    public enum EmptyRegion { Nothing, Global, Unknown }

    /// <summary>An ISO 3166-1 alpha-2 code, or empty (meaning <paramref name="empty"/>).</summary>
    public void Region(string? code, string field, EmptyRegion empty = EmptyRegion.Nothing) =>
        That(string.IsNullOrEmpty(code) || Regions.IsKnown(code), field, empty switch
        {
            EmptyRegion.Global => "An ISO 3166-1 alpha-2 code (CN, US), or empty for global.",
            EmptyRegion.Unknown => "An ISO 3166-1 alpha-2 code (CN, US), or empty when not known.",
            _ => "An ISO 3166-1 alpha-2 code (CN, US), or empty.",
        }, empty switch { EmptyRegion.Global => "region-global", EmptyRegion.Unknown => "region-unknown", _ => "region" });

    public void Text(string? value, string field, int max) =>
        That(!string.IsNullOrWhiteSpace(value) && value.Length <= max && Clean(value), field, $"Required, at most {max} characters, no control characters.", "text", Number(max));

    public void OptionalText(string? value, string field, int max) =>
        That(value is null || (value.Length <= max && Clean(value)), field, $"At most {max} characters, no control characters.", "optional-text", Number(max));

    public void OneOf(string? value, IReadOnlyList<string> allowed, string field, bool optional = false) =>
        That((optional && string.IsNullOrEmpty(value)) || (value is not null && allowed.Contains(value)), field,
            $"{(optional ? "Empty, or one" : "One")} of: {string.Join(", ", allowed)}.", optional ? "one-of-optional" : "one-of", string.Join(", ", allowed));

    /// <summary>None or more of <paramref name="allowed"/>.</summary>
    public void Some(IReadOnlyList<string> values, IReadOnlyList<string> allowed, string field) =>
        That(values.All(allowed.Contains), field, $"None or more of: {string.Join(", ", allowed)}.", "some-of", string.Join(", ", allowed));

    public void KnownOrganizations(IEnumerable<string> ids, IReadOnlySet<string> known, string field)
    {
        var unknown = string.Join(", ", ids.Where(id => !known.Contains(id)));
        That(unknown.Length == 0, field, $"No organization has the id {unknown}.", "unknown-organizations", unknown);
    }

    /// <summary>The id of an organization that exists, or (<paramref name="optional"/>) empty.</summary>
    public void Organization(string? id, IReadOnlySet<string> known, string field, bool optional = false) =>
        That((optional && string.IsNullOrEmpty(id)) || (id is not null && known.Contains(id)), field,
            optional ? "Empty, or the id of an organization that exists." : "The id of an organization that exists.", optional ? "organization-optional" : "organization");

    /// <summary>An ISO 4217 code, or (<paramref name="optional"/>) empty.</summary>
    public void Currency(string? code, string field, bool optional = false) =>
        That((optional && string.IsNullOrEmpty(code)) || (code is not null && CurrencyPattern().IsMatch(code)), field,
            optional ? "Empty, or an ISO 4217 code (USD, CNY)." : "An ISO 4217 code (USD, CNY) for the amount.", optional ? "currency-optional" : "currency");

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where a record comes from: a source that exists, the place in it, and the basis.</summary>
    public void Provenance(string sourceId, string locator, string basis, IReadOnlySet<string> sources, int maxLocator)
    {
        That(sources.Contains(sourceId), "SourceId", $"One of the sources: {string.Join(", ", sources.Order())}.", "source", string.Join(", ", sources.Order()));
        Text(locator, "Locator", maxLocator);
        OneOf(basis, Vocabulary.Bases, "Basis");
    }

    private static bool Clean(string s) => !s.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
