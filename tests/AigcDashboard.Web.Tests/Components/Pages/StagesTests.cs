using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Pages;

/// <summary>The stage matrix over the seed data, and a cell's placements in their dialog.</summary>
public class StagesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private ComponentContext Context(string url) => new(fixture.Database, url);

    private static int Count(AngleSharp.Dom.IElement td) => int.Parse(td.QuerySelector(".cell-count")!.TextContent);

    [Fact]
    public async Task Shows_the_three_stages_against_the_kinds_of_company()
    {
        await using var ctx = Context("/stages?lang=en");
        var cut = ctx.RenderPage<Stages>();
        Assert.Equal(["Novelty (sensory impact)", "Assistance (cognitive collaboration)", "Original creation (new ecosystem)"],
            cut.FindAll(".stage-matrix tbody th").Select(th => th.TextContent));
        Assert.Equal(["Platform companies", "Application companies", "Existing products made intelligent"],
            cut.FindAll(".stage-matrix thead th").Skip(1).Select(th => th.TextContent));
        Assert.Equal(TestData.Seeds.Placements.Count, cut.FindAll(".stage-matrix td").Sum(Count));
        Assert.All(cut.FindAll(".stage-matrix tbody tr"), row => Assert.True(row.QuerySelectorAll("td").Sum(Count) > 0));
    }

    [Theory]
    [InlineData("business-model")]
    [InlineData("modality")]
    [InlineData("region")]
    [InlineData("audience")]
    public async Task Switching_the_axis_re_pivots_and_marks_the_choice(string axis)
    {
        await using var ctx = Context($"/stages?lang=en&axis={axis}");
        var cut = ctx.RenderPage<Stages>();
        Assert.Equal("true", cut.Find($"#axis-{axis}").GetAttribute("aria-current"));
        var cells = axis is "business-model" or "modality"
            ? TestData.Seeds.Placements.Sum(p => Math.Max(1, (axis == "modality" ? p.Modalities : p.BusinessModels).Count))
            : TestData.Seeds.Placements.Count;
        Assert.Equal(cells, cut.FindAll(".stage-matrix td").Sum(Count));
    }

    [Fact]
    public async Task A_change_of_filter_keeps_the_axis()
    {
        await using var ctx = Context("/stages?lang=en&axis=region");
        var cut = ctx.RenderPage<Stages>();
        await cut.InvokeAsync(() => cut.FindComponents<MudBlazor.MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync("assistance"));
        cut.WaitForAssertion(() => Assert.EndsWith("/stages?stage=assistance&lang=en&axis=region", ctx.Uri));
    }

    [Fact]
    public async Task Cells_are_shaded_by_count_and_link_to_their_placements()
    {
        await using var ctx = Context("/stages?lang=en");
        var cut = ctx.RenderPage<Stages>();
        var busiest = cut.FindAll(".stage-matrix td").OrderByDescending(Count).First();
        Assert.Contains("heat-5", busiest.ClassName);
        Assert.Contains("cell=", busiest.QuerySelector("a")!.GetAttribute("href"));
        Assert.All(cut.FindAll(".stage-matrix td").Where(td => Count(td) == 0), td => Assert.Contains("heat-0", td.ClassName));
    }

    [Fact]
    public async Task A_chosen_cell_lists_its_placements_with_evidence_and_reasoning()
    {
        await using var ctx = Context("/stages?lang=en&cell=assistance.platform");
        var cut = ctx.RenderPage<Stages>();
        var expected = TestData.Seeds.Placements.Where(p => p.Stage == "assistance" && p.EnterpriseType == "platform").Select(p => p.Id).Order();
        ctx.Dialogs.WaitForAssertion(() => Assert.Equal(expected, ctx.Dialogs.FindAll(".placement-list > li").Select(li => li.Id).Order()));
        var chatGpt = ctx.Dialogs.Find("li#pl-openai-chatgpt-plus");
        Assert.Contains("$20 a month", chatGpt.TextContent);
        Assert.Equal("S0", chatGpt.QuerySelector(".source-ref a")!.TextContent);
        Assert.Contains("our classification", chatGpt.QuerySelector(".evidence")!.TextContent);
        Assert.Contains("selected", cut.Find("#cell-assistance-platform").ParentElement!.ClassName);

        ctx.Dialogs.FindAll(".mud-dialog-actions button").Single().Click();
        cut.WaitForAssertion(() => Assert.EndsWith("/stages?lang=en", ctx.Uri));
    }

    [Fact]
    public async Task A_cell_that_is_not_in_the_matrix_is_explained()
    {
        await using var ctx = Context("/stages?lang=en&cell=later.nowhere");
        var cut = ctx.RenderPage<Stages>();
        Assert.Contains("cell=later.nowhere", cut.Find(".invalid-address").TextContent);
    }

    [Fact]
    public async Task The_global_filters_change_the_counts()
    {
        await using var ctx = Context("/stages?lang=en&region=US");
        var cut = ctx.RenderPage<Stages>();
        var orgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);
        Assert.Equal(TestData.Seeds.Placements.Count(p => orgRegion[p.OrgId] == "US"), cut.FindAll(".stage-matrix td").Sum(Count));
        Assert.DoesNotContain("Baidu", cut.Find(".stage-matrix").TextContent);
    }

    [Fact]
    public async Task The_terms_are_explained_in_both_languages_with_their_source()
    {
        await using (var zhCtx = Context("/stages?lang=zh"))
        {
            var zh = zhCtx.RenderPage<Stages>();
            Assert.Contains("平台型企业", zh.Find("#term-enterprise-type-platform").TextContent);
            Assert.Contains("S0", zh.Find("#term-stage-novelty + dd").TextContent);
        }
        await using var enCtx = Context("/stages?lang=en");
        Assert.Equal("Subscription", enCtx.RenderPage<Stages>().Find("#term-business-model-subscription").TextContent);
    }
}
