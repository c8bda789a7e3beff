using System.Net;
using System.Text.Json;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// Requests a hostile tester crafted against the app: odd parameter names, bad Host headers,
/// unknown routes, and HEAD. Each gets a 4xx that says what it is (never a 500), and nothing
/// of one request leaks into the answer to another.
/// </summary>
public class CraftedRequestTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/api/events?limit=1&%C3%A9=1")]
    [InlineData("/api/organizations?limit=1&a%0D%0Ab=1")]
    [InlineData("/api/metrics?limit=1&%E2%80%AE=1")]
    [InlineData("/timeline?%C3%A9=1")]
    [InlineData("/?x%0Ay=1")]
    public async Task A_parameter_name_no_client_would_send_is_a_400(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
        if (url.StartsWith("/api/")) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_parameter_with_a_plain_name_and_an_odd_value_is_fine_and_travels_escaped()
    {
        var response = await client.GetAsync("/api/events?limit=1&note=%C3%A9%0D%0A");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("note=%C3%A9%0D%0A", response.Headers.GetValues("Link").Single());
    }

    [Theory]
    [InlineData("/theme?set=dark&return=/%09x")]
    [InlineData("/theme?set=dark&return=/%C3%A9")]
    public async Task The_old_theme_switch_is_gone(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("localhost:99999")]
    [InlineData("localhost:0")]
    [InlineData("exa mple.com")]
    public async Task A_host_no_url_can_be_made_of_is_a_400(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.TryAddWithoutValidation("Host", host);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_host_longer_than_a_dns_name_is_a_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Host", new string('a', 300) + ".example");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Unknown_pages_are_404_every_time_and_never_from_a_cache()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/not-found")).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/no-such-page-{i}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/not-found")).StatusCode);
        }
        var page = await client.GetAsync("/timeline");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Headers.Age); // pages are not output-cached: each carries its circuit's own descriptor
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_problem_not_a_page()
    {
        var response = await client.GetAsync("/api/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline?lang=en")]
    [InlineData("/api/events")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task Head_works_wherever_get_does(string url)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_status_is_explained_to_a_person_in_their_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/timeline?%C3%A9=1");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("无法读取此地址", body);
    }
}

/// <summary>The pages' rate limit per client, with a small allowance so that a test can reach it.</summary>
public class PageRateLimitTests : IClassFixture<DashboardFactory>
{
    private readonly HttpClient client;

    public PageRateLimitTests(DashboardFactory factory) =>
        client = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:PagesPerSecond", "2")).CreateClient();

    [Fact]
    public async Task Unique_addresses_by_the_hundred_meet_the_limit_not_the_database()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++) statuses.Add((await client.GetAsync($"/timeline?q=made-up-{i}")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
    }
}
