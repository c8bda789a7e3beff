using System.Security.Claims;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Identity;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// The people who may edit, in ASP.NET Core Identity: created or given a new password from the
/// command line (<c>--create-user NAME [--role admin|editor]</c>, the password read from the
/// environment variable AIGC_PASSWORD or from standard input, never from the command line, never
/// a default). A new password changes the user's security stamp, which ends every session they had.
/// </summary>
public sealed class Accounts(UserManager<DashboardUser> users, SignInManager<DashboardUser> signIn, TimeProvider clock)
{
    public const int MinPasswordLength = 12;

    /// <summary>Failed passwords in a row after which an account is locked, and for how long.</summary>
    public const int MaxFailedTries = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions o)
    {
        o.Password = new PasswordOptions
        {
            RequiredLength = MinPasswordLength, RequiredUniqueChars = 1,
            RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false,
        };
        o.User.AllowedUserNameCharacters = ""; // any but control characters (checked below)
        o.Lockout = new LockoutOptions { AllowedForNewUsers = true, MaxFailedAccessAttempts = MaxFailedTries, DefaultLockoutTimeSpan = LockoutTime };
    }

    public async Task<DashboardUser> CreateOrResetAsync(string userName, string password, string role, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64 || userName.Any(char.IsControl))
            throw new ArgumentException("A user name of 1 to 64 characters, no control characters.", nameof(userName));
        if (password.Length < MinPasswordLength)
            throw new ArgumentException($"A password of at least {MinPasswordLength} characters.", nameof(password));
        if (!Roles.All.Contains(role)) throw new ArgumentException($"A role: {string.Join(" or ", Roles.All)}.", nameof(role));

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new DashboardUser { UserName = userName, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(user, password));
        }
        else
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password)); // a new security stamp too
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
        }
        foreach (var other in (await users.GetRolesAsync(user)).Where(r => r != role).ToList())
            Check(await users.RemoveFromRoleAsync(user, other));
        if (!await users.IsInRoleAsync(user, role)) Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ArgumentException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Checks the password (counting a failure towards the lockout, rehashing an old hash)
    /// and signs in. An unknown name takes as long as a wrong password, so names cannot be probed
    /// by timing.</summary>
    public async Task<SignInResult> SignInAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(Dummy, DummyHash, password);
            return SignInResult.Failed;
        }
        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }

    /// <summary>Signs out and changes the security stamp, so that no copy of the cookie works after.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
    }

    private static readonly DashboardUser Dummy = new() { UserName = "" };
    private static readonly string DummyHash = new PasswordHasher<DashboardUser>().HashPassword(Dummy, Guid.NewGuid().ToString());

    /// <summary>Handles <c>--create-user</c>; returns the exit code, or null when the option is absent.</summary>
    public static async Task<int?> RunCommandLineAsync(WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, "--create-user");
        if (at < 0) return null;
        if (at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Usage: --create-user NAME [--role admin|editor]; the password comes from AIGC_PASSWORD or standard input.");
            return 2;
        }
        var name = args[at + 1];
        var roleAt = Array.IndexOf(args, "--role");
        var role = roleAt >= 0 && roleAt + 1 < args.Length ? args[roleAt + 1] : Roles.Admin;
        var password = Environment.GetEnvironmentVariable("AIGC_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected) Console.Error.Write($"Password for {name} (at least {MinPasswordLength} characters): ");
            password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
        }
        using var scope = app.Services.CreateScope();
        try
        {
            var user = await scope.ServiceProvider.GetRequiredService<Accounts>().CreateOrResetAsync(name, password ?? "", role);
            Console.WriteLine($"User '{user.UserName}' ({role}) is ready to sign in.");
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"Not created: {e.Message.Split(" (Parameter")[0]}");
            return 2;
        }
    }

    private static string ReadHidden()
    {
        var chars = new List<char>();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); }
            else if (!char.IsControl(key.KeyChar)) chars.Add(key.KeyChar);
        }
        Console.Error.WriteLine();
        return new string(chars.ToArray());
    }
}
