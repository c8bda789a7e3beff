using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model.Charts;

namespace AigcDashboard.Web.Model;

/// <summary>
/// The funding charts, built from the database's rounds in one language: ApexCharts options,
/// the table of the same data beside each, and what a click on a point or series chooses (an
/// organization or a region: the page narrows its filter to it).
/// </summary>
public static class FundingCharts
{
    private static readonly string[] Palette = ["#2563eb", "#e8590c", "#0f9d58", "#7c3aed", "#d97706", "#0891b2", "#be123c", "#4b5563"];

    /// <summary>"100%": a chart that fills its container (the slides size it to the screen).</summary>
    public const string FillHeight = "100%";

    /// <summary>Axis label size on a slide: the deck's root size grows with the screen. Given to
    /// ApexCharts rather than set by CSS, so that it measures the labels at the size they are shown
    /// (it left room for smaller ones, and a slide cut its value axis's labels at the left). The
    /// legend, which ApexCharts sizes in pixels only, is enlarged by the chart module's style.</summary>
    public static readonly ApexTextStyle SlideText = new("0.8rem");

    private static ApexChartSettings Chart(ApexChartType type, bool onSlide, string height, bool stacked = false) =>
        new() { Type = type, Height = onSlide ? FillHeight : height, Stacked = stacked };

    private static ApexTextStyle? TextSize(bool onSlide) => onSlide ? SlideText : null;

    private static ApexAxisLabels? Labels(bool onSlide) => onSlide ? new() { Style = SlideText } : null;

    private static string Name(RoundInUsd r, string lang) =>
        lang == Localization.English ? r.Round.Organization.NameEn : r.Round.Organization.NameZh;

    /// <summary>Rounds by company: amount raised and post-money valuation per round, in ≈ US dollars.</summary>
    public static FundingChart RoundsByCompany(IReadOnlyList<RoundInUsd> rounds, string lang, bool log, bool onSlide = false)
    {
        string T(string key) => UiText.Get(lang, key);
        string Tip(RoundInUsd r, UsdAmount? usd, string what) =>
            $"{Name(r, lang)} · {r.Round.Round} · {Formats.Date(r.Round.When, lang)} · {what}: {(usd is null ? T("NotDisclosed") : Usd(usd, lang))} · {r.Round.Provenance.SourceId}";
        // A company with several rounds gets the round in its label; the tooltip has the rest.
        var labels = rounds.Select(r => rounds.Count(o => o.Round.Organization.Id == r.Round.Organization.Id) > 1
            ? $"{Name(r, lang)} ({r.Round.Round})" : Name(r, lang)).ToList();
        var options = new ApexOptions
        {
            Chart = Chart(ApexChartType.Bar, onSlide, "340"),
            Colors = Palette[..2],
            PlotOptions = new(new ApexBarOptions("55%")),
            DataLabels = new() { Enabled = false },
            Series =
            [
                new(T("Funding.Amount"), rounds.Select((r, i) => ApexPoint.Bar(labels[i], r.Amount?.Usd, Tip(r, r.Amount, T("Funding.Amount")))).ToList()),
                new(T("Funding.Valuation"), rounds.Select((r, i) => ApexPoint.Bar(labels[i], r.Valuation?.Usd, Tip(r, r.Valuation, T("Funding.Valuation")))).ToList()),
            ],
            Xaxis = new() { Labels = new() { Rotate = -35, Trim = false, HideOverlappingLabels = false, Style = TextSize(onSlide) } },
            Yaxis = new() { Labels = Labels(onSlide), Logarithmic = log, ForceNiceScale = !log, Title = new(T("Funding.UsdAxis"), TextSize(onSlide)) },
            Legend = new() { Show = true, Position = "top", HorizontalAlign = "left" },
        };
        return new FundingChart(options, new ChartBehaviour(lang, ValueAxes.Y),
            [T("Col.Organization"), T("Col.Round"), T("Col.Date"), T("Funding.Amount"), T("Funding.Valuation")],
            rounds.Select(r => (IReadOnlyList<string>)[Name(r, lang), r.Round.Round, Formats.Date(r.Round.When, lang), UsdOrDash(r.Amount, lang), UsdOrDash(r.Valuation, lang)]).ToList(),
            rounds.Select(r => (string?)r.Round.Organization.Id).ToList(), []);
    }

