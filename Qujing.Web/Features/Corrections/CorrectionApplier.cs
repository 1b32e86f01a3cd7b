using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing.Reimport;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Corrections;

/// <summary>
/// Applies the corrections file to an import's content, entry by entry in file order. Pure: content in, corrected
/// content and what happened out. An entry applies only where its “before” text is found exactly once in the item it
/// names; otherwise it changes nothing and says why — it never guesses. A correction to a section's paragraph follows
/// that paragraph wherever the site shows it again: a school's profile, and the milestone, figure or quote taken from
/// it. See docs/decisions/0013-corrections.md.
/// </summary>
public sealed class CorrectionApplier
{
    private readonly List<WorkingItem> _items;
    private readonly List<CorrectionStep> _steps = [];
    private readonly List<(Correction Correction, WorkingItem Item, WorkingField Field, Chunk? Chunk, List<WorkingItem> Targets)> _applied = [];
    private readonly List<CorrectionProblem> _problems = [];

    /// <summary>Each section's paragraphs as imported, by their number then: where they end up renumbers the report's links.</summary>
    private readonly Dictionary<IEditable, List<Chunk>> _imported;

    private CorrectionApplier(IncomingContent incoming)
    {
        _items = [.. incoming.All().Select(x => new WorkingItem(x.ItemType, x.Item))];
        foreach (var item in _items)
        {
            item.Origin = OriginOf(item);
        }

        _imported = _items.Where(i => i.Type == SectionContent.ItemType)
            .ToDictionary(i => i.Source, i => i.Field(nameof(SectionContent.BodyMarkdown)).Chunks.Where(c => c.IsParagraph).ToList());
    }

    public static CorrectionOutcome Apply(IncomingContent incoming, CorrectionFile file)
    {
        var applier = new CorrectionApplier(incoming);
        applier._problems.AddRange(file.Problems);
        foreach (var correction in file.Entries)
        {
            applier.ApplyOne(correction);
        }

        return applier.Outcome(file);
    }

    private void ApplyOne(Correction correction)
    {
        var candidates = _items.Where(i => Names(i, correction.Place)).ToList();
        if (candidates.Count == 0)
        {
            _problems.Add(new(correction.Line, $"{correction.Label}未应用：找不到{correction.Place.Text}。", correction.Place.Text));
            return;
        }

        var restores = _items.Select(i => i.Snapshot()).ToList();
        var (error, primary) = correction.Move is { } move ? TextEdits.Move(correction, Fields(candidates, correction.Place), move) : Replace(correction, candidates);
        error ??= _items.FirstOrDefault(i => i.Origin is { } o && !o.Section.Field(nameof(SectionContent.BodyMarkdown)).Chunks.Contains(o.Paragraph)) is { } orphan
            ? $"这一段是{KindName(orphan)}的出处，不能整段删去；请改用编者注标明。"
            : null;
        var changed = _items.Where(i => i.IsChanged).OrderBy(i => i == primary?.Item ? 0 : 1).ToList();
        error ??= changed.Select(Invalid).FirstOrDefault(e => e is not null);
        if (error is not null || primary is null)
        {
            restores.ForEach(restore => restore());
            _problems.Add(new(correction.Line, $"{correction.Label}未应用：{error}", correction.Before.Count > 0 ? correction.Before[0] : null, candidates.Count == 1 ? candidates[0].Source : null));
            return;
        }

        foreach (var item in changed)
        {
            item.Content = item.CorrectedContent();
            _steps.Add(new(correction, item.Type, item.Source, item.Content));
        }

        _applied.Add((correction, primary.Item, primary.Field, primary.Chunk, changed));
    }

    /// <summary>Replaces the anchor where it is found in the named item, and in the copies of that passage elsewhere.</summary>
    private (string? Error, EditedPlace? Place) Replace(Correction correction, List<WorkingItem> candidates)
    {
        var fields = Fields(candidates, correction.Place);
        var after = correction.After!;
        if (correction.Before.Count == 0)
        {
            return TextEdits.Fill(fields, after);
        }

        var anchor = correction.Before[0];
        var found = fields.Select(x => (x.Item, x.Field, Hits: TextEdits.Hits(x.Field, anchor))).Where(x => x.Hits.Count > 0).ToList();
        if (found.Count == 0)
        {
            return ($"原文“{anchor}”在{correction.Place.Text}中找不到（原文或已改动），这条更正没有应用。", null);
        }

        if (found.Select(x => x.Item).Distinct().Count() > 1 || found.Any(x => x.Hits.Count > 1))
        {
            return ($"原文“{anchor}”出现了不止一处，无法确定改哪一处：请多抄几个字，使它只出现一次。", null);
        }

        EditedPlace? primary = null;
        foreach (var (item, field, hits) in found)
        {
            var (chunk, offset) = hits[0];
            var before = chunk.Text;
            TextEdits.Substitute(field, chunk, offset, TextEdits.Needle(field, anchor).Length, TextEdits.Needle(field, after));
            primary ??= new(item, field, field.Chunks.Contains(chunk) ? chunk : null);
            if (field.Name == nameof(SectionContent.BodyMarkdown))
            {
                Follow(item, chunk, before, offset, anchor, after);
            }
        }

        return (null, primary);
    }

