using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Seeding;
using AigcDashboard.Web;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    app = builder.AddDashboard().Build();
    // Every setting is checked before anything uses it (the options' ValidateOnStart).
    app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
    await app.InitializeDatabaseAsync();
}
catch (Exception e) when (e is SeedException or DatabaseUnavailableException or DatabaseSettingsException or DbException or OptionsValidationException
    || e is InvalidOperationException { InnerException: ArgumentException or FormatException }) // a setting of the wrong type
{
    // The reason, without a stack trace: a broken seed file, a database that takes no writes or
    // cannot be reached, or a setting that cannot be used.
    Console.Error.WriteLine($"The dashboard cannot start: {e.Message}");
    return 1;
}

if (await AigcDashboard.Web.Infrastructure.Accounts.RunCommandLineAsync(app, args) is { } exitCode) return exitCode;

app.UseDashboard();
try
{
    await app.RunAsync();
}
catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } or AddressInUseException)
{
    Console.Error.WriteLine($"The dashboard cannot start: {e.Message} Another program is listening there; choose another address with --urls.");
    return 1;
}
return 0;

public partial class Program;
