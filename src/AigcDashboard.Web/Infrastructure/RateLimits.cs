using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Rate limits per client address: the data API (a token bucket: a browser or a script may
/// burst, not flood) and sign-in (a few tries a minute, against password guessing). Settings
/// "RateLimits:ApiPerSecond" (0 turns the API limit off, as the load benchmarks do: their one
/// loopback client stands for many viewers) and "RateLimits:SignInPerMinute".
/// </summary>
public static class RateLimits
{
    public const string Api = "api";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddDashboardRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var apiPerSecond = config.GetValue("RateLimits:ApiPerSecond", 50);
        var signInPerMinute = config.GetValue("RateLimits:SignInPerMinute", 5);
        return services.AddRateLimiter(o =>
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
                    detail: $"This address sent more requests than the API allows; try again in {seconds} s.").ExecuteAsync(http);
            };
            o.AddPolicy(Api, context => apiPerSecond <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = apiPerSecond * 2,
                    TokensPerPeriod = apiPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            o.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = signInPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        });
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
