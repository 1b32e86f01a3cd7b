using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Backups;

/// <summary>
/// A consistent copy of the whole database (content, revisions, accounts, audit log, key ring), taken while the site
/// runs. It uses <c>VACUUM INTO</c> rather than the online backup API (<c>SqliteConnection.BackupDatabase</c>): both
/// read one snapshot while writers go on (WAL), but VACUUM INTO writes only live rows, so text deleted from the database
/// (trashed drafts, old password hashes) does not leave the server inside a backup's free pages, and the copy is
/// compacted; it works on a read-only database too. It does not fsync what it wrote, so that is done here, and the copy
/// is written under a temporary name and renamed: a backup file at the given path is always whole.
/// </summary>
public sealed class DatabaseBackup(QujingDbContext db)
{
    /// <summary>The database file the site uses.</summary>
    public string SourcePath => new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

    /// <summary>Writes a backup to <paramref name="destination"/>; an existing file is replaced only when <paramref name="overwrite"/>.</summary>
    public async Task<BackupOutcome> WriteAsync(string destination, bool overwrite, CancellationToken ct)
    {
        var target = Path.GetFullPath(destination);
        if (!File.Exists(SourcePath))
        {
            return new BackupOutcome.NoDatabase(SourcePath);
        }

        if (!overwrite && File.Exists(target))
        {
            return new BackupOutcome.AlreadyExists(target);
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            return new BackupOutcome.NoFolder(Path.GetDirectoryName(target)!);
        }

        var partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            await CopyToAsync(partial, ct);
            await using (var file = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite))
            {
                file.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(partial, target, overwrite);
            }
            catch (IOException) when (!overwrite && File.Exists(target))
            {
                return new BackupOutcome.AlreadyExists(target); // made by someone else meanwhile
            }

            return new BackupOutcome.Written(target, new FileInfo(target).Length);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// A backup for a download: a temporary copy, opened and then deleted at once, so the stream reads it to the end and
    /// nothing is left on disk, whether the download finishes, is abandoned or the process stops.
    /// </summary>
    public async Task<Stream> OpenCopyAsync(CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-download-{Guid.NewGuid():N}.db");
        try
        {
            await CopyToAsync(path, ct);
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task CopyToAsync(string path, CancellationToken ct)
    {
        // Mode=ReadWrite: a database that is missing is an error here, never created empty and then "backed up".
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (source.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            source.Mode = SqliteOpenMode.ReadWrite;
        }

        await using var connection = new SqliteConnection(source.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", path);
        await command.ExecuteNonQueryAsync(ct);
    }
}
