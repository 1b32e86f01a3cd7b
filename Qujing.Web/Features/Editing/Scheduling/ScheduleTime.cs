using System.Globalization;
using Qujing.Web.Infrastructure.Time;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>An editor's "发布时间": a date and time in Beijing time, as a datetime-local input sends it, checked and made UTC.</summary>
public static class ScheduleTime
{
    /// <summary>The form field's name; its message is shown beside it.</summary>
    public const string FieldName = "publishAt";

    /// <summary>Longer than any form of the date and time; anything longer is refused before it is parsed.</summary>
    public const int MaxInputLength = 25;

    /// <summary>What a datetime-local input sends (with seconds when its value has them), and the same typed with a space.</summary>
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>"2026-11-27T08:00", the value of a datetime-local input, in Beijing time.</summary>
    public static string Input(DateTimeOffset at) => BeijingTime.From(at).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The moment the input stands for (UTC), or a Chinese message saying why it cannot be scheduled.</summary>
    /// <param name="now">The present, for the "already past" and "too far ahead" checks.</param>
    public static bool TryParse(string? input, DateTimeOffset now, int maxDaysAhead, out DateTimeOffset at, out string error)
    {
        at = default;
        error = "";
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "请填写发布时间（北京时间）。";
            return false;
        }

        if (text.Length > MaxInputLength
            || !DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = "发布时间的格式不对，请按“年-月-日 时:分”填写北京时间，例如 2026-11-27 08:00。";
            return false;
        }

        // Before year 2 the offset would take the moment below DateTimeOffset's range (a 500); no schedule is that old.
        if (local.Year < 2000)
        {
            error = $"这个时间已经过去（现在是北京时间 {BeijingTime.Minute(now)}），请选择将来的时间。";
            return false;
        }

        at = new DateTimeOffset(local, BeijingTime.Offset).ToUniversalTime();
        var latest = now.AddDays(maxDaysAhead);
        if (at <= now)
        {
            error = $"这个时间已经过去（现在是北京时间 {BeijingTime.Minute(now)}），请选择将来的时间。";
        }
        else if (at > latest)
        {
            error = $"发布时间太远：最晚只能安排到北京时间 {BeijingTime.Minute(latest)}（{maxDaysAhead} 天之内），请检查年份。";
        }

        return error.Length == 0;
    }
}
