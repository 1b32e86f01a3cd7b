using System.Net;
using System.Text;
using DiffPlex;
using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Editing;

/// <summary>
/// A character-level diff (DiffPlex), which is what Chinese needs: there are no spaces to split words on, so a
/// word or line diff would mark whole paragraphs as changed.
/// </summary>
public static class CharacterDiff
{
    public static IHtmlContent Html(string before, string after)
    {
        var result = Differ.Instance.CreateCharacterDiffs(before ?? "", after ?? "", ignoreWhitespace: false);
        var html = new StringBuilder();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            html.Append(WebUtility.HtmlEncode(before![a..block.DeleteStartA]));
            if (block.DeleteCountA > 0)
            {
                html.Append("<del>").Append(WebUtility.HtmlEncode(before.Substring(block.DeleteStartA, block.DeleteCountA))).Append("</del>");
            }

            if (block.InsertCountB > 0)
            {
                html.Append("<ins>").Append(WebUtility.HtmlEncode(after!.Substring(block.InsertStartB, block.InsertCountB))).Append("</ins>");
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        html.Append(WebUtility.HtmlEncode((before ?? "")[a..]));
        return new HtmlString(html.ToString());
    }
}
