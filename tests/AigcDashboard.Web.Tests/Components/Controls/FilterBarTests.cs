using MudBlazor.Extensions;
using Microsoft.Extensions.DependencyInjection;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using Bunit;
using MudBlazor;

namespace AigcDashboard.Web.Tests.Components.Controls;

/// <summary>The filter bar on a page over the seed data: it shows the address's filter, explains a
/// bad value beside its field, and every change is a navigation to the new address.</summary>
public class FilterBarTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private ComponentContext Context(string url) => new(fixture.Database, url);

    private static IRenderedComponent<FilterBar> Bar(IRenderedComponent<Timeline> page) => page.FindComponent<FilterBar>();

    [Fact]
    public async Task Shows_the_chosen_regions_and_offers_those_of_the_data()
    {
        await using var ctx = Context("/timeline?region=CN,US");
        var bar = Bar(ctx.RenderPage<Timeline>());
        var regions = bar.FindComponents<MudSelect<string>>()[0].Instance;
        Assert.Equal(["CN", "US"], regions.GetState(x => x.SelectedValues));
        Assert.Equal("中国、美国", bar.Find("#f-region").GetAttribute("value"));
        Assert.Contains("CN", bar.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value));
    }

    [Fact]
    public async Task Choosing_regions_navigates_to_the_new_address_and_keeps_the_zoom()
    {
        await using var ctx = Context("/timeline?lang=en&at=2023&page=2");
        var page = ctx.RenderPage<Timeline>();
        var regions = Bar(page).FindComponents<MudSelect<string>>()[0];
        await page.InvokeAsync(() => regions.Instance.SelectedValuesChanged.InvokeAsync(["US", "CN"]));
        // The table's page starts over; the zoom stays.
        Assert.Equal("/timeline?region=CN&region=US&lang=en&at=2023", ctx.Address);
        page.WaitForAssertion(() => Assert.Contains("China", page.Find(".active-filters").TextContent));
    }

    [Fact]
    public async Task Stage_category_and_dates_navigate_too()
    {
        await using var ctx = Context("/funding?lang=en");
        var page = ctx.RenderPage<Funding>();
        var bar = page.FindComponent<FilterBar>();
        await page.InvokeAsync(() => bar.FindComponents<MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync("novelty"));
        Assert.Equal("/funding?stage=novelty&lang=en", ctx.Address);
        await page.InvokeAsync(() => page.FindComponent<FilterBar>().FindComponents<MudSelect<string>>()[2].Instance.ValueChanged.InvokeAsync("funding"));
        Assert.Equal("/funding?stage=novelty&category=funding&lang=en", ctx.Address);
        await page.InvokeAsync(() => page.FindComponent<FilterBar>().FindComponent<MudDateRangePicker>().Instance
            .DateRangeChanged.InvokeAsync(new DateRange(new DateTime(2022, 1, 1), new DateTime(2022, 12, 31))));
        Assert.Equal("/funding?stage=novelty&category=funding&from=2022-01-01&to=2022-12-31&lang=en", ctx.Address);
    }

    [Fact]
    public async Task A_search_navigates_after_a_pause_and_refining_it_replaces_the_entry()
    {
        await using var ctx = Context("/timeline?lang=en");
        var page = ctx.RenderPage<Timeline>();
        var search = Bar(page).FindComponent<MudTextField<string>>();
        await page.InvokeAsync(() => search.Instance.OnDebounceIntervalElapsed.InvokeAsync("chat"));
        Assert.Equal("/timeline?q=chat&lang=en", ctx.Address);
        var history = ctx.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().History;
        Assert.False(history.First().Options.ReplaceHistoryEntry);
        await page.InvokeAsync(() => Bar(page).FindComponent<MudTextField<string>>().Instance.OnDebounceIntervalElapsed.InvokeAsync("chatgpt"));
        Assert.Equal("/timeline?q=chatgpt&lang=en", ctx.Address);
        Assert.True(history.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task A_search_with_a_control_character_is_explained_beside_it_and_goes_nowhere()
    {
        await using var ctx = Context("/timeline?lang=zh");
        var page = ctx.RenderPage<Timeline>();
        await page.InvokeAsync(() => Bar(page).FindComponent<MudTextField<string>>().Instance.OnDebounceIntervalElapsed.InvokeAsync("chat\u0007gpt"));
        Assert.Equal("/timeline?lang=zh", ctx.Address);
        page.WaitForAssertion(() => Assert.Contains("控制字符", Bar(page).Find(".filter-search").TextContent));
    }

    [Fact]
    public async Task A_bad_value_in_the_address_is_explained_under_its_field()
    {
        await using var ctx = Context("/timeline?region=ZZ&from=2022-13-45&lang=en");
        var bar = Bar(ctx.RenderPage<Timeline>());
        Assert.Contains("ZZ", bar.Find(".filter-regions .mud-input-error").TextContent);
        Assert.Contains("2022-13-45", bar.Find(".filter-dates .mud-input-error").TextContent);
    }

    [Fact]
    public async Task On_a_phone_the_fields_fold_behind_a_button_that_counts_the_filters_in_use()
    {
        await using var ctx = Context("/timeline?region=CN,US&stage=novelty&from=2022&to=2023&lang=en");
        var bar = Bar(ctx.RenderPage<Timeline>());
        var toggle = bar.Find("button.filter-toggle");
        Assert.Equal("Filters (4)", toggle.TextContent.Trim());
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.DoesNotContain("unfolded", bar.Find("#filter-fields").ClassName);
        toggle.Click();
        bar.WaitForAssertion(() => Assert.Contains("unfolded", bar.Find("#filter-fields").ClassName));
        Assert.Equal("true", bar.Find("button.filter-toggle").GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task A_field_with_an_error_is_never_folded_away()
    {
        await using var ctx = Context("/timeline?region=ZZ&stage=novelty&lang=zh");
        var bar = Bar(ctx.RenderPage<Timeline>());
        Assert.Contains("unfolded", bar.Find("#filter-fields").ClassName);
        Assert.Equal("筛选（1）", bar.Find("button.filter-toggle").TextContent.Trim()); // the stage; the refused region is no filter
    }

    [Fact]
    public async Task A_bad_value_that_is_not_the_filters_own_leaves_the_fields_folded()
    {
        await using var ctx = Context("/timeline?page=0&lang=en");
        var bar = Bar(ctx.RenderPage<Timeline>());
        Assert.DoesNotContain("unfolded", bar.Find("#filter-fields").ClassName);
        Assert.Empty(bar.FindAll(".mud-input-error"));
    }
}