    /// <summary>The same change where the site shows the same paragraph again: school profiles, and what was taken from it.</summary>
    private void Follow(WorkingItem section, Chunk chunk, string before, int offset, string anchor, string after)
    {
        foreach (var item in _items)
        {
            if (item.Type == SchoolContent.ItemType)
            {
                var profile = item.Field(nameof(SchoolContent.ProfileMarkdown));
                foreach (var copy in profile.Chunks.Where(c => c.Text == before).ToList())
                {
                    TextEdits.Substitute(profile, copy, offset, TextEdits.Needle(profile, anchor).Length, TextEdits.Needle(profile, after));
                }
            }
            else if (item.Origin is { } origin && origin.Section == section && origin.Paragraph == chunk)
            {
                foreach (var field in item.Fields.Where(f => !f.IsMarkdown && TextEdits.Hits(f, anchor).Count == 1))
                {
                    TextEdits.Substitute(field, field.Chunks[0], TextEdits.Hits(field, anchor)[0].Offset, anchor.Length, after);
                }
            }
        }
    }

    private CorrectionOutcome Outcome(CorrectionFile file)
    {
        IncomingItem<T> Typed<T>(WorkingItem w) => new(w.Item.Key, (T)w.Content, w.Source);
        var byType = _items.ToLookup(i => i.Type);
        var content = new IncomingContent(
            Typed<FeatureContent>(byType[FeatureContent.ItemType].Single()),
            [.. byType[SectionContent.ItemType].Select(Typed<SectionContent>)],
            [.. byType[SchoolContent.ItemType].Select(Typed<SchoolContent>)],
            [.. byType[MilestoneContent.ItemType].Select(Typed<MilestoneContent>)],
            [.. byType[FigureContent.ItemType].Select(Typed<FigureContent>)],
            [.. byType[QuoteContent.ItemType].Select(Typed<QuoteContent>)]);

        var links = _items
            .Select(i => (i.Source, Now: i.Origin is { } o ? o.Section.Field(nameof(SectionContent.BodyMarkdown)).NumberOf(o.Paragraph) : null, Was: ParagraphOf(i.Source)))
            .Where(x => x.Now is { } now && now != x.Was).Select(x => new ParagraphLink(x.Source, x.Now!.Value)).ToList();
        var effects = _applied.Select(a => new CorrectionEffect(a.Correction, a.Item.Type, a.Item.Source, a.Chunk is null ? null : a.Field.NumberOf(a.Chunk),
            [.. a.Targets.Select(t => (t.Type, t.Source))])).ToList();
        var renumbered = _items.Where(i => i.Type == SectionContent.ItemType).ToDictionary(
            i => i.Source, i => (IReadOnlyList<int?>)[.. _imported[i.Source].Select(i.Field(nameof(SectionContent.BodyMarkdown)).NumberOf)]);
        return new CorrectionOutcome(content, _steps, effects, _problems, links, renumbered, file.Hash);
    }

    private static List<(WorkingItem Item, WorkingField Field)> Fields(List<WorkingItem> items, CorrectionPlace place) =>
        [.. items.SelectMany(i => i.Fields.Where(f => place.Kind switch
        {
            PlaceKind.Lead => f.Name == nameof(FeatureContent.LeadMarkdown),
            PlaceKind.Title => f.Name == nameof(FeatureContent.Title),
            _ => true,
        }).Select(f => (i, f)))];

    private static bool Names(WorkingItem item, CorrectionPlace place) => (place.Kind, item.Content) switch
    {
        (PlaceKind.Lead or PlaceKind.Title, FeatureContent) => true,
        (PlaceKind.Section, SectionContent s) => s.Heading == place.Name || ((SectionContent)item.Item.Content).Heading == place.Name,
        (PlaceKind.School, SchoolContent s) => s.Name == place.Name || s.AliasList.Contains(place.Name),
        (PlaceKind.Milestone, MilestoneContent m) => m.DateText == place.Name,
        (PlaceKind.Figure, FigureContent f) => f.Label == place.Name,
        (PlaceKind.Quote, QuoteContent q) => q.Speaker == place.Name,
        _ => false,
    };

    private (WorkingItem Section, Chunk Paragraph)? OriginOf(WorkingItem item)
    {
        var section = item.Source switch { Milestone m => m.Section, KeyFigure f => f.Section, Quote q => q.Section, _ => null };
        var home = section is null ? null : _items.FirstOrDefault(i => ReferenceEquals(i.Source, section));
        return home?.Field(nameof(SectionContent.BodyMarkdown)).Paragraph(ParagraphOf(item.Source) ?? 0) is { } chunk ? (home, chunk) : null;
    }

    private static int? ParagraphOf(IEditable source) => source switch { Milestone m => m.Paragraph, KeyFigure f => f.Paragraph, Quote q => q.Paragraph, _ => null };

    private static string KindName(WorkingItem item) => item.Type switch
    {
        MilestoneContent.ItemType => "大事记",
        FigureContent.ItemType => "数说",
        _ => "引语",
    };

    /// <summary>The content's own rules (lengths, Markdown nesting), as an editor's save checks them; null when it passes.</summary>
    private static string? Invalid(WorkingItem item)
    {
        var content = item.CorrectedContent();
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(content, new ValidationContext(content), results, validateAllProperties: true)
            ? null
            : $"改后的文字不合要求：{string.Join("；", results.Select(r => r.ErrorMessage))}";
    }
}
