using Microsoft.Data.Sqlite;

namespace Qujing.Web.Infrastructure.Storage;

/// <summary>SQLite's result codes for storage failures, and the operating system's "disk full" for our own file writes.</summary>
public sealed class SqliteStorageFailureClassifier : IStorageFailureClassifier
{
    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// "No space" as an IOException's HResult: on Linux .NET puts the errno there (ENOSPC, and EDQUOT for a quota), on
    /// Windows the HRESULT of ERROR_HANDLE_DISK_FULL or ERROR_DISK_FULL.
    /// </summary>
    private static readonly int[] NoSpaceResults = [28, 122, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public StorageFailure? Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, …) carry the primary one in their low byte.
            if (e is SqliteException sqlite && KindOf(sqlite.SqliteErrorCode & 0xFF) is { } kind)
            {
                return new StorageFailure(kind, sqlite.Message);
            }

            // Not e.Message: it names the file, and the detail reaches the public health answer.
            if (e is IOException io && NoSpaceResults.Contains(io.HResult))
            {
                return new StorageFailure(StorageFailureKind.Full, "no space left on the device");
            }
        }

        return null;
    }

    private static StorageFailureKind? KindOf(int primaryCode) => primaryCode switch
    {
        SqliteFull => StorageFailureKind.Full,
        SqliteReadOnly => StorageFailureKind.ReadOnly,
        SqliteBusy => StorageFailureKind.Busy,
        SqliteIoError => StorageFailureKind.IoError,
        SqliteCannotOpen => StorageFailureKind.CannotOpen,
        SqliteCorrupt or SqliteNotADatabase => StorageFailureKind.Damaged,
        _ => null,
    };
}
