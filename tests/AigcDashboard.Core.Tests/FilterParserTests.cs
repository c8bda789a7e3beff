using AigcDashboard.Core.Filtering;

namespace AigcDashboard.Core.Tests;

public class FilterParserTests
{
    private static FilterResult Parse(params (string Key, string Value)[] query) =>
        FilterParser.Parse(name => query.Where(q => q.Key == name).Select(q => (string?)q.Value).ToList());

    [Fact]
    public void Empty_query_is_no_filter() => Assert.True(Parse().Filter.IsEmpty);

    [Fact]
    public void Regions_may_repeat_or_be_comma_separated_and_are_normalised()
    {
        var r = Parse(("region", "us"), ("region", "CN,gb"));
        Assert.True(r.IsValid);
        Assert.Equal(["CN", "GB", "US"], r.Filter.Regions);
    }

    [Theory]
    [InlineData("region", "ZZ")]
    [InlineData("region", "China")]
    [InlineData("stage", "9")]
    [InlineData("stage", "growth")]
    [InlineData("category", "gossip")]
    [InlineData("from", "2022-13-45")]
    [InlineData("to", "yesterday")]
    [InlineData("from", "2022-Q1")]
    [InlineData("lang", "fr")]
    public void An_unknown_value_is_an_error_naming_its_parameter(string key, string value)
    {
        var r = Parse((key, value));
        var error = Assert.Single(r.Errors);
        Assert.Equal(key, error.Parameter);
        Assert.Equal(value, error.Value);
    }

    [Fact]
    public void Dates_take_the_whole_period_they_name()
    {
        var r = Parse(("from", "2022"), ("to", "2023-02"));
        Assert.Equal(new DateOnly(2022, 1, 1), r.Filter.From);
        Assert.Equal(new DateOnly(2023, 2, 28), r.Filter.To);
    }

    [Fact]
    public void A_reversed_range_is_an_error()
    {
        var e = Assert.Single(Parse(("from", "2023-01-01"), ("to", "2022-01-01")).Errors);
        Assert.Equal(("to", FilterError.ReversedRange), (e.Parameter, e.Code));
    }

    [Fact]
    public void Two_stages_are_an_error()
    {
        var e = Assert.Single(Parse(("stage", "novelty"), ("stage", "original")).Errors);
        Assert.Equal(("stage", FilterError.Multiple), (e.Parameter, e.Code));
    }

    [Theory]
    [InlineData("chat\u0000gpt")]
    [InlineData("\u001b[31m")]
    public void A_search_with_a_control_character_is_refused_and_shown_without_it(string search)
    {
        var e = Assert.Single(Parse(("q", search)).Errors);
        Assert.Equal(("q", FilterError.ControlCharacter), (e.Parameter, e.Code));
        Assert.DoesNotContain(e.Value, char.IsControl);
    }

    [Fact]
    public void A_huge_value_is_refused_and_shortened_in_the_message()
    {
        var e = Assert.Single(Parse(("region", new string('X', 100_000))).Errors);
        Assert.True(e.Message.Length < 200);
    }

    [Fact]
    public void The_query_string_round_trips()
    {
        var r = Parse(("region", "US"), ("region", "CN"), ("stage", "assistance"), ("from", "2022-04-01"), ("lang", "en"));
        Assert.Equal("?region=CN&region=US&stage=assistance&from=2022-04-01&lang=en", r.Filter.ToQueryString());
        Assert.Equal("?region=CN&region=US&stage=assistance&from=2022-04-01", r.Filter.ToQueryString(includeLang: false));
    }
}
