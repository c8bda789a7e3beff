using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Editing;

/// <summary>The ids an input may name that exist: every source, and of the organizations, those named.</summary>
public sealed record KnownIds(IReadOnlySet<string> Sources, IReadOnlySet<string> Organizations);

/// <summary>The names of the kinds of record that are edited, principals first.</summary>
public static class RecordKinds
{
    public static readonly IReadOnlyList<string> Names =
        [OrganizationKind.Instance.Name, EventKind.Instance.Name, FundingRoundKind.Instance.Name, MetricKind.Instance.Name, PlacementKind.Instance.Name];
}

/// <summary>What every editor's input carries: the record's id and the version it started from.</summary>
public interface IRecordInput
{
    string Id { get; set; }
    int Version { get; set; }
}

/// <summary>
/// How one kind of record is edited: where it is stored (with what it owns), how an input is
/// checked, becomes a record and comes back out of one, and what stops a deletion.
/// <see cref="RecordEditor"/> does the rest the same way for every kind.
/// </summary>
public abstract class RecordKind<TEntity, TInput> where TEntity : class, IVersioned where TInput : class, IRecordInput
{
    /// <summary>The name the audit log uses ("event").</summary>
    public abstract string Name { get; }
    /// <summary>The stored records, with the rows they own (an event's organizations).</summary>
    public abstract IQueryable<TEntity> Query(DashboardDbContext db);
    public abstract TEntity Create(string id);
    /// <summary>Copies a checked input onto the record.</summary>
    public abstract void Apply(TEntity entity, TInput input);
    public abstract TInput ToInput(TEntity entity);
    /// <summary>The organizations the input names (checked against those that exist).</summary>
    public virtual IEnumerable<string> OrganizationsNamed(TInput input) => [];
    /// <summary>Every problem of the input, by field; <paramref name="known"/> holds the sources and
    /// the named organizations that exist, read once by the caller for one input or a whole import.</summary>
    public abstract IReadOnlyList<FieldError> Validate(TInput input, KnownIds known);
    /// <summary>Why the record may not be deleted (other records name it), or null.</summary>
    public virtual Task<FieldError?> DeleteBlockerAsync(DashboardDbContext db, string id, CancellationToken ct) => Task.FromResult<FieldError?>(null);

    public Task<TEntity?> FindAsync(IQueryable<TEntity> records, string id, CancellationToken ct) =>
        records.SingleOrDefaultAsync(e => EF.Property<string>(e, "Id") == id, ct);
}

/// <summary>Events, with the organizations they name.</summary>
public sealed class EventKind : RecordKind<Event, EventInput>
{
    public static readonly EventKind Instance = new();
    public override string Name => "event";
    public override IQueryable<Event> Query(DashboardDbContext db) => db.Events.Include(e => e.Organizations);
    public override Event Create(string id) => new()
    {
        Id = id, Category = "", TitleZh = "", TitleEn = "", DescriptionZh = "", DescriptionEn = "", SourceId = "", Locator = "", Basis = "",
    };
    public override EventInput ToInput(Event e) => EventInput.From(e);

    public override IEnumerable<string> OrganizationsNamed(EventInput input) => input.OrganizationIds;
    public override IReadOnlyList<FieldError> Validate(EventInput input, KnownIds known) => input.Validate(known.Sources, known.Organizations);

    public override void Apply(Event e, EventInput input)
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
}
