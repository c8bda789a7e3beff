using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2022-11-30", DatePrecision.Day, "2022-11-30", "2022-11-30")]
    [InlineData("2022-11", DatePrecision.Month, "2022-11-01", "2022-11-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2022-Q4", DatePrecision.Quarter, "2022-10-01", "2022-12-31")]
    [InlineData("2021", DatePrecision.Year, "2021-01-01", "2021-12-31")]
    public void Parses_each_precision_and_knows_its_span(string text, DatePrecision precision, string start, string end)
    {
        var d = PartialDate.Parse(text);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(DateOnly.Parse(start), d.Start);
        Assert.Equal(DateOnly.Parse(end), d.End);
        Assert.Equal(text, d.ToString());
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-13-45")]
    [InlineData("2023-02-29")]
    [InlineData("2022-Q5")]
    [InlineData("22-01-01")]
    [InlineData("2022/01/01")]
    [InlineData("")]
    [InlineData("1800")]
    [InlineData("2022-01-01T00:00")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
