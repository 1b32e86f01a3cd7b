using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qujing.Web.Caching;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Editing;
using Qujing.Web.Import;
using Qujing.Web.Editing.Reimport;
using Qujing.Web.Publishing;

namespace Qujing.Web.Services;

/// <summary>Reads the source article, runs the importer and stores its content and report in one transaction.</summary>
public sealed class ContentImporter(QujingDbContext db, Outbox outbox, RevisionStore revisions, TimeProvider clock, IOptions<ContentOptions> options, IWebHostEnvironment env, ILogger<ContentImporter> logger)
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
        await StoreAsync(result, Path.GetFileName(ArticlePath), Convert.ToHexString(SHA256.HashData(bytes)), ct);
        await outbox.RunAsync(ct);
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

    private async Task StoreAsync(ImportResult result, string sourceName, string hash, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var content = ContentMapper.Map(result);
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

        revisions.AddImported(SectionContent.ItemType, content.Sections, SectionContent.Of);
        revisions.AddImported(SchoolContent.ItemType, content.Schools, SchoolContent.Of);
        revisions.AddImported(MilestoneContent.ItemType, content.Milestones, MilestoneContent.Of);
        revisions.AddImported(FigureContent.ItemType, content.Figures, FigureContent.Of);
        revisions.AddImported(QuoteContent.ItemType, content.Quotes, QuoteContent.Of);
        revisions.AddImported(FeatureContent.ItemType, [content.Feature], FeatureContent.Of);

        // What this import said about each item, and its identity: the base a later re-import compares with.
        foreach (var (type, item) in IncomingContent.Of(content).All())
        {
            db.ImportedBases.Add(new ImportedBase { ItemType = type, ItemId = item.Source.Id, Key = item.Key, ContentJson = RevisionStore.Write(item.Content), ImportedAt = clock.GetUtcNow() });
        }

        outbox.Record([CacheTags.Content]);
        await db.SaveChangesAsync(ct);

        await transaction.CommitAsync(ct);
    }
}
