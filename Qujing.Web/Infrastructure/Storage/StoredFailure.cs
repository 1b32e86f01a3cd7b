using System.Globalization;

namespace Qujing.Web.Infrastructure.Storage;

/// <summary>A storage failure and when it happened.</summary>
public sealed record StoredFailure(StorageFailure Failure, DateTimeOffset At)
{
    /// <summary>"2026-11-26 07:40", in UTC.</summary>
    public string AtText => At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
