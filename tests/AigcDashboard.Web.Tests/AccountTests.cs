using System.Net;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Tests;

/// <summary>Accounts in ASP.NET Core Identity: the ones made before it still sign in, a copied
/// cookie dies with a sign-out or a new password, repeated failures lock an account, and an open
/// circuit's user is checked again.</summary>
public sealed class AccountTests : IDisposable
{
    private readonly TestAppDatabase database = new();
    private InstanceFactory? app;

    private InstanceFactory App => app ??= new InstanceFactory(database);

    public void Dispose()
    {
        app?.Dispose();
        database.Dispose();
    }

    /// <summary>Signs in through the form; returns the client and the sign-in cookie it was given.</summary>
    private static async Task<(HttpClient Client, string Cookie, HttpResponseMessage Answer)> SignInAsync(WebApplicationFactory<Program> app, string name, string password = Forms.Password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await Forms.OfAsync(client, "/account/sign-in");
        (form["userName"], form["password"]) = (name, password);
        var answer = await client.PostAsync("/account/session", new FormUrlEncodedContent(form));
        var cookie = answer.Headers.TryGetValues("Set-Cookie", out var set) ? set.FirstOrDefault(c => c.StartsWith("aigc-auth=", StringComparison.Ordinal))?.Split(';')[0] : null;
        return (client, cookie ?? "", answer);
    }

    /// <summary>Another browser holding a copy of <paramref name="cookie"/>.</summary>
    private HttpClient Replaying(string cookie)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in");

    [Fact]
    public async Task A_cookie_copied_before_sign_out_reads_and_saves_nothing_after_it()
    {
        await Forms.CreateUserAsync(App, "sofia", Roles.Admin);
        var (client, cookie, _) = await SignInAsync(App, "sofia");
        var copy = Replaying(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/admin/audit")).StatusCode);
        var editorForm = await Forms.OfAsync(copy, "/admin/events/ev-chatgpt-launch?lang=en", "event-editor");

        var signOut = await Forms.OfAsync(client, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/session/end", new FormUrlEncodedContent(signOut))).StatusCode);

        Assert.True(SentToSignIn(await copy.GetAsync("/admin/audit")));
        editorForm["Input.TitleEn"] = "Saved with a stale cookie";
        Assert.True(SentToSignIn(await copy.PostAsync("/admin/events/ev-chatgpt-launch?lang=en", new FormUrlEncodedContent(editorForm))));
        await using var db = Context();
        Assert.NotEqual("Saved with a stale cookie", (await db.Events.SingleAsync(e => e.Id == "ev-chatgpt-launch")).TitleEn);
    }

    [Fact]
    public async Task A_new_password_ends_every_session_of_that_user_and_no_one_else_s()
    {
        await Forms.CreateUserAsync(App, "pavel", Roles.Editor);
        await Forms.CreateUserAsync(App, "petra", Roles.Editor);
        var (_, laptop, _) = await SignInAsync(App, "pavel");
        var (_, phone, _) = await SignInAsync(App, "pavel");
        var (_, other, _) = await SignInAsync(App, "petra");

        using (var scope = App.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<Accounts>().CreateOrResetAsync("pavel", "a brand new passphrase", Roles.Editor);

        Assert.True(SentToSignIn(await Replaying(laptop).GetAsync("/admin")));
        Assert.True(SentToSignIn(await Replaying(phone).GetAsync("/admin")));
        Assert.Equal(HttpStatusCode.OK, (await Replaying(other).GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(App, "pavel", "a brand new passphrase")).Answer.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_that_account_only_and_a_new_password_unlocks_it()
    {
        await Forms.CreateUserAsync(App, "lena", Roles.Editor);
        await Forms.CreateUserAsync(App, "liam", Roles.Editor);
        for (var i = 0; i < Accounts.MaxFailedTries; i++)
            Assert.StartsWith("/account/sign-in?failed=1", (await SignInAsync(App, "lena", "not her password at all")).Answer.Headers.Location!.OriginalString);

        // The right password now gets the answer a wrong one gets, which says that accounts lock.
        var (locked, _, answer) = await SignInAsync(App, "lena");
        Assert.StartsWith("/account/sign-in?failed=1", answer.Headers.Location!.OriginalString);
        Assert.Contains($"After {Accounts.MaxFailedTries} wrong passwords in a row an account is locked for 15 minutes.",
            await locked.GetStringAsync(answer.Headers.Location.OriginalString + "&lang=en"));
        Assert.True(SentToSignIn(await locked.GetAsync("/admin")));

        // Someone else at the same address is not locked out.
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync(App, "liam")).Client.GetAsync("/admin")).StatusCode);

        await Forms.CreateUserAsync(App, "lena", Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync(App, "lena")).Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Accounts_made_before_identity_still_sign_in_with_their_roles_and_an_old_hash_is_rehashed()
    {
        // A database as the dashboard made it until 2026-12-04: its own Users table, hashes made with
        // fewer iterations than Identity now uses.
        var oldHasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        var oldHash = oldHasher.HashPassword(new object(), Forms.Password);
        await using (var db = Context())
        {
            await TestData.BuildAsHandWrittenAsync(db);
            foreach (var (name, role) in new[] { ("olga", Roles.Admin), ("Ödön", Roles.Editor) })
                await db.Database.ExecuteSqlAsync($"""INSERT INTO "Users" ("UserName", "PasswordHash", "Role", "CreatedUtc") VALUES ({name}, {oldHash}, {role}, {DateTime.UtcNow})""");
        }

        var admin = (await SignInAsync(App, "olga")).Client;
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/audit")).StatusCode);
        var editor = (await SignInAsync(App, "Ödön")).Client;
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/admin/audit")).StatusCode);

        await using var check = Context();
        var olga = await check.Users.SingleAsync(u => u.UserName == "olga");
        Assert.NotEqual(oldHash, olga.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<DashboardUser>().VerifyHashedPassword(olga, olga.PasswordHash!, Forms.Password));
    }

    [Fact]
    public async Task An_open_circuit_loses_its_user_when_the_user_is_locked_removed_or_signed_out_elsewhere()
    {
        await Forms.CreateUserAsync(App, "vera", Roles.Editor);
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<DashboardUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var vera = (await users.FindByNameAsync("vera"))!;
        Task<bool> Valid(System.Security.Claims.ClaimsPrincipal p) => AccountRevalidation.IsStillValidAsync(users, p, options);

        var principal = await signIn.CreateUserPrincipalAsync(vera);
        Assert.True(await Valid(principal));

        await users.UpdateSecurityStampAsync(vera);
        Assert.False(await Valid(principal));

        principal = await signIn.CreateUserPrincipalAsync(vera);
        await users.SetLockoutEndDateAsync(vera, DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.False(await Valid(principal));

        await users.SetLockoutEndDateAsync(vera, null);
        Assert.True(await Valid(principal));
        await users.DeleteAsync(vera);
        Assert.False(await Valid(principal));
    }

    private DashboardDbContext Context() => new((DbContextOptions<DashboardDbContext>)DashboardDbContext
        .Configure(new DbContextOptionsBuilder<DashboardDbContext>(), database.ConnectionString(), database.Provider).Options);
}
