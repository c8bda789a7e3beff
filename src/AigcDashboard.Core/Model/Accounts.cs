using Microsoft.AspNetCore.Identity;

namespace AigcDashboard.Core.Model;

/// <summary>Someone who may change data: an ASP.NET Core Identity user, created by the app's
/// command line (--create-user), never by a default. One role of <see cref="Roles"/>.</summary>
public sealed class DashboardUser : IdentityUser
{
    public DateTime CreatedUtc { get; set; }
}

public static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}

/// <summary>One change of data: who, when, what, and the record before and after (JSON; null
/// before a creation or after a deletion). Written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    /// <summary>create, update, delete or import.</summary>
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>A record two editors may change at once: each save raises <see cref="Version"/>, and a
/// save that started from an older version is refused (optimistic concurrency).</summary>
public interface IVersioned
{
    int Version { get; set; }
}
