using System.Text.Json;
using System.Text.Json.Serialization;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Web.Endpoints;

/// <summary>
/// GET /api/{events,funding-rounds,organizations,metrics,matrix,sources}: JSON by default,
/// CSV with ?format=csv; the same filter parameters as the pages. A bad parameter is a 400
/// problem-details response naming it.
/// </summary>
public static class DataApi
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new PartialDateConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static RouteGroupBuilder MapDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/events", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "events", async (f, p) => await q.EventsPageAsync(f, p.Offset, p.Limit, ct), EventColumns));

        // Everything, unpaged and unfiltered, in the same formats: what /admin/import reads back.
        api.MapGet("/export/events", async (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
        {
            var format = req.Query["format"].ToString();
            if (format is not ("" or "json" or "csv"))
                return Problem(new FilterError("format", format.Length > 20 ? format[..20] : format, "Use json or csv."));
            var rows = await q.EventsAsync(DashboardFilter.None, ct);
            return format == "csv" ? Csv.Result(Csv.Write(rows, EventColumns), "events") : Results.Json(rows, Json);
        });

        api.MapGet("/funding-rounds", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "funding-rounds", async (f, p) => await q.FundingRoundsPageAsync(f, p.Offset, p.Limit, ct),
            [
                new("id", r => r.Id), new("organization", r => r.Organization.Id), new("organization_en", r => r.Organization.NameEn),
                new("organization_zh", r => r.Organization.NameZh), new("region", r => r.Organization.Region),
                new("date", r => r.When.ToString()), new("precision", r => PartialDate.PrecisionName(r.When.Precision)), new("round", r => r.Round),
                new("amount", r => r.Amount), new("currency", r => r.Currency), new("reported", r => r.Reported),
                new("valuation", r => r.Valuation), new("valuation_currency", r => r.ValuationCurrency), new("valuation_reported", r => r.ValuationReported),
                new("lead_investors", r => r.LeadInvestors.Select(o => o.Id)), new("other_investors", r => r.OtherInvestors.Select(o => o.Id)),
                new("source", r => r.Provenance.SourceId), new("locator", r => r.Provenance.Locator), new("basis", r => r.Provenance.Basis),
            ]));

        api.MapGet("/funding/{chart}", async (string chart, HttpRequest req, DashboardQueries q, CancellationToken ct) =>
        {
            async Task<IReadOnlyList<RoundInUsd>> Rounds(DashboardFilter f) =>
                FundingAggregates.InUsd(await q.FundingRoundsAsync(f, ct), new CurrencyConverter(await q.FxRatesAsync(ct)));
            switch (chart)
            {
                case "by-company":
                    return await Respond<RoundInUsd>(req, "funding-by-company", async (f, p) => p.Slice(FundingAggregates.ByAmount(await Rounds(f))), RoundColumns);
                case "valuations":
                    return await Respond<RoundInUsd>(req, "funding-valuations", async (f, p) => p.Slice(FundingAggregates.WithValuation(await Rounds(f))), RoundColumns);
                case "by-period":
                    var period = req.Query["period"].ToString();
                    if (period is not ("" or "quarter" or "year"))
                        return Problem(new FilterError("period", period, "Use quarter or year."));
                    return await Respond<PeriodTotalRow>(req, "funding-by-period", async (f, p) =>
                    {
                        var totals = FundingAggregates.ByPeriod(await Rounds(f), period == "year" ? DatePrecision.Year : DatePrecision.Quarter);
                        return p.Slice(totals.Series.SelectMany(s => s.Usd.Select((usd, i) => new PeriodTotalRow(totals.Periods[i].ToString(), s.Region, usd))).ToList());
                    }, [new("period", r => r.Period), new("region", r => r.Region), new("usd", r => r.Usd)]);
                default:
                    return Problem(new FilterError("chart", chart, "Use by-company, by-period or valuations."));
            }
        });

        api.MapGet("/organizations", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "organizations", async (f, p) => p.Slice(await q.OrganizationsAsync(f, ct)),
            [
                new("id", r => r.Id), new("name_zh", r => r.NameZh), new("name_en", r => r.NameEn), new("region", r => r.Region),
                new("kind", r => r.Kind), new("description_zh", r => r.DescriptionZh), new("description_en", r => r.DescriptionEn),
                new("source", r => r.Provenance.SourceId), new("locator", r => r.Provenance.Locator), new("basis", r => r.Provenance.Basis),
            ]));

        api.MapGet("/metrics", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "metrics", async (f, p) => p.Slice(await q.MetricsAsync(f, ct)),
            [
                new("id", r => r.Id), new("kind", r => r.Kind), new("organization", r => r.Organization?.Id), new("region", r => r.Region),
                new("subject_zh", r => r.SubjectZh), new("subject_en", r => r.SubjectEn), new("value", r => r.Value), new("value_high", r => r.ValueHigh),
                new("unit", r => r.Unit), new("currency", r => r.Currency), new("approximate", r => r.Approximate),
                new("date", r => r.When?.ToString()), new("precision", r => r.When is { } w ? PartialDate.PrecisionName(w.Precision) : null),
                new("reported", r => r.Reported),
                new("source", r => r.Provenance.SourceId), new("locator", r => r.Provenance.Locator), new("basis", r => r.Provenance.Basis),
            ]));

        api.MapGet("/sources", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "sources", async (f, p) => p.Slice(await q.SourcesAsync(f, ct)),
            [
                new("id", r => r.Id), new("file", r => r.File), new("title_zh", r => r.TitleZh), new("title_en", r => r.TitleEn),
                new("publisher_zh", r => r.PublisherZh), new("publisher_en", r => r.PublisherEn), new("authors", r => r.Authors),
                new("published", r => r.Published), new("events", r => r.Events), new("organizations", r => r.Organizations),
                new("funding_rounds", r => r.FundingRounds), new("metrics", r => r.Metrics), new("placements", r => r.Placements),
                new("total", r => r.Total),
            ]));

        api.MapGet("/matrix", async (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
        {
            var axis = req.Query["axis"].ToString();
            if (axis.Length == 0) axis = StageMatrix.Axes[0];
            if (!StageMatrix.Axes.Contains(axis))
                return Problem(new FilterError("axis", axis, $"'{axis}' is not a matrix axis; use one of: {string.Join(", ", StageMatrix.Axes)}."));
            // Cells name their placements and organizations by id; /api/organizations has the rest.
            return await Respond(req, "matrix", async (f, p) => p.Slice((await q.MatrixAsync(f, axis, ct)).Cells
                .Select(c => new MatrixCellRow(c.Stage, c.Column, c.Count, c.Items.Select(i => i.Id).ToList(),
                    c.Items.Select(i => i.Organization.Id).Distinct().ToList())).ToList()),
            [
                new("stage", c => c.Stage), new("column", c => c.Column), new("count", c => c.Count),
                new("placements", c => c.Placements), new("organizations", c => c.Organizations),
            ], matrixAxis: axis);
        });

        return api;
    }

    private static async Task<IResult> Respond<T>(HttpRequest req, string name, Func<DashboardFilter, Paging, Task<(IReadOnlyList<T> Rows, int Total)>> load,
        IReadOnlyList<CsvColumn<T>> columns, string? matrixAxis = null)
    {
        var parsed = FilterParser.Parse(n => req.Query[n].ToArray());
        var format = req.Query["format"].ToString();
        var errors = parsed.Errors.ToList();
        var paging = Paging.Parse(req.Query["limit"].ToString(), req.Query["offset"].ToString(), errors);
        if (parsed.Filter.Organization is { } org && await req.HttpContext.RequestServices.GetRequiredService<DashboardQueries>().OrganizationAsync(org) is null)
            errors.Add(OrganizationFilter.Unknown(org));
        if (format is not ("" or "json" or "csv"))
            errors.Add(new FilterError("format", format, $"'{format}' is not a format; use json or csv."));
        if (errors.Count > 0) return Problem([.. errors]);

        var (rows, total) = await load(parsed.Filter, paging);
        // The whole answer may span pages: the total and the next page's address travel in headers.
        req.HttpContext.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (paging.Offset + rows.Count < total)
            req.HttpContext.Response.Headers.Link = $"<{NextPage(req, paging)}>; rel=\"next\"";
        if (format == "csv") return Csv.Result(Csv.Write(rows, columns), matrixAxis is null ? name : $"{name}-{matrixAxis}");
        return matrixAxis is null ? Results.Json(rows, Json) : Results.Json(new { axis = matrixAxis, cells = rows }, Json);
    }

    private static string NextPage(HttpRequest req, Paging paging)
    {
        var query = req.Query.Where(kv => kv.Key is not ("offset" or "limit"))
            .SelectMany(kv => kv.Value.Select(v => $"{kv.Key}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"limit={paging.Limit}").Append($"offset={paging.Offset + paging.Limit}");
        return req.Path + "?" + string.Join('&', query);
    }

    /// <summary>The events' CSV columns (export and import share them).</summary>
    public static readonly IReadOnlyList<CsvColumn<EventRow>> EventColumns =
    [
        new("id", r => r.Id), new("date", r => r.When.ToString()), new("precision", r => PartialDate.PrecisionName(r.When.Precision)),
        new("category", r => r.Category), new("region", r => r.Region), new("stage", r => r.Stage), new("highlight", r => r.Highlight ? "true" : "false"),
        new("title_zh", r => r.TitleZh), new("title_en", r => r.TitleEn),
        new("description_zh", r => r.DescriptionZh), new("description_en", r => r.DescriptionEn),
        new("organizations", r => r.Organizations.Select(o => o.Id)),
        new("source", r => r.Provenance.SourceId), new("locator", r => r.Provenance.Locator), new("basis", r => r.Provenance.Basis),
    ];

    private sealed record MatrixCellRow(string Stage, string Column, int Count, IReadOnlyList<string> Placements, IReadOnlyList<string> Organizations);

    private sealed record PeriodTotalRow(string Period, string Region, double Usd);

    private static readonly IReadOnlyList<CsvColumn<RoundInUsd>> RoundColumns =
    [
        new("id", r => r.Round.Id), new("organization", r => r.Round.Organization.Id), new("organization_en", r => r.Round.Organization.NameEn),
        new("organization_zh", r => r.Round.Organization.NameZh), new("region", r => r.Round.Organization.Region),
        new("date", r => r.Round.When.ToString()), new("round", r => r.Round.Round),
        new("amount", r => r.Round.Amount), new("currency", r => r.Round.Currency), new("amount_usd", r => r.Amount?.Usd),
        new("amount_usd_converted", r => r.Amount?.IsConverted), new("valuation", r => r.Round.Valuation),
        new("valuation_currency", r => r.Round.ValuationCurrency), new("valuation_usd", r => r.Valuation?.Usd),
        new("source", r => r.Round.Provenance.SourceId), new("locator", r => r.Round.Provenance.Locator),
    ];

    private static IResult Problem(params FilterError[] errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Invalid query parameter: " + string.Join(", ", errors.Select(e => e.Parameter).Distinct()),
            statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Writes a partial date as its ISO text at its own precision ("2022-04", "2022-Q2").</summary>
    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
