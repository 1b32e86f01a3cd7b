using System.Globalization;

namespace Qujing.Web.Features.Backups;

/// <summary>
/// <c>Qujing.Web backup PATH [--force]</c>: writes a backup of the site's database (the same configuration as the site,
/// e.g. <c>ConnectionStrings__Qujing</c>) while the site runs. Exit codes: 0 written, 1 not written, 2 wrong usage.
/// It is not audited, unlike the admin download: whoever runs it can read the database file anyway.
/// </summary>
public static class BackupCommand
{
    public const string Usage = "Usage: backup PATH [--force]   (writes a copy of the site's database to PATH; --force replaces an existing file)";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var force = args.Contains("--force");
        var paths = args.Skip(1).Where(a => a != "--force").ToList();
        if (paths is not [var path] || path.StartsWith('-'))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (services.GetRequiredService<Data.DatabaseProviderInfo>().IsPostgres)
        {
            // Said in Chinese for the site's operators, with the command in full; exit 1: nothing was written.
            await error.WriteLineAsync("本站使用 PostgreSQL：backup 命令只备份 SQLite 数据库文件，这里什么也没有写。请用 PostgreSQL 自带的工具备份：");
            await error.WriteLineAsync("  pg_dump -Fc -f qujing.dump \"$ConnectionStrings__Qujing 所指的数据库\"   （恢复用 pg_restore，见 README 的“Running several instances”）");
            return 1;
        }

        using var scope = services.CreateScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        try
        {
            switch (await backup.WriteAsync(path, force, CancellationToken.None))
            {
                case BackupOutcome.Written written:
                    await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture,
                        "Backed up {0} to {1} ({2:N0} bytes).", backup.SourcePath, written.Path, written.Bytes));
                    return 0;
                case BackupOutcome.AlreadyExists exists:
                    await error.WriteLineAsync($"{exists.Path} already exists; nothing was written. Choose another path, or add --force to replace it.");
                    return 1;
                case BackupOutcome.NoDatabase missing:
                    await error.WriteLineAsync($"No database at {missing.Path}: nothing to back up. Check ConnectionStrings:Qujing (the site's own setting).");
                    return 1;
                case BackupOutcome.NoFolder folder:
                    await error.WriteLineAsync($"The folder {folder.Path} does not exist; nothing was written.");
                    return 1;
                default:
                    throw new InvalidOperationException("Unknown backup outcome.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await error.WriteLineAsync($"Backup failed, nothing was written to {path}: {e.Message}");
            return 1;
        }
    }
}
