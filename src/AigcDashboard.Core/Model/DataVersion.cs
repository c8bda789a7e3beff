namespace AigcDashboard.Core.Model;

/// <summary>
/// A counter that every committed change of data moves on, in the change's own transaction (one
/// row). App instances sharing a database key their cached pages by it, so that an edit made
/// through one instance is seen through all of them on the next request.
/// </summary>
public sealed class DataVersion
{
    public const int RowId = 1;
    public int Id { get; set; }
    public long Value { get; set; }
}
