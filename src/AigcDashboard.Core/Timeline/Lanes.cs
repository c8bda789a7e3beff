using System.Linq.Expressions;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using Microsoft.EntityFrameworkCore.Query;

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
    /// A lane's index in <see cref="All"/> from an event's category and region: models, products,
    /// their openings and research go to the Chinese lane when they happened in China (with China's
    /// approvals of models), else to the global lane; filings and policy to regulation; funding and
    /// deals to funding; market, society and awards to market. An expression, so that the database
    /// can sort and group by lane with the same rule.
    /// </summary>
    public static readonly Expression<Func<string, string?, int>> IndexRule = (category, region) =>
        category == "funding" || category == "deal" ? 2
        : category == "regulatory-filing" || category == "policy" ? 3
        : category == "regulatory-approval" ? (region == "CN" ? 1 : 3)
        : category == "market" || category == "society" || category == "award" ? 4
        : region == "CN" ? 1 : 0;

    private static readonly Func<string, string?, int> IndexOf = IndexRule.Compile();

    /// <summary><see cref="IndexRule"/> over an event entity, for queries.</summary>
    public static readonly Expression<Func<Event, int>> IndexOfEvent = ForEvent();

    private static Expression<Func<Event, int>> ForEvent()
    {
        var e = Expression.Parameter(typeof(Event), "e");
        var body = ReplacingExpressionVisitor.Replace(IndexRule.Parameters[0], Expression.Property(e, nameof(Event.Category)), IndexRule.Body);
        body = ReplacingExpressionVisitor.Replace(IndexRule.Parameters[1], Expression.Property(e, nameof(Event.Region)), body);
        return Expression.Lambda<Func<Event, int>>(body, e);
    }

    public static string Of(string category, string? region) => All[IndexOf(category, region)];

    public static string Of(EventRow e) => Of(e.Category, e.Region);
}
