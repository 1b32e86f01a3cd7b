using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Qujing.Web.Tests.Integration;

/// <summary>An Admin downloads a backup of the database from the admin area.</summary>
public sealed partial class AdminBackupTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("^qujing-[0-9]{8}-[0-9]{6}\\.db$")]
    private static partial Regex BackupName();

    [Fact]
    public async Task AdminDownloadsAWholeDatabaseNamedByTheTimeAndNoTemporaryFileIsLeft()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var page = await AdminSite.GetDocumentAsync(admin, "/admin/backup");
        var before = TemporaryBackups();

        var response = await AdminSite.PostFormAsync(admin, "/admin/backup", [], "/admin/backup");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.NotNull(page.QuerySelector("form[action='/admin/backup'] button"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(BackupName(), response.Content.Headers.ContentDisposition?.FileName ?? "");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("SQLite format 3\0"u8.ToArray(), bytes[..16]);
        Assert.Equal((5L, 2L), await CountsInAsync(bytes));
        Assert.Equal(before, TemporaryBackups());
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action == "下载备份" && a.UserName == AdminSite.AdminName);
    }

    [Fact]
    public async Task OnlyAdminsMayDownloadABackup()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var page = await editor.GetAsync(new Uri("/admin/backup", UriKind.Relative), Ct);
        var post = await AdminSite.PostFormAsync(editor, "/admin/backup", [], "/admin/password");
        var anonymous = await _site.Anonymous().GetAsync(new Uri("/admin/backup", UriKind.Relative), Ct);
        var menu = await AdminSite.GetDocumentAsync(editor, "/admin");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Null(menu.QuerySelector("a[href='/admin/backup']"));
    }

    [Fact]
    public async Task ABackupPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        Assert.NotNull((await AdminSite.GetDocumentAsync(admin, "/admin")).QuerySelector("a[href='/admin/backup']"));

        var response = await admin.PostAsync(new Uri("/admin/backup", UriKind.Relative), new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task BackupDownloadsCountAgainstTheAdminPostLimit()
    {
        using var site = new AdminSite(("RateLimits:AdminPost:PermitLimit", "1"));
        var admin = await site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var allowed = await AdminSite.PostFormAsync(admin, "/admin/backup", [], "/admin/backup");
        var refused = await AdminSite.PostFormAsync(admin, "/admin/backup", [], "/admin/backup");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    private static string[] TemporaryBackups() =>
        [.. Directory.GetFiles(Path.GetTempPath(), "qujing-download-*").Order(StringComparer.Ordinal)];

    /// <summary>Sections and accounts in a downloaded file: the content and the accounts are both in it.</summary>
    private static async Task<(long Sections, long Accounts)> CountsInAsync(byte[] database)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-test-copy-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(path, database, Ct);
        try
        {
            await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT COUNT(*) FROM Sections), (SELECT COUNT(*) FROM AspNetUsers)";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            await reader.ReadAsync(Ct);
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
