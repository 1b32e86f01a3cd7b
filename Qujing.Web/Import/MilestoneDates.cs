namespace Qujing.Web.Import;

/// <summary>
/// How a date given in part ("2022年", "2022年5月") sorts and reads: after everything dated more exactly within its
/// year or month (it is not the 1st of January), and saying what the text leaves out instead of implying a day.
/// One rule for the importer, the timeline, the home page and search.
/// </summary>
public static class MilestoneDates
{
    /// <summary>"yyyy", "yyyy-MM" or "yyyy-MM-dd": the date as precisely as the text gives it, for &lt;time datetime&gt; and the edit form.</summary>
    public static string IsoFormat(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "yyyy-MM-dd",
        DatePrecision.Month => "yyyy-MM",
        _ => "yyyy",
    };

    /// <summary>The date written with <see cref="IsoFormat"/> ("2022", "2022-05", "2022-05-16").</summary>
    public static string Iso(DateOnly date, DatePrecision precision) =>
        date.ToString(IsoFormat(precision), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A year-only date sorts after every month of its year; a month-only date after every day of its month.</summary>
    public static (int Year, int Month, int Day) SortKey(DateOnly date, DatePrecision precision) =>
        (date.Year, precision == DatePrecision.Year ? 13 : date.Month, precision == DatePrecision.Day ? date.Day : 32);

    /// <summary>"2022年以来": a period that starts then and runs on to the time of writing, not an event at one time.</summary>
    public static bool IsOngoing(string dateText) => dateText.EndsWith("以来", StringComparison.Ordinal);

    /// <summary>
    /// Timeline order: a period opens the year (or month) it starts in, as it runs alongside everything dated within it;
    /// events follow by <see cref="SortKey"/>.
    /// </summary>
    public static (int Year, int Month, int Day) TimelineKey(DateOnly date, DatePrecision precision, string dateText) =>
        IsOngoing(dateText) ? (date.Year, precision == DatePrecision.Year ? 0 : date.Month, precision == DatePrecision.Day ? date.Day : 0) : SortKey(date, precision);

    /// <summary>
    /// "（月份未载）" after a bare "2022年", "（日期未载）" after a bare "2022年5月"; nothing where the words already say
    /// what the date covers ("2022年以来") or the day is given.
    /// </summary>
    public static string? Unstated(string dateText, DatePrecision precision) => precision switch
    {
        DatePrecision.Year when dateText.EndsWith('年') => "（月份未载）",
        DatePrecision.Month when dateText.EndsWith('月') => "（日期未载）",
        _ => null,
    };

    /// <summary>The date as the reader sees it: the text's own words and what they leave out.</summary>
    public static string Display(string dateText, DatePrecision precision) => dateText + Unstated(dateText, precision);
}
