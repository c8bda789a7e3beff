using System.Net;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>App instances sharing one database, as behind a load balancer (on test.sh's PostgreSQL
/// pass, one PostgreSQL database; on the SQLite pass, one file).</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private const string Page = "/timeline?lang=en&at=2022-11";
    private readonly TestAppDatabase database = new();

    public void Dispose() => database.Dispose();

    private static Dictionary<string, string> CheckDataVersion(bool check) => new() { ["Cache:CheckDataVersion"] = check ? "true" : "false" };

    private static Dictionary<string, string> KeyRing(string path) => new() { ["DataProtection:KeysPath"] = path };

    [Fact]
    public async Task An_edit_through_one_instance_is_seen_through_the_other_on_its_next_request()
    {
        using var a = new InstanceFactory(database, settings: CheckDataVersion(true));
        await Forms.CreateUserAsync(a, "ines", Roles.Editor);
        using var b = new InstanceFactory(database, settings: CheckDataVersion(true));
        using var notChecking = new InstanceFactory(database, settings: CheckDataVersion(false));

        var viewer = b.CreateClient();
        var before = await viewer.GetStringAsync(Page); // B holds this view in its shared view cache now
        var other = notChecking.CreateClient();
        await other.GetStringAsync(Page);

        var editor = await Forms.SignedInAsync(a, "ines");
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SaveEventTitleAsync(editor, "ev-chatgpt-launch", "Edited through instance A")).StatusCode);

        Assert.DoesNotContain("Edited through instance A", before);
        Assert.Contains("Edited through instance A", await viewer.GetStringAsync(Page));
        Assert.Contains("Edited through instance A", await a.CreateClient().GetStringAsync(Page));
        // The control: an instance that does not check the data version keeps showing its cached
        // view, which A's save could not evict. The check is what makes B right.
        Assert.DoesNotContain("Edited through instance A", await other.GetStringAsync(Page));
    }

    [Fact]
    public async Task A_sign_in_made_through_one_instance_holds_on_another_that_shares_the_key_ring()
    {
        var keys = Path.Combine(Path.GetTempPath(), $"aigc-keys-{Guid.NewGuid():N}");
        var elsewhere = keys + "-other";
        try
        {
            using var a = new InstanceFactory(database, settings: KeyRing(keys));
            await Forms.CreateUserAsync(a, "ines", Roles.Editor);
            using var b = new InstanceFactory(database, settings: KeyRing(keys));
            using var c = new InstanceFactory(database, settings: KeyRing(elsewhere));

            // One browser: one cookie jar, whichever instance answers.
            var jar = new CookieContainer();
            HttpClient Browser(InstanceFactory app) => app.CreateDefaultClient(new CookieContainerHandler(jar));
            var form = await Forms.OfAsync(Browser(a), "/account/sign-in");
            (form["userName"], form["password"]) = ("ines", Forms.Password);
            Assert.Equal(HttpStatusCode.Redirect, (await Browser(a).PostAsync("/account/session", new FormUrlEncodedContent(form))).StatusCode);

            Assert.Equal(HttpStatusCode.OK, (await Browser(b).GetAsync("/admin")).StatusCode);
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
            // The control: an instance with a key ring of its own cannot read the cookie.
            Assert.Equal(HttpStatusCode.Redirect, (await Browser(c).GetAsync("/admin")).StatusCode);
        }
        finally
        {
            foreach (var dir in new[] { keys, elsewhere })
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
