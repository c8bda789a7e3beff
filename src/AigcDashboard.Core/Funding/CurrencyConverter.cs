using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Funding;

/// <summary>An amount in US dollars, and the rate that made it (null when it was reported in dollars).</summary>
public sealed record UsdAmount(double Usd, FxRate? Rate)
{
    public bool IsConverted => Rate is not null;
}

/// <summary>
/// Converts reported amounts to US dollars with the data set's yearly rates: the rate of the
/// amount's year, else of the nearest year held. A currency with no rate is not converted.
/// </summary>
public sealed class CurrencyConverter(IEnumerable<FxRate> rates)
{
    private readonly ILookup<string, FxRate> byCurrency = rates.ToLookup(r => r.Currency);

    public UsdAmount? ToUsd(double amount, string? currency, DateOnly when)
    {
        if (currency is null) return null;
        if (currency == "USD") return new UsdAmount(amount, null);
        var rate = byCurrency[currency].OrderBy(r => Math.Abs(r.Year - when.Year)).ThenByDescending(r => r.Year).FirstOrDefault();
        return rate is null ? null : new UsdAmount(amount / rate.UnitsPerUsd, rate);
    }
}
