using AigcDashboard.Core.Filtering;

namespace AigcDashboard.Web.Endpoints;

/// <summary>
/// ?limit= and ?offset= on the data API. The default page (1,000 records) holds the whole seed
/// data set; a larger data set is read page by page (X-Total-Count and a Link rel="next" header).
/// </summary>
public sealed record Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 1_000, MaxLimit = 5_000;

    public static Paging Parse(string limit, string offset, List<FilterError> errors)
    {
        var l = DefaultLimit;
        var o = 0;
        if (limit.Length > 0 && !(int.TryParse(limit, out l) && l is >= 1 and <= MaxLimit))
            errors.Add(new FilterError("limit", limit, $"Use 1 to {MaxLimit}."));
        if (offset.Length > 0 && !(int.TryParse(offset, out o) && o >= 0))
            errors.Add(new FilterError("offset", offset, "Use 0 or more."));
        return new Paging(Math.Max(0, o), Math.Clamp(l, 1, MaxLimit));
    }

    /// <summary>This page of a list already in memory, and the list's length.</summary>
    public (IReadOnlyList<T> Rows, int Total) Slice<T>(IReadOnlyList<T> all) => (all.Skip(Offset).Take(Limit).ToList(), all.Count);
}
