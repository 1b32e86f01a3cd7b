namespace Qujing.Web.Infrastructure.Storage;

/// <summary>
/// The database failed for a reason in its storage, not in the request: the same request would fail again until an
/// operator frees space, fixes permissions or replaces the disk. <paramref name="Detail"/> is what the database said, in
/// English and without a path (the health answer is public).
/// </summary>
public sealed record StorageFailure(StorageFailureKind Kind, string Detail)
{
    private const string KeptText = "你输入的文字仍在下面，请先复制留存，稍后再试。";

    /// <summary>For the log and the health answer: "Database storage full".</summary>
    public string Problem => Kind switch
    {
        StorageFailureKind.Full => "Database storage full",
        StorageFailureKind.ReadOnly => "Database read-only",
        StorageFailureKind.Busy => "Database busy",
        StorageFailureKind.IoError => "Database storage I/O error",
        StorageFailureKind.CannotOpen => "Database file cannot be opened",
        _ => "Database file damaged",
    };

    /// <summary>For editors: "服务器存储空间已满".</summary>
    public string Reason => Kind switch
    {
        StorageFailureKind.Full => "服务器存储空间已满",
        StorageFailureKind.ReadOnly => "数据库当前只读",
        StorageFailureKind.Busy => "数据库正忙，等待超时",
        StorageFailureKind.IoError => "服务器存储读写出错",
        StorageFailureKind.CannotOpen => "数据库文件无法打开",
        _ => "数据库文件已损坏",
    };

    /// <summary>At the top of a form that comes back unsaved, its fields filled as they were posted.</summary>
    public string SaveMessage => $"保存失败：{Reason}，这次修改没有保存。{KeptText}";

    /// <summary>On the page that answers any other change (publish, trash, restore, an account change).</summary>
    public string ChangeMessage => $"操作失败：{Reason}，这次修改没有生效。请稍后再试；如果问题持续，请告诉网站管理员。";

    /// <summary>
    /// Atop every admin page until a write succeeds again, so that nobody starts a long text unwarned; it follows the
    /// failure's time, which the layout shows in Beijing time ("最近一次保存失败（2026-11-26 15:40，北京时间）：…").
    /// </summary>
    public string BannerMessage => $"{Reason}。问题解决之前，修改可能无法保存。";

    /// <summary>On a page that could not be shown.</summary>
    public string PageMessage => $"页面暂时无法显示：{Reason}。请稍后再试；如果问题持续，请告诉网站管理员。";
}
