using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features.Corrections;
using Qujing.Web.Features.Editing.Merging;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// Makes the plan of a re-import, kind by kind in link order (sections and schools before what points at them), with
/// what is particular to each kind: what an item keeps of its own, how a renamed item is still recognised, how a new
/// one is made and linked. See decision 0012.
/// </summary>
public sealed class ReimportPlanner(
    QujingDbContext db, RevisionStore revisions, TimeProvider clock, CorrectionSource corrections,
    ContentEditor<Feature, FeatureContent> features, ContentEditor<Section, SectionContent> sections, ContentEditor<School, SchoolContent> schools,
    ContentEditor<Milestone, MilestoneContent> milestones, ContentEditor<KeyFigure, FigureContent> figures, ContentEditor<Quote, QuoteContent> quotes)
{
    /// <summary>A section whose heading the new text changed is still the same section when this share of its paragraphs is unchanged.</summary>
    private const double SameSectionShare = 0.5;

    public static ImportResult Analyse(PendingImport pending) => new ArticleImporter(ChineseResourcesLoader.Load()).Import(pending.Text);

    public Task<ReimportPlan> PlanAsync(PendingImport pending, CancellationToken ct) => PlanAsync(pending, Analyse(pending), ct);

    /// <param name="result">The text's analysis (<see cref="Analyse"/>), which takes a while and needs no database: a
    /// confirmation makes it before taking the write lock.</param>
    public async Task<ReimportPlan> PlanAsync(PendingImport pending, ImportResult result, CancellationToken ct)
    {
        var mapped = ContentMapper.Map(result);

        // The editors' corrections apply to every import, as they did to the first (decision 0013): what is compared
        // with the last import's base is the corrected text, so the same text with the same corrections is no change.
        // A correction that no longer fits the text is reported (in mapped.Report), never applied by a guess.
        var corrected = CorrectionApplier.Apply(IncomingContent.Of(mapped), await corrections.ReadAsync(ct));
        corrected.Relink();
        CorrectionReport.Record(mapped.Report, corrected);
        var incoming = corrected.Content;

        var featurePlanner = await LoadAsync(features, (_, _) => ImportKeys.Feature, ct);
        var sectionPlanner = await LoadAsync(sections, (_, c) => ImportKeys.SectionStem(c.Heading), ct);
        string? SectionKey(int? id) => id is { } i ? sectionPlanner.Keys.GetValueOrDefault(i) : null;
        var schoolPlanner = await LoadAsync(schools, (_, c) => ImportKeys.SchoolStem(c.Name), ct);
        var milestonePlanner = await LoadAsync(milestones, (m, c) => ImportKeys.MilestoneStem(SectionKey(m.SectionId), c.DateText), ct);
        var figurePlanner = await LoadAsync(figures, (_, c) => ImportKeys.FigureStem(c.Label, c.Unit), ct);
        var quotePlanner = await LoadAsync(quotes, (q, c) => ImportKeys.QuoteStem(SectionKey(q.SectionId), c.Speaker), ct);

        List<PlannedChange> changes =
        [
            .. await featurePlanner.PlanAsync([incoming.Feature], (_, c) => c, null,
                (_, _, _) => throw new InvalidOperationException("The feature always exists."), null, ct),
            .. await sectionPlanner.PlanAsync(incoming.Sections, (s, c) => c with { Slug = s.Slug, LeadImageId = s.LeadImageId }, SameSection, NewSectionAsync, null, ct),
            .. await schoolPlanner.PlanAsync(incoming.Schools, (s, c) => c with { Slug = s.Slug, LeadImageId = s.LeadImageId }, SameSchool, NewSchoolAsync, null, ct),
            .. await milestonePlanner.PlanAsync(incoming.Milestones, (_, c) => c, null, NewMilestoneAsync, Relink, ct),
            .. await figurePlanner.PlanAsync(incoming.Figures, (_, c) => c, null, NewFigureAsync, Relink, ct),
            .. await quotePlanner.PlanAsync(incoming.Quotes, (_, c) => c, null, NewQuoteAsync, Relink, ct),
        ];

        var indexed = changes.Select((c, i) => { c.Index = i; return c; }).ToList();
        return new ReimportPlan(pending, result, mapped, indexed, Fingerprint(pending, corrected.FileHash, indexed), corrected);
    }

    private async Task<KindPlanner<TEntity, TContent>> LoadAsync<TEntity, TContent>(
        ContentEditor<TEntity, TContent> editor, Func<TEntity, TContent, string> stemOfUnrecorded, CancellationToken ct)
        where TEntity : class, IEditable
        where TContent : class
    {
        var planner = new KindPlanner<TEntity, TContent>(editor, db, revisions, clock);
        await planner.LoadAsync(stemOfUnrecorded, ct);
        return planner;
    }

    /// <summary>
    /// What the review showed: every item's kind of change, and the revisions of those it changes. An editor's save to an
    /// item the text leaves alone does not outdate a review; one to an item it changes does. So does a changed
    /// corrections file: the review showed what the corrections made of the text then.
    /// </summary>
    private static string Fingerprint(PendingImport pending, string correctionsHash, IEnumerable<PlannedChange> changes) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            [pending.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), correctionsHash,
                .. changes.Select(c => c.Kind == ChangeKind.Unchanged ? $"{c.ItemType}:{c.ItemId}:{c.Kind}" : $"{c.ItemType}:{c.ItemId}:{c.Kind}:{c.LatestNumber}:{c.PublishedNumber}:{c.InTrash}")]))));

    private static bool SameSection(SectionContent @base, SectionContent incoming)
    {
        var before = ParagraphChunker.Paragraphs(@base.BodyMarkdown).ToHashSet(StringComparer.Ordinal);
        var after = ParagraphChunker.Paragraphs(incoming.BodyMarkdown);
        return before.Count > 0 && after.Count(before.Contains) >= SameSectionShare * Math.Max(before.Count, after.Length);
    }

    private static bool SameSchool(SchoolContent @base, SchoolContent incoming) =>
        @base.Name == incoming.Name || @base.AliasList.Contains(incoming.Name) || incoming.AliasList.Contains(@base.Name);

    private async Task<(Section, SectionContent)> NewSectionAsync(IncomingItem<SectionContent> incoming, ApplyContext context, CancellationToken ct)
    {
        var content = incoming.Content with { Slug = await FreeSlugAsync(incoming.Content.Slug, slug => db.Sections.IgnoreQueryFilters().AnyAsync(s => s.Slug == slug, ct)) };
        var section = new Section { Position = (await db.Sections.IgnoreQueryFilters().MaxAsync(s => (int?)s.Position, ct) ?? 0) + 1 };
        await sections.Kind.ApplyAsync(db, section, content, ct);
        db.Sections.Add(section);
        return (section, content);
    }

    private async Task<(School, SchoolContent)> NewSchoolAsync(IncomingItem<SchoolContent> incoming, ApplyContext context, CancellationToken ct)
    {
        var source = (School)incoming.Source;
        if (!await db.Counties.AnyAsync(c => c.Name == incoming.Content.County, ct))
        {
            db.Counties.Add(new County { Name = incoming.Content.County, IsHomeCity = source.County?.IsHomeCity ?? false });
            await db.SaveChangesAsync(ct);
        }

        var number = await db.Schools.IgnoreQueryFilters().CountAsync(ct) + 1;
        while (await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.Slug == $"school-{number}", ct))
        {
            number++;
        }

        var content = incoming.Content with { Slug = $"school-{number}" };
        var sectionIds = source.Sections.Select(s => context.IdOf(s)).ToList();
        var school = new School
        {
            Position = (await db.Schools.IgnoreQueryFilters().MaxAsync(s => (int?)s.Position, ct) ?? 0) + 1,
            Sections = await db.Sections.IgnoreQueryFilters().Where(s => sectionIds.Contains(s.Id)).ToListAsync(ct),
        };
        await schools.Kind.ApplyAsync(db, school, content, ct);
        db.Schools.Add(school);
        return (school, content);
    }

    private async Task<(Milestone, MilestoneContent)> NewMilestoneAsync(IncomingItem<MilestoneContent> incoming, ApplyContext context, CancellationToken ct)
    {
        var milestone = new Milestone();
        Relink(milestone, incoming.Source, context);
        await milestones.Kind.ApplyAsync(db, milestone, incoming.Content, ct);
        db.Milestones.Add(milestone);
        return (milestone, incoming.Content);
    }

    private async Task<(KeyFigure, FigureContent)> NewFigureAsync(IncomingItem<FigureContent> incoming, ApplyContext context, CancellationToken ct)
    {
        var figure = new KeyFigure { Position = (await db.KeyFigures.IgnoreQueryFilters().MaxAsync(f => (int?)f.Position, ct) ?? 0) + 1 };
        Relink(figure, incoming.Source, context);
        await figures.Kind.ApplyAsync(db, figure, incoming.Content, ct);
        db.KeyFigures.Add(figure);
        return (figure, incoming.Content);
    }

    private async Task<(Quote, QuoteContent)> NewQuoteAsync(IncomingItem<QuoteContent> incoming, ApplyContext context, CancellationToken ct)
    {
        var quote = new Quote();
        Relink(quote, incoming.Source, context);
        await quotes.Kind.ApplyAsync(db, quote, incoming.Content, ct);
        db.Quotes.Add(quote);
        return (quote, incoming.Content);
    }

    /// <summary>Where the new text puts a milestone, figure or quote: its section, paragraph (the #pN anchor) and school.</summary>
    private static void Relink(IEditable item, IEditable source, ApplyContext context)
    {
        switch (item, source)
        {
            case (Milestone m, Milestone s):
                (m.SectionId, m.Paragraph, m.SchoolId) = (context.IdOf(s.Section), s.Paragraph, context.IdOf(s.School));
                break;
            case (KeyFigure f, KeyFigure s):
                (f.SectionId, f.Paragraph) = (context.IdOf(s.Section), s.Paragraph);
                break;
            case (Quote q, Quote s):
                (q.SectionId, q.Paragraph, q.SchoolId) = (context.IdOf(s.Section), s.Paragraph, context.IdOf(s.School));
                break;
        }
    }

    /// <summary>The wanted address if free, else the first free "wanted-2", "wanted-3" …</summary>
    private static async Task<string> FreeSlugAsync(string wanted, Func<string, Task<bool>> taken)
    {
        var slug = wanted;
        for (var n = 2; await taken(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }
}
