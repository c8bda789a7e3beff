namespace AigcDashboard.Core.Editing;

/// <summary>One problem of an import: where it stands (the part of the file, for an export of
/// everything; the line), the record's id when known, the field (a CSV column, a JSON member) and
/// what is wrong: in English, and as a <paramref name="Code"/> with <paramref name="Args"/> that the
/// pages say in the reader's language (resource "Check.{Code}").</summary>
public sealed record ImportError(int Line, string? Id, string Field, string Message, string? Part = null, string? Code = null, IReadOnlyList<string>? Args = null);

/// <summary>An import's answer: how many records it created, updated and deleted, or (then nothing
/// was written) every problem found; or, when the database takes no writes now, why not.</summary>
public sealed record ImportResult(int Created, int Updated, int Deleted, IReadOnlyList<ImportError> Errors, Data.WriteState State = Data.WriteState.Writable)
{
    public static ImportResult Refused(IReadOnlyList<ImportError> errors) => new(0, 0, 0, errors);
    /// <summary>The rows that were already stored as they are in the file (nothing written for them).</summary>
    public int Unchanged { get; init; }
    public bool Succeeded => Errors.Count == 0 && State == Data.WriteState.Writable;
    public bool Changed => Created + Updated + Deleted > 0;
}

/// <summary>The records of one kind that an import brings, each with the line it starts on, as
/// <see cref="RecordEditor.ImportAsync(IReadOnlyList{IImportPart}, string, bool, CancellationToken)"/> takes them.</summary>
public interface IImportPart
{
    /// <summary>The kind's name in the audit log ("event").</summary>
    string Kind { get; }
    int Count { get; }
    IEnumerable<string> Ids { get; }
    IEnumerable<string> OrganizationsNamed { get; }
    /// <summary>Every problem of every row, and ids that appear twice.</summary>
    IEnumerable<ImportError> Validate(KnownIds known);
    internal Task<(int Created, int Updated, int Deleted)> StageAsync(RecordEditor editor, bool replace, string user, CancellationToken ct);
}

/// <summary>An import's records of one kind. <paramref name="FieldName"/> turns an input's property
/// (TitleZh) into the name the file uses for it (title_zh, titleZh); <paramref name="Part"/> names
/// the part of the file they came from, when it has several.</summary>
public sealed record ImportPart<TEntity, TInput>(RecordKind<TEntity, TInput> RecordKind, IReadOnlyList<(int Line, TInput Input)> Rows,
    Func<string, string>? FieldName = null, string? Part = null) : IImportPart
    where TEntity : class, Model.IVersioned where TInput : class, IRecordInput
{
    public string Kind => RecordKind.Name;
    public int Count => Rows.Count;
    public IEnumerable<string> Ids => Rows.Select(r => r.Input.Id);
    public IEnumerable<string> OrganizationsNamed => Rows.SelectMany(r => RecordKind.OrganizationsNamed(r.Input));

    public IEnumerable<ImportError> Validate(KnownIds known)
    {
        foreach (var (line, input) in Rows)
            foreach (var f in RecordKind.Validate(input, known))
                yield return new ImportError(line, input.Id, FieldName?.Invoke(f.Field) ?? f.Field, f.Message, Part, f.Code, f.Args);
        foreach (var repeated in Rows.GroupBy(r => r.Input.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
            foreach (var (line, input) in repeated.Skip(1))
                yield return new ImportError(line, input.Id, FieldName?.Invoke("Id") ?? "Id", $"Also on line {repeated.First().Line}: an id may appear once.", Part,
                    "repeated-id", [repeated.First().Line.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    Task<(int Created, int Updated, int Deleted)> IImportPart.StageAsync(RecordEditor editor, bool replace, string user, CancellationToken ct) =>
        editor.StageImportAsync(RecordKind, Rows, replace, user, ct);
}