    /// <summary>Amounts raised per quarter or year, stacked by region.</summary>
    public static FundingChart OverTime(PeriodTotals totals, string lang, bool onSlide = false)
    {
        string T(string key) => UiText.Get(lang, key);
        var labels = totals.Periods.Select(p => Formats.Date(p, lang)).ToList();
        var regions = totals.Series.Select(s => RegionName(s.Region, lang)).ToList();
        var options = new ApexOptions
        {
            Chart = Chart(ApexChartType.Bar, onSlide, "320", stacked: true),
            Colors = Palette,
            PlotOptions = new(new ApexBarOptions("60%")),
            DataLabels = new() { Enabled = false },
            Series = totals.Series.Select((s, k) => new ApexSeries(regions[k],
                s.Usd.Select((v, i) => ApexPoint.Bar(labels[i], Math.Round(v), $"{labels[i]} · {regions[k]} · {Usd(new UsdAmount(v, null), lang)}")).ToList())).ToList(),
            Xaxis = onSlide ? new() { Labels = Labels(onSlide) } : null,
            Yaxis = new() { Labels = Labels(onSlide), Title = new(T("Funding.UsdAxis"), TextSize(onSlide)) },
            Legend = new() { Show = true, Position = "top", HorizontalAlign = "left" },
        };
        return new FundingChart(options, new ChartBehaviour(lang, ValueAxes.Y),
            [T("Col.Period"), .. regions],
            labels.Select((label, i) => (IReadOnlyList<string>)[label, .. totals.Series.Select(s => Formats.Money(s.Usd[i], "USD", lang))]).ToList(),
            [],
            // A click on a region's bar narrows to that region; the summed rest is no one region.
            totals.Series.Select(s => s.Region is FundingAggregates.OtherRegions or FundingAggregates.UnknownRegion ? null : s.Region).ToList());
    }

    /// <summary>Valuation against amount raised, one labelled point per round that reports both.
    /// One series (a series per point made ApexCharts draw a legend of dozens and slowed it to seconds).</summary>
    public static FundingChart Valuations(IReadOnlyList<RoundInUsd> rounds, string lang, bool log)
    {
        string T(string key) => UiText.Get(lang, key);
        var options = new ApexOptions
        {
            Chart = Chart(ApexChartType.Scatter, onSlide: false, "320"),
            Colors = Palette[..1],
            Series =
            [
                new("", rounds.Select(r => ApexPoint.Xy(r.Amount!.Usd, r.Valuation!.Usd,
                    $"{Name(r, lang)} · {r.Round.Round} · {Formats.Date(r.Round.When, lang)} · {Usd(r.Amount!, lang)} → {Usd(r.Valuation!, lang)} · {r.Round.Provenance.SourceId}",
                    Name(r, lang))).ToList()),
            ],
            Markers = new(9),
            DataLabels = new() { Enabled = true, OffsetY = -12 },
            Xaxis = new() { Type = "numeric", TickAmount = AmountTicks, Min = 0, Max = rounds.Count == 0 ? 1 : RoundAxisEnd(rounds.Max(r => r.Amount!.Usd) * 1.2, AmountTicks) },
            Yaxis = new() { Logarithmic = log, Min = log ? null : 0, Max = rounds.Count == 0 ? 1 : rounds.Max(r => r.Valuation!.Usd) * 1.25 },
            Legend = new() { Show = false },
        };
        return new FundingChart(options, new ChartBehaviour(lang, ValueAxes.XY),
            [T("Col.Organization"), T("Funding.Amount"), T("Funding.Valuation")],
            rounds.Select(r => (IReadOnlyList<string>)[$"{Name(r, lang)} ({r.Round.Round})", Usd(r.Amount!, lang), Usd(r.Valuation!, lang)]).ToList(),
            rounds.Select(r => (string?)r.Round.Organization.Id).ToList(), []);
    }

    private const int AmountTicks = 5;

    /// <summary>The end of a value axis from 0 with <paramref name="ticks"/> steps, at least
    /// <paramref name="value"/>, each step a round amount (3000万, not 2525万).</summary>
    public static double RoundAxisEnd(double value, int ticks)
    {
        if (value <= 0) return 1;
        var step = value / ticks;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(step)));
        var nice = new[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }.First(m => m * scale >= step * (1 - 1e-9));
        return nice * scale * ticks;
    }

    /// <summary>A region's name, "unknown" for rounds of companies of no known region, "other regions" for the summed rest.</summary>
    public static string RegionName(string code, string lang) => code switch
    {
        FundingAggregates.UnknownRegion => UiText.Get(lang, "Region.Unknown"),
        FundingAggregates.OtherRegions => UiText.Get(lang, "Region.Other"),
        _ => UiText.Region(lang, code),
    };

    /// <summary>A dollar amount; "≈" marks one converted from another currency.</summary>
    public static string Usd(UsdAmount usd, string lang) => (usd.IsConverted ? "≈" : "") + Formats.Money(usd.Usd, "USD", lang);

    public static string UsdOrDash(UsdAmount? usd, string lang) => usd is null ? "—" : Usd(usd, lang);
}
