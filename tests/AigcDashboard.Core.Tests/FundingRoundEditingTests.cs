using AigcDashboard.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Funding rounds through the same editor as every record: checked, versioned, audited.</summary>
public class FundingRoundEditingTests
{
    private static FundingRoundInput NewRound() => new()
    {
        Id = "fr-runway-series-d", Organization = "runway", Date = "2023-06-29", Round = "D",
        Amount = "141000000", Currency = "USD", Reported = "1.41亿美元", Valuation = "1500000000", ValuationCurrency = "USD",
        LeadInvestors = "google", OtherInvestors = "google nvidia", SourceId = "S3", Locator = "¶9", Basis = "reported",
    };

    private static RecordEditor Editor(DashboardDbContextFactory db) => new(db.Create(), TimeProvider.System);

    [Fact]
    public async Task A_new_round_is_saved_with_its_investors_leads_apart()
    {
        using var db = new DashboardDbContextFactory();
        await using (var setup = db.Create())
        {
            foreach (var id in new[] { "google", "nvidia" }.Where(id => !setup.Organizations.Any(o => o.Id == id)))
                setup.Organizations.Add(new Model.Organization { Id = id, NameZh = id, NameEn = id, Kind = "big-tech", DescriptionZh = "d", DescriptionEn = "d", SourceId = "S3", Locator = "x", Basis = "reported" });
            await setup.SaveChangesAsync();
        }
        var result = await Editor(db).SaveAsync(FundingRoundKind.Instance, NewRound(), isNew: true, "alice");
        Assert.Equal(EditOutcome.Saved, result.Outcome);

        var stored = (await Editor(db).FindAsync(FundingRoundKind.Instance, "fr-runway-series-d"))!;
        Assert.Equal(("google", "nvidia"), (stored.LeadInvestors, stored.OtherInvestors)); // a lead is not also listed as another investor
        Assert.Equal(("141000000", "USD", "1.41亿美元"), (stored.Amount, stored.Currency, stored.Reported));

        // Turning the lead into a plain investor changes the flag, not the rows.
        stored.LeadInvestors = "nvidia";
        stored.OtherInvestors = "google";
        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveAsync(FundingRoundKind.Instance, stored, isNew: false, "alice")).Outcome);
        await using var check = db.Create();
        var investors = await check.FundingInvestors.Where(i => i.FundingRoundId == "fr-runway-series-d").OrderBy(i => i.OrganizationId).ToListAsync();
        Assert.Equal([("google", false), ("nvidia", true)], investors.Select(i => (i.OrganizationId, i.IsLead)));
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Entity == "funding-round"));
    }

    [Fact]
    public async Task Amounts_currencies_and_names_are_checked_field_by_field()
    {
        using var db = new DashboardDbContextFactory();
        var bad = NewRound();
        (bad.Organization, bad.Amount, bad.Currency, bad.Valuation, bad.ValuationCurrency) = ("no-such-org", "1.5e8", "usd", "-3", "USD");
        (bad.Round, bad.LeadInvestors, bad.OtherInvestors) = ("", "no-such-investor", "");
        var result = await Editor(db).SaveAsync(FundingRoundKind.Instance, bad, isNew: true, "alice");
        Assert.Equal(["Amount", "Currency", "LeadInvestors", "Organization", "Round", "Valuation"], result.Errors!.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task An_undisclosed_amount_needs_no_currency_and_stays_undisclosed()
    {
        using var db = new DashboardDbContextFactory();
        var round = NewRound();
        (round.Amount, round.Currency, round.Valuation, round.ValuationCurrency, round.LeadInvestors, round.OtherInvestors) = ("", "", null, null, "", "");
        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveAsync(FundingRoundKind.Instance, round, isNew: true, "alice")).Outcome);
        await using var check = db.Create();
        var stored = await check.FundingRounds.SingleAsync(r => r.Id == round.Id);
        Assert.Equal((null, null, null), (stored.Amount, stored.Currency, stored.Valuation));
    }

    [Fact]
    public async Task Two_editors_of_one_round_the_second_gets_the_first_ones_values()
    {
        using var db = new DashboardDbContextFactory();
        var id = TestData.Seeds.FundingRounds[0].Id;
        var a = (await Editor(db).FindAsync(FundingRoundKind.Instance, id))!;
        var b = (await Editor(db).FindAsync(FundingRoundKind.Instance, id))!;
        (a.Round, b.Round) = ("Series A (corrected)", "Series A (other)");
        Assert.Equal(EditOutcome.Saved, (await Editor(db).SaveAsync(FundingRoundKind.Instance, a, false, "alice")).Outcome);
        var refused = await Editor(db).SaveAsync(FundingRoundKind.Instance, b, false, "bob");
        Assert.Equal((EditOutcome.Conflict, "Series A (corrected)"), (refused.Outcome, refused.Current!.Round));
        Assert.Contains(InputDifferences.Of(refused.Current, b), d => d == ("Round", "Series A (corrected)", "Series A (other)"));
    }
}
