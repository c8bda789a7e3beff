using System.Text.RegularExpressions;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Editing;

/// <summary>The rules the editors' inputs share, each adding a <see cref="FieldError"/> when it fails,
/// so that every kind says the same thing about the same mistake.</summary>
internal sealed partial class FieldChecks
{
    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    /// <summary>An ISO 4217 code (USD, CNY).</summary>
    public static bool IsCurrency(string? code) => code is not null && CurrencyPattern().IsMatch(code);

    public List<FieldError> Errors { get; } = [];

    public void That(bool ok, string field, string message)
    {
        if (!ok) Errors.Add(new(field, message));
    }

    public void Id(string id, string field, string example) =>
        That(id.Length is > 0 and <= 80 && EventInput.IdPattern().IsMatch(id), field, $"Lower-case letters, digits and single hyphens ({example}), at most 80.");

    public void Date(string text, string field) =>
        That(PartialDate.TryParse(text, out var when) && when.Start.Year is >= 1950 and <= 2100, field,
            "A date from 1950 to 2100: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.");

    /// <summary>An ISO 3166-1 alpha-2 code, or empty (<paramref name="emptyMeans"/>: " for global", say).</summary>
    public void Region(string? code, string field, string emptyMeans = "") =>
        That(string.IsNullOrEmpty(code) || Regions.IsKnown(code), field, $"An ISO 3166-1 alpha-2 code (CN, US), or empty{emptyMeans}.");

    public void Text(string? value, string field, int max) =>
        That(!string.IsNullOrWhiteSpace(value) && value.Length <= max && Clean(value), field, $"Required, at most {max} characters, no control characters.");

    public void OptionalText(string? value, string field, int max) =>
        That(value is null || (value.Length <= max && Clean(value)), field, $"At most {max} characters, no control characters.");

    public void OneOf(string? value, IReadOnlyList<string> allowed, string field, bool optional = false) =>
        That((optional && string.IsNullOrEmpty(value)) || (value is not null && allowed.Contains(value)), field,
            $"{(optional ? "Empty, or one" : "One")} of: {string.Join(", ", allowed)}.");

    public void Known(IEnumerable<string> ids, IReadOnlySet<string> known, string field, string what)
    {
        var unknown = ids.Where(id => !known.Contains(id)).ToList();
        That(unknown.Count == 0, field, $"No {what} has the id {string.Join(", ", unknown)}.");
    }

    /// <summary>Where a record comes from: a source that exists, the place in it, and the basis.</summary>
    public void Provenance(string sourceId, string locator, string basis, IReadOnlySet<string> sources, int maxLocator)
    {
        That(sources.Contains(sourceId), "SourceId", $"One of the sources: {string.Join(", ", sources.Order())}.");
        Text(locator, "Locator", maxLocator);
        OneOf(basis, Vocabulary.Bases, "Basis");
    }

    private static bool Clean(string s) => !s.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
