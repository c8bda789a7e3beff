using System.Security.Claims;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// A circuit keeps the user its connection started with; every <see cref="Interval"/> this checks
/// that the user still exists, is not locked out and still has the security stamp of their cookie
/// (a sign-out elsewhere or a new password changes it). If not, the circuit's user becomes
/// anonymous and every <c>AuthorizeView</c> and <c>[Authorize]</c> on it follows.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory logs, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(logs)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (state.User.Identity?.IsAuthenticated != true) return true;
        await using var scope = scopes.CreateAsyncScope();
        return await IsStillValidAsync(scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>(), state.User, identity.Value);
    }

    public static async Task<bool> IsStillValidAsync(UserManager<DashboardUser> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        if (await users.GetUserAsync(principal) is not { } user || await users.IsLockedOutAsync(user)) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        return principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}
