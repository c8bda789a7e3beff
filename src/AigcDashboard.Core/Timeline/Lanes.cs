using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Timeline;

/// <summary>The swim lanes of the timeline, top to bottom.</summary>
public static class Lanes
{
    public const string GlobalModels = "global-models";
    public const string ChinaModels = "china-models";
    public const string Funding = "funding";
    public const string Regulation = "regulation";
    public const string Market = "market";

    public static readonly IReadOnlyList<string> All = [GlobalModels, ChinaModels, Funding, Regulation, Market];

    /// <summary>
    /// Models, products, their openings and research go to the Chinese lane when they happened in
    /// China (with China's approvals of models), else to the global lane; filings and policy to
    /// regulation; funding and deals to funding; market, society and awards to market.
    /// </summary>
    public static string Of(string category, string? region) => category switch
    {
        "funding" or "deal" => Funding,
        "regulatory-filing" or "policy" => Regulation,
        "regulatory-approval" => region == "CN" ? ChinaModels : Regulation,
        "market" or "society" or "award" => Market,
        _ => region == "CN" ? ChinaModels : GlobalModels,
    };

    public static string Of(EventRow e) => Of(e.Category, e.Region);
}
