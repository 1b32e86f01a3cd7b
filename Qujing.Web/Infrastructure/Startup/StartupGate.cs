namespace Qujing.Web.Infrastructure.Startup;

/// <summary>
/// Holds requests until the database is migrated and imported. Start-up runs that work (<see cref="DatabaseReadiness"/>)
/// on the other core while Kestrel starts (50–100 ms sooner to the first page on a two-core server), so a request can
/// arrive first; it waits here rather than meet an empty or half-migrated database. A reader waits only until the
/// database can be read; the admin area, which needs the accounts, and search, which needs its index (on a new database
/// it is built after readers are let in, decision 0032), until all of start-up is done. Afterwards this is one check.
/// </summary>
public sealed class StartupGate(RequestDelegate next, DatabaseReadiness readiness)
{
    public Task InvokeAsync(HttpContext context) =>
        // Once all of start-up is done (readable came before it), no path needs looking at.
        readiness.Ready.IsCompletedSuccessfully ? next(context) : WaitForStageAsync(context);

    private async Task WaitForStageAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var ready = path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase)
            ? readiness.Ready
            : readiness.Readable;
        if (!ready.IsCompletedSuccessfully)
        {
            try
            {
                await ready.WaitAsync(context.RequestAborted);
            }
            catch (Exception) when (ready.IsFaulted || ready.IsCanceled)
            {
                // The process is stopping with the reason in its log; the reader gets a plain Chinese answer.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("网站正在维护，请稍后再试。", context.RequestAborted);
                return;
            }
        }

        await next(context);
    }
}

public static class StartupGateExtensions
{
    /// <summary>Requests wait for the migration and first import (<see cref="DatabaseReadiness"/>) before going further.</summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app) => app.UseMiddleware<StartupGate>();
}
