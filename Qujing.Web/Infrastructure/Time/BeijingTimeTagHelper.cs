using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Qujing.Web.Infrastructure.Time;

/// <summary>
/// <c>&lt;time beijing="@entry.At"&gt;</c>: the moment in Beijing time as text and as the machine-readable datetime
/// attribute, so no view formats a stored UTC value by hand (and none can forget the offset).
/// </summary>
[HtmlTargetElement("time", Attributes = "beijing")]
public sealed class BeijingTimeTagHelper : TagHelper
{
    [HtmlAttributeName("beijing")]
    public DateTimeOffset At { get; set; }

    /// <summary>"second" for audit-style lists, "long" for a date in words with its time ("2026年3月2日 04:30"); minutes otherwise.</summary>
    [HtmlAttributeName("beijing-precision")]
    public string Precision { get; set; } = "minute";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("datetime", BeijingTime.Iso(At));
        output.Content.SetContent(Precision switch
        {
            "second" => BeijingTime.Second(At),
            "long" => BeijingTime.DayAndMinute(At),
            _ => BeijingTime.Minute(At),
        });
    }
}
