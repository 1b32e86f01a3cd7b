using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Media;

/// <summary>
/// Where a photo is used now: in the version readers see or the newest draft of any item (in any field, as an image or
/// a link, inline or by reference, in angle brackets or as a variant's address), as a lead image, or in a form an editor
/// has autosaved. Deleting it would break each. Trashed items and old revisions do not count.
/// </summary>
public sealed class MediaUses(QujingDbContext db, IContentKind<Section, SectionContent> sections, IContentKind<School, SchoolContent> schools,
    IContentKind<Feature, FeatureContent> features, IContentKind<Milestone, MilestoneContent> milestones, IContentKind<KeyFigure, FigureContent> figures,
    IContentKind<Quote, QuoteContent> quotes)
{
    private sealed record Candidate(string ItemType, int ItemId, int Number, string Json);

    /// <summary>Each use as editors would look for it: "栏目“…”的正文（未发布的草稿）".</summary>
    public async Task<List<string>> FindAsync(int id, CancellationToken ct)
    {
        // The database narrows by substring; Names then checks that the id is not the start of a longer one.
        var address = MediaUrls.Of(id);
        var lead = $"ImageId\": {id}";
        var candidates = await db.Revisions.AsNoTracking().Where(r => r.ContentJson.Contains(address) || r.ContentJson.Contains(lead))
            .Select(r => new Candidate(r.ItemType, r.ItemId, r.Number, r.ContentJson)).ToListAsync(ct);
        var uses = new List<string>();
        await AddAsync(sections, candidates, address, lead, uses, ct);
        await AddAsync(schools, candidates, address, lead, uses, ct);
        await AddAsync(features, candidates, address, lead, uses, ct);
        await AddAsync(milestones, candidates, address, lead, uses, ct);
        await AddAsync(figures, candidates, address, lead, uses, ct);
        await AddAsync(quotes, candidates, address, lead, uses, ct);

        var formLead = $"ImageId\",\"{id}\"";
        var labels = new Dictionary<string, string>
        {
            [sections.Plural] = sections.Label, [schools.Plural] = schools.Label, [features.Plural] = features.Label,
            [milestones.Plural] = milestones.Label, [figures.Plural] = figures.Label, [quotes.Plural] = quotes.Label,
        };
        var slots = await db.AutosaveSlots.AsNoTracking().Where(s => s.FieldsJson.Contains(address) || s.FieldsJson.Contains(formLead)).ToListAsync(ct);
        uses.AddRange(slots.Where(s => Names(s.FieldsJson, address) || Names(s.FieldsJson, formLead))
            .Select(s => $"{s.UserName} 自动保存的{labels.GetValueOrDefault(s.Kind, s.Kind)}编辑（尚未保存）"));
        return [.. uses.Distinct()];
    }

    private async Task AddAsync<TEntity, TContent>(IContentKind<TEntity, TContent> kind, List<Candidate> candidates, string address, string lead, List<string> uses, CancellationToken ct)
        where TEntity : class, IEditable
        where TContent : class
    {
        var mine = candidates.Where(c => c.ItemType == kind.ItemType).ToList();
        if (mine.Count == 0)
        {
            return;
        }

        var ids = mine.Select(c => c.ItemId).Distinct().ToList();
        var published = await db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id) && e.DeletedAt == null)
            .Select(e => new { e.Id, e.PublishedRevision }).ToDictionaryAsync(e => e.Id, e => e.PublishedRevision, ct);
        var latest = await db.Revisions.Where(r => r.ItemType == kind.ItemType && ids.Contains(r.ItemId)).GroupBy(r => r.ItemId)
            .Select(g => new { g.Key, Number = g.Max(r => r.Number) }).ToDictionaryAsync(g => g.Key, g => g.Number, ct);
        foreach (var c in mine.OrderBy(c => c.ItemId).ThenByDescending(c => c.Number))
        {
            var isPublished = published.TryGetValue(c.ItemId, out var live) && c.Number == live;
            if (!published.ContainsKey(c.ItemId) || (!isPublished && c.Number != latest.GetValueOrDefault(c.ItemId)))
            {
                continue;
            }

            var title = kind.TitleOf(RevisionStore.Read<TContent>(c.Json));
            var state = isPublished ? "已发布" : "未发布的草稿";
            if (Names(c.Json, lead))
            {
                uses.Add($"{kind.Label}“{title}”的题图（{state}）");
            }

            if (Names(c.Json, address))
            {
                uses.Add($"{kind.Label}“{title}”的正文（{state}）");
            }
        }
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="needle"/> not followed by a digit (/media/1 is not /media/12).</summary>
    private static bool Names(string text, string needle)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var next = at + needle.Length;
            if (next == text.Length || !char.IsAsciiDigit(text[next]))
            {
                return true;
            }
        }

        return false;
    }
}
