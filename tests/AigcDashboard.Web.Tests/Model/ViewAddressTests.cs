using AigcDashboard.Core.Filtering;
using AigcDashboard.Web.Model;

namespace AigcDashboard.Web.Tests.Model;

public class ViewAddressTests
{
    private static ViewAddress Parse(string path, Dictionary<string, string[]> query, params (string, string?)[] kept) =>
        new(path, name => query.TryGetValue(name, out var v) ? v : [], kept);

    [Fact]
    public void A_change_of_filter_keeps_the_pages_own_parameters_and_the_language()
    {
        var address = Parse("/timeline", new() { ["region"] = ["CN"], ["lang"] = ["en"] }, ("at", "2023"), ("page", null));
        Assert.Equal("/timeline?region=CN&region=US&lang=en&at=2023", address.WithFilter(address.Filter with { Regions = ["CN", "US"] }));
        Assert.Equal("/timeline?lang=en", address.Reset);
    }

    [Fact]
    public void It_reads_the_filter_as_the_api_does_and_collects_what_is_wrong()
    {
        var address = Parse("/", new() { ["region"] = ["cn,ZZ"], ["from"] = ["2022-13"] });
        Assert.Equal(["CN"], address.Filter.Regions);
        Assert.Equal(["region", "from"], address.Errors.Select(e => e.Parameter));
        address.Reject(new FilterError("sort", "size", "no"));
        Assert.False(address.IsValid);
        Assert.NotNull(address.ErrorFor("sort"));
    }

    [Fact]
    public void An_unknown_organization_is_refused_once_looked_up()
    {
        var address = Parse("/funding", new() { ["org"] = ["nobody"] });
        Assert.True(address.IsValid);
        address.Resolve(null);
        Assert.Equal("org", Assert.Single(address.Errors).Parameter);
    }

    [Fact]
    public void Lists_stay_readable_in_links()
    {
        Assert.Equal("/present/stages?lang=zh&slides=stages,overview", Links.To("/present/stages", new DashboardFilter { Lang = "zh" }, ("slides", "stages,overview")));
        Assert.Equal("/sources", Links.PathOf("sources?x=1#S3"));
    }
}
