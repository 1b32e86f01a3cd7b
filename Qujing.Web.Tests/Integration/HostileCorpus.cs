using System.Text;

namespace Qujing.Web.Tests.Integration;

/// <summary>Text an attacker or a broken tool could put in any field. Theory data holds the names: the runner would mangle lone surrogates.</summary>
internal static class HostileCorpus
{
    public const string Links =
        "第一段[点我](javascript:alert(1))，[实体](&#106;avascript:alert(3))，[大小写](JaVaScRiPt:alert(4))，[制表](java&#x09;script:alert(5))。\n\n" +
        "<javascript:alert(2)>\n\n" +
        "[引用链接][r] [数据](data:text/html,x) [外站](//evil.example/) ![外站图](http://evil.example/a.png)\n\n" +
        "| 列 | 列 |\n|---|---|\n| [表格](vbscript:msgbox(1)) | ![图](https://evil.example/a.png) |\n\n" +
        "[r]: javascript:alert(6)";

    public static readonly Dictionary<string, string> Texts = new()
    {
        ["non-characters"] = "学校\uFFFE正文\uFFFF与\uFDD0非字符\uFDEF和\uD83F\uDFFE平面末尾\uDBFF\uDFFF",
        ["lone surrogates"] = "孤立\uD800代理\uDC00项\uD83D结束",
        ["bidi overrides"] = "学校\u202E名称颠倒\u202C与\u2066隔离\u2069和\u200F标记",
        ["zero-width"] = "零\u200B宽\u200C字\u200D符\u2060与\uFEFF不换行",
        // No NUL: the framework refuses a form holding one before any of our code runs (NUL is in search and stored-text tests).
        ["controls"] = "控制\u0001字符\u0002与\u000B垂直制表\u000C换页\u001F和\u007F\u0085\r\n回车换行",
        ["deep list"] = string.Join("\n", Enumerable.Range(0, 64).Select(i => new string(' ', i * 2) + "- 第" + i + "层")),
        ["deep quotes"] = new string('>', 128) + " 深层引用",
        ["deep emphasis"] = new string('*', 1000) + "强调" + new string('*', 1000),
        ["javascript links"] = Links,
        ["html"] = "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">点</a>",
        ["full-width digits"] = "２０２２",
        ["megabyte"] = new string('x', 1_000_000),
        ["long chinese"] = string.Concat(Enumerable.Repeat("党组织领导的校长负责制。", 25_000)),
    };

    public static TheoryData<string> Names => [.. Texts.Keys];

    /// <summary>
    /// A form body exactly as a hostile client could send it: UTF-8, except that a lone surrogate is sent as the
    /// three bytes it would have in CESU-8, which no browser would produce.
    /// </summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => Escape(f.Key) + "=" + Escape(f.Value)));

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var bytes = char.IsSurrogate(c) && !pair
                ? [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]
                : Encoding.UTF8.GetBytes(text.Substring(i, pair ? 2 : 1));
            i += pair ? 1 : 0;
            foreach (var b in bytes)
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
