using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests;

/// <summary>The components rendered with the real seed data, asserting on what a user sees.</summary>
public class ComponentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private ComponentContext Context(string url) => new(fixture.Database, url);

    [Fact]
    public void Filter_bar_shows_the_chosen_regions_checked_and_offers_the_regions_in_the_data()
    {
        using var ctx = Context("/timeline?region=CN");
        var cut = ctx.Render<FilterBar>(p => p.Add(x => x.Path, "/timeline").Add(x => x.Regions, ["CN", "GB", "US"]));
        Assert.Equal(["CN", "GB", "US"], cut.FindAll("input[name=region]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["CN"], cut.FindAll("input[name=region][checked]").Select(i => i.GetAttribute("value")));
        Assert.Contains("中国", cut.Find("label.region-option").TextContent);
        Assert.Equal("/timeline", cut.Find("form").GetAttribute("hx-get"));
        Assert.Equal("true", cut.Find("form").GetAttribute("hx-push-url"));
    }

    [Fact]
    public void Filter_bar_shows_a_bad_value_next_to_its_field()
    {
        using var ctx = Context("/?region=ZZ&from=2022-13-45");
        var cut = ctx.Render<FilterBar>(p => p.Add(x => x.Path, "/").Add(x => x.Regions, ["CN"]));
        Assert.Contains("ZZ", cut.Find("#e-region").TextContent);
        Assert.Contains("2022-13-45", cut.Find("#e-from").TextContent);
        Assert.Contains("has-error", cut.Find("fieldset.region-field").ClassName);
    }

    [Fact]
    public void Overview_cards_are_computed_from_the_database()
    {
        using var ctx = Context("/?lang=en");
        var cut = ctx.RenderPage<Overview>();
        cut.WaitForElement(".key-figure");
        string Card(string label) => cut.FindAll(".key-figure").Single(c => c.QuerySelector(".key-label")!.TextContent == label)
            .QuerySelector(".key-value")!.TextContent;
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), Card("Events"));
        Assert.Equal(TestData.Seeds.FundingRounds.Count.ToString(), Card("Funding rounds"));
        Assert.Equal(TestData.Seeds.Organizations.Count.ToString(), Card("Organizations"));
        var usd = TestData.Seeds.FundingRounds.Where(r => r.Currency == "USD").Sum(r => r.Amount!.Value);
        Assert.Equal(Infrastructure.Formats.Money(usd, "USD", "en"), Card("Disclosed funding (USD)"));
    }

    [Fact]
    public void Overview_for_China_counts_only_Chinese_events()
    {
        using var ctx = Context("/?region=CN");
        var cut = ctx.RenderPage<Overview>();
        cut.WaitForElement(".key-figure");
        var events = cut.FindAll(".key-figure").First(c => c.QuerySelector(".key-label")!.TextContent == "事件");
        Assert.Equal(TestData.Seeds.Events.Count(e => e.Region == "CN").ToString(), events.QuerySelector(".key-value")!.TextContent);
    }

    [Fact]
    public void Key_figure_card_shows_value_label_and_detail()
    {
        using var ctx = Context("/");
        var cut = ctx.Render<KeyFigureCard>(p => p.Add(x => x.Label, "事件").Add(x => x.Value, "102")
            .AddChildContent("2016年 – 2024年3月"));
        Assert.Equal("102", cut.Find(".key-value").TextContent);
        Assert.Equal("事件", cut.Find(".key-label").TextContent);
        Assert.Equal("2016年 – 2024年3月", cut.Find(".key-detail").TextContent);
    }
}
