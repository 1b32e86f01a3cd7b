using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// The import report editors work through is the newest run's: a re-import writes a full report of its own, so the
/// entries of earlier runs are history, not work. The report page and the dashboard both ask here, so they agree.
/// </summary>
public sealed class ImportReportQueries(QujingDbContext db)
{
    public Task<ImportRun?> LatestRunAsync(CancellationToken ct) =>
        db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    public async Task<List<ImportReportItem>> ItemsAsync(ImportRun? run, CancellationToken ct) =>
        run is null ? [] : await db.ImportReportItems.AsNoTracking().Include(i => i.Section)
            .Where(i => i.ImportRunId == run.Id).OrderBy(i => i.Position).ToListAsync(ct);

    public async Task<int> OpenCountAsync(CancellationToken ct) =>
        await LatestRunAsync(ct) is { } run ? await db.ImportReportItems.CountAsync(i => i.ImportRunId == run.Id && !i.Handled, ct) : 0;
}
