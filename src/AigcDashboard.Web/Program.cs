using System.Data.Common;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Seeding;
using AigcDashboard.Web;

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    app = builder.AddDashboard().Build();
    await app.InitializeDatabaseAsync();
}
catch (Exception e) when (e is SeedException or DatabaseUnavailableException or DatabaseSettingsException or DbException)
{
    // The reason, without a stack trace: a broken seed file, a database that takes no writes or
    // cannot be reached, or a setting naming an unknown provider.
    Console.Error.WriteLine($"The dashboard cannot start: {e.Message}");
    return 1;
}

if (await AigcDashboard.Web.Infrastructure.Accounts.RunCommandLineAsync(app, args) is { } exitCode) return exitCode;

app.UseDashboard();
await app.RunAsync();
return 0;

public partial class Program;
