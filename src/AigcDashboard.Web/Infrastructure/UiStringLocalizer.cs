using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>The UI strings of Resources/SharedResource.resx (English) and SharedResource.zh.resx.</summary>
public static class UiText
{
    private static readonly ResourceManager Resources = new("AigcDashboard.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static CultureInfo Culture(string lang) => lang == Localization.English ? Localization.EnglishCulture : Localization.ChineseCulture;

    public static LocalizedString Find(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) is { } value ? new(name, value, false) : new(name, name, true);

    public static LocalizedString Find(string name, CultureInfo culture, object[] arguments)
    {
        var format = Find(name, culture);
        return format.ResourceNotFound ? format : new(name, string.Format(culture, format.Value, arguments), false);
    }

    /// <summary>A string in a language, for what is built outside a component (chart options, say).</summary>
    public static string Get(string lang, string name, params object[] arguments) => Find(name, Culture(lang), arguments).Value;

    /// <summary>A region's name ("CN" → 中国 / China); the code itself when we have no name for it.</summary>
    public static string Region(string lang, string code) =>
        Find("Region." + code, Culture(lang)) is { ResourceNotFound: false } name ? name.Value : code;

    public static IEnumerable<LocalizedString> All(CultureInfo culture, bool includeParentCultures) =>
        Resources.GetResourceSet(culture, true, includeParentCultures) is { } set
            ? set.Cast<System.Collections.DictionaryEntry>().Select(e => new LocalizedString((string)e.Key, (string)e.Value!))
            : [];
}

/// <summary>
/// The UI strings in the reader's language as <see cref="UiContext"/> holds it, not the thread's
/// culture: on a circuit, events run with the culture of whatever connection delivered them, and
/// the language was chosen once, at the first request.
/// </summary>
public sealed class UiStringLocalizer(UiContext ui) : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name] => UiText.Find(name, ui.Culture);

    public LocalizedString this[string name, params object[] arguments] => UiText.Find(name, ui.Culture, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => UiText.All(ui.Culture, includeParentCultures);
}
