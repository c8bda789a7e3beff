using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// The ApexCharts options of the funding page, built from the database's rounds: plain data
/// (series, categories, axis types) plus what the chart module needs to format in the page's
/// language and to make a click narrow the page.
/// </summary>
public static class FundingCharts
{
    private static readonly string[] Palette = ["#2563eb", "#e8590c", "#0f9d58", "#7c3aed", "#d97706", "#0891b2", "#be123c", "#4b5563"];

    private static object Chart(string type, object height, bool stacked = false) => new
    {
        type, height, stacked,
        fontFamily = "inherit",
        toolbar = new { show = true, tools = new { download = true, selection = false, zoom = false, zoomin = false, zoomout = false, pan = false, reset = false } },
        animations = new { enabled = false },
        redrawOnParentResize = true,
        redrawOnWindowResize = true,
    };

    /// <summary>Rounds by company: amount raised and post-money valuation per round, in ≈ US dollars.</summary>
    public static object RoundsByCompany(IReadOnlyList<RoundInUsd> rounds, string lang, bool log, Func<RoundInUsd, string> companyLink, Func<string, string> text, object? height = null)
    {
        string Name(RoundInUsd r) => lang == Localization.English ? r.Round.Organization.NameEn : r.Round.Organization.NameZh;
        string Tip(RoundInUsd r, UsdAmount? usd, string what) =>
            $"{Name(r)} · {r.Round.Round} · {Formats.Date(r.Round.When, lang)} · {what}: {(usd is null ? text("NotDisclosed") : Usd(usd, lang))} · {r.Round.Provenance.SourceId}";
        return new
        {
            chart = Chart("bar", height ?? 340),
            colors = Palette[..2],
            plotOptions = new { bar = new { columnWidth = "55%" } },
            dataLabels = new { enabled = false },
            series = new object[]
            {
                new { name = text("Funding.Amount"), data = rounds.Select(r => r.Amount?.Usd).ToList() },
                new { name = text("Funding.Valuation"), data = rounds.Select(r => r.Valuation?.Usd).ToList() },
            },
            // A company with several rounds gets the round in its label; the tooltip has the rest.
            xaxis = new
            {
                categories = rounds.Select(r => rounds.Count(o => o.Round.Organization.Id == r.Round.Organization.Id) > 1 ? $"{Name(r)} ({r.Round.Round})" : Name(r)).ToList(),
                labels = new { rotate = -35, trim = false, hideOverlappingLabels = false },
            },
            yaxis = new { logarithmic = log, forceNiceScale = !log, title = new { text = text("Funding.UsdAxis") } },
            legend = new { show = true, position = "top" },
            dashboard = new
            {
                lang, valueAxis = "y",
                tooltips = new[] { rounds.Select(r => Tip(r, r.Amount, text("Funding.Amount"))).ToList(), rounds.Select(r => Tip(r, r.Valuation, text("Funding.Valuation"))).ToList() },
                links = new[] { rounds.Select(companyLink).ToList(), rounds.Select(companyLink).ToList() },
            },
        };
    }

    /// <summary>Amounts raised per quarter or year, stacked by region.</summary>
    public static object OverTime(PeriodTotals totals, string lang, Func<string, string> regionName, Func<string, string> regionLink, Func<string, string> text, object? height = null)
    {
        var labels = totals.Periods.Select(p => Formats.Date(p, lang)).ToList();
        return new
        {
            chart = Chart("bar", height ?? 320, stacked: true),
            colors = Palette,
            plotOptions = new { bar = new { columnWidth = "60%" } },
            dataLabels = new { enabled = false },
            series = totals.Series.Select(s => new { name = regionName(s.Region), data = s.Usd.Select(v => Math.Round(v)).ToList() }).ToList(),
            xaxis = new { categories = labels },
            yaxis = new { title = new { text = text("Funding.UsdAxis") } },
            legend = new { show = true, position = "top" },
            dashboard = new
            {
                lang, valueAxis = "y",
                tooltips = totals.Series.Select(s => s.Usd.Select((v, i) => $"{labels[i]} · {regionName(s.Region)} · {Usd(new UsdAmount(v, null), lang)}").ToList()).ToList(),
                // One link per series (a region); the summed rest has none.
                links = totals.Series.Select(s => s.Region == FundingAggregates.OtherRegions ? null : regionLink(s.Region)).ToList(),
            },
        };
    }

    /// <summary>Valuation against amount raised, one labelled point per round that reports both.
    /// One series (a series per point made ApexCharts draw a legend of dozens and slowed it to seconds).</summary>
    public static object Valuations(IReadOnlyList<RoundInUsd> rounds, string lang, bool log, Func<RoundInUsd, string> companyLink)
    {
        string Name(RoundInUsd r) => lang == Localization.English ? r.Round.Organization.NameEn : r.Round.Organization.NameZh;
        return new
        {
            chart = Chart("scatter", 320),
            colors = Palette[..1],
            series = new[] { new { name = "", data = rounds.Select(r => new[] { r.Amount!.Usd, r.Valuation!.Usd }).ToList() } },
            markers = new { size = 9 },
            dataLabels = new { enabled = true, offsetY = -12, style = new { colors = new[] { "#14213d" } } },
            xaxis = new { type = "numeric", tickAmount = 5, min = 0, max = rounds.Count == 0 ? 1 : rounds.Max(r => r.Amount!.Usd) * 1.25 },
            yaxis = new { logarithmic = log, min = log ? (double?)null : 0, max = rounds.Count == 0 ? 1 : rounds.Max(r => r.Valuation!.Usd) * 1.25 },
            legend = new { show = false },
            dashboard = new
            {
                lang, valueAxis = "xy",
                dataLabels = new[] { rounds.Select(Name).ToList() },
                tooltips = new[] { rounds.Select(r => $"{Name(r)} · {r.Round.Round} · {Formats.Date(r.Round.When, lang)} · {Usd(r.Amount!, lang)} → {Usd(r.Valuation!, lang)} · {r.Round.Provenance.SourceId}").ToList() },
                links = new[] { rounds.Select(companyLink).ToList() },
            },
        };
    }

    /// <summary>"100%": a chart that fills its container (the slides size it to the screen).</summary>
    public const string FillHeight = "100%";

    /// <summary>A dollar amount; "≈" marks one converted from another currency.</summary>
    public static string Usd(UsdAmount usd, string lang) => (usd.IsConverted ? "≈" : "") + Formats.Money(usd.Usd, "USD", lang);
}
