using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Data.Migrations;

/// <summary>Hand-written: EF Core's design-time package is not restorable on this platform.
/// MigrationSchemaTests checks that it creates the same schema as the model.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261123000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Sources", t => new
        {
            Id = t.Column<string>(nullable: false),
            File = t.Column<string>(nullable: false),
            TitleZh = t.Column<string>(nullable: false),
            TitleEn = t.Column<string>(nullable: false),
            PublisherZh = t.Column<string>(nullable: false),
            PublisherEn = t.Column<string>(nullable: false),
            Authors = t.Column<string>(nullable: true),
            Published = t.Column<string>(nullable: false),
            Script = t.Column<string>(nullable: false),
            SummaryZh = t.Column<string>(nullable: false),
            SummaryEn = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Sources", x => x.Id));

        m.CreateTable("FrameworkTerms", t => new
        {
            Axis = t.Column<string>(nullable: false),
            Id = t.Column<string>(nullable: false),
            Order = t.Column<int>(nullable: false),
            NameZh = t.Column<string>(nullable: false),
            NameEn = t.Column<string>(nullable: false),
            DescriptionZh = t.Column<string>(nullable: false),
            DescriptionEn = t.Column<string>(nullable: false),
            SourceId = t.Column<string>(nullable: true),
            Locator = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_FrameworkTerms", x => new { x.Axis, x.Id }));

        m.CreateTable("Organizations", t => new
        {
            Id = t.Column<string>(nullable: false),
            NameZh = t.Column<string>(nullable: false),
            NameEn = t.Column<string>(nullable: false),
            Region = t.Column<string>(nullable: true),
            Kind = t.Column<string>(nullable: false),
            DescriptionZh = t.Column<string>(nullable: false),
            DescriptionEn = t.Column<string>(nullable: false),
            SourceId = t.Column<string>(nullable: false),
            Locator = t.Column<string>(nullable: false),
            Basis = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Organizations", x => x.Id);
            t.ForeignKey("FK_Organizations_Sources_SourceId", x => x.SourceId, "Sources", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("Events", t => new
        {
            Id = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Precision = t.Column<int>(nullable: false),
            Category = t.Column<string>(nullable: false),
            Region = t.Column<string>(nullable: true),
            Stage = t.Column<string>(nullable: true),
            TitleZh = t.Column<string>(nullable: false),
            TitleEn = t.Column<string>(nullable: false),
            DescriptionZh = t.Column<string>(nullable: false),
            DescriptionEn = t.Column<string>(nullable: false),
            SourceId = t.Column<string>(nullable: false),
            Locator = t.Column<string>(nullable: false),
            Basis = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Events", x => x.Id);
            t.ForeignKey("FK_Events_Sources_SourceId", x => x.SourceId, "Sources", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("EventOrganizations", t => new
        {
            EventId = t.Column<string>(nullable: false),
            OrganizationId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventOrganizations", x => new { x.EventId, x.OrganizationId });
            t.ForeignKey("FK_EventOrganizations_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_EventOrganizations_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("FundingRounds", t => new
        {
            Id = t.Column<string>(nullable: false),
            OrganizationId = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Precision = t.Column<int>(nullable: false),
            Round = t.Column<string>(nullable: false),
            Amount = t.Column<long>(nullable: true),
            Currency = t.Column<string>(nullable: true),
            Reported = t.Column<string>(nullable: true),
            Valuation = t.Column<long>(nullable: true),
            ValuationCurrency = t.Column<string>(nullable: true),
            ValuationReported = t.Column<string>(nullable: true),
            NoteZh = t.Column<string>(nullable: true),
            NoteEn = t.Column<string>(nullable: true),
            SourceId = t.Column<string>(nullable: false),
            Locator = t.Column<string>(nullable: false),
            Basis = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_FundingRounds", x => x.Id);
            t.ForeignKey("FK_FundingRounds_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_FundingRounds_Sources_SourceId", x => x.SourceId, "Sources", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("FundingInvestors", t => new
        {
            FundingRoundId = t.Column<string>(nullable: false),
            OrganizationId = t.Column<string>(nullable: false),
            IsLead = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_FundingInvestors", x => new { x.FundingRoundId, x.OrganizationId });
            t.ForeignKey("FK_FundingInvestors_FundingRounds_FundingRoundId", x => x.FundingRoundId, "FundingRounds", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_FundingInvestors_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("Metrics", t => new
        {
            Id = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            OrganizationId = t.Column<string>(nullable: true),
            Region = t.Column<string>(nullable: true),
            SubjectZh = t.Column<string>(nullable: false),
            SubjectEn = t.Column<string>(nullable: false),
            Value = t.Column<double>(nullable: false),
            ValueHigh = t.Column<double>(nullable: true),
            Unit = t.Column<string>(nullable: false),
            Currency = t.Column<string>(nullable: true),
            Approximate = t.Column<bool>(nullable: false),
            Date = t.Column<DateOnly>(nullable: true),
            Precision = t.Column<int>(nullable: true),
            Reported = t.Column<string>(nullable: true),
            SourceId = t.Column<string>(nullable: false),
            Locator = t.Column<string>(nullable: false),
            Basis = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Metrics", x => x.Id);
            t.ForeignKey("FK_Metrics_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Metrics_Sources_SourceId", x => x.SourceId, "Sources", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("Placements", t => new
        {
            Id = t.Column<string>(nullable: false),
            OrganizationId = t.Column<string>(nullable: false),
            ProductZh = t.Column<string>(nullable: true),
            ProductEn = t.Column<string>(nullable: true),
            Stage = t.Column<string>(nullable: false),
            EnterpriseType = t.Column<string>(nullable: false),
            BusinessModels = t.Column<string>(nullable: false),
            Modalities = t.Column<string>(nullable: false),
            Audience = t.Column<string>(nullable: false),
            EvidenceZh = t.Column<string>(nullable: false),
            EvidenceEn = t.Column<string>(nullable: false),
            RationaleZh = t.Column<string>(nullable: false),
            RationaleEn = t.Column<string>(nullable: false),
            SourceId = t.Column<string>(nullable: false),
            Locator = t.Column<string>(nullable: false),
            Basis = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Placements", x => x.Id);
            t.ForeignKey("FK_Placements_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Placements_Sources_SourceId", x => x.SourceId, "Sources", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateIndex("IX_Organizations_Region", "Organizations", "Region");
        m.CreateIndex("IX_Organizations_SourceId", "Organizations", "SourceId");
        m.CreateIndex("IX_Events_Date", "Events", "Date");
        m.CreateIndex("IX_Events_Region_Date", "Events", ["Region", "Date"]);
        m.CreateIndex("IX_Events_Category_Date", "Events", ["Category", "Date"]);
        m.CreateIndex("IX_Events_Stage_Date", "Events", ["Stage", "Date"]);
        m.CreateIndex("IX_Events_SourceId", "Events", "SourceId");
        m.CreateIndex("IX_EventOrganizations_OrganizationId", "EventOrganizations", "OrganizationId");
        m.CreateIndex("IX_FundingRounds_Date", "FundingRounds", "Date");
        m.CreateIndex("IX_FundingRounds_OrganizationId", "FundingRounds", "OrganizationId");
        m.CreateIndex("IX_FundingRounds_SourceId", "FundingRounds", "SourceId");
        m.CreateIndex("IX_FundingInvestors_OrganizationId", "FundingInvestors", "OrganizationId");
        m.CreateIndex("IX_Metrics_Region_Date", "Metrics", ["Region", "Date"]);
        m.CreateIndex("IX_Metrics_OrganizationId", "Metrics", "OrganizationId");
        m.CreateIndex("IX_Metrics_Kind", "Metrics", "Kind");
        m.CreateIndex("IX_Metrics_SourceId", "Metrics", "SourceId");
        m.CreateIndex("IX_Placements_Stage", "Placements", "Stage");
        m.CreateIndex("IX_Placements_OrganizationId", "Placements", "OrganizationId");
        m.CreateIndex("IX_Placements_SourceId", "Placements", "SourceId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "Placements", "Metrics", "FundingInvestors", "FundingRounds", "EventOrganizations", "Events", "Organizations", "FrameworkTerms", "Sources" })
            m.DropTable(table);
    }
}
