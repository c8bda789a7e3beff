using AigcDashboard.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Organizations through the same editor: checked, versioned, and never deleted from
/// under the records that name them.</summary>
public class OrganizationEditingTests
{
    private static RecordEditor Editor(DashboardDbContextFactory db) => new(db.Create(), TimeProvider.System);

    private static OrganizationInput NewOrganization(string id = "test-new-lab") => new()
    {
        Id = id, NameZh = "智谱AI", NameEn = "Zhipu AI", Region = "CN", Kind = "startup",
        DescriptionZh = "大模型公司。", DescriptionEn = "A large-model company.", SourceId = "S1", Locator = "¶4", Basis = "reported",
    };

    [Fact]
    public async Task A_new_organization_can_then_be_named_by_an_event()
    {
        using var db = new DashboardDbContextFactory();
        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveAsync(OrganizationKind.Instance, NewOrganization(), true, "alice")).Outcome);
        var e = (await Editor(db).EventAsync("ev-chatgpt-launch"))!;
        e.Organizations += " test-new-lab";
        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveEventAsync(e, false, "alice")).Outcome);
    }

    [Fact]
    public async Task Its_fields_are_checked()
    {
        using var db = new DashboardDbContextFactory();
        var bad = NewOrganization("Zhipu AI");
        (bad.NameZh, bad.Region, bad.Kind, bad.SourceId) = ("", "China", "unicorn", "S9");
        var result = await Editor(db).SaveAsync(OrganizationKind.Instance, bad, true, "alice");
        Assert.Equal(["Id", "Kind", "NameZh", "Region", "SourceId"], result.Errors!.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task One_that_other_records_name_is_not_deleted_and_an_unnamed_one_is()
    {
        using var db = new DashboardDbContextFactory();
        var openai = (await Editor(db).FindAsync(OrganizationKind.Instance, "openai"))!;
        var refused = await Editor(db).DeleteAsync(OrganizationKind.Instance, "openai", openai.Version, "alice");
        Assert.Equal(EditOutcome.Invalid, refused.Outcome);
        Assert.Contains("events", refused.Errors!.Single().Message);
        await using (var check = db.Create()) Assert.True(await check.Organizations.AnyAsync(o => o.Id == "openai"));

        await Editor(db).SaveAsync(OrganizationKind.Instance, NewOrganization(), true, "alice");
        Assert.Equal(EditOutcome.Saved, (await Editor(db).DeleteAsync(OrganizationKind.Instance, "test-new-lab", 1, "alice")).Outcome);
    }
}
