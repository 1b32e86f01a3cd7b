using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Corrections;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Import;
using Qujing.Web.Infrastructure.Caching;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// Re-import in two steps: a text is staged and planned (<see cref="ReimportPlanner"/>) for the Admin to review; the
/// confirmation makes the plan again and applies it, with the Admin's choices, in one transaction, or not at all.
/// Search and the page cache follow through the outbox, after the commit.
/// </summary>
public sealed class Reimporter(QujingDbContext db, ReimportPlanner planner, Outbox outbox, AuditLog audit, TimeProvider clock)
{
    /// <summary>Longest text accepted (a feature is a few thousand characters; this leaves ample room).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Keeps the text for review; null with a Chinese reason when it cannot be used.</summary>
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

        var pending = new PendingImport { SourceName = InputText.Clean(sourceName), Text = text, CreatedBy = user, CreatedAt = clock.GetUtcNow() };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(ct);
        return (pending, null);
    }

    public async Task<ReimportPlan?> PlanAsync(int id, CancellationToken ct) =>
        await db.PendingImports.SingleOrDefaultAsync(p => p.Id == id, ct) is { } pending ? await planner.PlanAsync(pending, ct) : null;

    /// <summary>Drops a staged text that will not be imported.</summary>
    public async Task<bool> DiscardAsync(int id, CancellationToken ct) => await db.PendingImports.Where(p => p.Id == id).ExecuteDeleteAsync(ct) > 0;

    /// <param name="fingerprint">The plan's fingerprint as the Admin reviewed it.</param>
    /// <param name="choiceOf">The Admin's choice for the change at an index, as posted (null: its default).</param>
    public async Task<ReimportOutcome> ConfirmAsync(int id, string fingerprint, bool publishNow, Func<int, string?> choiceOf, string user, CancellationToken ct)
    {
        if (await db.PendingImports.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } staged)
        {
            return new ReimportOutcome.NotFound();
        }

        // The text's analysis needs no database and takes a while: made before the write lock, so editors' saves do not wait for it.
        var result = ReimportPlanner.Analyse(staged);

        // One transaction for everything: a crash, an error or a stale review leaves the site exactly as it was.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.PendingImports.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } pending
            || await planner.PlanAsync(pending, result, ct) is not { } plan || plan.Fingerprint != fingerprint)
        {
            return new ReimportOutcome.Outdated();
        }

        var context = new ApplyContext(user, publishNow);
        var chosen = plan.Changes.Select(c => (Change: c, Choice: c.Chosen(choiceOf(c.Index)))).ToList();
        try
        {
            foreach (var (change, choice) in chosen)
            {
                await change.Apply(choice, context, ct);
            }
        }
        catch (Exception e) when (e is ReimportOutdatedException or ReimportInvalidException)
        {
            // Rolled back when the transaction is disposed; what the context still holds of the attempt goes too.
            db.ChangeTracker.Clear();
            return e is ReimportInvalidException invalid ? new ReimportOutcome.Invalid(invalid.Message) : new ReimportOutcome.Outdated();
        }

        RecordRun(plan, context);

        // The corrections page lists what the corrections file did to this import: the last import's list is replaced.
        await db.AppliedCorrections.ExecuteDeleteAsync(ct);
        db.AppliedCorrections.AddRange(CorrectionLedger.Rows(plan.Corrections, item => context.IdOf(item)!.Value));
        if (publishNow)
        {
            await ReaderVisibleChange.MarkAsync(db, clock, ct);
        }

        outbox.Record([CacheTags.Content]);
        var outcome = Summarise(chosen, publishNow);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "重新导入", $"{plan.Pending.SourceName}：{Describe(outcome)}", ct: ct);
        await transaction.CommitAsync(ct);
        await outbox.RunAsync(CancellationToken.None);
        return outcome;
    }

    public static string Describe(ReimportOutcome.Applied outcome) =>
        $"{outcome.Drafts} 项保存为草稿，{outcome.Published} 项已发布，新增 {outcome.Added} 项，{outcome.Trashed} 项移入回收站，{outcome.Kept} 项保留编辑的版本";

    private void RecordRun(ReimportPlan plan, ApplyContext context)
    {
        foreach (var item in plan.Mapped.Report)
        {
            (item.SectionId, item.Section) = (context.IdOf(item.Section), null);
        }

        db.ImportRuns.Add(new ImportRun
        {
            SourceName = plan.Pending.SourceName,
            SourceHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plan.Pending.Text))),
            ImportedAt = clock.GetUtcNow(),
            Items = plan.Mapped.Report,
        });
        db.PendingImports.Remove(plan.Pending);
    }

    private static ReimportOutcome.Applied Summarise(List<(PlannedChange Change, ReimportChoice Choice)> chosen, bool publishNow)
    {
        var revised = chosen.Count(c => c.Change.Kind is ChangeKind.Update or ChangeKind.Conflict && c.Choice is ReimportChoice.Take or ReimportChoice.Merge);
        return new ReimportOutcome.Applied(
            Drafts: publishNow ? 0 : revised,
            Published: publishNow ? revised : 0,
            Added: chosen.Count(c => c.Change.Kind == ChangeKind.Add),
            Trashed: chosen.Count(c => c.Choice == ReimportChoice.Trash),
            Kept: chosen.Count(c => c.Change.Kind is ChangeKind.Conflict or ChangeKind.Remove && c.Choice == ReimportChoice.Keep));
    }
}
