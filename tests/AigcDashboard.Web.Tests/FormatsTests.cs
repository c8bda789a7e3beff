using AigcDashboard.Core.Model;
using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Tests;

public class FormatsTests
{
    [Theory]
    [InlineData(101_000_000, "USD", "zh", "1.01亿美元")]
    [InlineData(101_000_000, "USD", "en", "$101M")]
    [InlineData(1_000_000_000, "USD", "en", "$1B")]
    [InlineData(20_000_000, "USD", "zh", "2000万美元")]
    [InlineData(3_000_000_000_000, "CNY", "zh", "3万亿元")]
    [InlineData(3_000_000_000_000, "CNY", "en", "CN¥3T")]
    [InlineData(2_000_000, "HKD", "zh", "200万港元")]
    [InlineData(9_999, "USD", "en", "$9,999")]
    [InlineData(12_500, "USD", "en", "$12.5K")]
    public void Money_is_written_the_way_each_language_writes_it(double amount, string currency, string lang, string expected) =>
        Assert.Equal(expected, Formats.Money(amount, currency, lang));

    [Theory]
    [InlineData("2022-04-06", "zh", "2022年4月6日")]
    [InlineData("2022-04-06", "en", "Apr 6, 2022")]
    [InlineData("2023-02", "zh", "2023年2月")]
    [InlineData("2023-02", "en", "Feb 2023")]
    [InlineData("2022-Q4", "zh", "2022年第4季度")]
    [InlineData("2022-Q4", "en", "Q4 2022")]
    [InlineData("2021", "en", "2021")]
    public void Dates_keep_their_precision(string date, string lang, string expected) =>
        Assert.Equal(expected, Formats.Date(PartialDate.Parse(date), lang));

    [Theory]
    [InlineData(33_420_000, null, "users", null, true, "zh", "≈3342万")]
    [InlineData(20.3, null, "percent", null, false, "en", "20.3%")]
    [InlineData(10_000_000, 99_999_999.0, "count", null, true, "en", "≈10M–100M")]
    public void Figures_carry_approximation_ranges_and_units(double value, double? high, string unit, string? currency, bool approx, string lang, string expected) =>
        Assert.Equal(expected, Formats.Figure(value, high, unit, currency, approx, lang));
}
