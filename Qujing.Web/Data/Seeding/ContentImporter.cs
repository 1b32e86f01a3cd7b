using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Corrections;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Editing.Reimport;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;
using Qujing.Web.Import;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Data.Seeding;

/// <summary>
/// Reads the source article, runs the importer, applies the editors' corrections (content/corrections.txt) and stores
/// the content, its revisions and the report in one transaction.
/// </summary>
public sealed class ContentImporter(QujingDbContext db, Outbox outbox, RevisionStore revisions, CorrectionSource corrections, TimeProvider clock, IOptions<ContentOptions> options, IWebHostEnvironment env, ILogger<ContentImporter> logger)
{
    /// <summary>The full path of the configured article file.</summary>
    public string ArticlePath => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Directory, options.Value.Article));

    /// <summary>Imports the article when the database holds no content yet. Returns whether it imported.</summary>
    /// <param name="resources">The language data, when the caller started loading it early (it takes a while).</param>
    public async Task<bool> ImportIfEmptyAsync(Task<ChineseResources>? resources = null, CancellationToken ct = default)
    {
        if (await db.Features.AnyAsync(ct))
        {
            logger.LogInformation("Content already present; nothing imported");
            return false;
        }

        var bytes = await ReadSourceAsync(ct);
        var text = DecodeUtf8(bytes);
        var result = new ArticleImporter(await (resources ?? Task.Run(ChineseResourcesLoader.Load, ct))).Import(text);
        var (corrected, problems) = await StoreAsync(result, await corrections.ReadAsync(ct), Path.GetFileName(ArticlePath), Convert.ToHexString(SHA256.HashData(bytes)), ct);
        await outbox.RunAsync(ct);
        foreach (var problem in problems)
        {
            logger.LogWarning("Correction not applied ({Location}): {Message}", problem.Location, problem.Message);
        }

        logger.LogInformation("Applied {Applied} editorial corrections from {File}; {Problems} problems are in the import report",
            corrected.Applied.Count, corrections.FilePath ?? "(none)", problems.Count);
        logger.LogInformation(
            "Imported {Source}: {Sections} sections, {Schools} schools, {Milestones} milestones, {Figures} figures, {Quotes} quotes, {Changes} changes, {Flags} flags",
            ArticlePath, result.Sections.Count, result.Schools.Count, result.Milestones.Count, result.Figures.Count, result.Quotes.Count,
            result.Report.Count(r => !r.IsFlag), result.Report.Count(r => r.IsFlag));
        return true;
    }

    private async Task<byte[]> ReadSourceAsync(CancellationToken ct)
    {
        try
        {
            return await File.ReadAllBytesAsync(ArticlePath, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContentException($"The article file {ArticlePath} cannot be read: {e.Message}", e);
        }
    }

    private string DecodeUtf8(byte[] bytes) =>
        SourceText.TryDecode(bytes) ?? throw new ContentException($"The article file {ArticlePath} is not valid UTF-8 text.");

    private async Task<(CorrectionOutcome Corrected, List<ImportReportItem> Problems)> StoreAsync(ImportResult result, CorrectionFile file, string sourceName, string hash, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var content = ContentMapper.Map(result);

        // The text as cleaned is every item's revision 1; the items are saved as the corrections leave them, and each
        // correction is a revision of its own after it (by 编辑部, its reason the note), so history shows both.
        var imported = IncomingContent.Of(content);
        var corrected = CorrectionApplier.Apply(imported, file);
        corrected.Relink();
        foreach (var (_, item) in corrected.Content.All())
        {
            CorrectableFields.CopyOnto(item.Source, item.Content);
        }

        var problems = CorrectionReport.Record(content.Report, corrected);
        db.Features.Add(content.Feature);
        db.Sections.AddRange(content.Sections);
        db.Counties.AddRange(content.Counties);
        db.Schools.AddRange(content.Schools);
        db.Milestones.AddRange(content.Milestones);
        db.KeyFigures.AddRange(content.Figures);
        db.Quotes.AddRange(content.Quotes);
        db.ImportRuns.Add(new ImportRun
        {
            SourceName = sourceName,
            SourceHash = hash,
            ImportedAt = DateTimeOffset.UtcNow,
            Items = content.Report,
        });
        await db.SaveChangesAsync(ct);

        var asImported = imported.All().ToDictionary(x => (object)x.Item.Source, x => x.Item.Content, ReferenceEqualityComparer.Instance);
        revisions.AddImported(SectionContent.ItemType, content.Sections, s => asImported[s]);
        revisions.AddImported(SchoolContent.ItemType, content.Schools, s => asImported[s]);
        revisions.AddImported(MilestoneContent.ItemType, content.Milestones, m => asImported[m]);
        revisions.AddImported(FigureContent.ItemType, content.Figures, f => asImported[f]);
        revisions.AddImported(QuoteContent.ItemType, content.Quotes, q => asImported[q]);
        revisions.AddImported(FeatureContent.ItemType, [content.Feature], f => asImported[f]);
        foreach (var step in corrected.Steps)
        {
            step.Source.PublishedRevision++;
            revisions.Add(step.ItemType, step.Source.Id, step.Source.PublishedRevision, step.Content, CorrectionStep.Author, step.Correction.Reason);
        }

        db.AppliedCorrections.AddRange(CorrectionLedger.Rows(corrected, item => item.Id));

        // What this import said about each item (as corrected: what readers see), and its identity: the base a later
        // re-import compares with, so the same text with the same corrections is no change.
        foreach (var (type, item) in corrected.Content.All())
        {
            db.ImportedBases.Add(new ImportedBase { ItemType = type, ItemId = item.Source.Id, Key = item.Key, ContentJson = RevisionStore.Write(item.Content), ImportedAt = clock.GetUtcNow() });
        }

        outbox.Record([CacheTags.Content]);
        await db.SaveChangesAsync(ct);

        await transaction.CommitAsync(ct);
        return (corrected, problems);
    }
}
