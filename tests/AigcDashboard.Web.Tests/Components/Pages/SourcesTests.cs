using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Pages;

public class SourcesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Each_article_lists_the_records_it_supports_under_the_filter()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/sources?lang=en&region=CN");
        var cut = ctx.RenderPage<Sources>();
        Assert.Equal(["S0", "S1", "S2", "S3", "S4"], cut.FindAll("article.source-card").Select(a => a.Id));
        var s3 = cut.Find("article#S3");
        var events = int.Parse(s3.QuerySelectorAll(".source-counts dd")[0].TextContent);
        Assert.Equal(TestData.Seeds.Events.Count(e => e.Source == "S3" && e.Region == "CN"), events);
    }
}
