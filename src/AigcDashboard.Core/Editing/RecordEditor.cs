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
            if (isNew && stored is not null) return EditResult<TInput>.Invalid([new("Id", $"A record with the id {input.Id} exists already.", "exists", [input.Id])]);
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
            if (await kind.DeleteBlockerAsync(db, id, ct) is { } blocker) return EditResult<TInput>.Invalid([blocker]);
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

    public const int MaxImportRows = 200_000;

    /// <summary>How many records there are of each kind, by the kind's name.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken ct = default) => new Dictionary<string, int>
    {
        [OrganizationKind.Instance.Name] = await db.Organizations.CountAsync(ct),
        [EventKind.Instance.Name] = await db.Events.CountAsync(ct),
        [FundingRoundKind.Instance.Name] = await db.FundingRounds.CountAsync(ct),
        [MetricKind.Instance.Name] = await db.Metrics.CountAsync(ct),
        [PlacementKind.Instance.Name] = await db.Placements.CountAsync(ct),
    };

    /// <summary>Every record of one kind as the editor's input, in id order.</summary>
    public async Task<IReadOnlyList<TInput>> AllAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, CancellationToken ct = default)
        where TEntity : class, IVersioned where TInput : class, IRecordInput =>
        (await kind.Query(db).AsNoTracking().ToListAsync(ct)).Select(kind.ToInput).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();

    public Task<ImportResult> ImportAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, IReadOnlyList<(int Line, TInput Input)> rows, string user, CancellationToken ct = default)
        where TEntity : class, IVersioned where TInput : class, IRecordInput =>
        ImportAsync([new ImportPart<TEntity, TInput>(kind, rows)], user, replace: false, ct);

    /// <summary>
    /// Creates or updates every record of an import, or none: all rows are checked first (each
    /// field, ids repeated in the file, what they name exists in the database or in the import)
    /// and any problem stops the import before a write. With <paramref name="replace"/> the import
    /// must hold every kind, and the records it does not hold are deleted: the database becomes
    /// the file. The writes and their audit entries are one transaction, so a failure or a
    /// shutdown in the middle leaves the database as it was.
    /// </summary>
    public Task<ImportResult> ImportAsync(IReadOnlyList<IImportPart> parts, string user, bool replace = false, CancellationToken ct = default) =>
        Writing(async () =>
        {
            // Too many rows is refused before any of them is checked.
            if (parts.Sum(p => p.Count) > MaxImportRows)
                return ImportResult.Refused([new(0, null, "", $"At most {MaxImportRows} rows at a time.", Code: "too-many-rows",
                    Args: [MaxImportRows.ToString(System.Globalization.CultureInfo.InvariantCulture)])]);
            var errors = new List<ImportError>();
            var missing = RecordKinds.Names.Except(parts.Select(p => p.Kind)).ToList();
            if (replace && missing.Count > 0)
                errors.Add(new(0, null, "", $"Replacing everything needs every kind of record in the file; it has no {string.Join(", ", missing)}.",
                    Code: "replace-needs-all", Args: [string.Join(", ", missing)]));
            // What the rows name is read once for the whole import, not once a row. When replacing,
            // only the import's own organizations will be left.
            var incoming = parts.Where(p => p.Kind == OrganizationKind.Instance.Name).SelectMany(p => p.Ids).ToHashSet(StringComparer.Ordinal);
            var known = await KnownAsync(replace ? [] : parts.SelectMany(p => p.OrganizationsNamed), ct);
            known = known with { Organizations = known.Organizations.Union(incoming).ToHashSet(StringComparer.Ordinal) };
            foreach (var part in parts) errors.AddRange(part.Validate(known));
            if (errors.Count > 0) return ImportResult.Refused(errors.OrderBy(e => e.Part).ThenBy(e => e.Line).ToList());

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var (created, updated, deleted) = (0, 0, 0);
            foreach (var part in parts)
            {
                var counts = await part.StageAsync(this, replace, user, ct);
                (created, updated, deleted) = (created + counts.Created, updated + counts.Updated, deleted + counts.Deleted);
            }
            // A file that changes nothing writes nothing: no audit entries, and the data version
            // stays, so no cache is evicted and no open dashboard reloads.
            var result = new ImportResult(created, updated, deleted, []) { Unchanged = parts.Sum(p => p.Count) - created - updated };
            if (result.Changed) await CommitAsync(tx, ct);
            return result;
        }, state => new ImportResult(0, 0, 0, [], state));

    /// <summary>Tracks one kind's checked rows as creations and updates (and, replacing, the
    /// deletion of the records they do not name), each with its audit entry; nothing is saved here.</summary>
    internal async Task<(int Created, int Updated, int Deleted)> StageImportAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind,
        IReadOnlyList<(int Line, TInput Input)> rows, bool replace, string user, CancellationToken ct)
        where TEntity : class, IVersioned where TInput : class, IRecordInput
    {
        var stored = (await ByIdAsync(kind, rows.Select(r => r.Input.Id), ct)).ToDictionary(Id, StringComparer.Ordinal);
        var (created, updated, deleted) = (0, 0, 0);
        foreach (var (_, input) in rows)
        {
            var existing = stored.GetValueOrDefault(input.Id);
            var before = existing is null ? null : Json(kind.ToInput(existing));
            if (existing is not null && Json(kind.ToInput(Applied(kind, input, existing.Version))) == before) continue; // unchanged
            var record = existing ?? db.Add(kind.Create(input.Id)).Entity;
            var version = existing?.Version ?? 0;
            kind.Apply(record, input);
            record.Version = version + 1;
            Audit(user, "import", kind.Name, input.Id, before, Json(kind.ToInput(record)));
            if (existing is null) created++; else updated++;
        }
        if (!replace) return (created, updated, 0);

        var kept = rows.Select(r => r.Input.Id).ToHashSet(StringComparer.Ordinal);
        var gone = (await kind.Query(db).AsNoTracking().Select(x => EF.Property<string>(x, "Id")).ToListAsync(ct)).Where(id => !kept.Contains(id)).ToList();
        foreach (var e in await ByIdAsync(kind, gone, ct))
        {
            Audit(user, "delete", kind.Name, Id(e), Json(kind.ToInput(e)), null);
            db.Remove(e);
            deleted++;
        }
        return (created, updated, deleted);
    }

    /// <summary>What <paramref name="input"/> makes of a record, on a new one that is not tracked.</summary>
    private static TEntity Applied<TEntity, TInput>(RecordKind<TEntity, TInput> kind, TInput input, int version)
        where TEntity : class, IVersioned where TInput : class, IRecordInput
    {
        var record = kind.Create(input.Id);
        kind.Apply(record, input);
        record.Version = version;
        return record;
    }

    /// <summary>The records of a kind with these ids, tracked; asked 500 ids at a time.</summary>
    private async Task<List<TEntity>> ByIdAsync<TEntity, TInput>(RecordKind<TEntity, TInput> kind, IEnumerable<string> ids, CancellationToken ct)
        where TEntity : class, IVersioned where TInput : class, IRecordInput
    {
        var found = new List<TEntity>();
        foreach (var chunk in ids.Chunk(500))
            found.AddRange(await kind.Query(db).Where(x => chunk.Contains(EF.Property<string>(x, "Id"))).ToListAsync(ct));
        return found;
    }

    private string Id(object entity) => (string)db.Entry(entity).Property("Id").CurrentValue!;

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
