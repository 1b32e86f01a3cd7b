using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

/// <summary>Old place names in school names: the current name from a small table of known renames, never a guess.</summary>
public class PlaceRenameTests
{
    private static readonly PlaceRenames Xuanwei = PlaceRenames.Parse(new StringReader("# 旧名 今名 年份 变更\n宣威县 宣威市 1994 撤县设市\n"));

    private static readonly Lazy<ImportResult> Real = new(() =>
        new ArticleImporter(ChineseResourcesLoader.Load()).Import(File.ReadAllText(RepoPaths.SourceArticle)));

    [Fact]
    public void ShippedTableKnowsXuanweiBecameACityIn1994()
    {
        var rename = PlaceRenames.Load().Of("宣威县");

        Assert.NotNull(rename);
        Assert.Equal(("宣威市", 1994, "撤县设市"), (rename.NewName, rename.Year, rename.Change));
        Assert.Null(PlaceRenames.Load().Of("会泽县"));
    }

    [Fact]
    public void SchoolWrittenWithAnOldPlaceNameGetsTheCurrentNameAsAnotherName()
    {
        var result = TestImporter.ImportParagraphs(Xuanwei, "宣威市第五中学办学。", "宣威市深入推进改革。", "宣威县第一中学党委书记说。");

        var school = Assert.Single(result.Schools, s => s.Name == "宣威县第一中学");
        Assert.Equal(["宣威市第一中学"], school.Aliases);
        Assert.Equal("宣威市", school.County);
    }

    [Fact]
    public void OldPlaceNameOutsideTheTableGetsNoInventedName()
    {
        var result = TestImporter.ImportParagraphs(Xuanwei, "富源县第五中学办学。", "富源县深入推进改革。", "富源区第一中学党委书记说。");

        Assert.Empty(Assert.Single(result.Schools, s => s.Name == "富源区第一中学").Aliases);
    }

    [Fact]
    public void NoteSaysWhatTheTextWroteAndWhenThePlaceWasRenamed()
    {
        Assert.Equal("原文作“宣威县第一中学”；宣威已于1994年撤县设市，今名或为“宣威市第一中学”。", Xuanwei.NoteFor("宣威县第一中学"));
        Assert.Null(Xuanwei.NoteFor("宣威市第一中学"));
        Assert.Null(Xuanwei.NoteFor("曲靖市第一中学"));
    }

    [Fact]
    public void ReportOfTwoWritingsOfAPlaceExplainsAKnownRename()
    {
        var result = TestImporter.ImportParagraphs(Xuanwei, "宣威市第五中学办学。", "宣威县第一中学党委书记说。");

        var entry = Assert.Single(result.Entries(ReportKind.InconsistentPlaceName));
        Assert.Contains("宣威已于1994年撤县设市", entry.Message);
        Assert.Contains("按今名“宣威市”归类", entry.Message);
        Assert.Equal("宣威市", Assert.Single(result.Places).Name);
    }

    [Fact]
    public void RealSourceGivesXuanweiNumberOneItsCurrentName()
    {
        var school = Assert.Single(Real.Value.Schools, s => s.Name == "宣威县第一中学");

        Assert.Equal(["宣威市第一中学"], school.Aliases);
        Assert.Equal("宣威市", school.County);
    }
}
