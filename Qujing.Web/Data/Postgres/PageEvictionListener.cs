using Microsoft.AspNetCore.OutputCaching;
using Npgsql;
using Qujing.Web.Infrastructure.Caching;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// Keeps this instance's page cache in step with changes made on any instance (decision 0024): listens on a connection
/// of its own for the tags the outbox's trigger announces, and evicts them here. Hits stay in this process's memory.
/// Whenever it (re)connects it evicts everything, since what was announced while it was away is lost; the cache's
/// lifetime bounds staleness should the listener stay away.
/// </summary>
public sealed class PageEvictionListener(string connectionString, IOutputCacheStore store, DatabaseReadiness readiness, ILogger<PageEvictionListener> log)
    : BackgroundService
{
    public const string Channel = "qujing_evict";

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once the first LISTEN is in place and the pages cached before it were evicted: from then on a page
    /// stored here hears of every change (tests wait for it, so that this first eviction does not race their pages).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return; // start-up failed and says so itself
        }

        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Lost the page-cache notifications; reconnecting in {Seconds} s", pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 30));
                continue;
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        // Outside the pool: LISTEN belongs to a session, and keepalives find a dead server while nothing is announced.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ToString());
        var due = new List<string>();
        connection.Notification += (_, e) => due.AddRange(e.Payload.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        await store.EvictByTagAsync(CacheTags.Content, ct);
        _listening.TrySetResult();
        log.LogInformation("Listening for page-cache evictions from every instance");
        while (true)
        {
            // Notifications are raised on this thread while waiting, so the list needs no lock.
            await connection.WaitAsync(ct);
            foreach (var tag in due.Distinct().ToList())
            {
                log.LogDebug("Evicting {Tag}, announced by an instance", tag);
                await store.EvictByTagAsync(tag, ct);
            }

            due.Clear();
        }
    }
}
