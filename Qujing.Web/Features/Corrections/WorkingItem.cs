using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing.Merging;
using Qujing.Web.Features.Editing.Reimport;

namespace Qujing.Web.Features.Corrections;

/// <summary>
/// One block of a field while corrections are applied: a paragraph or sub-heading of Markdown, or the whole of a plain
/// field. A paragraph is one object however often it is corrected or moved, so what links to it can follow it.
/// </summary>
internal sealed class Chunk(string text)
{
    public string Text { get; set; } = text;

    /// <summary>Sub-headings do not count as paragraphs: the #pN anchors number paragraphs only.</summary>
    public bool IsParagraph => !Text.StartsWith('#');

    /// <summary>Nothing a reader would see is left (a deleted paragraph, or a heading's “## ” alone).</summary>
    public bool IsBlank => Text.TrimStart('#').Trim().Length == 0;
}

/// <summary>A correctable field of an item, as chunks.</summary>
internal sealed class WorkingField(string name, bool isMarkdown, string value)
{
    public string Name => name;
    public bool IsMarkdown => isMarkdown;
    public List<Chunk> Chunks { get; set; } = isMarkdown ? [.. ParagraphChunker.Paragraphs(value).Select(p => new Chunk(p))] : [new Chunk(value)];

    /// <summary>Set by every edit: an untouched field keeps its text byte for byte.</summary>
    public bool Touched { get; set; }

    public string Value => !Touched ? value : IsMarkdown ? ParagraphChunker.Join(Chunks.Select(c => c.Text)) : Chunks[0].Text;

    /// <summary>The paragraph's number on the page (its #pN), or null when it is gone or a heading.</summary>
    public int? NumberOf(Chunk chunk) =>
        IsMarkdown && chunk.IsParagraph && Chunks.Contains(chunk) ? Chunks.Where(c => c.IsParagraph).ToList().IndexOf(chunk) + 1 : null;

    public Chunk? Paragraph(int number) => Chunks.Where(c => c.IsParagraph).ElementAtOrDefault(number - 1);
}

/// <summary>An item of the incoming content while corrections are applied to it.</summary>
internal sealed class WorkingItem
{
    public WorkingItem(string type, IncomingItem<object> item)
    {
        (Type, Item, Content) = (type, item, item.Content);
        Fields = [.. CorrectableFields.Of(item.Content).Select(f => new WorkingField(f.Name, f.IsMarkdown, CorrectableFields.Get(item.Content, f.Name)))];
    }

    public string Type { get; }
    public IncomingItem<object> Item { get; }
    public IEditable Source => Item.Source;

    /// <summary>The content after the corrections applied so far.</summary>
    public object Content { get; set; }

    public List<WorkingField> Fields { get; }

    /// <summary>For a milestone, figure or quote: the section paragraph it comes from.</summary>
    public (WorkingItem Section, Chunk Paragraph)? Origin { get; set; }

    public WorkingField Field(string name) => Fields.Single(f => f.Name == name);

    /// <summary>The fields' chunks and texts as they are now, to go back to when a correction cannot be applied.</summary>
    public Action Snapshot()
    {
        var saved = Fields.Select(f => (Field: f, Chunks: f.Chunks.ToList(), Texts: f.Chunks.Select(c => c.Text).ToList(), f.Touched)).ToList();
        return () =>
        {
            foreach (var (field, chunks, texts, touched) in saved)
            {
                (field.Chunks, field.Touched) = (chunks, touched);
                for (var i = 0; i < chunks.Count; i++)
                {
                    chunks[i].Text = texts[i];
                }
            }
        };
    }

    /// <summary>True when the fields no longer read as <see cref="Content"/> does.</summary>
    public bool IsChanged => Fields.Any(f => f.Value != CorrectableFields.Get(Content, f.Name));

    public object CorrectedContent() => CorrectableFields.With(Content, Fields.Select(f => (f.Name, f.Value)));
}

/// <summary>Where a correction made its change: the item, field and paragraph its public entry links to.</summary>
internal sealed record EditedPlace(WorkingItem Item, WorkingField Field, Chunk? Chunk);
