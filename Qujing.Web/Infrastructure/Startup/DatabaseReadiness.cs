namespace Qujing.Web.Infrastructure.Startup;

/// <summary>
/// The one migration-and-first-import of this process, started on a worker thread the first time anyone asks, so
/// that Kestrel can start meanwhile. It has two stages: <see cref="Readable"/>, once readers can be served (at once for
/// a database that is up to date and has its content; after the migration and import otherwise), and
/// <see cref="Ready"/>, once everything is done (search index, accounts). Requests wait for the stage they need at
/// <see cref="StartupGate"/>; Program.cs stops the process when start-up fails; tests wait for <see cref="Ready"/>
/// before touching the database.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _readable = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<Task> _ready;

    /// <param name="initialize">The start-up work; it calls the action it is given once readers may come in.</param>
    public DatabaseReadiness(Func<Action, Task> initialize) =>
        _ready = new(() => Task.Run(async () =>
        {
            try
            {
                await initialize(() => _readable.TrySetResult());
                _readable.TrySetResult();
            }
            catch (OperationCanceledException)
            {
                _readable.TrySetCanceled();
                throw;
            }
            catch (Exception e)
            {
                _readable.TrySetException(e);
                throw;
            }
        }));

    /// <summary>Start-up work with no earlier stage: readers wait for all of it.</summary>
    public DatabaseReadiness(Func<Task> initialize)
        : this(_ => initialize())
    {
    }

    public Task Ready => _ready.Value;

    public Task Readable
    {
        get
        {
            _ = _ready.Value;
            return _readable.Task;
        }
    }
}
