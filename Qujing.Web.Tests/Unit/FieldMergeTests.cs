using Qujing.Web.Features.Editing.Merging;

namespace Qujing.Web.Tests.Unit;

public class FieldMergeTests
{
    private const string Base = "第一段。\n\n第二段。\n\n第三段。";

    [Fact]
    public void EditsToDifferentParagraphsAreCombined()
    {
        var merge = FieldMerge.Of(Base, "第一段，同事改过。\n\n第二段。\n\n第三段。", "第一段。\n\n第二段。\n\n第三段，我改过。\n\n我加的第四段。");

        Assert.False(merge.HasConflicts);
        Assert.Equal("第一段，同事改过。\n\n第二段。\n\n第三段，我改过。\n\n我加的第四段。", merge.Resolve([]));
    }

    [Fact]
    public void TheSameParagraphChangedDifferentlyIsLeftToTheEditor()
    {
        var merge = FieldMerge.Of(Base, "第一段。\n\n第二段，同事的说法。\n\n第三段。", "第一段。\n\n第二段，我的说法。\n\n第三段，我改过。");

        var conflict = Assert.Single(merge.Conflicts);
        Assert.Equal(["第二段。"], conflict.Base);
        Assert.Equal(["第二段，同事的说法。"], conflict.Theirs);
        Assert.Equal(["第二段，我的说法。"], conflict.Mine);
        Assert.Equal("第一段。\n\n第二段，同事的说法。\n\n第三段，我改过。", merge.Resolve([ConflictChoice.Theirs]));
        Assert.Equal("第一段。\n\n第二段，我的说法。\n\n第三段，我改过。", merge.Resolve([ConflictChoice.Mine]));
        Assert.Equal("第一段。\n\n第二段，同事的说法。\n\n第二段，我的说法。\n\n第三段，我改过。", merge.Resolve([ConflictChoice.Both]));
    }

    [Fact]
    public void AParagraphOneEditorAddedIsNeverDroppedByTheOther()
    {
        // The finding: "以我的版本保存" silently dropped what the colleague had added.
        var merge = FieldMerge.Of(Base, Base + "\n\n同事新加的一段。", "第一段，我改过。\n\n第二段。\n\n第三段。");

        Assert.False(merge.HasConflicts);
        Assert.Contains("同事新加的一段。", merge.Resolve([]));
        Assert.Contains("第一段，我改过。", merge.Resolve([]));
    }

    [Fact]
    public void WindowsLineEndingsFromTheBrowserMergeWithStoredText()
    {
        var merge = FieldMerge.Of(Base, Base, "第一段。\r\n\r\n第二段，我改过。\r\n\r\n第三段。");

        Assert.Equal("第一段。\n\n第二段，我改过。\n\n第三段。", merge.Resolve([]));
    }

    [Theory]
    [InlineData("第一段。\n\n第二段。\n\n第三段。\n\n同事加的。", "第一段。\n\n第二段。\n\n第三段。\n\n我加的。", "", true)] // both add at the end
    [InlineData("第一段。\n\n第三段。", "第二段。\n\n第三段。", "第三段。", false)] // each deletes a different paragraph
    public void DeletionsAndInsertionsMergeOrConflictAsAnEditorWouldExpect(string theirs, string mine, string merged, bool conflict)
    {
        var merge = FieldMerge.Of(Base, theirs, mine);

        Assert.Equal(conflict, merge.HasConflicts);
        if (!conflict)
        {
            Assert.Equal(merged, merge.Resolve([]));
        }
        else
        {
            Assert.Equal(Base + "\n\n同事加的。\n\n我加的。", merge.Resolve([ConflictChoice.Both]));
        }
    }

    [Fact]
    public void AParagraphDeletedByOneAndEditedByTheOtherIsAConflict()
    {
        var merge = FieldMerge.Of(Base, "第一段。\n\n第三段。", "第一段。\n\n第二段，我改过。\n\n第三段。");

        // Deleting and editing the same paragraph cannot both be kept silently.
        var conflict = Assert.Single(merge.Conflicts);
        Assert.Empty(conflict.Theirs);
        Assert.Equal(["第二段，我改过。"], conflict.Mine);
    }

    [Fact]
    public void WhenOnlyOneSideChangedItsTextIsTheResult()
    {
        const string mine = "全新的第一段。\n\n第二段。\n\n新的结尾。";

        Assert.Equal(mine, FieldMerge.Of(Base, Base, mine).Resolve([]));
        Assert.Equal(mine, FieldMerge.Of(Base, mine, Base).Resolve([]));
        Assert.Equal(mine, FieldMerge.Of("", "", mine).Resolve([]));
    }
}
