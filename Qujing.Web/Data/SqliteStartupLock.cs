using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Data;

/// <summary>
/// Nothing to take: a SQLite file has one site over it, and EF Core's own migration lock (cleared when stale by
/// <see cref="SqliteDatabaseTuning"/>) covers a second process started by mistake.
/// </summary>
public sealed class SqliteStartupLock : IStartupLock
{
    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public Task<IAsyncDisposable> AcquireAsync(CancellationToken ct) => Task.FromResult<IAsyncDisposable>(new Nothing());
}
