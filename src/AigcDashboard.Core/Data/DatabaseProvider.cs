namespace AigcDashboard.Core.Data;

/// <summary>Where the data lives: the embedded SQLite file (the default, one app instance), or a
/// PostgreSQL server that several app instances share. Chosen by the Database:Provider setting.</summary>
public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseProviders
{
    /// <summary>The provider a setting names (case-insensitive; empty means SQLite), or an error that
    /// says which values are known.</summary>
    public static DatabaseProvider Parse(string? setting) =>
        string.IsNullOrWhiteSpace(setting) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(setting.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) ? p
        : throw new DatabaseSettingsException($"Database:Provider is \"{setting}\"; it must be Sqlite or Postgres.");
}

/// <summary>The database settings name something that cannot be used; the message says what.</summary>
public sealed class DatabaseSettingsException(string message) : Exception(message);
