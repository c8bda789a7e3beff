using System.Net;
using AngleSharp.Html.Parser;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>What a browser would post: a page's form read back with its values (antiforgery
/// token included), for the tests that sign in and edit through the real pipeline.</summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The form fields of a page's form (the first, or the one posting to <paramref name="handler"/>), antiforgery token included.</summary>
    public static async Task<Dictionary<string, string>> OfAsync(HttpClient client, string url, string? handler = null)
    {
        var doc = Parser.ParseDocument(await client.GetStringAsync(url));
        var form = handler is null ? doc.QuerySelector("main form[method=post]")! : doc.QuerySelector($"input[name=_handler][value={handler}]")!.Closest("form")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (input.GetAttribute("type") == "checkbox") { if (input.HasAttribute("checked")) fields[name] = "true"; continue; }
            fields[name] = input.TagName == "SELECT" ? input.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : input.TagName == "TEXTAREA" ? input.TextContent : input.GetAttribute("value") ?? "";
        }
        return fields;
    }

    /// <summary>The password of every account the tests make.</summary>
    public const string Password = "correct horse battery staple";

    /// <summary>Makes (or resets) an account with <see cref="Password"/>, as --create-user does.</summary>
    public static async Task CreateUserAsync(WebApplicationFactory<Program> app, string userName, string role)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Accounts>().CreateOrResetAsync(userName, Password, role);
    }

    /// <summary>Makes an account and returns a browser signed in with it.</summary>
    public static async Task<HttpClient> NewUserSignedInAsync(WebApplicationFactory<Program> app, string userName, string role)
    {
        await CreateUserAsync(app, userName, role);
        return await SignedInAsync(app, userName);
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) signed in through the sign-in form.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string userName)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await OfAsync(client, "/account/sign-in");
        (form["userName"], form["password"]) = (userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/session", new FormUrlEncodedContent(form))).StatusCode);
        return client;
    }

    /// <summary>Posts the event editor's form for <paramref name="eventId"/> with a new English title.</summary>
    public static async Task<HttpResponseMessage> SaveEventTitleAsync(HttpClient client, string eventId, string title)
    {
        var url = $"/admin/events/{eventId}?lang=en";
        var fields = await OfAsync(client, url, "event-editor");
        fields["Input.TitleEn"] = title;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
