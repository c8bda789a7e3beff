using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Rate limits per client address (RateLimits in the settings): the data API and page loads (token
/// buckets: a browser or a script may burst, not flood; 0 turns either off, as the load
/// benchmarks do, whose one loopback client stands for many viewers) and sign-in (a few tries a
/// minute, against password guessing). A page load is the first request of a view; what follows
/// on its circuit is not a request.
/// </summary>
public static class RateLimits
{
    public const string Api = "api";
    public const string Pages = "pages";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddDashboardRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (http.Request.Path.StartsWithSegments("/account"))
            {
                // A person at the sign-in form: back to it, with the reason.
                http.Response.StatusCode = StatusCodes.Status303SeeOther;
                http.Response.Headers.Location = "/account/sign-in?limited=1";
                return;
            }
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"This address sent more requests than the dashboard allows; try again in {seconds} s.").ExecuteAsync(http);
        };
        o.AddPolicy(Api, context => Bucket(context, Settings(context).ApiPerSecond));
        o.AddPolicy(Pages, context => Bucket(context, Settings(context).PagesPerSecond));
        o.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Settings(context).SignInPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    });

    private static RateLimitOptions Settings(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> Bucket(HttpContext context, int perSecond) => perSecond <= 0
        ? RateLimitPartition.GetNoLimiter("all")
        : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond * 2,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
