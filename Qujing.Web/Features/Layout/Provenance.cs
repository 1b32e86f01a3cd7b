using System.Globalization;

namespace Qujing.Web.Features.Layout;

/// <summary>
/// What is known of where the feature comes from: who wrote it, where it first appeared (empty while the source does
/// not say), and this site's own first publish (the first import) and last reader-visible change. Dates read in China
/// Standard Time, where the readers are.
/// </summary>
public sealed record Provenance(string Byline, string OriginalSource, DateTimeOffset FirstPublished, DateTimeOffset LastChanged)
{
    /// <summary>"原刊：…" when an editor has said, else that the source does not say.</summary>
    public string Original => OriginalLine(OriginalSource);

    /// <summary>The same line for any page's frame, which knows only the source (printed pages carry it).</summary>
    public static string OriginalLine(string source) => source.Length > 0 ? $"原刊：{source}" : "原刊媒体和刊发日期：原文未载明";

    /// <summary>Whether the last change fell on a later day than the first publish (else "updated" says nothing new).</summary>
    public bool ChangedSince => Day(LastChanged) != Day(FirstPublished);

    /// <summary>"2026年3月2日".</summary>
    public static string Day(DateTimeOffset at) => Infrastructure.Time.BeijingTime.Day(at);

    /// <summary>"2026-03-02", for a time element.</summary>
    public static string IsoDay(DateTimeOffset at) => Infrastructure.Time.BeijingTime.IsoDay(at);

    /// <summary>ISO 8601 in UTC, for schema.org ("Z": a "+" would be escaped in JSON-LD).</summary>
    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
