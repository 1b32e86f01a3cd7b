using Qujing.Web.Features.Editing.Merging;
using Qujing.Web.Features.Sections;

namespace Qujing.Web.Tests.Unit;

public class ContentMergeTests
{
    private static readonly SectionContent Base = new() { Heading = "擦亮教育品牌", Slug = "section-4", BodyMarkdown = "第一段。\n\n第二段。\n\n第三段。" };

    [Fact]
    public void TwoEditorsChangingDifferentFieldsAndParagraphsGetBothChanges()
    {
        var theirs = Base with { Heading = "同事改的标题", BodyMarkdown = "第一段，同事改过。\n\n第二段。\n\n第三段。" };
        var mine = Base with { Slug = "brand", BodyMarkdown = "第一段。\n\n第二段。\n\n第三段，我改过。" };

        var merge = new ContentMerge<SectionContent>(Base, theirs, mine);
        var merged = merge.Resolve(new Dictionary<string, IReadOnlyList<ConflictChoice>>(), Base);

        Assert.False(merge.HasConflicts);
        Assert.Equal(new SectionContent { Heading = "同事改的标题", Slug = "brand", BodyMarkdown = "第一段，同事改过。\n\n第二段。\n\n第三段，我改过。" }, merged);
    }

    [Fact]
    public void ChoicesSettleEachConflictingField()
    {
        var theirs = Base with { Heading = "同事的标题", BodyMarkdown = "第一段，同事的说法。\n\n第二段。\n\n第三段。" };
        var mine = Base with { Heading = "我的标题", BodyMarkdown = "第一段，我的说法。\n\n第二段。\n\n第三段。" };

        var merge = new ContentMerge<SectionContent>(Base, theirs, mine);
        var merged = merge.Resolve(new Dictionary<string, IReadOnlyList<ConflictChoice>>
        {
            [nameof(SectionContent.Heading)] = [ConflictChoice.Theirs],
            [nameof(SectionContent.BodyMarkdown)] = [ConflictChoice.Mine],
        }, Base);

        Assert.True(merge.HasConflicts);
        Assert.Equal("同事的标题", merged.Heading);
        Assert.Equal("第一段，我的说法。\n\n第二段。\n\n第三段。", merged.BodyMarkdown);
        Assert.Equal("第一段，我的说法。\n\n第二段。\n\n第三段。", mine.BodyMarkdown); // the editor's own version is not changed
    }
}
