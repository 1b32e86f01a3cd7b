using Microsoft.Extensions.Options;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>
/// Publishes due schedules: once start-up has finished (a schedule that fell due while no instance ran fires now), then
/// at the next schedule's time or after <see cref="SchedulingOptions.IntervalSeconds"/>, whichever is sooner. Every
/// instance runs one; <see cref="ScheduleFiring"/> makes sure each schedule is published once.
/// </summary>
public sealed class ScheduleWorker(IServiceScopeFactory scopes, DatabaseReadiness readiness, IOptions<SchedulingOptions> options, TimeProvider clock, ILogger<ScheduleWorker> logger)
    : BackgroundService
{
    /// <summary>The least wait for a schedule about to fall due, so that its time is not polled for in a busy loop.</summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return; // start-up failed and says so itself.
        }

        var interval = TimeSpan.FromSeconds(Math.Max(options.Value.IntervalSeconds, ShortestWait.TotalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = interval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<ScheduleRunner>();
                await runner.RunDueAsync(stoppingToken);
                // One still due after the round is being published elsewhere, or could not be written: the next round
                // comes after the interval, never in a loop that would hold the write lock against editors.
                if (await runner.NextDueAsync(stoppingToken) is { } next && next > clock.GetUtcNow())
                {
                    wait = TimeSpan.FromTicks(Math.Clamp((next - clock.GetUtcNow()).Ticks, ShortestWait.Ticks, interval.Ticks));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database itself failed (locked, gone): try again next round.
                logger.LogWarning(e, "Scheduled publications could not be read; retrying in {Seconds} s", interval.TotalSeconds);
            }

            await Task.Delay(wait, clock, stoppingToken);
        }
    }
}
