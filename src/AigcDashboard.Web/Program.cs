using AigcDashboard.Core.Data;
using AigcDashboard.Core.Seeding;
using AigcDashboard.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboard();

var app = builder.Build();
try
{
    await app.InitializeDatabaseAsync();
}
catch (Exception e) when (e is SeedException or DatabaseUnavailableException)
{
    app.Logger.LogCritical("The dashboard cannot start: {Reason}", e.Message);
    Console.Error.WriteLine($"The dashboard cannot start: {e.Message}");
    return 1;
}

if (await AigcDashboard.Web.Infrastructure.Accounts.RunCommandLineAsync(app, args) is { } exitCode) return exitCode;

app.UseDashboard();
await app.RunAsync();
return 0;

public partial class Program;
