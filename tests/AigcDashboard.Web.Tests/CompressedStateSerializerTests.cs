using System.Buffers;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>The views a prerendered page carries into its circuit travel compressed, and come back whole.</summary>
public class CompressedStateSerializerTests(SeededDatabase database, DashboardFactory factory) : IClassFixture<SeededDatabase>, IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task A_view_comes_back_as_it_was_written_in_a_fraction_of_its_json()
    {
        using var context = new ComponentContext(database, "/funding?lang=zh", providers: false);
        var views = context.Services.GetRequiredService<DashboardViews>();
        var view = await views.FundingAsync(DashboardFilter.None, false, DatePrecision.Quarter, "zh", default);
        var serializer = new CompressedStateSerializer<FundingView>();

        var written = new ArrayBufferWriter<byte>();
        serializer.Persist(view, written);
        var restored = serializer.Restore(new ReadOnlySequence<byte>(written.WrittenMemory));

        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(view, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        Assert.True(written.WrittenCount * 3 < json.Length, $"{written.WrittenCount} bytes written for {json.Length} bytes of JSON");
        Assert.Equal(view.Rounds, restored.Rounds);
        Assert.Equal(view.ByCompany.Options.ToJson().ToString(), restored.ByCompany.Options.ToJson().ToString());
        Assert.Equal(view.ByCompany.Rows.SelectMany(r => r), restored.ByCompany.Rows.SelectMany(r => r));
        Assert.Equal(view.Market.Select(m => m.SubjectZh), restored.Market.Select(m => m.SubjectZh));
        Assert.Contains(restored.Market, m => m.SubjectZh.Any(c => c > 0x4e00)); // Chinese text survives
    }

    [Fact]
    public void The_app_persists_every_page_state_through_it()
    {
        var serializer = factory.Services.GetService(typeof(PersistentComponentStateSerializer<FundingView>));
        Assert.IsType<CompressedStateSerializer<FundingView>>(serializer);
        Assert.IsType<CompressedStateSerializer<string>>(factory.Services.GetService(typeof(PersistentComponentStateSerializer<string>)));
    }
}
