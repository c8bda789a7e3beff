using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Data.Migrations;

/// <summary>Marks the events the timeline makes stand out (editorial, from events.json).</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261123010000_AddEventHighlight")]
public sealed class AddEventHighlight : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<bool>("Highlight", "Events", nullable: false, defaultValue: false);
        // A database seeded before this column existed gets the same marks events.json now carries;
        // a new database takes them from the seed import. Quoted names and TRUE: both SQLite and
        // PostgreSQL read this the same way.
        m.Sql("""
            UPDATE "Events" SET "Highlight" = TRUE WHERE "Id" IN (
                'ev-gpt-3-release', 'ev-dalle2-launch', 'ev-stable-diffusion-release', 'ev-chatgpt-launch',
                'ev-baidu-ernie-bot-launch', 'ev-sora-debut', 'ev-china-first-batch-llm-approval',
                'ev-cac-second-batch-deep-synthesis-filings', 'ev-iflytek-spark-public-opening',
                'ev-qihoo-360-zhinao-public-opening', 'ev-alibaba-cloud-tongyi-qianwen-public-opening')
            """);
    }

    protected override void Down(MigrationBuilder m) => m.DropColumn("Highlight", "Events");
}
