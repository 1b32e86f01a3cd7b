using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qujing.Web.Infrastructure.Health;

namespace Qujing.Web.Infrastructure.Storage;

/// <summary>
/// Tells <see cref="StorageStatus"/> about every storage failure a database command, save or commit meets, wherever it is
/// caught later, and about every write that commits (which ends the failure). A probe cannot do this: it rolls its write
/// back before it needs room, so a full disk shows only in real writes.
/// </summary>
public sealed class StorageWriteObserver(IStorageFailureClassifier failures, StorageStatus status)
    : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>Contexts whose open transaction has saved something: only committing that proves the storage takes writes.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _wroteInTransaction = [];
    public void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context, result);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context, result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Failed(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Failed(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Failed(Exception exception)
    {
        if (failures.Classify(exception) is { } failure)
        {
            status.RecordFailure(failure);
        }
    }

    /// <summary>
    /// A save outside a transaction of the caller's has committed. Inside one, nothing has reached the disk yet (SQLite
    /// writes the WAL at the commit, which is where a full disk shows): the commit decides.
    /// </summary>
    private void Saved(DbContext? context, int rows)
    {
        if (context is null || rows == 0)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            status.RecordWriteSucceeded();
        }
        else
        {
            _wroteInTransaction.AddOrUpdate(context, context);
        }
    }

    /// <summary>Only a commit that wrote something clears a failure: an empty one needs no room.</summary>
    private void Committed(DbContext? context)
    {
        if (context is not null && _wroteInTransaction.Remove(context))
        {
            status.RecordWriteSucceeded();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _wroteInTransaction.Remove(context);
        }
    }
}
