using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Dialogs;

/// <summary>The detail dialogs are addressed by the URL: they open from it and closing them changes it.</summary>
public class EventDialogTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_cluster_at_the_finest_zoom_lists_its_events_each_a_link_to_its_detail()
    {
        var ids = TestData.Seeds.Events.Where(e => e.Date.StartsWith("2023-08")).Select(e => e.Id).Take(3).ToList();
        await using var ctx = new ComponentContext(fixture.Database, $"/timeline?lang=en&at=2023-08&event={string.Join(',', ids)}");
        ctx.RenderPage<Timeline>();
        ctx.Dialogs.WaitForAssertion(() => Assert.Equal($"{ids.Count} events", ctx.Dialogs.Find("#event-dialog-title").TextContent));
        var links = ctx.Dialogs.FindAll(".event-dialog .related a[href*='event=']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(ids.Select(id => $"/timeline?lang=en&at=2023-08&event={id}"), links);
    }

    [Fact]
    public async Task Escape_and_the_close_button_are_the_dialogs_own()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/timeline?lang=en&event=ev-chatgpt-launch");
        ctx.RenderPage<Timeline>();
        ctx.Dialogs.WaitForElement(".event-dialog");
        ctx.Dialogs.Find(".mud-dialog-title button[aria-label]").Click();
        ctx.Dialogs.WaitForAssertion(() => Assert.Equal("/timeline?lang=en", ctx.Address));
    }
}
