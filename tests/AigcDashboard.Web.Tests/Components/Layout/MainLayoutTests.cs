using AigcDashboard.Web.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Tests.Components.Layout;

/// <summary>The frame: navigation that keeps the filter, the meeting mode of the view, and an error
/// boundary that keeps the circuit alive when a page fails.</summary>
public class MainLayoutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private sealed class Failing : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("a component failed");
    }

    private static RenderFragment Body<T>() where T : IComponent => b => { b.OpenComponent<T>(0); b.CloseComponent(); };

    [Fact]
    public async Task The_navigation_and_the_meeting_link_keep_the_filter()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/timeline?region=CN&lang=en&at=2023", providers: false);
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        Assert.Equal(["/?region=CN&lang=en", "/timeline?region=CN&lang=en", "/funding?region=CN&lang=en", "/stages?region=CN&lang=en", "/sources?region=CN&lang=en"],
            cut.FindAll(".nav-menu a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/present/timeline?region=CN&lang=en", cut.Find("a[aria-label='Present']").GetAttribute("href"));
        Assert.Equal("connected", cut.Find("#app").GetAttribute("data-circuit"));
    }

    [Fact]
    public async Task A_failing_page_shows_a_message_and_a_retry_and_the_frame_lives_on()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/?lang=zh", providers: false);
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, Body<Failing>()));
        Assert.Contains("这部分页面无法显示", cut.Find(".page-error").TextContent);
        Assert.DoesNotContain("a component failed", cut.Markup);
        Assert.NotEmpty(cut.FindAll(".nav-menu a"));
        cut.Find(".page-error button").Click(); // retries; the page fails again, and says so again
        Assert.Contains("重试", cut.Find(".page-error").TextContent);
    }

    [Fact]
    public async Task The_language_switch_loads_the_same_view_in_the_other_language()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/stages?axis=region&lang=zh", providers: false);
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        var menu = cut.FindComponent<Web.Components.Controls.LanguageMenu>();
        menu.Find("button[aria-label='语言']").Click();
        cut.WaitForState(() => cut.FindComponents<MudBlazor.MudMenuItem>().Count == 2);
        var items = cut.FindComponents<MudBlazor.MudMenuItem>();
        Assert.All(items, i => Assert.Equal("_top", i.Instance.Target)); // a page of its own, not a step on the circuit
        Assert.Equal(["/stages?axis=region&lang=zh", "/stages?axis=region&lang=en"], items.Select(i => i.Instance.Href));
    }

    [Fact]
    public async Task Choosing_a_theme_switches_it_at_once_and_remembers_it()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/?lang=en", providers: false);
        var module = ctx.JSInterop.SetupModule(m => m.Arguments.Count == 1 && ((string)m.Arguments[0]!).Contains("ThemeMenu"));
        module.SetupVoid("remember", "dark").SetVoidResult();
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        var theme = cut.FindComponent<Web.Components.Controls.ThemeMenu>();
        theme.Find("button[aria-label='Theme']").Click();
        cut.WaitForState(() => cut.FindComponents<MudBlazor.MudMenuItem>().Count == 3);
        await cut.InvokeAsync(() => cut.FindComponents<MudBlazor.MudMenuItem>()[2].Instance.OnClick.InvokeAsync());
        Assert.Equal("theme-dark", cut.Find("#app").ClassName);
        module.VerifyInvoke("remember");
    }

    [Fact]
    public async Task A_theme_the_browser_cannot_remember_still_switches_and_the_circuit_lives_on()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/?lang=en", providers: false);
        var module = ctx.JSInterop.SetupModule(m => m.Arguments.Count == 1 && ((string)m.Arguments[0]!).Contains("ThemeMenu"));
        module.SetupVoid("remember", "dark").SetException(new Microsoft.JSInterop.JSException("cookies are blocked"));
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        cut.Find("button[aria-label='Theme']").Click();
        cut.WaitForState(() => cut.FindComponents<MudBlazor.MudMenuItem>().Count == 3);
        await cut.InvokeAsync(() => cut.FindComponents<MudBlazor.MudMenuItem>()[2].Instance.OnClick.InvokeAsync());
        Assert.Equal("theme-dark", cut.Find("#app").ClassName);
    }
}
