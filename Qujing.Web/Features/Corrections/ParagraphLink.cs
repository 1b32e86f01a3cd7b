using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Corrections;

/// <summary>A milestone, figure or quote whose source paragraph has a new number after the corrections (moved, or others removed).</summary>
public sealed record ParagraphLink(IEditable Source, int Paragraph)
{
    /// <summary>Points the importer's entity at the paragraph's new number (the entity is the import's own, not saved yet).</summary>
    public void Apply()
    {
        switch (Source)
        {
            case Milestone m:
                m.Paragraph = Paragraph;
                break;
            case KeyFigure f:
                f.Paragraph = Paragraph;
                break;
            case Quote q:
                q.Paragraph = Paragraph;
                break;
        }
    }
}
