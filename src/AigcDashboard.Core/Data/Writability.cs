using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AigcDashboard.Core.Data;

/// <summary>Whether the database takes writes now: it may be read-only (a read-only file or
/// mount, Mode=ReadOnly; on PostgreSQL a read-only database or a standby) or locked by another
/// writer for longer than the wait allows.</summary>
public enum WriteState { Writable, ReadOnly, Locked }

public static class Writability
{
    /// <summary>Asks whether the database is open read-only, then for the lock a save takes, which it
    /// lets go at once (SQLite: BEGIN IMMEDIATE, ROLLBACK; PostgreSQL: the editable tables' ROW
    /// EXCLUSIVE lock): nothing is written; the answer is what a save would meet.</summary>
    public static async Task<WriteState> ProbeAsync(DashboardDbContext db, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            // A read-only file or Mode=ReadOnly: SQLite knows without trying (BEGIN IMMEDIATE would pass).
            if (connection is SqliteConnection { Handle: { } handle } && SQLitePCL.raw.sqlite3_db_readonly(handle, "main") == 1)
                return WriteState.ReadOnly;
            await using var command = connection.CreateCommand();
            if (connection is NpgsqlConnection)
            {
                // default_transaction_read_only on the database, role or connection, or a hot standby.
                command.CommandText = "SHOW transaction_read_only";
                if ((await command.ExecuteScalarAsync(ct)) as string == "on") return WriteState.ReadOnly;
                // The lock a save takes on the editable tables, not waited for: another session's
                // LOCK TABLE (a maintenance job, say) would make a save wait. Rolled back at once.
                var tables = db.Model.GetEntityTypes().Where(t => typeof(Model.IVersioned).IsAssignableFrom(t.ClrType))
                    .Select(t => $"\"{t.GetTableName()}\"");
                await using var probe = await connection.BeginTransactionAsync(ct);
                command.Transaction = probe;
                command.CommandText = $"LOCK TABLE {string.Join(", ", tables)} IN ROW EXCLUSIVE MODE NOWAIT";
                await command.ExecuteNonQueryAsync(ct);
                return WriteState.Writable;
            }
            command.CommandTimeout = 1; // a probe must not wait out a long lock
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync(ct);
            return WriteState.Writable;
        }
        catch (Exception e) when (Classify(e) is { } state)
        {
            return state;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    /// <summary>The write state an exception reveals (it or an inner one), or null for any other failure.</summary>
    public static WriteState? Classify(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            switch (e)
            {
                case SqliteException s:
                    return s.SqliteErrorCode switch
                    {
                        8 => WriteState.ReadOnly,   // SQLITE_READONLY
                        5 or 6 => WriteState.Locked, // SQLITE_BUSY, SQLITE_LOCKED
                        _ => null,
                    };
                case PostgresException p:
                    return p.SqlState switch
                    {
                        PostgresErrorCodes.ReadOnlySqlTransaction => WriteState.ReadOnly,
                        PostgresErrorCodes.LockNotAvailable => WriteState.Locked,
                        _ => null,
                    };
            }
        return null;
    }
}

/// <summary>A change could not be written because the database takes no writes now; nothing was.</summary>
public sealed class DatabaseUnavailableException(WriteState state, Exception inner)
    : Exception(state == WriteState.ReadOnly ? "The database is read-only." : "The database is locked by another writer.", inner)
{
    public WriteState State { get; } = state;
}
