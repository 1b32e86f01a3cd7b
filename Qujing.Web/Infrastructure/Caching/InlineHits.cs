namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// Serves page-cache hits on the socket threads, as an event-driven static server does, and hands everything else
/// to the thread pool (decision 0006). A hit is a dictionary lookup and a write of stored bytes; running it where the
/// request was read saves two thread hand-offs per request (about 12 % more cached pages per second on two cores,
/// measured in paired rounds). Anything that can take long (the start-up gate, a render with its SQL, compression,
/// static files, the admin area) runs after <see cref="LeaveSocketThread"/>, so a slow request never holds up the
/// other connections a socket thread serves. Switched off with <c>Server:ServeCacheHitsInline = false</c>, and always
/// off on PostgreSQL: inline socket completions are process-wide, so an awaited Npgsql read would resume on a socket
/// thread too (the rest of that request's work with it), and a synchronous read from there — Data Protection's EF key
/// store reads synchronously — waits for the very thread it blocks until the command times out (30 s at start-up,
/// TwoInstanceTests). SQLite's reads are synchronous calls that never touch a socket.
/// </summary>
public static class InlineHits
{
    public const string Setting = "Server:ServeCacheHitsInline";

    /// <summary>The runtime reads this once, when the first socket is made; it has no other switch.</summary>
    public const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static bool IsOn(IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", Data.DatabaseProvider.Sqlite) != Data.DatabaseProvider.Postgres
        && configuration.GetValue(Setting, defaultValue: true);

    /// <summary>Before the host is built: socket completions and Kestrel's request processing stay on the socket threads.</summary>
    public static WebApplicationBuilder ServeCacheHitsInline(this WebApplicationBuilder builder)
    {
        if (!IsOn(builder.Configuration))
        {
            return builder;
        }

        // An operator's own value (say "0" while diagnosing) wins.
        if (Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        }

        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = true);
        return builder;
    }

    /// <summary>Right before the page cache: while the thread pool has a backlog, a hit waits its turn there too.</summary>
    public static IApplicationBuilder UseThreadPoolWhenBusy(this IApplicationBuilder app, IConfiguration configuration) =>
        IsOn(configuration) ? app.UseMiddleware<TakeTurnsWhenBusy>() : app;

    /// <summary>Right after the page cache: whatever the cache did not answer continues on the thread pool.</summary>
    public static IApplicationBuilder UseThreadPoolAfterCache(this IApplicationBuilder app, IConfiguration configuration) =>
        IsOn(configuration) ? app.UseMiddleware<LeaveSocketThread>() : app;

    /// <summary>With no synchronization context (ASP.NET Core has none), Yield queues the continuation to the thread pool.</summary>
    internal static async Task OnThreadPool(RequestDelegate next, HttpContext context)
    {
        await Task.Yield();
        await next(context);
    }
}

/// <summary>
/// Moves the rest of the request to the thread pool (see <see cref="InlineHits"/>), unless
/// <see cref="TakeTurnsWhenBusy"/> already has.
/// </summary>
public sealed class LeaveSocketThread(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        Thread.CurrentThread.IsThreadPoolThread ? next(context) : InlineHits.OnThreadPool(next, context);
}

/// <summary>
/// Hits jump the queue only while there is no queue. Served on the socket threads, a stream of hits can take the
/// CPU from the searches and 404s waiting in the thread pool for as long as it lasts: with 256 connections asking for
/// a reader's mix, the slowest tenth of the requests waited 140 ms and more behind them (p90 140–260 ms over runs)
/// while half took 25–31 ms. So once the pool holds more than <see cref="Backlog"/> items, hits too go through the
/// pool, first come first served, until it has caught up. In bench/run the mix's p99 fell from 164 ms to 40 ms, at
/// 10,739 req/s against 11,419; a burst of a few uncached requests stays below the mark and leaves the hits inline
/// (decision 0033 has the figures). A pool thread is never counted against: there the request has already waited
/// its turn, and the count is left unread.
/// </summary>
public sealed class TakeTurnsWhenBusy
{
    /// <summary>
    /// Queued work items. With eight more connections searching without pause next to 64 on a cached page, hits kept
    /// 93 % of their rate at this mark, and 42 % at a mark of 0 (decision 0033).
    /// </summary>
    internal const long Backlog = 16;

    private readonly RequestDelegate _next;
    private readonly Func<long> _queued;

    public TakeTurnsWhenBusy(RequestDelegate next) : this(next, static () => ThreadPool.PendingWorkItemCount)
    {
    }

    internal TakeTurnsWhenBusy(RequestDelegate next, Func<long> queued) => (_next, _queued) = (next, queued);

    public Task InvokeAsync(HttpContext context) =>
        !Thread.CurrentThread.IsThreadPoolThread && _queued() > Backlog ? InlineHits.OnThreadPool(_next, context) : _next(context);
}
