using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Editing;

/// <summary>
/// Writes editors' changes, the same way for every kind of record (<see cref="RecordKind{TEntity,TInput}"/>):
/// validated first, then the record and its audit entry in one transaction. A save carries the
/// version the editor started from; if the stored record has moved on since, nothing is written
/// and the caller gets what is stored now (a conflict). A database that takes no writes now
/// (read-only, locked) is an answer too, never an exception.
/// </summary>
public sealed class RecordEditor(DashboardDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // ---- events (the pages' and tests' names for the generic operations) -------------------

    public Task<EventInput?> EventAsync(string id, CancellationToken ct = default) => FindAsync(EventKind.Instance, id, ct);

    public Task<EditResult<EventInput>> SaveEventAsync(EventInput input, bool isNew, string user, CancellationToken ct = default) =>
        SaveAsync(EventKind.Instance, input, isNew, user, ct);

    public Task<EditResult<EventInput>> DeleteEventAsync(string id, int version, string user, CancellationToken ct = default) =>
        DeleteAsync(EventKind.Instance, id, version, user, ct);

    public Task<ImportResult> ImportEventsAsync(IReadOnlyList<ImportRow> rows, string user, CancellationToken ct = default) =>
        ImportAsync(EventKind.Instance, rows.Select(r => (r.Line, r.Event)).ToList(), user, ct);

    /// <summary>Every event, as the editor's input (for export).</summary>
    public async Task<IReadOnlyList<EventInput>> AllEventsAsync(CancellationToken ct = default) =>
        (await EventKind.Instance.Query(db).AsNoTracking().OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync(ct))
            .Select(EventInput.From).ToList();

    // ---- any kind -------------------------------------------------------------------------------

    public async Task<TInput?> FindAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, string id, CancellationToken ct = default)
        where TEntity : class, IVersioned where TInput : class, IRecordInput =>
        await kind.FindAsync(kind.Query(db).AsNoTracking(), id, ct) is { } e ? kind.ToInput(e) : null;

    /// <summary>Creates (<paramref name="isNew"/>) or updates a record.</summary>
    public Task<EditResult<TInput>> SaveAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, TInput input, bool isNew, string user, CancellationToken ct = default)
        where TEntity : class, IVersioned where TInput : class, IRecordInput =>
        Writing(async () =>
        {
            var errors = kind.Validate(input, await KnownAsync(kind.OrganizationsNamed(input), ct));
            if (errors.Count > 0) return EditResult<TInput>.Invalid(errors);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var stored = await kind.FindAsync(kind.Query(db), input.Id, ct);
            if (isNew && stored is not null) return EditResult<TInput>.Invalid([new("Id", $"A record with the id {input.Id} exists already.")]);
            if (!isNew && stored is null) return EditResult<TInput>.NotFound;
            if (stored is not null && stored.Version != input.Version) return EditResult<TInput>.Conflict(kind.ToInput(stored));

            var before = stored is null ? null : Json(kind.ToInput(stored));
            var record = stored ?? db.Add(kind.Create(input.Id)).Entity;
            if (stored is not null) db.Entry(record).Property(x => x.Version).OriginalValue = input.Version; // the check holds at the write too
            kind.Apply(record, input);
            record.Version = input.Version + 1;
            Audit(user, isNew ? "create" : "update", kind.Name, input.Id, before, Json(kind.ToInput(record)));
            try
            {
                await CommitAsync(tx, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return await FindAsync(kind, input.Id, ct) is { } current ? EditResult<TInput>.Conflict(current) : EditResult<TInput>.NotFound;
            }
            return EditResult<TInput>.Saved(record.Version);
        }, EditResult<TInput>.Unavailable);

    /// <summary>Deletes a record, if it is still at the version the editor saw and nothing names it.</summary>
    public Task<EditResult<TInput>> DeleteAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, string id, int version, string user, CancellationToken ct = default)
        where TEntity : class, IVersioned where TInput : class, IRecordInput =>
        Writing(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var stored = await kind.FindAsync(kind.Query(db), id, ct);
            if (stored is null) return EditResult<TInput>.NotFound;
            if (stored.Version != version) return EditResult<TInput>.Conflict(kind.ToInput(stored));
            if (await kind.DeleteBlockerAsync(db, id, ct) is { } blocker) return EditResult<TInput>.Invalid([new("Id", blocker)]);
            db.Entry(stored).Property(x => x.Version).OriginalValue = version;
            Audit(user, "delete", kind.Name, id, Json(kind.ToInput(stored)), null);
            db.Remove(stored);
            try
            {
                await CommitAsync(tx, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return await FindAsync(kind, id, ct) is { } current ? EditResult<TInput>.Conflict(current) : EditResult<TInput>.NotFound;
            }
            return EditResult<TInput>.Saved(version);
        }, EditResult<TInput>.Unavailable);

    /// <summary>
    /// Creates or updates every record of an import, or none: all rows are checked first (each
    /// field, ids repeated in the file, what they name exists) and any problem stops the import
    /// before a write. The writes and their audit entries are one transaction, so a failure or a
    /// shutdown in the middle leaves the database as it was.
    /// </summary>
    public Task<ImportResult> ImportAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, IReadOnlyList<(int Line, TInput Input)> rows, string user, CancellationToken ct = default)
        where TEntity : class, IVersioned where TInput : class, IRecordInput =>
        Writing(async () =>
        {
            var errors = new List<ImportError>();
            if (rows.Count > EventImport.MaxRows) errors.Add(new(0, null, "", $"At most {EventImport.MaxRows} rows at a time."));
            // What the rows name is read once for the whole import, not once a row.
            var known = await KnownAsync(rows.SelectMany(r => kind.OrganizationsNamed(r.Input)), ct);
            foreach (var (line, input) in rows)
                errors.AddRange(kind.Validate(input, known).Select(f => new ImportError(line, input.Id, f.Field, f.Message)));
            foreach (var repeated in rows.GroupBy(r => r.Input.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
                errors.AddRange(repeated.Skip(1).Select(r => new ImportError(r.Line, r.Input.Id, "Id", $"Also on line {repeated.First().Line}: an id may appear once.")));
            if (errors.Count > 0) return new ImportResult(0, 0, errors.OrderBy(e => e.Line).ToList());

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var stored = new Dictionary<string, TEntity>(StringComparer.Ordinal);
            foreach (var chunk in rows.Select(r => r.Input.Id).Chunk(500))
                foreach (var e in await kind.Query(db).Where(x => chunk.Contains(EF.Property<string>(x, "Id"))).ToListAsync(ct))
                    stored[(string)db.Entry(e).Property("Id").CurrentValue!] = e;
            var (created, updated) = (0, 0);
            foreach (var (_, input) in rows)
            {
                var existing = stored.GetValueOrDefault(input.Id);
                var before = existing is null ? null : Json(kind.ToInput(existing));
                var record = existing ?? db.Add(kind.Create(input.Id)).Entity;
                var version = existing?.Version ?? 0;
                kind.Apply(record, input);
                record.Version = version + 1;
                Audit(user, "import", kind.Name, input.Id, before, Json(kind.ToInput(record)));
                if (existing is null) created++; else updated++;
            }
            await CommitAsync(tx, ct);
            return new ImportResult(created, updated, []);
        }, state => new ImportResult(0, 0, [], state));

    /// <summary>Writes the tracked changes, moves the data version on and commits, all or nothing.</summary>
    private async Task CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await db.BumpDataVersionAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Every source id, and those of the <paramref name="organizations"/> that exist.</summary>
    private async Task<KnownIds> KnownAsync(IEnumerable<string> organizations, CancellationToken ct)
    {
        var sources = (await db.Sources.Select(s => s.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in organizations.Distinct(StringComparer.Ordinal).Chunk(500))
            existing.UnionWith(await db.Organizations.Where(o => chunk.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct));
        return new KnownIds(sources, existing);
    }

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

    private void Audit(string user, string action, string entity, string id, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserName = user, Action = action, Entity = entity, EntityId = id, Before = before, After = after,
        });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, AuditJson);
}
