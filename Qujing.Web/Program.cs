using System.Globalization;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Backups;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Media;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Features.Sharing;
using Qujing.Web.Infrastructure.Caching;
using Qujing.Web.Infrastructure.Diagnostics;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.Logging;
using Qujing.Web.Infrastructure.RateLimiting;
using Qujing.Web.Infrastructure.Security;
using Qujing.Web.Infrastructure.Startup;
using Serilog;

// Start-up failures before the site's own logger exists (bad configuration) go to this console logger. Main never
// touches the static Log.Logger: a test process runs it once per in-process site, several at a time (WebApplicationFactory).
await using var bootstrap = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
Serilog.ILogger log = bootstrap;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Logging: console plus a rolling file, levels and paths from appsettings.json ("Serilog").
    builder.Services.AddSerilog((services, lc) => lc
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(), preserveStaticLogger: true);

    builder.AddQujingSecurity();
    builder.ServeCacheHitsInline();
    builder.Services.AddQujingData(builder.Configuration, builder.Environment);
    builder.Services.AddQujingSite();
    builder.Services.AddQujingSharing();
    builder.Services.AddQujingMedia();
    builder.Services.AddQujingCaching();
    builder.Services.AddSqlCounting();
    builder.Services.AddQujingAccounts();
    builder.Services.AddQujingRateLimiting();
    builder.Services.AddQujingEditing();
    builder.Services.AddQujingPublishing();
    builder.Services.AddQujingBackups();
    builder.Services.AddQujingHealth();

    await using var app = builder.Build();
    log = app.Services.GetRequiredService<Serilog.ILogger>();

    // "add-user NAME --role Admin": create an account (password from standard input) and stop.
    if (args is ["add-user", ..])
    {
        await app.Services.GetRequiredService<DatabaseReadiness>().Ready;
        return await AddUserCommand.RunAsync(app.Services, args, Console.In, Console.Error);
    }

    // "migrate": migrate, import and seed as a start does, then stop (for deploy pipelines that migrate before rollout).
    if (args is ["migrate", ..])
    {
        await app.Services.GetRequiredService<DatabaseReadiness>().Ready;
        log.Information("The database is migrated, filled and seeded");
        return 0;
    }

    // "backup PATH [--force]": copy the database as it is, while the site runs; no migration or import first.
    if (args is ["backup", ..])
    {
        return await BackupCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    }

    // Migrate and import on a worker thread while Kestrel starts; the gate holds requests until that is done, so a
    // reader never meets a half-filled site, and a failure still stops the process below.
    var ready = app.Services.GetRequiredService<DatabaseReadiness>().Ready;

    // /healthz/live and /healthz/ready: ahead of everything a reader's request goes through (see UseQujingHealthChecks).
    app.UseQujingHealthChecks();

    // Headers, HEAD, HTTPS and the client's address from a trusted proxy: ahead of the cache, so hits get them too.
    app.UseQujingSecurity();

    // The page cache comes next: a hit is written before the rest of the pipeline runs (decision 0003), on the socket
    // thread that read the request; everything else continues on the thread pool (decision 0006). While the pool has
    // a backlog, hits wait their turn in it too (decision 0033).
    app.UseThreadPoolWhenBusy(app.Configuration);
    app.UseQujingPageCache();
    app.UseSecurityHeadersOnRenders();
    app.UseThreadPoolAfterCache(app.Configuration);
    app.UseStartupGate();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error/500");
    }

    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseQujingCompression();
    app.UseSqlCounting();
    app.UseSerilogRequestLogging(o => (o.GetLevel, o.Logger) = (AbandonedRequests.LevelOf, log));
    app.UseMiddleware<AbandonedRequests>();
    app.UseQujingStaticFiles();
    app.UseRouting();
    app.UseRequestBodyLimit();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.MapControllers();

    try
    {
        // Inside the try: a failure of the server's own start (a port in use, a bad certificate) is logged to the file too.
        await app.StartAsync();
        await ready;
    }
    catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
    {
        log.Information("Stopped before start-up had finished");
        await app.StopAsync();
        return 0;
    }
    catch (Exception ex)
    {
        // Logged here, while the site's logger (and its file) is still open: it closes with the app.
        log.Fatal(ex, "Start-up failed: {Reason}", ex.Message);
        await app.StopAsync();
        return 1;
    }

    log.Information("Qujing feature site is running at {Urls}", string.Join(", ", app.Urls));
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    log.Fatal(ex, "Start-up failed: {Reason}", ex.Message);
    return 1;
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
