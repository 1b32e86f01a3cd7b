namespace Qujing.Web.Infrastructure.Diagnostics;

/// <summary>Logs, at Debug, how many SQL commands a request ran (zero on an output-cache hit).</summary>
public sealed class SqlCountLogging(RequestDelegate next, ILogger<SqlCountLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            await next(context);
            return;
        }

        var count = SqlCounter.Begin();
        await next(context);
        logger.LogDebug("{Method} {Path} ran {SqlCommands} SQL commands", context.Request.Method, context.Request.Path, count.Value);
    }
}
