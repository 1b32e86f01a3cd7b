using Serilog.Events;

namespace Qujing.Web.Infrastructure.Logging;

/// <summary>
/// A reader who closes the tab mid-request cancels its work; that is not a server error. Such a request ends as 499
/// ("client closed request", as nginx logs it) and is logged at Information, where Serilog's request log would
/// otherwise report "responded 500" at Error with a stack trace (hundreds of them under load).
/// </summary>
public sealed class AbandonedRequests(RequestDelegate next)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    }

    /// <summary>The request log's level: errors are server errors and exceptions, not readers who left.</summary>
    public static LogEventLevel LevelOf(HttpContext context, double elapsedMs, Exception? ex) =>
        ex is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Information;
}
