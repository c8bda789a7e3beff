using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Editing;

/// <summary>
/// Writes editors' changes: validated first, then the record and its audit entry in one
/// transaction. A save carries the version the editor started from; if the stored record has
/// moved on since, nothing is written and the caller gets what is stored now (a conflict).
/// </summary>
public sealed class RecordEditor(DashboardDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<EventInput?> EventAsync(string id, CancellationToken ct = default) =>
        await db.Events.AsNoTracking().Include(e => e.Organizations).SingleOrDefaultAsync(e => e.Id == id, ct) is { } e
            ? EventInput.From(e) : null;

    /// <summary>Creates (<paramref name="isNew"/>) or updates an event.</summary>
    public async Task<EditResult<EventInput>> SaveEventAsync(EventInput input, bool isNew, string user, CancellationToken ct = default)
    {
        var errors = input.Validate(
            (await db.Sources.Select(s => s.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
            (await db.Organizations.Where(o => input.OrganizationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal));
        if (errors.Count > 0) return EditResult<EventInput>.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var stored = await db.Events.Include(e => e.Organizations).SingleOrDefaultAsync(e => e.Id == input.Id, ct);
        if (isNew && stored is not null)
            return EditResult<EventInput>.Invalid([new(nameof(EventInput.Id), "An event with this id exists already.")]);
        if (!isNew && stored is null) return EditResult<EventInput>.NotFound;
        if (stored is not null && stored.Version != input.Version) return EditResult<EventInput>.Conflict(EventInput.From(stored));

        var before = stored is null ? null : Json(EventInput.From(stored));
        var e = stored ?? db.Events.Add(new Event
        {
            Id = input.Id, Category = "", TitleZh = "", TitleEn = "", DescriptionZh = "", DescriptionEn = "", SourceId = "", Locator = "", Basis = "",
        }).Entity;
        if (stored is not null) db.Entry(e).Property(x => x.Version).OriginalValue = input.Version; // the check holds at the write too
        var when = PartialDate.Parse(input.Date);
        (e.Date, e.Precision) = (when.Start, when.Precision);
        e.Category = input.Category;
        e.Region = string.IsNullOrEmpty(input.Region) ? null : input.Region;
        e.Stage = string.IsNullOrEmpty(input.Stage) ? null : input.Stage;
        e.Highlight = input.Highlight;
        (e.TitleZh, e.TitleEn) = (input.TitleZh.Trim(), input.TitleEn.Trim());
        (e.DescriptionZh, e.DescriptionEn) = (input.DescriptionZh.Trim(), input.DescriptionEn.Trim());
        (e.SourceId, e.Locator, e.Basis) = (input.SourceId, input.Locator.Trim(), input.Basis);
        e.Organizations.RemoveAll(o => !input.OrganizationIds.Contains(o.OrganizationId));
        foreach (var org in input.OrganizationIds.Where(id => e.Organizations.All(o => o.OrganizationId != id)))
            e.Organizations.Add(new EventOrganization { EventId = e.Id, OrganizationId = org });
        e.Version = input.Version + 1;

        Audit(user, isNew ? "create" : "update", "event", e.Id, before, Json(EventInput.From(e)));
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await EventAsync(input.Id, ct) is { } current ? EditResult<EventInput>.Conflict(current) : EditResult<EventInput>.NotFound;
        }
        return EditResult<EventInput>.Saved(e.Version);
    }

    /// <summary>Deletes an event, if it is still at the version the editor saw.</summary>
    public async Task<EditResult<EventInput>> DeleteEventAsync(string id, int version, string user, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var stored = await db.Events.Include(e => e.Organizations).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (stored is null) return EditResult<EventInput>.NotFound;
        if (stored.Version != version) return EditResult<EventInput>.Conflict(EventInput.From(stored));
        db.Entry(stored).Property(x => x.Version).OriginalValue = version;
        Audit(user, "delete", "event", id, Json(EventInput.From(stored)), null);
        db.Events.Remove(stored);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await EventAsync(id, ct) is { } current ? EditResult<EventInput>.Conflict(current) : EditResult<EventInput>.NotFound;
        }
        return EditResult<EventInput>.Saved(version);
    }

    /// <summary>The audit log, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(int skip, int take, CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Skip(skip).Take(take).ToListAsync(ct);

    private void Audit(string user, string action, string entity, string id, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserName = user, Action = action, Entity = entity, EntityId = id, Before = before, After = after,
        });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, AuditJson);
}
