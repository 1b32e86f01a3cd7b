using Microsoft.Extensions.Options;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Features.Publishing;

/// <summary>
/// Retries the outbox: once start-up has finished (work left by a crash is done before long) and then every few
/// seconds. A request that commits a change runs the outbox itself at once; this is the safety net.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, DatabaseReadiness readiness, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return; // start-up failed and says so itself; there is nothing to retry against.
        }

        var interval = TimeSpan.FromSeconds(Math.Max(options.Value.RetrySeconds, 0.05));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
                if (await outbox.IsDueAsync(interval, stoppingToken))
                {
                    await outbox.RunAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database itself failed (locked, gone, read-only): the health check says so; try again next round.
                logger.LogWarning(e, "The outbox could not be read; retrying in {Seconds} s", interval.TotalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
