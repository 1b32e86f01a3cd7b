using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// Whether the database takes writes, as the last probe found it: start-up sets it (<see cref="StartupStorageCheck"/>)
/// and every <c>/healthz/ready</c> refreshes it. Readers are served either way; while it is read-only the admin area
/// says so and logins are refused with <see cref="ReadOnlyMessage"/> instead of failing on their first write.
/// Also the last storage failure a real write met (<see cref="LastFailure"/>): a probe cannot find a full disk, since
/// its write is rolled back before it needs room.
/// </summary>
/// <remarks>
/// Held in this process's memory on purpose: it is this instance's view of its database (what its own probes and its
/// own writes met), which is what its readiness answer and its admin banner report. Nothing another instance needs is
/// kept here; on a shared database each instance finds the failure at its own next write.
/// </remarks>
public sealed class StorageStatus(ILogger<StorageStatus> log, TimeProvider clock)
{
    public const string ReadOnlyMessage = "数据库当前为只读，无法保存任何修改。";

    private volatile string? _readOnlyReason;
    private StoredFailure? _lastFailure;

    public bool IsReadOnly => _readOnlyReason is not null;

    /// <summary>What SQLite said when it refused the write (English, for the log and the health answer).</summary>
    public string? ReadOnlyReason => _readOnlyReason;

    /// <summary>The last storage failure a write met, and when, until a write succeeds again.</summary>
    public StoredFailure? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>
    /// A write failed in the storage. Logged at Error when it starts (or changes kind), in words and without a stack
    /// trace; the same failure again, at every save until space is freed, is logged at Debug only.
    /// </summary>
    public void RecordFailure(StorageFailure failure)
    {
        var before = Interlocked.Exchange(ref _lastFailure, new StoredFailure(failure, clock.GetUtcNow()));
        if (before?.Failure.Kind != failure.Kind)
        {
            log.LogError(
                "{Problem:l}: {Detail:l}. Editors get their form back with a message and their text, readers are still served, " +
                "and /healthz/ready reports it until a write succeeds again",
                failure.Problem, failure.Detail.TrimEnd('.'));
        }
        else
        {
            log.LogDebug("{Problem:l} again ({Detail:l})", failure.Problem, failure.Detail);
        }
    }

    /// <summary>A write committed: whatever failed before has been fixed.</summary>
    public void RecordWriteSucceeded()
    {
        if (Volatile.Read(ref _lastFailure) is not null && Interlocked.Exchange(ref _lastFailure, null) is { } before)
        {
            log.LogInformation("The database takes writes again (the last failure: {Problem:l} at {At} UTC)", before.Failure.Problem, before.AtText);
        }
    }

    /// <summary>Takes a probe's finding; a change is logged, a change to read-only as a warning an operator cannot miss.</summary>
    public void Record(StorageState state, string dataSource)
    {
        var before = _readOnlyReason;
        switch (state)
        {
            case StorageState.ReadOnly readOnly:
                _readOnlyReason = readOnly.Reason;
                if (before is null)
                {
                    log.LogWarning(
                        "The database {DataSource} is read-only ({Reason}). Readers are still served; logins and every save are refused " +
                        "until the file, its -wal and -shm files and their folder are writable by the site's user again (then restart the site)",
                        dataSource, readOnly.Reason);
                }

                break;
            case StorageState.Writable:
                _readOnlyReason = null;
                if (before is not null)
                {
                    log.LogInformation("The database {DataSource} takes writes again", dataSource);
                }

                break;
            default:
                break; // busy: another writer held the lock, which says nothing new about the file
        }
    }
}
