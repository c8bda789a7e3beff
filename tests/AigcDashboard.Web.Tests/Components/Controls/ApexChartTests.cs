using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using AigcDashboard.Web.Model;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Controls;

/// <summary>The chart component's use of its module: imported on first render, drawn once, updated
/// in place on new data, destroyed with the component.</summary>
public class ApexChartTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static BunitJSModuleInterop Module(ComponentContext ctx)
    {
        var module = ctx.JSInterop.SetupModule(m => m.Arguments.Count == 1 && ((string)m.Arguments[0]!).Contains("ApexChart"));
        module.Mode = JSRuntimeMode.Loose;
        return module;
    }

    [Fact]
    public async Task Each_chart_is_created_once_with_its_options_and_the_library()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/funding?lang=en");
        var module = Module(ctx);
        var cut = ctx.RenderPage<Funding>();
        await ComponentContext.Eventually(() => Assert.Equal(3, module.Invocations["create"].Count));
        var creates = module.Invocations["create"];
        var options = (JsonElement)creates[0].Arguments[1]!;
        Assert.Equal("bar", options.GetProperty("chart").GetProperty("type").GetString());
        Assert.Equal("light", options.GetProperty("theme").GetProperty("mode").GetString());
        Assert.Equal("Stability AI", options.GetProperty("series")[0].GetProperty("data")[0].GetProperty("x").GetString());
        Assert.StartsWith("/lib/apexcharts/apexcharts.", (string)creates[0].Arguments[4]!);
        Assert.Empty(module.Invocations["update"]);
    }

    [Fact]
    public async Task New_data_updates_the_chart_in_place()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/funding?lang=en");
        var module = Module(ctx);
        var cut = ctx.RenderPage<Funding>();
        cut.Find(".chart-actions a[href*='scale=log']");
        await ComponentContext.Eventually(() => Assert.Equal(3, module.Invocations["create"].Count));
        ctx.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/funding?lang=en&scale=log");
        await ComponentContext.Eventually(() => Assert.NotEmpty(module.Invocations["update"]));
        Assert.Equal(3, module.Invocations["create"].Count);
        var updated = (JsonElement)module.Invocations["update"][0].Arguments[1]!;
        Assert.True(updated.GetProperty("yaxis").GetProperty("logarithmic").GetBoolean());
    }

    [Fact]
    public async Task A_chart_whose_data_did_not_change_is_not_drawn_again()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/funding?lang=en");
        var module = Module(ctx);
        var cut = ctx.RenderPage<Funding>();
        await ComponentContext.Eventually(() => Assert.Equal(3, module.Invocations["create"].Count));
        var navigation = ctx.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        static bool Stacked(JSRuntimeInvocation i) => ((JsonElement)i.Arguments[1]!).GetProperty("chart").GetProperty("stacked").GetBoolean();

        // The log scale changes the rounds and the valuations; the amounts per period stay as they were.
        navigation.NavigateTo("/funding?lang=en&scale=log");
        await ComponentContext.Eventually(() => Assert.Equal(2, module.Invocations["update"].Count));
        Assert.DoesNotContain(module.Invocations["update"], Stacked);

        // Years instead of quarters change that one chart only.
        navigation.NavigateTo("/funding?lang=en&scale=log&period=year");
        await ComponentContext.Eventually(() => Assert.Equal(3, module.Invocations["update"].Count));
        Assert.True(Stacked(module.Invocations["update"][2]));
        cut.WaitForAssertion(() => Assert.Contains("Raised per year", cut.Find("#chart-periods-title").TextContent));
    }

    [Fact]
    public async Task A_chart_that_becomes_empty_is_destroyed_and_so_is_one_whose_page_goes()
    {
        await using var ctx = new ComponentContext(fixture.Database, "/funding?lang=en");
        var module = Module(ctx);
        var cut = ctx.RenderPage<Funding>();
        await ComponentContext.Eventually(() => Assert.Equal(3, module.Invocations["create"].Count));
        ctx.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/funding?lang=en&region=CN");
        await ComponentContext.Eventually(() => Assert.Equal(3, module.Invocations["destroy"].Count));
    }

    [Fact]
    public async Task The_options_follow_the_dark_palette_and_the_readers_language()
    {
        await using var ctx = new Bunit.BunitContext();
        MudBlazor.Services.ServiceCollectionExtensions.AddMudServices(ctx.Services);
        ctx.Services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, Infrastructure.UiStringLocalizer>();
        var ui = new Infrastructure.UiContext();
        ui.Initialize("zh", "dark", null);
        ctx.Services.AddSingleton(ui);
        var chart = FundingCharts.OverTime(new Core.Funding.PeriodTotals(Core.Model.DatePrecision.Year, [], []), "zh");
        var cut = ctx.Render<ApexChart>(p => p.Add(x => x.Id, "c").Add(x => x.Title, "t").Add(x => x.Chart, chart));
        var options = cut.Instance.OptionsFor(chart.Options, ui.IsDark);
        Assert.Equal("dark", options.Theme!.Mode);
        Assert.Equal("下载 PNG 图片", options.Chart.Locales![0].Options.Toolbar.ExportToPNG);
        Assert.NotEmpty(cut.FindAll(".empty-state"));
    }
}
