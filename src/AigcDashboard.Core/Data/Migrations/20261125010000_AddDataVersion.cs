using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Data.Migrations;

/// <summary>The data version (see <see cref="Model.DataVersion"/>): one row, starting at 0.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261125010000_AddDataVersion")]
public sealed class AddDataVersion : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("DataVersion", t => new
        {
            Id = t.Column<int>(nullable: false),
            Value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DataVersion", x => x.Id));
        // SQL, not InsertData: without a model snapshot InsertData cannot tell the column types.
        m.Sql($"""INSERT INTO "DataVersion" ("Id", "Value") VALUES ({Model.DataVersion.RowId}, 0)""");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("DataVersion");
}
