using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Seeding;

public static class SeedImporter
{
    /// <summary>Imports the seed set in one transaction if the database holds no sources yet.
    /// Returns false when the database already had data. Reference tables added after a database
    /// was first seeded (the currency rates) are filled when they are empty.</summary>
    public static async Task<bool> ImportIfEmptyAsync(DashboardDbContext db, SeedSet seeds, CancellationToken ct = default)
    {
        if (await db.Sources.AnyAsync(ct))
        {
            if (!await db.FxRates.AnyAsync(ct))
            {
                db.FxRates.AddRange(FxRates(seeds));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            return false;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Another instance may have seeded it since: on SQLite this transaction holds the write
        // lock now (it begins IMMEDIATE), so the answer stands until it commits.
        if (await db.Sources.AnyAsync(ct)) return false;
        db.FxRates.AddRange(FxRates(seeds));
        db.Sources.AddRange(seeds.Sources.Select(s => new Source
        {
            Id = s.Id, File = s.File, TitleZh = s.TitleZh, TitleEn = s.TitleEn, PublisherZh = s.PublisherZh,
            PublisherEn = s.PublisherEn, Authors = s.Authors, Published = s.Published, Script = s.Script,
            SummaryZh = s.SummaryZh, SummaryEn = s.SummaryEn,
        }));
        db.Organizations.AddRange(seeds.Organizations.Select(o => new Organization
        {
            Id = o.Id, NameZh = o.NameZh, NameEn = o.NameEn, Region = o.Region, Kind = o.Kind,
            DescriptionZh = o.DescriptionZh, DescriptionEn = o.DescriptionEn, SourceId = o.Source, Locator = o.Locator, Basis = o.Basis,
        }));
        db.Events.AddRange(seeds.Events.Select(e =>
        {
            var when = PartialDate.Parse(e.Date);
            return new Event
            {
                Id = e.Id, Date = when.Start, Precision = when.Precision, Category = e.Category, Region = e.Region, Stage = e.Stage, Highlight = e.Highlight,
                TitleZh = e.TitleZh, TitleEn = e.TitleEn, DescriptionZh = e.DescriptionZh, DescriptionEn = e.DescriptionEn,
                SourceId = e.Source, Locator = e.Locator, Basis = e.Basis,
                Organizations = e.OrgIds.Distinct().Select(o => new EventOrganization { EventId = e.Id, OrganizationId = o }).ToList(),
            };
        }));
        db.FundingRounds.AddRange(seeds.FundingRounds.Select(r =>
        {
            var when = PartialDate.Parse(r.Date);
            var leads = r.LeadInvestorIds ?? [];
            return new FundingRound
            {
                Id = r.Id, OrganizationId = r.OrgId, Date = when.Start, Precision = when.Precision, Round = r.Round,
                Amount = r.Amount, Currency = r.Currency, Reported = r.Reported, Valuation = r.Valuation,
                ValuationCurrency = r.ValuationCurrency, ValuationReported = r.ValuationReported, NoteZh = r.NoteZh, NoteEn = r.NoteEn,
                SourceId = r.Source, Locator = r.Locator, Basis = r.Basis,
                Investors = leads.Concat(r.InvestorIds ?? []).Distinct()
                    .Select(o => new FundingInvestor { FundingRoundId = r.Id, OrganizationId = o, IsLead = leads.Contains(o) }).ToList(),
            };
        }));
        var orgRegion = seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);
        db.Metrics.AddRange(seeds.Metrics.Select(m =>
        {
            PartialDate? when = m.Date is null ? null : PartialDate.Parse(m.Date);
            return new Metric
            {
                Id = m.Id, Kind = m.Kind, OrganizationId = m.OrgId,
                Region = m.Region ?? (m.OrgId is null ? null : orgRegion[m.OrgId]),
                SubjectZh = m.SubjectZh, SubjectEn = m.SubjectEn, Value = m.Value, ValueHigh = m.ValueHigh, Unit = m.Unit,
                Currency = m.Currency, Approximate = m.Approximate, Date = when?.Start, Precision = when?.Precision,
                Reported = m.Reported, SourceId = m.Source, Locator = m.Locator, Basis = m.Basis,
            };
        }));
        db.FrameworkTerms.AddRange(
            Terms("stage", seeds.Framework.Stages)
                .Concat(Terms("enterprise-type", seeds.Framework.EnterpriseTypes))
                .Concat(Terms("business-model", seeds.Framework.BusinessModels))
                .Concat(Terms("modality", seeds.Framework.Modalities)));
        db.Placements.AddRange(seeds.Placements.Select(p => new Placement
        {
            Id = p.Id, OrganizationId = p.OrgId, ProductZh = p.ProductZh, ProductEn = p.ProductEn, Stage = p.Stage,
            EnterpriseType = p.EnterpriseType, BusinessModels = p.BusinessModels, Modalities = p.Modalities, Audience = p.Audience,
            EvidenceZh = p.EvidenceZh, EvidenceEn = p.EvidenceEn, RationaleZh = p.RationaleZh, RationaleEn = p.RationaleEn,
            SourceId = p.Source, Locator = p.Locator, Basis = p.Basis,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    private static IEnumerable<FxRate> FxRates(SeedSet seeds) =>
        seeds.FxRates.Select(r => new FxRate { Currency = r.Currency, Year = r.Year, UnitsPerUsd = r.UnitsPerUsd, Origin = r.Origin });

    private static IEnumerable<FrameworkTerm> Terms(string axis, IEnumerable<TermSeed> terms) =>
        terms.Select((t, i) => new FrameworkTerm
        {
            Axis = axis, Id = t.Id, Order = i + 1, NameZh = t.NameZh, NameEn = t.NameEn,
            DescriptionZh = t.DescriptionZh, DescriptionEn = t.DescriptionEn, SourceId = t.Source, Locator = t.Locator,
        });
}
