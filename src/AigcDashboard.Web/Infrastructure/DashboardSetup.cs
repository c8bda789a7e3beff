using System.Globalization;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Components;
using AigcDashboard.Web.Endpoints;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Web;

/// <summary>Service registration and the request pipeline, in one place for the app and its tests.</summary>
public static class DashboardSetup
{
    public const string DefaultConnection = "Data Source=aigc-dashboard.db";

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // Serve the build's static web assets (the scoped CSS bundle, the linked web root) in every
        // environment, not only Development; a published folder has no manifest and needs none.
        builder.WebHost.UseStaticWebAssets();
        var connection = builder.Configuration.GetConnectionString("Dashboard") ?? DefaultConnection;
        var provider = DatabaseProviders.Parse(builder.Configuration["Database:Provider"]);
        // Transient: the components of one page initialize concurrently, and a DbContext takes one
        // operation at a time (SQLite hides this, its async calls finish synchronously; Npgsql does not).
        builder.Services.AddDbContext<DashboardDbContext>(o => DashboardDbContext.Configure(o, connection, provider),
            ServiceLifetime.Transient, ServiceLifetime.Singleton);
        builder.Services.AddTransient<DashboardQueries>();
        builder.Services.AddScoped<DashboardRequest>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorComponents();
        // Pages are mostly Chinese: write it as UTF-8 rather than as &#x...; entities (8 bytes a
        // character instead of 3). Markup-sensitive characters are encoded all the same.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        // Instances sharing a PostgreSQL database check its data version; see DashboardCachePolicy.
        var checkDataVersion = builder.Configuration.GetValue("Cache:CheckDataVersion", provider == DatabaseProvider.Postgres);
        builder.Services.AddOutputCache(o => o.AddPolicy(nameof(DashboardCachePolicy), new DashboardCachePolicy(checkDataVersion)));
        builder.Services.AddSingleton(s => new DataVersionReader(s.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "application/problem+json"]);
        });
        builder.Services.AddDashboardRateLimits(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Accounts>();
        builder.Services.AddScoped<AigcDashboard.Core.Editing.RecordEditor>();
        // Sign-in cookies and antiforgery tokens are sealed with this key ring. Instances behind one
        // address must share it (DataProtection:KeysPath, a folder they all reach) and the name.
        var protection = builder.Services.AddDataProtection().SetApplicationName("AigcDashboard");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "aigc-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Edit, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, p => p.RequireRole(AigcDashboard.Core.Model.Roles.Admin));
        builder.Services.AddHealthChecks().AddDbContextCheck<DashboardDbContext>("database",
            customTestQuery: async (db, ct) => await db.Sources.AnyAsync(ct))
            .AddCheck<WritableHealthCheck>("writes");
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var seeds = app.Configuration["Seeds:Path"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        var imported = await DatabaseInitializer.InitializeAsync(db, seeds);
        app.Logger.LogInformation(imported ? "Database created and seeded from {Seeds}" : "Database ready (seed data already imported)", seeds);
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        // Localization first, so that the error and not-found pages, which re-execute the pipeline
        // with their own path and no query string, still answer in the request's language.
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseRequestLocalization(Localization.Options());
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        // Re-executing a refused POST (a form with a bad token, say) would post it again to the
        // error page; such an answer keeps its own status and body instead.
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapStaticAssets();
        // bench/run.sh serves files of each page's size from here, as the static-file baseline.
        if (app.Configuration["Bench:StaticDirectory"] is { Length: > 0 } benchFiles)
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(benchFiles),
                RequestPath = "/_bench",
            });
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        app.MapDataApi().CacheOutput(nameof(DashboardCachePolicy)).RequireRateLimiting(RateLimits.Api);
        app.MapThemeSwitch();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().CacheOutput(nameof(DashboardCachePolicy));
        return app;
    }
}
