using System.Globalization;

namespace Qujing.Web.Infrastructure.Time;

/// <summary>
/// Times are stored in UTC and shown in Beijing time, where the readers and editors are. China has kept UTC+8 all year
/// since 1992, so a fixed offset is exact and needs no time-zone database (a fresh server may have none).
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset From(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>"2026-03-02 04:30".</summary>
    public static string Minute(DateTimeOffset at) => From(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-02 04:30:05".</summary>
    public static string Second(DateTimeOffset at) => From(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"2026年3月2日 04:30", where a day is read as a date rather than scanned in a list.</summary>
    public static string DayAndMinute(DateTimeOffset at) => From(at).ToString("yyyy'年'M'月'd'日' HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026年3月2日".</summary>
    public static string Day(DateTimeOffset at) => From(at).ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-02", for a time element of a day.</summary>
    public static string IsoDay(DateTimeOffset at) => From(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-02T04:30:05+08:00", for a time element's datetime attribute.</summary>
    public static string Iso(DateTimeOffset at) => From(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
