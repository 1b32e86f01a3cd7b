using System.Text;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Caching;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Import;
using Qujing.Web.Search;
using Qujing.Web.Services;

namespace Qujing.Web.Editing;

/// <summary>
/// Replaces the content with a new article text, but only after an editor has seen the report and confirmed;
/// every change goes in as a new revision or to the trash, so nothing is lost. Search and the page cache are
/// refreshed once at the end, not after each item.
/// </summary>
public sealed class Reimporter(
    QujingDbContext db, RevisionStore revisions, ContentEditor<Feature, FeatureContent> features, ContentEditor<Section, SectionContent> sections,
    ContentEditor<School, SchoolContent> schools, ContentEditor<Milestone, MilestoneContent> milestones, ContentEditor<KeyFigure, FigureContent> figures,
    ContentEditor<Quote, QuoteContent> quotes, SectionOrganizer organizer, SearchIndexer search, PageCache pages, AuditLog audit, TimeProvider clock)
{
    /// <summary>Longest text accepted (a feature is a few thousand characters; this leaves ample room).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Keeps the text for confirmation; null with a Chinese reason when it cannot be used.</summary>
    public async Task<(PendingImport? Pending, string? Error)> StageAsync(string sourceName, byte[] bytes, string user, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            return (null, "没有收到文本：请粘贴文章或选择一个文本文件。");
        }

        if (bytes.Length > MaxBytes)
        {
            return (null, $"文本过大（{bytes.Length / 1024} KB），上限为 {MaxBytes / 1024} KB。");
        }

        if (SourceText.TryDecode(bytes) is not { } text)
        {
            return (null, "文件不是 UTF-8 编码的文本。请另存为 UTF-8 后再上传。");
        }

        if (ImportCheck.FirstRefusal(text) is { } refusal)
        {
            return (null, $"文本无法导入：{refusal}");
        }

        var pending = new PendingImport { SourceName = sourceName, Text = text, CreatedBy = user, CreatedAt = clock.GetUtcNow() };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(ct);
        return (pending, null);
    }

    public Task<PendingImport?> FindAsync(int id, CancellationToken ct) => db.PendingImports.SingleOrDefaultAsync(p => p.Id == id, ct);

    public static ImportResult Analyse(PendingImport pending) => new ArticleImporter(ChineseResourcesLoader.Load()).Import(pending.Text);

    public async Task ConfirmAsync(PendingImport pending, string user, CancellationToken ct)
    {
        var result = Analyse(pending);
        var mapped = ContentMapper.Map(result);

        var feature = await db.TheFeature.FirstAsync(ct);
        await ReviseAsync(features, feature, FeatureContent.Of(mapped.Feature), user, ct);

        var live = await sections.Kind.All(db).Where(s => s.DeletedAt == null).ToListAsync(ct);
        var sectionIds = new List<int>();
        for (var i = 0; i < mapped.Sections.Count; i++)
        {
            var incoming = SectionContent.Of(mapped.Sections[i]);
            if (i < live.Count)
            {
                // Sections keep their addresses: only heading and body come from the new text.
                await ReviseAsync(sections, live[i], incoming with { Slug = live[i].Slug }, user, ct);
                sectionIds.Add(live[i].Id);
            }
            else
            {
                var slug = await FreeSlugAsync(incoming.Slug, ct);
                var id = await organizer.AddAsync(incoming with { Slug = slug }, user, ct) ?? throw new InvalidOperationException($"Slug {slug} is taken.");
                await sections.PublishAsync((await sections.FindAsync(id, ct))!, 1, user, refresh: false, ct);
                sectionIds.Add(id);
            }
        }

        foreach (var extra in live.Skip(mapped.Sections.Count))
        {
            await sections.SetTrashedAsync(extra, true, user, refresh: false, ct);
        }

        await ReplaceSchoolsAsync(mapped, user, ct);
        await TrashAllAsync(milestones, user, ct);
        await TrashAllAsync(figures, user, ct);
        await TrashAllAsync(quotes, user, ct);
        await AddLinkedAsync(mapped, sectionIds, ct);

        db.ImportRuns.Add(new ImportRun
        {
            SourceName = pending.SourceName,
            SourceHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(pending.Text))),
            ImportedAt = clock.GetUtcNow(),
            Items = mapped.Report,
        });
        db.PendingImports.Remove(pending);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "重新导入", $"{pending.SourceName}：{result.Sections.Count} 个栏目，{result.Schools.Count} 所学校", ct: ct);
        await search.RebuildAsync(ct);
        await pages.EvictAllAsync(ct);
    }

    /// <summary>A new revision with the incoming content, published, unless nothing changed.</summary>
    private static async Task ReviseAsync<TEntity, TContent>(ContentEditor<TEntity, TContent> editor, TEntity item, TContent incoming, string user, CancellationToken ct)
        where TEntity : class, IEditable
        where TContent : class
    {
        var (current, number) = await editor.LatestAsync(item, ct);
        if (System.Text.Json.JsonSerializer.Serialize(current) == System.Text.Json.JsonSerializer.Serialize(incoming))
        {
            return;
        }

        if (await editor.SaveDraftAsync(item, incoming, number, user, ct) is SaveOutcome.Saved saved)
        {
            await editor.PublishAsync(item, saved.Number, user, refresh: false, ct);
        }
    }

    private async Task ReplaceSchoolsAsync(MappedContent mapped, string user, CancellationToken ct)
    {
        foreach (var county in mapped.Counties.Where(c => !db.Counties.Any(x => x.Name == c.Name)))
        {
            db.Counties.Add(new County { Name = county.Name, IsHomeCity = county.IsHomeCity });
        }

        await db.SaveChangesAsync(ct);
        var live = await schools.Kind.All(db).Where(s => s.DeletedAt == null).Include(s => s.County).Include(s => s.Aliases).ToListAsync(ct);
        foreach (var incoming in mapped.Schools)
        {
            var content = SchoolContent.Of(incoming);
            if (live.FirstOrDefault(s => s.Name == incoming.Name) is { } school)
            {
                await ReviseAsync(schools, school, content with { Slug = school.Slug }, user, ct);
                live.Remove(school);
            }
            else
            {
                var created = new School
                {
                    Name = incoming.Name,
                    Slug = await FreeSchoolSlugAsync(ct),
                    ProfileMarkdown = incoming.ProfileMarkdown,
                    Position = await db.Schools.IgnoreQueryFilters().CountAsync(ct) + 1,
                    County = await db.Counties.SingleAsync(c => c.Name == content.County, ct),
                    Aliases = [.. incoming.Aliases.Select(a => new SchoolAlias { Name = a.Name })],
                };
                db.Schools.Add(created);
                await db.SaveChangesAsync(ct);
                revisions.AddImported(SchoolContent.ItemType, [created], SchoolContent.Of);
                await db.SaveChangesAsync(ct);
            }
        }

        foreach (var gone in live)
        {
            await schools.SetTrashedAsync(gone, true, user, refresh: false, ct);
        }
    }

    /// <summary>Milestones, figures and quotes have no stable identity across texts: the old ones go to the trash.</summary>
    private async Task TrashAllAsync<TEntity, TContent>(ContentEditor<TEntity, TContent> editor, string user, CancellationToken ct)
        where TEntity : class, IEditable
        where TContent : class
    {
        foreach (var old in await editor.Kind.All(db).Where(x => x.DeletedAt == null).ToListAsync(ct))
        {
            await editor.SetTrashedAsync(old, true, user, refresh: false, ct);
        }
    }

    /// <summary>
    /// The new milestones, figures and quotes come in pointing at the live sections and schools (by id), never at the
    /// mapper's copies, which would otherwise be inserted a second time.
    /// </summary>
    private async Task AddLinkedAsync(MappedContent mapped, List<int> sectionIds, CancellationToken ct)
    {
        var liveSchools = await db.Schools.ToDictionaryAsync(s => s.Name, ct);
        int? SectionIdOf(Section? s) => s is null ? null : sectionIds[mapped.Sections.IndexOf(s)];
        foreach (var m in mapped.Milestones)
        {
            (m.SectionId, m.Section, m.SchoolId, m.School) = (SectionIdOf(m.Section), null, m.School is null ? null : liveSchools[m.School.Name].Id, null);
        }

        foreach (var f in mapped.Figures)
        {
            (f.SectionId, f.Section) = (SectionIdOf(f.Section), null);
        }

        foreach (var q in mapped.Quotes)
        {
            (q.SectionId, q.Section, q.SchoolId, q.School) = (SectionIdOf(q.Section), null, q.School is null ? null : liveSchools[q.School.Name].Id, null);
        }

        foreach (var r in mapped.Report)
        {
            (r.SectionId, r.Section) = (SectionIdOf(r.Section), null);
        }

        db.AddRange(mapped.Milestones);
        db.AddRange(mapped.Figures);
        db.AddRange(mapped.Quotes);
        await db.SaveChangesAsync(ct);
        revisions.AddImported(MilestoneContent.ItemType, mapped.Milestones, MilestoneContent.Of);
        revisions.AddImported(FigureContent.ItemType, mapped.Figures, FigureContent.Of);
        revisions.AddImported(QuoteContent.ItemType, mapped.Quotes, QuoteContent.Of);
    }

    private async Task<string> FreeSlugAsync(string wanted, CancellationToken ct)
    {
        var slug = wanted;
        for (var n = 2; await db.Sections.IgnoreQueryFilters().AnyAsync(s => s.Slug == slug, ct); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }

    private async Task<string> FreeSchoolSlugAsync(CancellationToken ct)
    {
        var n = await db.Schools.IgnoreQueryFilters().CountAsync(ct) + 1;
        while (await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.Slug == $"school-{n}", ct))
        {
            n++;
        }

        return $"school-{n}";
    }
}
