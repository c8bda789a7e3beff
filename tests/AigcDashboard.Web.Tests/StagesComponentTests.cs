using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests;

/// <summary>The stage matrix with the seed data.</summary>
public class StagesComponentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private IRenderedComponent<Stages> Render(string url)
    {
        var ctx = new ComponentContext(fixture.Database, url);
        var cut = ctx.RenderPage<Stages>();
        cut.WaitForElement("main h1");
        return cut;
    }

    private static int Count(AngleSharp.Dom.IElement td) => int.Parse(td.QuerySelector(".cell-count")!.TextContent);

    [Fact]
    public void Shows_the_three_stages_against_the_kinds_of_company()
    {
        var cut = Render("/stages?lang=en");
        Assert.Equal(["Novelty (sensory impact)", "Assistance (cognitive collaboration)", "Original creation (new ecosystem)"],
            cut.FindAll(".stage-matrix tbody th").Select(t => t.TextContent));
        Assert.Equal(["Platform companies", "Application companies", "Existing products made intelligent"],
            cut.FindAll(".stage-matrix thead th").Skip(1).Select(t => t.TextContent));
        Assert.Equal(TestData.Seeds.Placements.Count, cut.FindAll(".stage-matrix td").Sum(Count));
        Assert.All(cut.FindAll(".stage-matrix tbody tr"), row => Assert.True(row.QuerySelectorAll("td").Sum(Count) > 0));
    }

    [Fact]
    public void The_articles_organizations_are_placed()
    {
        var text = Render("/stages?lang=en&axis=region").Find(".stage-matrix").TextContent;
        foreach (var name in new[] { "OpenAI", "Stability AI", "Baidu", "SenseTime" })
            Assert.Contains(name, text);
    }

    [Theory]
    [InlineData("business-model")]
    [InlineData("modality")]
    [InlineData("region")]
    [InlineData("audience")]
    public void Switching_the_axis_re_pivots_and_marks_the_choice(string axis)
    {
        var cut = Render($"/stages?lang=en&axis={axis}");
        Assert.Equal("true", cut.Find($"#axis-{axis}").GetAttribute("aria-current"));
        Assert.Equal(axis, cut.Find("form.filter-bar input[name=axis]").GetAttribute("value"));
        var cells = TestData.Seeds.Placements.Sum(p => axis switch
        {
            "business-model" => Math.Max(1, p.BusinessModels.Count),
            "modality" => Math.Max(1, p.Modalities.Count),
            _ => 1,
        });
        Assert.Equal(cells, cut.FindAll(".stage-matrix td").Sum(Count));
    }

    [Fact]
    public void Cells_are_shaded_by_count_and_link_to_their_placements()
    {
        var cut = Render("/stages?lang=en");
        var busiest = cut.FindAll(".stage-matrix td").MaxBy(Count)!;
        Assert.Contains("heat-5", busiest.ClassName);
        Assert.Contains("cell=", busiest.QuerySelector("a")!.GetAttribute("href"));
        Assert.All(cut.FindAll(".stage-matrix td").Where(td => Count(td) == 0), td => Assert.Contains("heat-0", td.ClassName));
    }

    [Fact]
    public void A_chosen_cell_lists_its_placements_with_evidence_and_reasoning()
    {
        var cut = Render("/stages?lang=en&cell=assistance.platform");
        var expected = TestData.Seeds.Placements.Where(p => p.Stage == "assistance" && p.EnterpriseType == "platform").Select(p => p.Id).Order();
        Assert.Equal(expected, cut.FindAll(".placement-list > li").Select(li => li.Id).Order());
        var chatGpt = cut.Find("li#pl-openai-chatgpt-plus");
        Assert.Contains("$20 a month", chatGpt.TextContent);
        Assert.Equal("S0", chatGpt.QuerySelector(".source-ref a")!.TextContent);
        Assert.Contains("our classification", chatGpt.QuerySelector(".evidence")!.TextContent);
    }

    [Fact]
    public void The_global_filters_change_the_counts()
    {
        var cut = Render("/stages?lang=en&region=US");
        var orgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);
        Assert.Equal(TestData.Seeds.Placements.Count(p => orgRegion[p.OrgId] == "US"), cut.FindAll(".stage-matrix td").Sum(Count));
        Assert.DoesNotContain("Baidu", cut.Find(".stage-matrix").TextContent);
    }

    [Fact]
    public void The_terms_are_explained_in_both_languages_with_their_source()
    {
        var zh = Render("/stages?lang=zh");
        Assert.Contains("平台型企业", zh.Find("#term-enterprise-type-platform").TextContent);
        Assert.Contains("S0", zh.Find("#term-stage-novelty + dd").TextContent);
        var en = Render("/stages?lang=en");
        Assert.Equal("Subscription", en.Find("#term-business-model-subscription").TextContent);
    }
}
