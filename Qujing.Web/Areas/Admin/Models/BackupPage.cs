namespace Qujing.Web.Areas.Admin.Models;

/// <summary>The backup page: a download on SQLite; on PostgreSQL a pointer to pg_dump instead.</summary>
public sealed record BackupPage(bool UsesPostgres);
