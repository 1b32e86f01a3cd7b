using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Corrections;

/// <summary>Read-only queries behind the corrections page and the note at the foot of each corrected page.</summary>
public sealed class CorrectionQueries(QujingDbContext db)
{
    public async Task<CorrectionsPage> PageAsync(CancellationToken ct)
    {
        var rows = await db.AppliedCorrections.AsNoTracking().OrderBy(c => c.Number).ToListAsync(ct);
        var places = new Places(
            await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, ct),
            await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, ct),
            await db.Milestones.AsNoTracking().ToDictionaryAsync(m => m.Id, ct),
            await db.KeyFigures.AsNoTracking().ToDictionaryAsync(f => f.Id, ct),
            await db.Quotes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct));
        var own = AppliedCorrection.TargetOf;
        return new CorrectionsPage([.. rows.Select(c => new CorrectionEntry(
            c.Number, c.Title, c.ItemType == FeatureContent.ItemType ? new($"首页 · {c.Place}", "/") : places.Link(c.ItemType, c.ItemId, c.Paragraph) ?? new(c.Place, null), c.Before, c.After, c.MovedTo, c.Reason,
            [.. c.Targets.Where(t => t != own(c.ItemType, c.ItemId)).Select(places.Link).OfType<PlaceLink>()]))]);
    }

    /// <summary>The numbers of the corrections that changed an item, for the note at the foot of its page.</summary>
    public Task<List<int>> NumbersAsync(string itemType, int itemId, CancellationToken ct)
    {
        var target = AppliedCorrection.TargetOf(itemType, itemId);
        return db.AppliedCorrections.AsNoTracking().Where(c => c.Targets.Contains(target)).OrderBy(c => c.Number).Select(c => c.Number).ToListAsync(ct);
    }

    /// <summary>
    /// What readers can see of the items corrections name (the default query filters leave out drafts and the trash:
    /// an item readers cannot see gets no link).
    /// </summary>
    private sealed record Places(
        Dictionary<int, Section> Sections, Dictionary<int, School> Schools, Dictionary<int, Milestone> Milestones,
        Dictionary<int, KeyFigure> Figures, Dictionary<int, Quote> Quotes)
    {
        public PlaceLink? Link(string target) =>
            target.Split(':') is [var type, var id] && int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Link(type, n, null) : null;

        public PlaceLink? Link(string type, int id, int? paragraph) => type switch
        {
            FeatureContent.ItemType => new("首页", "/"),
            SectionContent.ItemType when Sections.TryGetValue(id, out var s) => InSection(s, paragraph, s.Heading),
            SchoolContent.ItemType when Schools.TryGetValue(id, out var s) => new($"学校 · {s.Name}", $"/schools/{s.Slug}"),
            MilestoneContent.ItemType when Milestones.TryGetValue(id, out var m) => new($"大事记 · {m.DateText}", $"/timeline#m{id}"),
            FigureContent.ItemType when Figures.TryGetValue(id, out var f) => new($"数说 · {f.Label}", $"/figures#f{id}"),
            QuoteContent.ItemType when Quotes.TryGetValue(id, out var q) && q.SectionId is { } s && Sections.TryGetValue(s, out var section) =>
                InSection(section, q.Paragraph, $"引语 · {q.Speaker}（{section.Heading}）"),
            _ => null,
        };

        private static PlaceLink InSection(Section section, int? paragraph, string label) =>
            new(paragraph is { } p ? $"{label} 第 {p} 段" : label, $"/sections/{section.Slug}" + (paragraph is { } n ? $"#p{n}" : ""));
    }
}
