using System.Globalization;
using AigcDashboard.Web;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// The app's resource strings in one fixed language. In a request the localization middleware
/// sets the culture for the whole request; in a bUnit test the renderer's work may run on other
/// threads, so each lookup sets the culture itself.
/// </summary>
public sealed class FixedCultureLocalizer(IStringLocalizerFactory factory, CultureInfo culture) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer inner = factory.Create(typeof(SharedResource));

    public LocalizedString this[string name] => In(() => inner[name]);

    public LocalizedString this[string name, params object[] arguments] => In(() => inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => In(() => inner.GetAllStrings(includeParentCultures).ToList());

    private T In<T>(Func<T> lookup)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return lookup(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
