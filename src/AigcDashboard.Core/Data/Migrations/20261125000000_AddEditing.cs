using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace AigcDashboard.Core.Data.Migrations;

/// <summary>Editing: a version on every editable record (optimistic concurrency), the users who
/// may edit, and the audit log of their changes.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261125000000_AddEditing")]
public sealed class AddEditing : Migration
{
    private static readonly string[] Versioned = ["Organizations", "Events", "FundingRounds", "Metrics", "Placements"];

    protected override void Up(MigrationBuilder m)
    {
        foreach (var table in Versioned)
            m.AddColumn<int>("Version", table, nullable: false, defaultValue: 0);

        m.CreateTable("Users", t => new
        {
            Id = t.Column<int>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            UserName = t.Column<string>(nullable: false),
            PasswordHash = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Users", x => x.Id));
        m.CreateIndex("IX_Users_UserName", "Users", "UserName", unique: true);

        m.CreateTable("AuditEntries", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            AtUtc = t.Column<DateTime>(nullable: false),
            UserName = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Entity = t.Column<string>(nullable: false),
            EntityId = t.Column<string>(nullable: false),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_AtUtc", "AuditEntries", "AtUtc");
        m.CreateIndex("IX_AuditEntries_Entity_EntityId", "AuditEntries", ["Entity", "EntityId"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("AuditEntries");
        m.DropTable("Users");
        foreach (var table in Versioned) m.DropColumn("Version", table);
    }
}
