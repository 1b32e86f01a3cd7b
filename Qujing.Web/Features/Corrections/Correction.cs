namespace Qujing.Web.Features.Corrections;

/// <summary>
/// One entry of the corrections file: where, the text before (an exact anchor in the imported, cleaned text), what
/// it becomes (or where it moves), and why. See docs/decisions/0013-corrections.md.
/// </summary>
/// <param name="Line">The line of the file the entry starts on, for messages.</param>
/// <param name="Title">The entry's heading, shown on the public corrections page.</param>
/// <param name="Before">
/// The anchor text as readers see it (no Markdown); one line, or for a move one line per paragraph moved. Empty means
/// “（空）”: the field is empty now (a lead the source lacks).
/// </param>
/// <param name="After">The text that replaces the anchor (empty for “（删去）”), or null for a move.</param>
/// <param name="Move">Where the paragraphs go, or null for a replacement.</param>
/// <param name="Reason">Why, in Chinese: the note of the revision it makes and the line on the public page.</param>
/// <param name="Handles">The import report entries the correction settles.</param>
public sealed record Correction(
    int Line, string Title, CorrectionPlace Place, IReadOnlyList<string> Before, string? After, CorrectionMove? Move, string Reason,
    IReadOnlyList<ReportReference> Handles)
{
    /// <summary>A replacement whose new text is empty removes the anchor (a whole paragraph, when it is one).</summary>
    public bool IsDeletion => After is { Length: 0 };

    /// <summary>How the entry is named in messages: “第 12 行的更正“标题””.</summary>
    public string Label => $"第 {Line} 行的更正“{Title}”";
}
