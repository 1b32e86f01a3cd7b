using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Tests.Integration;

/// <summary>The storage-failure banner atop every admin page tells its time as the rest of the admin does: Beijing time.</summary>
public sealed class AdminBannerTimeTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task TheStorageFailureBannerShowsBeijingTime()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var status = _site.Factory.Services.GetRequiredService<StorageStatus>();
        status.RecordFailure(new StorageFailure(StorageFailureKind.Full, "SQLite Error 13: 'database or disk is full'."));
        var at = status.LastFailure!.At.ToOffset(TimeSpan.FromHours(8));

        var banner = (await AdminSite.GetDocumentAsync(editor, "/admin")).QuerySelector(".storage-warning")!;

        Assert.Contains("北京时间", banner.TextContent);
        Assert.DoesNotContain("UTC", banner.TextContent);
        var time = banner.QuerySelector("time")!;
        Assert.Equal(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), time.TextContent);
        Assert.EndsWith("+08:00", time.GetAttribute("datetime"));
    }
}
