namespace Qujing.Web.Features.Editing.Presence;

/// <summary>The edit page's presence notice: where its script beats, how often (milliseconds), and the text at first render ("" for nobody).</summary>
public sealed record PresencePanelView(string BeatUrl, int IntervalMilliseconds, string Text);
