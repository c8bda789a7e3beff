using AigcDashboard.Core.Exchange;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Web.Endpoints;

/// <summary>
/// GET /api/{events,funding-rounds,organizations,metrics,placements,matrix,sources}: JSON by
/// default, CSV with ?format=csv; the same filter parameters as the pages. A bad parameter is a
/// 400 problem-details response naming it. /api/export/{kind} and /api/export give every record,
/// unfiltered and unpaged, in the formats /admin/import reads back.
/// </summary>
public static class DataApi
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = ApiJson.Options;

    public static RouteGroupBuilder MapDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/events", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "events", async (f, p) => await q.EventsPageAsync(f, p.Offset, p.Limit, ct), ApiColumns.Events));

        api.MapGet("/export/{kind}", async (string kind, HttpRequest req, DashboardQueries q, CancellationToken ct) =>
        {
            if (ExchangeFormats.Find(kind) is not { } exchange)
                return Problem(new FilterError("kind", kind, $"Use one of: {string.Join(", ", ExchangeFormats.All.Select(f => f.Name))}."));
            return RequestedFormat(req) switch
            {
                "csv" => Csv.Result(await exchange.CsvAsync(q, ct), exchange.Name),
                "json" => Results.Bytes(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(await exchange.RowsAsync(q, ct), ExportJson),
                    "application/json; charset=utf-8", exchange.Name + ".json"),
                _ => BadFormat(req),
            };
        });

        // Everything that is edited, in one file: what /admin/import restores.
        api.MapGet("/export", async (HttpRequest req, DashboardQueries q, TimeProvider clock, CancellationToken ct) =>
        {
            if (RequestedFormat(req) != "json")
                return Problem(new FilterError("format", req.Query["format"].ToString(), "The export of everything is JSON; each kind's CSV is at /api/export/{kind}?format=csv."));
            var file = new MemoryStream();
            await ExportBundle.WriteAsync(file, q, ct);
            return Results.Bytes(file.ToArray(), "application/json; charset=utf-8", $"aigc-dashboard-{clock.GetUtcNow():yyyy-MM-dd}.json");
        });

        api.MapGet("/funding-rounds", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "funding-rounds", async (f, p) => await q.FundingRoundsPageAsync(f, p.Offset, p.Limit, ct), ApiColumns.FundingRounds));

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
            Respond(req, "organizations", async (f, p) => p.Slice(await q.OrganizationsAsync(f, ct)), ApiColumns.Organizations));

        api.MapGet("/metrics", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "metrics", async (f, p) => p.Slice(await q.MetricsAsync(f, ct)), ApiColumns.Metrics));

        api.MapGet("/placements", (HttpRequest req, DashboardQueries q, CancellationToken ct) =>
            Respond(req, "placements", async (f, p) => p.Slice(await q.PlacementsAsync(f, ct)), ApiColumns.Placements));

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
                return Problem(new FilterError("axis", axis, $"'{FilterError.Shorten(axis)}' is not a matrix axis; use one of: {string.Join(", ", StageMatrix.Axes)}."));
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
        var format = RequestedFormat(req);
        var errors = parsed.Errors.ToList();
        var paging = Paging.Parse(req.Query["limit"].ToString(), req.Query["offset"].ToString(), errors);
        if (parsed.Filter.Organization is { } org && await req.HttpContext.RequestServices.GetRequiredService<DashboardQueries>().OrganizationAsync(org) is null)
            errors.Add(OrganizationFilter.Unknown(org));
        if (format is null)
        {
            var given = req.Query["format"].ToString();
            errors.Add(new FilterError("format", given, $"'{FilterError.Shorten(given)}' is not a format; use json or csv."));
        }
        if (errors.Count > 0) return Problem([.. errors]);

        var (rows, total) = await load(parsed.Filter, paging);
        // The whole answer may span pages: the total and the next page's address travel in headers.
        req.HttpContext.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (paging.Offset + rows.Count < total)
            req.HttpContext.Response.Headers.Link = $"<{NextPage(req, paging)}>; rel=\"next\"";
        if (format == "csv") return Csv.Result(CsvText.Write(rows, columns), matrixAxis is null ? name : $"{name}-{matrixAxis}");
        return matrixAxis is null ? Results.Json(rows, Json) : Results.Json(new { axis = matrixAxis, cells = rows }, Json);
    }

    private static string NextPage(HttpRequest req, Paging paging)
    {
        var query = req.Query.Where(kv => kv.Key is not ("offset" or "limit"))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"limit={paging.Limit}").Append($"offset={paging.Offset + paging.Limit}");
        return req.Path + "?" + string.Join('&', query);
    }

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

    /// <summary>Exports are written indented: a file people open, and whose import problems point at a line.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new(ApiJson.Options) { WriteIndented = true };

    /// <summary>?format=: json (also when not given), csv, or null for anything else.</summary>
    private static string? RequestedFormat(HttpRequest req) => req.Query["format"].ToString() switch
    {
        "" or "json" => "json",
        "csv" => "csv",
        _ => null,
    };

    private static IResult BadFormat(HttpRequest req) =>
        Problem(new FilterError("format", req.Query["format"].ToString(), "Use json or csv."));

    private static IResult Problem(params FilterError[] errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Invalid query parameter: " + string.Join(", ", errors.Select(e => e.Parameter).Distinct()),
            statusCode: StatusCodes.Status400BadRequest);
}
