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
    /// <param name="prepared">The import's first part (<see cref="PrepareAsync"/>), when the caller started it early.</param>
    /// <param name="stored">Called once the content is committed, before the search index is built and the page cache
    /// cleared (the outbox, which would finish them after a crash too).</param>
    public async Task<bool> ImportIfEmptyAsync(Task<PreparedImport>? prepared = null, Action? stored = null, CancellationToken ct = default)
    {
        if (await db.Features.AnyAsync(ct))
        {
            logger.LogInformation("Content already present; nothing imported");
            return false;
        }

        var import = await (prepared ?? PrepareAsync(ct));
        await StoreAsync(import, ct);
        stored?.Invoke();
        await outbox.RunAsync(ct);
        foreach (var problem in import.Problems)
        {
            logger.LogWarning("Correction not applied ({Location}): {Message}", problem.Location, problem.Message);
        }

        var result = import.Result;
        logger.LogInformation("Applied {Applied} editorial corrections from {File}; {Problems} problems are in the import report",
            import.Corrected.Applied.Count, corrections.FilePath ?? "(none)", import.Problems.Count);
        logger.LogInformation(
            "Imported {Source}: {Sections} sections, {Schools} schools, {Milestones} milestones, {Figures} figures, {Quotes} quotes, {Changes} changes, {Flags} flags",
            ArticlePath, result.Sections.Count, result.Schools.Count, result.Milestones.Count, result.Figures.Count, result.Quotes.Count,
            result.Report.Count(r => !r.IsFlag), result.Report.Count(r => r.IsFlag));
        return true;
    }

    /// <summary>
    /// The part of an import that needs no database: the article read and cleaned (jieba's word list loaded for it),
    /// mapped to entities, and the editors' corrections applied. Start-up runs it on the other core while a new database
    /// is migrated (decision 0032).
    /// </summary>
    public async Task<PreparedImport> PrepareAsync(CancellationToken ct = default)
    {
        var resources = Task.Run(ChineseResourcesLoader.Load, ct);
        var bytes = await ReadSourceAsync(ct);
        var text = DecodeUtf8(bytes);
        var file = await corrections.ReadAsync(ct);
        var result = new ArticleImporter(await resources).Import(text);
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
        return new PreparedImport(result, content, imported, corrected, problems, Path.GetFileName(ArticlePath), Convert.ToHexString(SHA256.HashData(bytes)));
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

    private async Task StoreAsync(PreparedImport import, CancellationToken ct)
    {
        var (_, content, imported, corrected, _, sourceName, hash) = import;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
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
    }
}

/// <summary>An import computed and not yet stored (<see cref="ContentImporter.PrepareAsync"/>).</summary>
public sealed record PreparedImport(
    ImportResult Result,
    MappedContent Content,
    IncomingContent Imported,
    CorrectionOutcome Corrected,
    List<ImportReportItem> Problems,
    string SourceName,
    string Hash);
