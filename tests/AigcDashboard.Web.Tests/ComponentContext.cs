using System.Globalization;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// A bUnit context wired like a request: the URL's filter (parsed by the app's own parser),
/// the language's culture and resource strings, and queries over the seeded database.
/// </summary>
public sealed class ComponentContext : BunitContext
{
    public ComponentContext(SeededDatabase database, string url, string lang = "zh")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(lang);
        var query = QueryHelpers.ParseQuery(url.Contains('?') ? url[url.IndexOf('?')..] : "")
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string?>)kv.Value.ToArray());
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(new DashboardRequest(query));
        Services.AddScoped(_ => new DashboardQueries(database.CreateContext()));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
    }
}

/// <summary>One seeded in-memory database shared by a test class.</summary>
public sealed class DatabaseFixture : IDisposable
{
    public SeededDatabase Database { get; } = new();
    public void Dispose() => Database.Dispose();
}
