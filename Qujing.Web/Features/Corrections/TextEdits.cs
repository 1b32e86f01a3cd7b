using Qujing.Web.Text;

namespace Qujing.Web.Features.Corrections;

/// <summary>The edits a correction makes to a field's chunks. Anchors are plain text as readers see it; Markdown fields hold it escaped.</summary>
internal static class TextEdits
{
    /// <summary>The text as the field stores it inside a line.</summary>
    public static string Needle(WorkingField field, string text) => field.IsMarkdown ? MarkdownText.EscapeInline(text) : text;

    /// <summary>Every place the text occurs in the field: the chunk and the offset in it.</summary>
    public static List<(Chunk Chunk, int Offset)> Hits(WorkingField field, string text)
    {
        var needle = Needle(field, text);
        var hits = new List<(Chunk, int)>();
        foreach (var chunk in field.Chunks)
        {
            for (var at = chunk.Text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = chunk.Text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                hits.Add((chunk, at));
            }
        }

        return hits;
    }

    /// <summary>Replaces <paramref name="length"/> characters at the offset; a paragraph left with nothing to read goes.</summary>
    public static void Substitute(WorkingField field, Chunk chunk, int offset, int length, string replacement)
    {
        chunk.Text = chunk.Text[..offset] + replacement + chunk.Text[(offset + length)..];
        field.Touched = true;
        if (field.IsMarkdown && chunk.IsBlank)
        {
            field.Chunks.Remove(chunk);
        }
    }

    /// <summary>Gives an empty field (“原文：（空）”) its first text.</summary>
    public static (string? Error, EditedPlace? Place) Fill(List<(WorkingItem Item, WorkingField Field)> fields, string text)
    {
        var empty = fields.Where(f => f.Field.Value.Length == 0).ToList();
        if (empty is not [var (item, field)])
        {
            return (empty.Count == 0 ? "原文写的是“（空）”，但这里已经有文字了：请照抄现在的文字。" : "原文写的是“（空）”，但这里不止一处是空的：请写明位置。", null);
        }

        if (text.Length == 0)
        {
            return ("原文是空的，没有可以删去的文字。", null);
        }

        var chunk = new Chunk(field.IsMarkdown ? MarkdownText.Escape(text) : text);
        (field.Chunks, field.Touched) = ([chunk], true);
        return (null, new(item, field, chunk));
    }

    /// <summary>Moves whole paragraphs, each found by one line of the “before” text, next to the paragraph holding the anchor.</summary>
    public static (string? Error, EditedPlace? Place) Move(Correction correction, List<(WorkingItem Item, WorkingField Field)> fields, CorrectionMove move)
    {
        var markdown = fields.Where(f => f.Field.IsMarkdown).ToList();
        var moved = new List<(WorkingItem Item, WorkingField Field, Chunk Chunk)>();
        foreach (var line in correction.Before)
        {
            var hits = markdown.SelectMany(f => Hits(f.Field, line).Select(h => (f.Item, f.Field, h.Chunk))).ToList();
            if (hits.Count != 1)
            {
                return (hits.Count == 0 ? $"要移动的段落“{line}”找不到，这条更正没有应用。" : $"“{line}”出现了不止一处：请多抄几个字，使它只出现一次。", null);
            }

            moved.Add(hits[0]);
        }

        var field = moved[0].Field;
        var indexes = moved.Select(m => m.Field.Chunks.IndexOf(m.Chunk)).ToList();
        if (moved.Any(m => m.Field != field) || indexes.Select((index, i) => index - i).Distinct().Count() != 1)
        {
            return ("要移动的几段在原文中不相连（或有一段写了两次）：请分成几条更正。", null);
        }

        var targets = Hits(field, move.Anchor).Where(h => !moved.Any(m => m.Chunk == h.Chunk)).ToList();
        if (targets.Count != 1)
        {
            return (targets.Count == 0 ? $"“移到”所说的“{move.Anchor}”在同一处找不到（段落只在同一栏目内移动）。" : $"“{move.Anchor}”出现了不止一处：请多抄几个字。", null);
        }

        field.Chunks.RemoveAll(c => moved.Any(m => m.Chunk == c));
        var at = field.Chunks.IndexOf(targets[0].Chunk) + (move.Before ? 0 : 1);
        field.Chunks.InsertRange(at, moved.Select(m => m.Chunk));
        field.Touched = true;
        return (null, new(moved[0].Item, field, moved[0].Chunk));
    }
}
