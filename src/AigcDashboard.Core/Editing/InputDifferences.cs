using System.Reflection;

namespace AigcDashboard.Core.Editing;

/// <summary>The fields in which two inputs of the same kind differ (the version aside): what a
/// conflict shows, the stored value beside the one typed.</summary>
public static class InputDifferences
{
    public static IReadOnlyList<(string Field, string Stored, string Yours)> Of<T>(T stored, T yours) where T : IRecordInput =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(IRecordInput.Version))
            .Select(p => (p.Name, Stored: Text(p.GetValue(stored)), Yours: Text(p.GetValue(yours))))
            .Where(d => d.Stored != d.Yours)
            .ToList();

    private static string Text(object? v) => v switch { null => "", bool b => b ? "true" : "false", _ => v.ToString()?.Trim() ?? "" };
}
