using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qujing.Web.Infrastructure.Diagnostics;

/// <summary>
/// Counts the SQL commands one request runs, so N+1 queries show up in the Debug log. One instance for the process:
/// the contexts are pooled (their options are made once), so the count is kept per request in an async-local box that
/// <see cref="SqlCountLogging"/> puts in place, and commands run outside a request are not counted.
/// </summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting for the calling request (and what it awaits); returns the box the count goes into.</summary>
    public static StrongBox<int> Begin() => Current.Value = new StrongBox<int>();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private static void Count()
    {
        if (Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }
}
