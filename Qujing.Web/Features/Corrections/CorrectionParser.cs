using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Features.Corrections;

/// <summary>
/// Reads the corrections file (format: docs/decisions/0013-corrections.md). Pure: text in, entries and problems out.
/// A malformed entry is left out with a Chinese message naming its line; the other entries still count, so one
/// editor's slip never takes every other correction off the site.
/// </summary>
public static partial class CorrectionParser
{
    public const string Header = "【更正】";
    public const string Empty = "（空）";
    public const string Delete = "（删去）";

    private static readonly string[] Fields = ["位置", "原文", "改为", "移到", "理由", "报告"];

    public static CorrectionFile Parse(string text)
    {
        var entries = new List<Correction>();
        var problems = new List<CorrectionProblem>();
        Draft? draft = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var (number, line) = (i + 1, lines[i].TrimEnd());
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith(Header, StringComparison.Ordinal))
            {
                Finish(draft, entries, problems);
                draft = new Draft(number, line[Header.Length..].Trim());
            }
            else if (draft is null)
            {
                problems.Add(new(number, $"第 {number} 行不属于任何更正：每条更正以“{Header}标题”一行开始，说明文字请以 # 开头。", line));
            }
            else if (char.IsWhiteSpace(line[0]))
            {
                draft.Continue(number, line.Trim());
            }
            else if (FieldLine().Match(line) is { Success: true } field && Fields.Contains(field.Groups[1].Value))
            {
                draft.Set(number, field.Groups[1].Value, field.Groups[2].Value.Trim());
            }
            else
            {
                draft.Errors.Add(new(number, $"第 {number} 行无法识别：每行以“字段：”开头，字段有{string.Join("、", Fields)}；接续上一行的内容请以空格开头。", line));
            }
        }

        Finish(draft, entries, problems);
        return new CorrectionFile(entries, problems, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    private static void Finish(Draft? draft, List<Correction> entries, List<CorrectionProblem> problems)
    {
        if (draft?.Build() is { } correction)
        {
            entries.Add(correction);
        }

        problems.AddRange(draft?.Errors ?? []);
    }

    /// <summary>A place as the 位置 line writes it, or null.</summary>
    public static CorrectionPlace? ParsePlace(string text) => text switch
    {
        "导语" => new(PlaceKind.Lead, "", text),
        "标题" => new(PlaceKind.Title, "", text),
        _ when NamedPlace().Match(text) is { Success: true } m => new(m.Groups[1].Value switch
        {
            "栏目" => PlaceKind.Section,
            "学校" => PlaceKind.School,
            "大事记" => PlaceKind.Milestone,
            "数说" => PlaceKind.Figure,
            _ => PlaceKind.Quote,
        }, m.Groups[2].Value.Trim(), text),
        _ => null,
    };

    /// <summary>One entry as its lines arrive; <see cref="Build"/> checks it as a whole.</summary>
    private sealed class Draft(int line, string title)
    {
        private readonly Dictionary<string, (int Line, List<string> Values)> _fields = [];
        private string? _last;

        public List<CorrectionProblem> Errors { get; } = [];

        public void Set(int number, string name, string value)
        {
            if (_fields.TryGetValue(name, out var existing))
            {
                Errors.Add(new(number, $"第 {number} 行：“{name}”在这条更正中已经写过（第 {existing.Line} 行）；每条更正每个字段只写一次。"));
                return;
            }

            _fields[name] = (number, [value]);
            _last = name;
        }

        public void Continue(int number, string value)
        {
            if (_last is null)
            {
                Errors.Add(new(number, $"第 {number} 行以空格开头，但前面没有可以接续的字段。", value));
            }
            else if (_last is "原文" or "理由" or "报告")
            {
                _fields[_last].Values.Add(value);
            }
            else
            {
                Errors.Add(new(number, $"第 {number} 行：“{_last}”只能写一行。", value));
            }
        }

        public Correction? Build()
        {
            var where = $"第 {line} 行的更正“{title}”";
            string? One(string name) => _fields.TryGetValue(name, out var f) ? f.Values[0] : null;
            void Refuse(string message) => Errors.Add(new(line, $"{where}{message}", title));

            if (title.Length is 0 or > ContentLimits.Title)
            {
                Refuse($"：“{Header}”之后要写这条更正的标题（不超过 {ContentLimits.Title} 个字）。");
            }

            var place = One("位置") is { } p ? ParsePlace(p) : null;
            if (place is null)
            {
                Refuse("缺少位置或位置无法识别：应写作“导语”“标题”“栏目“…”“学校“…”“大事记“…”“数说“…”或“引语“…”。");
            }

            var before = _fields.TryGetValue("原文", out var b) ? b.Values : null;
            if (before is null || before.Any(v => v.Length == 0) || before.Any(v => v.Length > ContentLimits.Passage))
            {
                Refuse($"缺少原文：原文要照抄网站上现在的文字（不超过 {ContentLimits.Passage} 个字）；原来为空的写“{Empty}”。");
            }

            var (after, move) = (One("改为"), One("移到"));
            if ((after is null) == (move is null))
            {
                Refuse("要写“改为”或“移到”，二者只写一个。");
            }
            else if (after is { Length: 0 } || after?.Length > ContentLimits.Passage)
            {
                Refuse($"的“改为”是空的或太长：要删去原文请写“改为：{Delete}”。");
            }
            else if (after is null && !(move!.EndsWith("之前", StringComparison.Ordinal) || move.EndsWith("之后", StringComparison.Ordinal)) || move?.Length <= 2)
            {
                Refuse("的“移到”要写明移到哪段文字之前或之后，例如“移到：曲靖一中——高质量党建引领教育教学高质量发展之前”。");
            }
            else if (after is not null && before is { Count: > 1 })
            {
                Refuse("的原文有多行：只有“移到”可以一次移动几段，“改为”的原文只写一行。");
            }

            var reason = _fields.TryGetValue("理由", out var r) ? string.Concat(r.Values) : "";
            if (reason.Length is 0 or > ContentLimits.Sentence)
            {
                Refuse($"缺少理由：每条更正都要写明理由（不超过 {ContentLimits.Sentence} 个字），它会公开在更正说明中。");
            }

            var handles = new List<ReportReference>();
            foreach (var reference in (_fields.TryGetValue("报告", out var h) ? h.Values : []).SelectMany(v => v.Split('；', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            {
                if (ReportLine().Match(reference) is { Success: true } m)
                {
                    handles.Add(new(m.Groups[1].Value, m.Groups[2].Value));
                }
                else
                {
                    Refuse($"的报告“{reference}”应写作“类别 位置”，例如“段落残缺 原文第 6 段”，几条之间用“；”隔开。");
                }
            }

            if (Errors.Count > 0)
            {
                return null;
            }

            var beforeLines = before is [Empty] ? [] : before!.ToList();
            var moveTo = move is null ? null : new CorrectionMove(move[..^2].Trim(), move.EndsWith("之前", StringComparison.Ordinal));
            return new Correction(line, title, place!, beforeLines, after == Delete ? "" : after, moveTo, reason, handles);
        }
    }

    [GeneratedRegex("^([^：:\\s]+)[：:](.*)$")]
    private static partial Regex FieldLine();

    [GeneratedRegex("^(栏目|学校|大事记|数说|引语)“(.+)”$")]
    private static partial Regex NamedPlace();

    [GeneratedRegex("^(\\S+)\\s+(\\S.*)$")]
    private static partial Regex ReportLine();
}
