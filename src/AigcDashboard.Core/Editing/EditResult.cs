namespace AigcDashboard.Core.Editing;

/// <summary>What is wrong with one field of an input (a form field, or a column of an import row):
/// the message in English, and the same as a <paramref name="Code"/> with its <paramref name="Args"/>,
/// which the pages say in the reader's language (resource "Check.{Code}").</summary>
public sealed record FieldError(string Field, string Message, string? Code = null, IReadOnlyList<string>? Args = null);

public enum EditOutcome { Saved, Invalid, Conflict, NotFound, Unavailable }

/// <summary>The answer to a save: saved (with the record's new version); invalid (what is wrong,
/// field by field); a conflict (someone saved the record since it was opened: <see cref="Current"/>
/// is what is stored now, and nothing of the refused input was written); not found; or
/// unavailable (the database takes no writes now: <see cref="State"/> says why; nothing was written).</summary>
/// <summary>What any editor's result says, whatever its input type.</summary>
public interface IEditResult
{
    EditOutcome Outcome { get; }
    IReadOnlyList<FieldError>? Errors { get; }
    Data.WriteState State { get; }
}

public sealed record EditResult<TInput>(EditOutcome Outcome, int Version = 0, IReadOnlyList<FieldError>? Errors = null, TInput? Current = default,
    Data.WriteState State = Data.WriteState.Writable) : IEditResult
{
    public static EditResult<TInput> Unavailable(Data.WriteState state) => new(EditOutcome.Unavailable, State: state);
    public static EditResult<TInput> Saved(int version) => new(EditOutcome.Saved, version);
    public static EditResult<TInput> Invalid(IReadOnlyList<FieldError> errors) => new(EditOutcome.Invalid, Errors: errors);
    public static EditResult<TInput> Conflict(TInput current) => new(EditOutcome.Conflict, Current: current);
    public static readonly EditResult<TInput> NotFound = new(EditOutcome.NotFound);
}
