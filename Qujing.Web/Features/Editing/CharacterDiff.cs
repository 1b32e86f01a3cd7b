using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;
using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// A diff that marks changed characters, which is what Chinese needs: there are no spaces to split words on, so a
/// word diff would mark whole sentences as changed. A character diff costs the square of the text it compares, so
/// texts are first compared paragraph by paragraph (DiffPlex's line diff), and only changed paragraphs character by
/// character, within a budget; what is past the budget is shown as whole paragraphs deleted and inserted.
/// </summary>
public static class CharacterDiff
{
    /// <summary>Most lines (both texts together) compared as paragraphs; beyond that, each text is shown whole.</summary>
    private const int MaxLines = 6_000;

    /// <summary>Longest paragraph pair (both sides together) compared character by character.</summary>
    private const int MaxPairLength = 3_000;

    /// <summary>
    /// Character comparisons allowed for one field, counted as the worst case, (length of both sides)² per pair:
    /// about a third of a second on the 2-core server, however different the texts are.
    /// </summary>
    private const long MaxWork = 40_000_000;

    private static readonly LineEndingsPreservingChunker Paragraphs = new();

    /// <param name="ct">The request's token: checked between paragraphs, so a client that leaves stops the work.</param>
    public static IHtmlContent Html(string before, string after, CancellationToken ct = default)
    {
        before ??= "";
        after ??= "";
        ct.ThrowIfCancellationRequested();
        var html = new StringBuilder();
        if (LineCount(before) + LineCount(after) > MaxLines)
        {
            Whole(html, before, after);
            return new HtmlString(html.ToString());
        }

        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Paragraphs);
        var work = MaxWork;
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Same(html, string.Concat(result.PiecesOld.Skip(a).Take(block.DeleteStartA - a)));
            foreach (var (old, @new) in Pairs(result, block))
            {
                ct.ThrowIfCancellationRequested();
                Changed(html, old, @new, ref work);
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        Same(html, string.Concat(result.PiecesOld.Skip(a)));
        return new HtmlString(html.ToString());
    }

    /// <summary>A changed run of paragraphs: one to one when both sides have as many, else as one pair.</summary>
    private static IEnumerable<(string Old, string New)> Pairs(DiffResult result, DiffBlock block)
    {
        var deleted = result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
        var inserted = result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
        return deleted.Count == inserted.Count ? deleted.Zip(inserted) : [(string.Concat(deleted), string.Concat(inserted))];
    }

    /// <summary>One changed paragraph pair, character by character while the budget lasts, else whole.</summary>
    private static void Changed(StringBuilder html, string before, string after, ref long work)
    {
        var length = (long)before.Length + after.Length;
        if (before.Length == 0 || after.Length == 0 || length > MaxPairLength || length * length > work)
        {
            Whole(html, before, after);
            return;
        }

        work -= length * length;
        var result = Differ.Instance.CreateCharacterDiffs(before, after, ignoreWhitespace: false);
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Same(html, before[a..block.DeleteStartA]);
            Whole(html, before.Substring(block.DeleteStartA, block.DeleteCountA), after.Substring(block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Same(html, before[a..]);
    }

    private static void Same(StringBuilder html, string text) => html.Append(WebUtility.HtmlEncode(text));

    private static void Whole(StringBuilder html, string deleted, string inserted)
    {
        if (deleted.Length > 0)
        {
            html.Append("<del>").Append(WebUtility.HtmlEncode(deleted)).Append("</del>");
        }

        if (inserted.Length > 0)
        {
            html.Append("<ins>").Append(WebUtility.HtmlEncode(inserted)).Append("</ins>");
        }
    }

    private static int LineCount(string text) => text.AsSpan().Count('\n') + 1;
}
