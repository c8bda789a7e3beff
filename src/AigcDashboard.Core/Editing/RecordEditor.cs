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
    public Task<EditResult<EventInput>> SaveEventAsync(EventInput input, bool isNew, string user, CancellationToken ct = default) =>
        Writing(() => SaveEventCoreAsync(input, isNew, user, ct), EditResult<EventInput>.Unavailable);

    private async Task<EditResult<EventInput>> SaveEventCoreAsync(EventInput input, bool isNew, string user, CancellationToken ct)
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
        Apply(e, input);
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
    public Task<EditResult<EventInput>> DeleteEventAsync(string id, int version, string user, CancellationToken ct = default) =>
        Writing(() => DeleteEventCoreAsync(id, version, user, ct), EditResult<EventInput>.Unavailable);

    private async Task<EditResult<EventInput>> DeleteEventCoreAsync(string id, int version, string user, CancellationToken ct)
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

    /// <summary>
    /// Creates or updates every event of an import, or none: all rows are checked first (each
    /// field, ids repeated in the file, organizations and sources that exist) and any problem
    /// stops the import before a write. The writes and their audit entries are one transaction,
    /// so a failure or a shutdown in the middle leaves the database as it was.
    /// </summary>
    public Task<ImportResult> ImportEventsAsync(IReadOnlyList<ImportRow> rows, string user, CancellationToken ct = default) =>
        Writing(() => ImportEventsCoreAsync(rows, user, ct), state => new ImportResult(0, 0, [], state));

    private async Task<ImportResult> ImportEventsCoreAsync(IReadOnlyList<ImportRow> rows, string user, CancellationToken ct)
    {
        var sources = (await db.Sources.Select(s => s.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var organizations = (await db.Organizations.Select(o => o.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        if (rows.Count > EventImport.MaxRows) errors.Add(new(0, null, "", $"At most {EventImport.MaxRows} rows at a time."));
        foreach (var (line, e) in rows)
            errors.AddRange(e.Validate(sources, organizations).Select(f => new ImportError(line, e.Id, f.Field, f.Message)));
        foreach (var repeated in rows.GroupBy(r => r.Event.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
            errors.AddRange(repeated.Skip(1).Select(r => new ImportError(r.Line, r.Event.Id, "Id",
                $"Also on line {repeated.First().Line}: an id may appear once.")));
        if (errors.Count > 0) return new ImportResult(0, 0, errors.OrderBy(e => e.Line).ToList());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = rows.Select(r => r.Event.Id).ToList();
        var stored = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
            foreach (var e in await db.Events.Include(x => x.Organizations).Where(x => chunk.Contains(x.Id)).ToListAsync(ct))
                stored[e.Id] = e;
        var (created, updated) = (0, 0);
        foreach (var (_, input) in rows)
        {
            var existing = stored.GetValueOrDefault(input.Id);
            var before = existing is null ? null : Json(EventInput.From(existing));
            var e = existing ?? db.Events.Add(new Event
            {
                Id = input.Id, Category = "", TitleZh = "", TitleEn = "", DescriptionZh = "", DescriptionEn = "", SourceId = "", Locator = "", Basis = "",
            }).Entity;
            var version = existing?.Version ?? 0;
            Apply(e, input);
            e.Version = version + 1;
            Audit(user, "import", "event", e.Id, before, Json(EventInput.From(e)));
            if (existing is null) created++; else updated++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportResult(created, updated, []);
    }

    /// <summary>Every event, as the editor's input (for export).</summary>
    public async Task<IReadOnlyList<EventInput>> AllEventsAsync(CancellationToken ct = default) =>
        (await db.Events.AsNoTracking().Include(e => e.Organizations).OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync(ct))
            .Select(EventInput.From).ToList();

    /// <summary>The audit log, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(int skip, int take, CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Skip(skip).Take(take).ToListAsync(ct);

    /// <summary>Runs a write; when the database refuses it as read-only or locked, the transaction
    /// has rolled back and the caller gets <paramref name="unavailable"/> instead of an exception.</summary>
    private async Task<T> Writing<T>(Func<Task<T>> write, Func<WriteState, T> unavailable)
    {
        try
        {
            return await write();
        }
        catch (Exception e) when (Writability.Classify(e) is { } state)
        {
            db.ChangeTracker.Clear();
            return unavailable(state);
        }
    }

    /// <summary>Copies a validated input onto the stored event.</summary>
    private static void Apply(Event e, EventInput input)
    {
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
    }

    private void Audit(string user, string action, string entity, string id, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserName = user, Action = action, Entity = entity, EntityId = id, Before = before, After = after,
        });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, AuditJson);
}
