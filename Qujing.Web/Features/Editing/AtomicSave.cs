using Qujing.Web.Data;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// An editor's save as one transaction: everything it writes (a new item, its revision, the audit entry) commits together
/// or not at all, so a form that says "nothing was saved" is telling the truth. A storage failure (a full disk, a
/// read-only file) comes back through <c>onFailure</c>, for the form to show again with the editor's text, not as a 500.
/// Not for changes with follow-up work after their commit (publishing, the trash): that must not run inside it.
/// </summary>
public sealed class AtomicSave(QujingDbContext db, IStorageFailureClassifier failures)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> save, Func<StorageFailure, T> onFailure, CancellationToken ct)
    {
        // No savepoint around each SaveChanges inside it: a storage failure ends the whole transaction (SQLite may already
        // have rolled it back, and undoing to a savepoint would then fail over the real reason), and the one failure a save
        // recovers from, losing the race for a revision number, is a constraint error that SQLite undoes for its statement.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the save's reads and writes see no other writer between them.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await save();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (Exception e) when (failures.Classify(e) is { } failure)
        {
            // What the failed save added stays tracked otherwise, and would be tried again by any later save in this request.
            db.ChangeTracker.Clear();
            return onFailure(failure);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }
}
