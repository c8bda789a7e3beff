using System.Security.Claims;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// The people who may edit: created or given a new password from the command line
/// (<c>--create-user NAME [--role admin|editor]</c>, the password read from the environment
/// variable AIGC_PASSWORD or from standard input, never from the command line, never a default),
/// checked at sign-in with the framework's <see cref="PasswordHasher{TUser}"/>.
/// </summary>
public sealed class Accounts(DashboardDbContext db, TimeProvider clock)
{
    public const int MinPasswordLength = 12;
    private static readonly PasswordHasher<User> Hasher = new();

    public async Task<User> CreateOrResetAsync(string userName, string password, string role, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64 || userName.Any(char.IsControl))
            throw new ArgumentException("A user name of 1 to 64 characters, no control characters.", nameof(userName));
        if (password.Length < MinPasswordLength)
            throw new ArgumentException($"A password of at least {MinPasswordLength} characters.", nameof(password));
        if (!Roles.All.Contains(role)) throw new ArgumentException($"A role: {string.Join(" or ", Roles.All)}.", nameof(role));

        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            user = new User { UserName = userName, PasswordHash = "", Role = role, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            db.Users.Add(user);
        }
        user.Role = role;
        user.PasswordHash = Hasher.HashPassword(user, password);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>The user, when the password is theirs; else null (the same answer for an unknown name).</summary>
    public async Task<User?> VerifyAsync(string userName, string password, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(Dummy, DummyHash, password); // as slow as a real check: names cannot be probed by timing
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    private static readonly User Dummy = new() { UserName = "", PasswordHash = "", Role = Roles.Editor };
    private static readonly string DummyHash = Hasher.HashPassword(Dummy, Guid.NewGuid().ToString());

    public static ClaimsPrincipal Principal(User user) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.UserName), new Claim(ClaimTypes.Role, user.Role)],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static Task SignInAsync(HttpContext context, User user) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user));

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
            Console.WriteLine($"User '{user.UserName}' ({user.Role}) is ready to sign in.");
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
