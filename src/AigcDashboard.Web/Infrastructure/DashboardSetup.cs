using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Components;
using AigcDashboard.Web.Endpoints;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace AigcDashboard.Web;

/// <summary>Service registration and the request pipeline, in one place for the app and its tests.</summary>
public static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // Serve the build's static web assets (the scoped CSS bundle, the linked web root, MudBlazor's
        // files) in every environment, not only Development; a published folder needs no manifest.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        // A start-up that fails is explained in one line by Program (the address in use, say), not by a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        services.AddDashboardOptions(builder.Configuration);

        // Data: one short-lived context per query (IDbContextFactory), so a circuit holds none.
        services.AddDbContextFactory<DashboardDbContext>((sp, o) =>
        {
            var db = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            DashboardDbContext.Configure(o, db.ConnectionString, db.Kind(), db.LockTimeoutSeconds);
        });
        // What still takes a context of its own (the editor, health checks, accounts) gets a fresh one
        // each time: the static editor pages may run several at once.
        services.AddTransient(sp => sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<DataVersionReader>();
        services.AddSingleton<ViewCache>();
        services.AddSingleton<DashboardViews>();
        services.AddSingleton<DataChanges>();

        // The UI: interactive Blazor Server, MudBlazor, the reader's language and theme per circuit.
        services.AddRazorComponents()
            .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment())
            // The circuit's first message carries the views the prerendered page loaded (see DashboardPage).
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 256 * 1024);
        services.AddSingleton(typeof(PersistentComponentStateSerializer<>), typeof(CompressedStateSerializer<>));
        services.AddMudServices();
        services.AddScoped<UiContext>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(s => s.GetRequiredService<CircuitConnection>());
        services.AddScoped<IStringLocalizer<SharedResource>, UiStringLocalizer>();
        // Pages are mostly Chinese: write it as UTF-8 rather than as &#x...; entities (8 bytes a
        // character instead of 3). Markup-sensitive characters are encoded all the same.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddProblemDetails();
        services.AddOutputCache(o => o.AddPolicy(nameof(DashboardCachePolicy), new DashboardCachePolicy()));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "application/problem+json"]);
        });
        services.AddDashboardRateLimits();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Accounts>();
        services.AddScoped<Core.Editing.RecordEditor>();

        // Sign-in cookies and antiforgery tokens are sealed with this key ring. Instances behind one
        // address must share it (DataProtection:KeysPath, a folder they all reach) and the name.
        services.AddDataProtection().SetApplicationName("AigcDashboard");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyRingOptions>, ILoggerFactory>((keys, ring, logs) =>
        {
            if (ring.Value.KeysPath is { Length: > 0 } path)
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(path), logs);
        });
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<DashboardUser>(Accounts.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, AccountRevalidation>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "aigc-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Every request checks the cookie's security stamp against the user's (and that the user
            // exists and is not locked out): a sign-out or a new password changes the stamp, so any
            // copy of an older cookie stops working at once. Identity's own validator would issue the
            // cookie again on each check, and with it "no-store" on every response, static files too.
            o.Events.OnValidatePrincipal = async context =>
            {
                var services = context.HttpContext.RequestServices;
                if (await AccountRevalidation.IsStillValidAsync(services.GetRequiredService<UserManager<DashboardUser>>(), context.Principal!,
                        services.GetRequiredService<IOptions<IdentityOptions>>().Value)) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Edit, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Core.Model.Roles.Admin));
        services.AddHealthChecks().AddDbContextCheck<DashboardDbContext>("database",
            customTestQuery: async (db, ct) => await db.Sources.AnyAsync(ct))
            .AddCheck<WritableHealthCheck>("writes");
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var seeds = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value.Folder;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var imported = await DatabaseInitializer.InitializeAsync(db, seeds);
        app.Logger.LogInformation(imported ? "Database created and seeded from {Seeds}" : "Database ready (seed data already imported)", seeds);
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        // A request whose Host header no URL can be made of is refused before anything reads it.
        app.UseMiddleware<HostHeaderCheck>();
        app.UseMiddleware<OversizedImportCheck>();
        // HEAD is GET without a body (the server sends none), for link checkers and uptime monitors:
        // before routing, so that every GET endpoint answers it.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
            return next(context);
        });
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        // Localization before the error pages, so that they too answer in the request's language.
        app.UseRequestLocalization(Localization.Options());
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseErrorPages();
        app.UseMiddleware<QueryNameCheck>();
        app.UseRouting();
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapStaticAssets();
        // bench/run.sh serves files of each page's size from here, as the static-file baseline.
        if (app.Services.GetRequiredService<IOptions<BenchOptions>>().Value.StaticDirectory is { Length: > 0 } benchFiles)
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(benchFiles),
                RequestPath = "/_bench",
            });
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        app.MapDataApi().CacheOutput(nameof(DashboardCachePolicy)).RequireRateLimiting(RateLimits.Api);
        app.MapFallback("/api/{**path}", ErrorPages.ApiNotFound);
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireRateLimiting(RateLimits.Pages);
        return app;
    }
}
