namespace Qujing.Web.Data;

/// <summary>
/// Which database the site runs on (<c>Database:Provider</c>): SQLite, a file beside the site that needs nothing else
/// (the default), or PostgreSQL, which several instances behind a load balancer can share (decision 0022).
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
