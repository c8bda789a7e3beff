using System.Globalization;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>Dates, amounts and counts as each language writes them: 2022年4月6日 / Apr 6, 2022,
/// 1.01亿美元 / $101M, 3342万 / 33.4M.</summary>
public static class Formats
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Date(PartialDate d, string lang) => lang == Localization.English
        ? d.Precision switch
        {
            DatePrecision.Day => d.Start.ToString("MMM d, yyyy", Inv),
            DatePrecision.Month => d.Start.ToString("MMM yyyy", Inv),
            DatePrecision.Quarter => $"Q{(d.Start.Month - 1) / 3 + 1} {d.Start.Year}",
            _ => d.Start.Year.ToString(Inv),
        }
        : d.Precision switch
        {
            DatePrecision.Day => $"{d.Start.Year}年{d.Start.Month}月{d.Start.Day}日",
            DatePrecision.Month => $"{d.Start.Year}年{d.Start.Month}月",
            DatePrecision.Quarter => $"{d.Start.Year}年第{(d.Start.Month - 1) / 3 + 1}季度",
            _ => $"{d.Start.Year}年",
        };

    /// <summary>A count or plain quantity, abbreviated: 3342万 / 33.4M.</summary>
    public static string Number(double value, string lang)
    {
        var abs = Math.Abs(value);
        if (lang == Localization.English)
        {
            if (abs >= 1e12) return Trim(value / 1e12) + "T";
            if (abs >= 1e9) return Trim(value / 1e9) + "B";
            if (abs >= 1e6) return Trim(value / 1e6) + "M";
            if (abs >= 1e4) return Trim(value / 1e3) + "K";
            return value.ToString("#,0.###", Inv);
        }
        if (abs >= 1e12) return Trim(value / 1e12) + "万亿";
        if (abs >= 1e8) return Trim(value / 1e8) + "亿";
        if (abs >= 1e4) return Trim(value / 1e4) + "万";
        return value.ToString("#,0.###", Inv);
    }

    /// <summary>An amount of money in its own currency: 1.01亿美元 / $101M.</summary>
    public static string Money(double amount, string currency, string lang)
    {
        if (lang == Localization.English)
        {
            var symbol = currency switch { "USD" => "$", "CNY" => "CN¥", "HKD" => "HK$", "EUR" => "€", "GBP" => "£", "JPY" => "JP¥", _ => null };
            var n = Number(amount, lang);
            return symbol is null ? $"{n} {currency}" : symbol + n;
        }
        var name = currency switch { "USD" => "美元", "CNY" => "元", "HKD" => "港元", "EUR" => "欧元", "GBP" => "英镑", "JPY" => "日元", _ => " " + currency };
        return Number(amount, lang) + name;
    }

    /// <summary>A reported figure in its unit, with "≈" for approximate values and a range where reported.</summary>
    public static string Figure(double value, double? high, string unit, string? currency, bool approximate, string lang)
    {
        string One(double v) => currency is not null ? Money(v, currency, lang)
            : unit == "percent" ? v.ToString("0.##", Inv) + "%"
            : Number(v, lang);
        var text = high is { } h && h != value ? $"{One(value)}–{One(h)}" : One(value);
        return approximate ? "≈" + text : text;
    }

    private static string Trim(double v) => Math.Round(v, v >= 100 ? 0 : v >= 10 ? 1 : 2).ToString("0.##", Inv);
}
