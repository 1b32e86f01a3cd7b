namespace Qujing.Web.Features.Backups;

/// <summary>What a backup to a path came to.</summary>
public abstract record BackupOutcome
{
    private BackupOutcome()
    {
    }

    public sealed record Written(string Path, long Bytes) : BackupOutcome;

    public sealed record AlreadyExists(string Path) : BackupOutcome;

    public sealed record NoDatabase(string Path) : BackupOutcome;

    public sealed record NoFolder(string Path) : BackupOutcome;
}
