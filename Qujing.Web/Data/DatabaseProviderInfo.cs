namespace Qujing.Web.Data;

/// <summary>The provider the site was configured with, for the few pages that say something different on each (backups).</summary>
public sealed record DatabaseProviderInfo(DatabaseProvider Provider)
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;
}
