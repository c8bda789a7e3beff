using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// The two languages: Simplified Chinese (zh, the default) and English (en). The choice comes
/// from ?lang= in the URL, then the culture cookie, then the browser's Accept-Language; the page's
/// first request makes it, and <see cref="UiContext"/> keeps it for the circuit.
/// </summary>
public static class Localization
{
    public const string Chinese = "zh";
    public const string English = "en";

    public static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo(Chinese);
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo(English);
    public static readonly CultureInfo[] Cultures = [ChineseCulture, EnglishCulture];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>The language of a culture: "en" for English, else "zh" (the default).</summary>
    public static string Of(CultureInfo? culture) => culture?.TwoLetterISOLanguageName == English ? English : Chinese;

    /// <summary>The language the localization middleware chose for a request.</summary>
    public static string Of(HttpContext context) =>
        Of(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture);
}

/// <summary>Remembers a language chosen in the URL (?lang=) in the culture cookie.</summary>
public sealed class LanguageCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var lang = context.Request.Query["lang"].ToString();
        if (lang is Localization.Chinese or Localization.English)
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return next(context);
    }
}
