using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using Bunit;
using MudBlazor;

namespace AigcDashboard.Web.Tests.Components.Controls;

public class ActiveFiltersTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Each_active_filter_is_a_chip_that_closes_to_the_address_without_it()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/funding?region=US&org=runway&stage=assistance&lang=en&scale=log");
        var page = ctx.RenderPage<Funding>();
        var chips = page.FindComponent<ActiveFilters>().FindComponents<MudChip<string>>();
        Assert.Equal(["US", "Runway", "Assistance"], chips.Select(c => c.Instance.Text));
        await page.InvokeAsync(() => chips[1].Instance.OnClose.InvokeAsync(chips[1].Instance));
        Assert.Equal("/funding?region=US&stage=assistance&lang=en&scale=log", ctx.Address);
    }

    [Fact]
    public async Task An_organization_of_no_record_is_refused()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/funding?org=no-such-company&lang=en");
        var page = ctx.RenderPage<Funding>();
        Assert.Contains("org=no-such-company", page.Find(".invalid-address").TextContent);
    }
}
