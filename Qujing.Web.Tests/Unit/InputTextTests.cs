using System.Text;
using System.Xml;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Unit;

public class InputTextTests
{
    [Theory]
    [InlineData("党组织领导的校长负责制", "党组织领导的校长负责制")]
    [InlineData("第一段\n\n第二段\t制表", "第一段\n\n第二段\t制表")]
    [InlineData("Windows\r\n换行\r旧 Mac", "Windows\n换行\n旧 Mac")]
    [InlineData("cafe\u0301", "café")]
    [InlineData("\uF9D1六", "六六")]
    [InlineData("NUL\u0000、SOH\u0001、VT\u000B、FF\u000C、DEL\u007F、NEL\u0085、APC\u009F", "NUL、SOH、VT、FF、DEL、NEL、APC")]
    [InlineData("非字符\uFFFE\uFFFF\uFDD0\uFDEF结束", "非字符结束")]
    [InlineData("平面末尾\uD83F\uDFFE\uDBFF\uDFFF结束", "平面末尾结束")]
    [InlineData("双向\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C控制", "双向控制")]
    [InlineData("零宽\u200B\u200C\u2060\uFEFF字符", "零宽字符")]
    [InlineData("中\u200D文", "中文")]
    public void CleanAppliesTheInputRule(string input, string expected)
    {
        Assert.Equal(expected, InputText.Clean(input));
    }

    [Theory]
    [InlineData("𠀀𪚥")]
    [InlineData("一家人👨\u200D👩\u200D👧")]
    [InlineData("跑步🏃\u200D♀\uFE0F")]
    public void CleanKeepsCharactersOutsideTheBasicPlaneAndEmojiSequences(string text)
    {
        Assert.Equal(text, InputText.Clean(text));
    }

    [Fact]
    public void CleanDropsLoneSurrogates()
    {
        // Not theory data: the test runner would turn the lone surrogates into U+FFFD before the test saw them.
        Assert.Equal("孤立代理项", InputText.Clean("孤立\uD800代理\uDC00项\uD83D"));
    }

    [Fact]
    public void CleanTurnsNullIntoEmptyText()
    {
        Assert.Equal("", InputText.Clean(null));
    }

    [Fact]
    public void CleanTextIsValidXmlAndStable()
    {
        // Every UTF-16 code unit, alone and after a high surrogate, in one string.
        var all = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            all.Append((char)c).Append('\uD800').Append((char)c).Append('字');
        }

        var cleaned = InputText.Clean(all.ToString());

        Assert.Equal(cleaned, XmlConvert.VerifyXmlChars(cleaned));
        Assert.Equal(cleaned, InputText.Clean(cleaned));
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }
}
