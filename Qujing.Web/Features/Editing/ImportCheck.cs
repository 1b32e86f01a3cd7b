using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Editing;

/// <summary>Checks a new article text against the rules an editor's save would meet, before it is staged.</summary>
public static class ImportCheck
{
    /// <summary>
    /// The first rule (a length, a required field) that an item made from the text would break, as a Chinese sentence.
    /// Checked before staging, so that a confirmed import never meets a save it cannot make.
    /// </summary>
    public static string? FirstRefusal(string text)
    {
        var mapped = ContentMapper.Map(new ArticleImporter(ChineseResourcesLoader.Load()).Import(text));

        // Confirming a text without sections would move every section to the trash.
        if (mapped.Sections.Count == 0)
        {
            return "没有找到任何栏目。文章需要用单独成行的小标题分成栏目，请确认粘贴或上传的是整篇文章。";
        }

        IEnumerable<(string Item, object Content)> items =
        [
            ("标题和导语", FeatureContent.Of(mapped.Feature)),
            .. mapped.Sections.Select(s => ($"栏目“{ChineseText.Excerpt(s.Heading, 20)}”", (object)SectionContent.Of(s))),
            .. mapped.Schools.Select(s => ($"学校“{ChineseText.Excerpt(s.Name, 20)}”", (object)SchoolContent.Of(s))),
            .. mapped.Milestones.Select(m => ($"大事记“{ChineseText.Excerpt(m.Summary, 20)}”", (object)MilestoneContent.Of(m))),
            .. mapped.Figures.Select(f => ($"数据“{ChineseText.Excerpt(f.Label, 20)}”", (object)FigureContent.Of(f))),
            .. mapped.Quotes.Select(q => ($"引语“{ChineseText.Excerpt(q.Words, 20)}”", (object)QuoteContent.Of(q))),
        ];
        foreach (var (item, content) in items)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(content, new ValidationContext(content), results, validateAllProperties: true))
            {
                return $"{item}：{results[0].ErrorMessage}";
            }
        }

        return null;
    }
}
