namespace Qujing.Web.Services;

/// <summary>
/// The one migration-and-first-import of this process, started on a worker thread the first time anyone asks, so
/// that Kestrel can start meanwhile. Requests wait for it at <see cref="StartupGate"/>; Program.cs stops the process
/// when it fails; tests wait for it before touching the database.
/// </summary>
public sealed class DatabaseReadiness(Func<Task> initialize)
{
    private readonly Lazy<Task> _ready = new(() => Task.Run(initialize));

    public Task Ready => _ready.Value;
}
