namespace Qujing.Web.Features.Corrections;

/// <summary>Why an entry of the corrections file was not applied (or applied with a doubt), in Chinese, with its line.</summary>
/// <param name="Line">The file's line the problem is on (0 for the file as a whole).</param>
/// <param name="Message">A Chinese sentence for the editor.</param>
/// <param name="Text">The text concerned (an anchor, a line), when there is one.</param>
/// <param name="Place">The item the entry names, when it was found (the report links to it).</param>
public sealed record CorrectionProblem(int Line, string Message, string? Text = null, object? Place = null)
{
    public string Location => Line > 0 ? $"更正文件第 {Line} 行" : "更正文件";
}
