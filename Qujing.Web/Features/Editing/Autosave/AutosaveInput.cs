using System.Globalization;
using System.Text.RegularExpressions;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Editing.Autosave;

/// <summary>
/// An autosave request read from the editor's form as posted: its "Content.*" fields and the revision it is based on,
/// or why it was refused (in Chinese). The limits are those of the longest field a form has, so a slot is never larger
/// than a save could be.
/// </summary>
public sealed partial record AutosaveInput(IReadOnlyList<string[]> Fields, int BasedOn, string? Error)
{
    /// <summary>More fields than any kind's form has (a school's has nine).</summary>
    public const int MaxFields = 20;

    public static AutosaveInput Read(string kind, IFormCollection form)
    {
        if (!KindName().IsMatch(kind))
        {
            return Refused("无法自动保存：内容类型无效。");
        }

        var fields = form.Where(f => f.Key.StartsWith("Content.", StringComparison.Ordinal)).ToList();
        if (fields.Count is 0 or > MaxFields || fields.Any(f => f.Key.Length > 64))
        {
            return Refused("无法自动保存：表单中没有可保存的字段，或字段过多。");
        }

        if (fields.Any(f => (f.Value.ToString()?.Length ?? 0) > ContentLimits.Body))
        {
            return Refused($"无法自动保存：有一栏超过 {ContentLimits.Body} 个字符。请缩短后再保存。");
        }

        var basedOn = int.TryParse(form["basedOn"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return new([.. fields.Select(f => new[] { f.Key, InputText.Clean(f.Value.ToString()) })], basedOn, null);
    }

    private static AutosaveInput Refused(string message) => new([], 0, message);

    [GeneratedRegex("^[a-z]{1,20}$")]
    private static partial Regex KindName();
}
