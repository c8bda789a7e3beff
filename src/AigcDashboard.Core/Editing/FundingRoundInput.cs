using System.Globalization;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Editing;

/// <summary>The editable fields of a funding round as an editor's form gives them: amounts in
/// whole units of their currency, as the source reports them; investors by organization id.</summary>
public sealed class FundingRoundInput : IRecordInput
{
    public const int MaxText = 200, MaxNote = 2000;
    public const long MaxAmount = 10_000_000_000_000; // ten trillion: beyond any round

    public string Id { get; set; } = "";
    public string Organization { get; set; } = "";
    public string Date { get; set; } = "";
    public string Round { get; set; } = "";
    /// <summary>Whole units (digits); empty when not disclosed.</summary>
    public string? Amount { get; set; }
    public string? Currency { get; set; }
    /// <summary>The amount as the source words it ("1.01亿美元").</summary>
    public string? Reported { get; set; }
    public string? Valuation { get; set; }
    public string? ValuationCurrency { get; set; }
    public string? ValuationReported { get; set; }
    /// <summary>Organization ids, separated by spaces or commas.</summary>
    public string LeadInvestors { get; set; } = "";
    public string OtherInvestors { get; set; } = "";
    public string? NoteZh { get; set; }
    public string? NoteEn { get; set; }
    public string SourceId { get; set; } = "";
    public string Locator { get; set; } = "";
    public string Basis { get; set; } = "reported";
    public int Version { get; set; }

    public IReadOnlyList<string> LeadIds => Ids(LeadInvestors);
    public IReadOnlyList<string> OtherIds => Ids(OtherInvestors).Except(LeadIds).ToList();

    private static IReadOnlyList<string> Ids(string text) =>
        text.Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    public static FundingRoundInput From(FundingRound r) => new()
    {
        Id = r.Id, Organization = r.OrganizationId, Date = r.When.ToString(), Round = r.Round,
        Amount = r.Amount?.ToString(CultureInfo.InvariantCulture), Currency = r.Currency, Reported = r.Reported,
        Valuation = r.Valuation?.ToString(CultureInfo.InvariantCulture), ValuationCurrency = r.ValuationCurrency, ValuationReported = r.ValuationReported,
        LeadInvestors = string.Join(' ', r.Investors.Where(i => i.IsLead).Select(i => i.OrganizationId).Order(StringComparer.Ordinal)),
        OtherInvestors = string.Join(' ', r.Investors.Where(i => !i.IsLead).Select(i => i.OrganizationId).Order(StringComparer.Ordinal)),
        NoteZh = r.NoteZh, NoteEn = r.NoteEn, SourceId = r.SourceId, Locator = r.Locator, Basis = r.Basis, Version = r.Version,
    };

    public IReadOnlyList<FieldError> Validate(IReadOnlySet<string> sources, IReadOnlySet<string> organizations)
    {
        var c = new FieldChecks();
        c.Id(Id, nameof(Id), "fr-openai-2023");
        c.Organization(Organization, organizations, nameof(Organization));
        c.Date(Date, nameof(Date));
        c.That(!string.IsNullOrWhiteSpace(Round) && Round.Length <= 60, nameof(Round), "The round's name (Seed, A, B+, Strategic), at most 60 characters.", "round");
        Money(Amount, Currency, nameof(Amount), nameof(Currency));
        Money(Valuation, ValuationCurrency, nameof(Valuation), nameof(ValuationCurrency));
        c.OptionalText(Reported, nameof(Reported), MaxText);
        c.OptionalText(ValuationReported, nameof(ValuationReported), MaxText);
        c.KnownOrganizations(LeadIds.Concat(OtherIds), organizations, nameof(LeadInvestors));
        c.OptionalText(NoteZh, nameof(NoteZh), MaxNote);
        c.OptionalText(NoteEn, nameof(NoteEn), MaxNote);
        c.Provenance(SourceId, Locator, Basis, sources, MaxText);
        return c.Errors;

        void Money(string? amount, string? currency, string amountField, string currencyField)
        {
            if (string.IsNullOrWhiteSpace(amount)) return; // not disclosed
            c.That(long.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= MaxAmount, amountField,
                "Whole units of the currency, digits only (101000000), up to ten trillion; empty when not disclosed.", "amount");
            c.Currency(currency, currencyField);
        }
    }
}

/// <summary>Funding rounds, with their investors.</summary>
public sealed class FundingRoundKind : RecordKind<FundingRound, FundingRoundInput>
{
    public static readonly FundingRoundKind Instance = new();
    public override string Name => "funding-round";
    public override IQueryable<FundingRound> Query(DashboardDbContext db) => db.FundingRounds.Include(r => r.Investors);
    public override FundingRound Create(string id) => new() { Id = id, OrganizationId = "", Round = "", SourceId = "", Locator = "", Basis = "" };
    public override FundingRoundInput ToInput(FundingRound r) => FundingRoundInput.From(r);

    public override IEnumerable<string> OrganizationsNamed(FundingRoundInput input) => input.LeadIds.Concat(input.OtherIds).Append(input.Organization);
    public override IReadOnlyList<FieldError> Validate(FundingRoundInput input, KnownIds known) => input.Validate(known.Sources, known.Organizations);

    public override void Apply(FundingRound r, FundingRoundInput input)
    {
        var when = PartialDate.Parse(input.Date);
        (r.OrganizationId, r.Date, r.Precision, r.Round) = (input.Organization, when.Start, when.Precision, input.Round.Trim());
        (r.Amount, r.Currency, r.Reported) = Money(input.Amount, input.Currency, input.Reported);
        (r.Valuation, r.ValuationCurrency, r.ValuationReported) = Money(input.Valuation, input.ValuationCurrency, input.ValuationReported);
        (r.NoteZh, r.NoteEn) = (Text(input.NoteZh), Text(input.NoteEn));
        (r.SourceId, r.Locator, r.Basis) = (input.SourceId, input.Locator.Trim(), input.Basis);
        var wanted = input.LeadIds.Select(id => (id, lead: true)).Concat(input.OtherIds.Select(id => (id, lead: false))).ToList();
        r.Investors.RemoveAll(i => !wanted.Any(w => w.id == i.OrganizationId));
        foreach (var (id, lead) in wanted)
        {
            if (r.Investors.FirstOrDefault(i => i.OrganizationId == id) is { } kept) kept.IsLead = lead;
            else r.Investors.Add(new FundingInvestor { FundingRoundId = r.Id, OrganizationId = id, IsLead = lead });
        }

        static (long?, string?, string?) Money(string? amount, string? currency, string? reported) =>
            string.IsNullOrWhiteSpace(amount) ? (null, null, Text(reported))
                : (long.Parse(amount, CultureInfo.InvariantCulture), currency, Text(reported));
        static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
