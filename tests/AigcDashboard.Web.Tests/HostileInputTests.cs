using System.Net;
using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// Malformed and hostile input at every page and API parameter: huge values, wrong types,
/// injection strings, broken encodings, impossible and reversed dates, repeated parameters.
/// Never a 5xx, never a stack trace, and the data is what it was.
/// </summary>
public class HostileInputTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static readonly string[] Paths =
    [
        "/", "/timeline", "/funding", "/stages", "/sources", "/present", "/present/timeline", "/present/funding",
        "/account/sign-in", "/admin/events", "/api/events", "/api/funding-rounds", "/api/funding/by-company",
        "/api/funding/by-period", "/api/organizations", "/api/metrics", "/api/placements", "/api/sources", "/api/export", "/api/export/events", "/api/matrix", "/theme",
    ];

    private static readonly string[] Parameters =
    [
        "region", "stage", "category", "from", "to", "q", "org", "lang", "at", "event", "sort", "dir", "page",
        "scale", "period", "axis", "cell", "limit", "offset", "format", "slides", "auto", "set", "return", "returnUrl", "failed",
    ];

    /// <summary>Already percent-encoded where the raw form could not travel in a URL.</summary>
    private static readonly string[] Values =
    [
        new string('a', 20_000), "%27%3B%20DROP%20TABLE%20Events%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%FF%FE%FD",
        "%C3%28", "..%2F..%2Fetc%2Fpasswd", "-1", "99999999999999999999999", "1e308", "NaN", "2024-02-30", "0000-00-00",
        "%0D%0ASet-Cookie%3A%20x%3D1", "%E2%80%AE%F0%9F%98%80", "%25%25%25", "[object Object]", "true", "",
    ];

    private async Task<int> EventCount()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardDbContext>().Events.CountAsync();
    }

    private async Task AssertAnswered(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {url[..Math.Min(url.Length, 200)]}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
            Assert.DoesNotContain("<script>alert(1)", body); // in a JSON problem it is a string, in a page it must be text
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("x=")), url);
    }

    [Fact]
    public async Task Every_path_with_every_parameter_set_to_each_hostile_value_answers_without_a_server_error()
    {
        var before = await EventCount();
        foreach (var path in Paths)
        foreach (var value in Values)
            await AssertAnswered(path + "?" + string.Join('&', Parameters.Select(p => $"{p}={value}")));
        Assert.Equal(before, await EventCount());
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/funding")]
    [InlineData("/api/events")]
    [InlineData("/present/timeline")]
    public async Task Each_parameter_alone_with_each_hostile_value_answers_without_a_server_error(string path)
    {
        foreach (var parameter in Parameters)
        foreach (var value in Values)
            await AssertAnswered($"{path}?{parameter}={value}");
    }

    // The API's refusals are checked in HttpTests.A_bad_api_parameter_is_a_400_problem_naming_it.
    [Theory]
    [InlineData("/timeline?from=2024-01-01&to=2020-01-01", "to")]
    [InlineData("/funding?sort=amount%27--", "sort")]
    [InlineData("/timeline?page=0", "page")]
    [InlineData("/funding?page=x", "page")]
    public async Task Wrong_values_on_a_page_are_refused_with_the_parameter_named(string url, string parameter)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_parameter_repeated_a_thousand_times_is_answered()
    {
        await AssertAnswered("/timeline?" + string.Join('&', Enumerable.Repeat("region=CN", 1000)));
        await AssertAnswered("/api/events?" + string.Join('&', Enumerable.Range(0, 1000).Select(i => $"region=R{i}")));
    }

    [Fact]
    public async Task Unknown_paths_and_methods_are_answered_plainly()
    {
        foreach (var url in new[] { "/api/nothing", "/admin/events/%2500", "/admin/events/..%2F..%2Fetc", "/Components/../appsettings.json", "/timeline/extra" })
            await AssertAnswered(url);
        var put = await client.PutAsync("/api/events", new StringContent("{}"));
        Assert.True((int)put.StatusCode is 404 or 405, put.StatusCode.ToString());
        var post = await client.PostAsync("/api/events", new StringContent("<xml/>"));
        Assert.True((int)post.StatusCode < 500, post.StatusCode.ToString());
    }
}
