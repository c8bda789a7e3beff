using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Editors' saves: validated field by field, written with their audit entry or not at
/// all, and refused when the record changed since the editor opened it.</summary>
public class RecordEditorTests
{
    private static EventInput NewEvent(string id = "ev-test-new") => new()
    {
        Id = id, Date = "2024-03", Category = "model-release", Region = "CN", Stage = "assistance",
        TitleZh = "测试模型发布", TitleEn = "A test model is released", DescriptionZh = "用于测试的描述。", DescriptionEn = "A description for tests.",
        Organizations = "baidu openai", SourceId = "S3", Locator = "¶1", Basis = "reported",
    };

    private static RecordEditor Editor(DashboardDbContextFactory f) => new(f.Create(), TimeProvider.System);

    [Fact]
    public async Task A_new_event_is_saved_with_its_organizations_and_an_audit_entry()
    {
        using var db = new DashboardDbContextFactory();
        var result = await Editor(db).SaveEventAsync(NewEvent(), isNew: true, "alice");
        Assert.Equal((EditOutcome.Saved, 1), (result.Outcome, result.Version));

        await using var check = db.Create();
        var stored = await check.Events.Include(e => e.Organizations).SingleAsync(e => e.Id == "ev-test-new");
        Assert.Equal((new DateOnly(2024, 3, 1), DatePrecision.Month), (stored.Date, stored.Precision));
        Assert.Equal(["baidu", "openai"], stored.Organizations.Select(o => o.OrganizationId).Order());
        var audit = await check.AuditEntries.SingleAsync();
        Assert.Equal(("alice", "create", "event", "ev-test-new"), (audit.UserName, audit.Action, audit.Entity, audit.EntityId));
        Assert.Null(audit.Before);
        Assert.Contains("测试模型发布", audit.After); // written as text, not \u escapes
    }

    [Fact]
    public async Task The_data_version_moves_on_with_each_committed_change_and_only_then()
    {
        using var db = new DashboardDbContextFactory();
        async Task<long> Version() { await using var c = db.Create(); return await c.DataVersionAsync(default); }
        var start = await Version();

        await Editor(db).SaveEventAsync(NewEvent(), isNew: true, "alice");
        Assert.Equal(start + 1, await Version());
        Assert.Equal(EditOutcome.Invalid, (await Editor(db).SaveEventAsync(NewEvent("Bad Id!"), isNew: true, "alice")).Outcome);
        Assert.Equal(EditOutcome.Conflict, (await Editor(db).DeleteEventAsync("ev-test-new", version: 7, "alice")).Outcome);
        Assert.Equal(start + 1, await Version());
        await Editor(db).DeleteEventAsync("ev-test-new", version: 1, "alice");
        Assert.Equal(start + 2, await Version());
    }

    [Fact]
    public async Task Every_bad_field_is_reported_and_nothing_is_written()
    {
        using var db = new DashboardDbContextFactory();
        var bad = NewEvent("Bad Id!");
        (bad.Date, bad.Category, bad.Region, bad.Stage) = ("2024-13-45", "rumour", "ZZ", "dream");
        (bad.TitleZh, bad.Organizations, bad.SourceId, bad.Basis) = ("", "openai no-such-org", "S99", "hearsay");
        bad.TitleEn = new string('x', EventInput.MaxTitle + 1);
        var result = await Editor(db).SaveEventAsync(bad, isNew: true, "alice");

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Equal(["Basis", "Category", "Date", "Id", "Organizations", "Region", "SourceId", "Stage", "TitleEn", "TitleZh"],
            result.Errors!.Select(e => e.Field).Order());
        Assert.Contains("no-such-org", result.Errors!.Single(e => e.Field == "Organizations").Message);
        await using var check = db.Create();
        Assert.Empty(await check.AuditEntries.ToListAsync());
        Assert.False(await check.Events.AnyAsync(e => e.TitleEn == bad.TitleEn));
    }

    [Fact]
    public async Task A_new_event_may_not_take_an_existing_id()
    {
        using var db = new DashboardDbContextFactory();
        var result = await Editor(db).SaveEventAsync(NewEvent("ev-chatgpt-launch"), isNew: true, "alice");
        Assert.Equal("Id", Assert.Single(result.Errors!).Field);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_and_the_first_save_stands()
    {
        using var db = new DashboardDbContextFactory();
        var first = (await Editor(db).EventAsync("ev-chatgpt-launch"))!;
        var second = (await Editor(db).EventAsync("ev-chatgpt-launch"))!;
        first.TitleEn = "ChatGPT opens to everyone";
        second.TitleEn = "ChatGPT, second editor";

        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveEventAsync(first, isNew: false, "alice")).Outcome);
        var refused = await Editor(db).SaveEventAsync(second, isNew: false, "bob");

        Assert.Equal(EditOutcome.Conflict, refused.Outcome);
        Assert.Equal("ChatGPT opens to everyone", refused.Current!.TitleEn);
        Assert.Equal(first.Version + 1, refused.Current.Version);
        await using var check = db.Create();
        Assert.Equal("ChatGPT opens to everyone", (await check.Events.SingleAsync(e => e.Id == "ev-chatgpt-launch")).TitleEn);
        Assert.Equal(["alice"], await check.AuditEntries.Select(a => a.UserName).ToListAsync());

        // Saving again from the version now stored (what the editor's form does after a conflict) replaces it.
        second.Version = refused.Current.Version;
        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveEventAsync(second, isNew: false, "bob")).Outcome);
    }

    [Fact]
    public async Task A_delete_from_an_old_version_is_refused_and_a_current_one_removes_the_event_and_its_links()
    {
        using var db = new DashboardDbContextFactory();
        var e = (await Editor(db).EventAsync("ev-chatgpt-launch"))!;
        Assert.Equal(EditOutcome.Conflict, (await Editor(db).DeleteEventAsync(e.Id, e.Version + 5, "alice")).Outcome);
        Assert.Equal(EditOutcome.Saved, (await Editor(db).DeleteEventAsync(e.Id, e.Version, "alice")).Outcome);
        await using var check = db.Create();
        Assert.False(await check.Events.AnyAsync(x => x.Id == e.Id));
        Assert.False(await check.EventOrganizations.AnyAsync(x => x.EventId == e.Id));
        var audit = await check.AuditEntries.SingleAsync();
        Assert.Equal(("delete", null), (audit.Action, audit.After));
        Assert.Contains("ev-chatgpt-launch", audit.Before);
    }

    [Fact]
    public async Task Saving_an_unknown_event_says_so()
    {
        using var db = new DashboardDbContextFactory();
        Assert.Equal(EditOutcome.NotFound, (await Editor(db).SaveEventAsync(NewEvent("ev-nowhere"), isNew: false, "alice")).Outcome);
    }
}

/// <summary>A seeded in-memory database of its own (editing tests change data), handing out fresh contexts.</summary>
public sealed class DashboardDbContextFactory : Microsoft.EntityFrameworkCore.IDbContextFactory<Data.DashboardDbContext>, IDisposable
{
    private readonly SeededDatabase database = new();
    public Data.DashboardDbContext Create() => database.CreateContext();
    public Data.DashboardDbContext CreateDbContext() => database.CreateContext();
    public void Dispose() => database.Dispose();
}
