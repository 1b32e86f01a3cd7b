namespace Qujing.Web.Features.Corrections;

/// <summary>An import report entry a correction settles, named as the report shows it: its kind and its location.</summary>
/// <param name="Kind">The kind as /admin/report names it, with or without its “（待核）”: “段落残缺”.</param>
/// <param name="Location">The entry's location exactly as the report gives it: “原文第 6 段”.</param>
public sealed record ReportReference(string Kind, string Location)
{
    public override string ToString() => $"{Kind} {Location}";
}
