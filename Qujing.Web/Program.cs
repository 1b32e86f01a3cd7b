using Qujing.Web.Accounts;
using Qujing.Web.Caching;
using Qujing.Web.Editing;
using Qujing.Web.Services;
using Serilog;

// Bootstrap logger: start-up failures (bad database, missing content) are logged before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Logging: console plus a rolling file, levels and paths from appsettings.json ("Serilog").
    builder.Services.AddSerilog((services, lc) => lc
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext());

    builder.Services.AddQujingData(builder.Configuration, builder.Environment);
    builder.Services.AddQujingSite();
    builder.Services.AddQujingCaching();
    builder.Services.AddQujingAccounts();
    builder.Services.AddQujingEditing();

    var app = builder.Build();

    // Migrate and import before serving, so a reader never meets a half-filled site.
    await DatabaseInitializer.InitializeAsync(app.Services);

    // "add-user NAME --role Admin": create an account (password from standard input) and stop.
    if (args is ["add-user", ..])
    {
        return await AddUserCommand.RunAsync(app.Services, args, Console.In, Console.Error);
    }

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error/500");
    }

    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseQujingPageCache();
    app.UseSerilogRequestLogging();
    app.UseQujingStaticFiles();
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.MapControllers();

    app.Lifetime.ApplicationStarted.Register(() =>
        Log.Information("Qujing feature site is running at {Urls}", string.Join(", ", app.Urls)));

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Start-up failed: {Reason}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
