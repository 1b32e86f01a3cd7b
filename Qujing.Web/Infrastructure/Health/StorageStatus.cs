namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// Whether the database takes writes, as the last probe found it: start-up sets it (<see cref="StartupStorageCheck"/>)
/// and every <c>/healthz/ready</c> refreshes it. Readers are served either way; while it is read-only the admin area
/// says so and logins are refused with <see cref="ReadOnlyMessage"/> instead of failing on their first write.
/// </summary>
public sealed class StorageStatus(ILogger<StorageStatus> log)
{
    public const string ReadOnlyMessage = "数据库当前为只读，无法保存任何修改。";

    private volatile string? _readOnlyReason;

    public bool IsReadOnly => _readOnlyReason is not null;

    /// <summary>What SQLite said when it refused the write (English, for the log and the health answer).</summary>
    public string? ReadOnlyReason => _readOnlyReason;

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
