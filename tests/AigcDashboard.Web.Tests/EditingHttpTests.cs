using System.Net;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>Signing in and editing through the real pipeline: cookies, antiforgery, redirects,
/// the output cache emptied by a save, and the security headers and rate limits around them.</summary>
public class EditingHttpTests : IClassFixture<DashboardFactory>
{
    private readonly WebApplicationFactory<Program> factory;

    // Many sign-ins from one test client: the per-client limit has its own test below.
    public EditingHttpTests(DashboardFactory fixture) =>
        factory = fixture.WithWebHostBuilder(b => b.UseSetting("RateLimits:SignInPerMinute", "1000"));

    private static readonly HtmlParser Parser = new();

    private Task CreateUser(string name, string role) => Forms.CreateUserAsync(factory, name, role);

    private HttpClient Browser() => factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    private Task<HttpClient> SignedIn(string name = "alice", string role = Roles.Admin) => Forms.NewUserSignedInAsync(factory, name, role);

    [Fact]
    public async Task Editing_pages_send_an_anonymous_visitor_to_sign_in_and_back()
    {
        var response = await Browser().GetAsync("/admin/events/ev-chatgpt-launch");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fadmin%2Fevents%2Fev-chatgpt-launch", response.Headers.Location!.PathAndQuery);
        var page = Parser.ParseDocument(await Browser().GetStringAsync(response.Headers.Location.PathAndQuery));
        Assert.Equal("/admin/events/ev-chatgpt-launch", page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/admin/events/ev-chatgpt-launch", "/admin/events/ev-chatgpt-launch")]
    [InlineData("/timeline?lang=en#h-events", "/timeline?lang=en#h-events")]
    [InlineData("/timeline?q=生成式", "/timeline?q=%E7%94%9F%E6%88%90%E5%BC%8F")] // a header is ASCII: encoded, not a 500
    [InlineData("/\t/evil.example/x", "/")]      // browsers drop the tab and read //evil.example
    [InlineData("/\n/evil.example/x", "/")]
    [InlineData("/admin\r\nSet-Cookie: a=b", "/")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example/x", "/")]
    [InlineData("https://evil.example/x", "/")]
    [InlineData("", "/")]
    public void The_return_address_is_a_path_of_this_site_a_location_header_can_carry(string returnUrl, string expected) =>
        Assert.Equal(expected, AccountEndpoints.LocalOrHome(returnUrl));

    [Fact]
    public async Task Signing_in_with_a_crafted_return_address_signs_in_and_stays_on_the_site()
    {
        await CreateUser("erin", Roles.Editor);
        foreach (var (returnUrl, location) in new[] { ("/\t/evil.example/x", "/"), ("/admin\r\nX: y", "/"), ("/timeline?q=中", "/timeline?q=%E4%B8%AD") })
        {
            var client = Browser();
            var form = await Forms.OfAsync(client, "/account/sign-in");
            (form["userName"], form["password"], form["returnUrl"]) = ("erin", Forms.Password, returnUrl);
            var response = await client.PostAsync("/account/session", new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(location, response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode); // signed in
            // The sign-in page given the same address offers only the safe one.
            var page = Parser.ParseDocument(await Browser().GetStringAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl)));
            Assert.Equal(location, page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        }
    }

    /// <summary>Issue 16 saw /admin/audit and the lists answer without it. Now every page is a Razor
    /// component, rendering asks antiforgery for a token, and antiforgery marks such an answer
    /// "no-cache, no-store". This keeps it so for the pages a signed-in person sees.</summary>
    [Fact]
    public async Task Every_signed_in_page_is_kept_by_no_browser_or_proxy()
    {
        var admin = await SignedIn("frank", Roles.Admin);
        foreach (var path in new[] { "/admin", "/admin/audit", "/admin/events", "/admin/events/ev-chatgpt-launch", "/admin/rounds", "/admin/import", "/timeline?lang=en" })
        {
            var response = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        }
        // Static assets keep their own caching.
        Assert.False((await admin.GetAsync("/favicon.svg")).Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        await CreateUser("carol", Roles.Editor);
        foreach (var (name, password) in new[] { ("carol", "not the password at all"), ("nobody", Forms.Password) })
        {
            var client = Browser();
            var form = await Forms.OfAsync(client, "/account/sign-in");
            (form["userName"], form["password"]) = (name, password);
            var response = await client.PostAsync("/account/session", new FormUrlEncodedContent(form));
            Assert.StartsWith("/account/sign-in?failed=1", response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await CreateUser("dave", Roles.Editor);
        var fields = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "dave", ["password"] = Forms.Password });
        var response = await Browser().PostAsync("/account/session", fields);
        Assert.Equal("/account/sign-in?expired=1", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("aigc-auth")));

        // A signed-in editor's form posted without its token changes nothing either.
        var editor = await SignedIn("dave", Roles.Editor);
        var form = await Forms.OfAsync(editor, "/admin/events/ev-chatgpt-launch", "event-editor");
        form.Remove("__RequestVerificationToken");
        form["Input.TitleEn"] = "Forged title";
        var forged = await editor.PostAsync("/admin/events/ev-chatgpt-launch", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("Forged title", await Browser().GetStringAsync("/timeline?lang=en&event=ev-chatgpt-launch"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Browser().PostAsync("/timeline", fields)).StatusCode);
    }

    [Fact]
    public async Task A_saved_edit_reaches_the_cached_dashboard_on_the_next_request()
    {
        var viewer = Browser();
        Assert.Contains("OpenAI launches ChatGPT", await viewer.GetStringAsync("/timeline?lang=en&event=ev-chatgpt-launch")); // now cached

        var editor = await SignedIn();
        var form = await Forms.OfAsync(editor, "/admin/events/ev-chatgpt-launch", "event-editor");
        form["Input.TitleEn"] = "<script>alert('x')</script> ChatGPT, edited";
        var saved = await editor.PostAsync("/admin/events/ev-chatgpt-launch", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/events/ev-chatgpt-launch?saved=1", saved.Headers.Location!.PathAndQuery);

        var html = await viewer.GetStringAsync("/timeline?lang=en&event=ev-chatgpt-launch");
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; ChatGPT, edited", html); // shown as text, never run
        Assert.DoesNotContain("<script>alert", html);
        var audit = Parser.ParseDocument(await editor.GetStringAsync("/admin/audit"));
        Assert.Contains("ev-chatgpt-launch", audit.QuerySelector(".audit-table tbody tr")!.TextContent);
    }

    [Fact]
    public async Task A_bad_value_is_named_next_to_its_field_and_what_was_typed_stays()
    {
        var editor = await SignedIn("erin", Roles.Editor);
        var form = await Forms.OfAsync(editor, "/admin/events/ev-chatgpt-launch", "event-editor");
        (form["Input.Date"], form["Input.TitleZh"]) = ("2022-02-30", "新的标题");
        var response = await editor.PostAsync("/admin/events/ev-chatgpt-launch", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(doc.QuerySelector("#f-input-date-error"));
        Assert.Equal("true", doc.QuerySelector("#f-input-date")!.GetAttribute("aria-invalid"));
        Assert.Equal("2022-02-30", doc.QuerySelector("#f-input-date")!.GetAttribute("value"));
        Assert.Equal("新的标题", doc.QuerySelector("#f-input-titlezh")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_second_of_two_editors_sees_a_conflict_and_keeps_what_they_typed()
    {
        var alice = await SignedIn("frank", Roles.Editor);
        var bob = await SignedIn("grace", Roles.Editor);
        var a = await Forms.OfAsync(alice, "/admin/events/ev-stable-diffusion-release", "event-editor");
        var b = await Forms.OfAsync(bob, "/admin/events/ev-stable-diffusion-release", "event-editor");
        a["Input.TitleEn"] = "Stable Diffusion, first editor";
        b["Input.TitleEn"] = "Stable Diffusion, second editor";
        Assert.Equal(HttpStatusCode.Redirect, (await alice.PostAsync("/admin/events/ev-stable-diffusion-release", new FormUrlEncodedContent(a))).StatusCode);

        var response = await bob.PostAsync("/admin/events/ev-stable-diffusion-release", new FormUrlEncodedContent(b));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var doc = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Stable Diffusion, first editor", doc.QuerySelector(".conflict")!.TextContent);
        Assert.Equal("Stable Diffusion, second editor", doc.QuerySelector("#f-input-titleen")!.GetAttribute("value"));
        Assert.Contains("Stable Diffusion, first editor", await Browser().GetStringAsync("/timeline?lang=en&event=ev-stable-diffusion-release"));
    }

    [Fact]
    public async Task A_refused_value_is_explained_in_the_readers_language()
    {
        var editor = await SignedIn("lin", Roles.Editor);
        foreach (var (lang, expected) in new[] { ("zh", "1950 至 2100 年间的日期"), ("en", "A date from 1950 to 2100") })
        {
            var url = $"/admin/events/ev-chatgpt-launch?lang={lang}";
            var form = await Forms.OfAsync(editor, url, "event-editor");
            form["Input.Date"] = "2022-13";
            var refused = await editor.PostAsync(url, new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(expected, Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector("#f-input-date-error")!.TextContent);
        }
    }

    [Fact]
    public async Task A_funding_round_is_edited_the_same_way_and_the_funding_page_shows_it()
    {
        var id = TestData.Seeds.FundingRounds.First(r => r.OrgId == "stability-ai").Id;
        var viewer = Browser();
        Assert.DoesNotContain("Seed round (corrected)", await viewer.GetStringAsync("/funding?lang=en")); // cached now
        var editor = await SignedIn("judy", Roles.Editor);

        var form = await Forms.OfAsync(editor, $"/admin/rounds/{id}", "round-editor");
        form["Input.Amount"] = "about a hundred million";
        var refused = await editor.PostAsync($"/admin/rounds/{id}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull(Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector("#f-input-amount-error"));

        form = await Forms.OfAsync(editor, $"/admin/rounds/{id}", "round-editor");
        form["Input.Round"] = "Seed round (corrected)";
        var saved = await editor.PostAsync($"/admin/rounds/{id}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Seed round (corrected)", await viewer.GetStringAsync("/funding?lang=en"));
    }

    [Fact]
    public async Task An_organization_that_events_name_is_not_deleted_and_the_page_says_why()
    {
        var editor = await SignedIn("kim", Roles.Editor);
        var form = await Forms.OfAsync(editor, "/admin/organizations/openai?lang=en", "organization-delete");
        var response = await editor.PostAsync("/admin/organizations/openai?lang=en", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var doc = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Still named by", doc.QuerySelector(".delete-form .field-error")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await Browser().GetAsync("/api/organizations?org=openai")).StatusCode);

        // An event's delete form, from a stale version, is a conflict; from the current one it deletes.
        using (var scope = factory.Services.CreateScope())
        {
            var made = await scope.ServiceProvider.GetRequiredService<AigcDashboard.Core.Editing.RecordEditor>().SaveEventAsync(new()
            {
                Id = "ev-to-delete", Date = "2023", Category = "market", TitleZh = "待删", TitleEn = "To delete", DescriptionZh = "描述",
                DescriptionEn = "Description", SourceId = "S3", Locator = "¶1", Basis = "reported",
            }, isNew: true, "kim");
            Assert.Equal(AigcDashboard.Core.Editing.EditOutcome.Saved, made.Outcome);
        }
        var delete = await Forms.OfAsync(editor, "/admin/events/ev-to-delete?lang=en", "event-delete");
        var stale = new Dictionary<string, string>(delete) { ["DeleteForm"] = "99" };
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostAsync("/admin/events/ev-to-delete?lang=en", new FormUrlEncodedContent(stale))).StatusCode);
        var deleted = await editor.PostAsync("/admin/events/ev-to-delete?lang=en", new FormUrlEncodedContent(delete));
        Assert.Equal("/admin/events?deleted=ev-to-delete", deleted.Headers.Location!.PathAndQuery);
        Assert.NotNull(Parser.ParseDocument(await editor.GetStringAsync("/admin/events/ev-to-delete?lang=en")).QuerySelector(".alert-warning"));
    }

    [Theory]
    [InlineData("metrics", "metric-editor", "Input.Value", "a lot")]
    [InlineData("placements", "placement-editor", "Input.Stage", "dream")]
    public async Task Figures_and_placements_have_editors_that_refuse_a_bad_field(string kind, string form, string field, string value)
    {
        var editor = await SignedIn("lee", Roles.Editor);
        var id = kind == "metrics" ? TestData.Seeds.Metrics[0].Id : TestData.Seeds.Placements[0].Id;
        var fields = await Forms.OfAsync(editor, $"/admin/{kind}/{id}?lang=en", form);
        Assert.Equal(id, fields["Input.Id"]);
        fields[field] = value;
        var response = await editor.PostAsync($"/admin/{kind}/{id}?lang=en", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull(Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector($"#f-{field.Replace('.', '-').ToLowerInvariant()}-error"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/{kind}")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_log()
    {
        var editor = await SignedIn("heidi", Roles.Editor);
        var response = await editor.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_the_usual_headers()
    {
        var response = await Browser().GetAsync("/timeline?lang=en");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        // No script but files of this origin; styles may be inline (MudThemeProvider writes the palette as a style element).
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("connect-src 'self'", csp); // the circuit's WebSocket
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var doc = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
    }
}

/// <summary>The API's rate limit, with a small allowance so that a test can reach it.</summary>
public class ApiRateLimitTests : IClassFixture<DashboardFactory>
{
    private readonly HttpClient client;

    public ApiRateLimitTests(DashboardFactory factory) =>
        client = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerSecond", "2")).CreateClient();

    [Fact]
    public async Task A_client_over_the_api_allowance_gets_429_with_when_to_retry()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10; i++)
        {
            var r = await client.GetAsync("/api/sources?x=" + i);
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests) refused ??= r;
        }
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.NotNull(refused);
        Assert.NotNull(refused!.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/timeline")).StatusCode); // pages are not limited
    }
}

/// <summary>The sign-in limit, at its default allowance.</summary>
public class SignInRateLimitTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Sign_in_tries_are_limited_per_client()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            var form = await Forms.OfAsync(client, "/account/sign-in");
            (form["userName"], form["password"]) = ("mallory", "guess number " + i);
            last = await client.PostAsync("/account/session", new FormUrlEncodedContent(form));
        }
        Assert.Equal(HttpStatusCode.SeeOther, last!.StatusCode);
        Assert.Equal("/account/sign-in?limited=1", last.Headers.Location!.OriginalString);
        Assert.NotNull(last.Headers.RetryAfter);
    }
}
