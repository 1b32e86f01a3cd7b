using System.Text;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

public class SourceTextTests
{
    [Fact]
    public void DecodedArticleFollowsTheInputRule()
    {
        var text = SourceText.TryDecode(Encoding.UTF8.GetBytes("\uFEFF标题\r\n\r\n正文\u000B里有\uFFFE怪字符\u202E。"));

        Assert.Equal("标题\n\n正文里有怪字符。", text);
    }

    [Fact]
    public void RealArticleIsAlreadyClean()
    {
        var text = SourceText.TryDecode(File.ReadAllBytes(RepoPaths.SourceArticle))!;

        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(RepoPaths.SourceArticle)).TrimStart('\uFEFF').ReplaceLineEndings("\n"), text);
    }
}
