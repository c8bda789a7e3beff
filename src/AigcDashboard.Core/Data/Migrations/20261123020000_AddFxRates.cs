using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Data.Migrations;

/// <summary>Yearly currency rates, to show a normalised "≈ USD" beside amounts reported in other currencies.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261123020000_AddFxRates")]
public sealed class AddFxRates : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("FxRates", t => new
        {
            Currency = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitsPerUsd = t.Column<double>(nullable: false),
            Origin = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_FxRates", x => new { x.Currency, x.Year }));

    protected override void Down(MigrationBuilder m) => m.DropTable("FxRates");
}
