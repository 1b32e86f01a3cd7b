using Serilog.Core;
using Serilog.Events;

namespace Qujing.Web.Infrastructure.Storage;

/// <summary>
/// Keeps EF Core's own error events for a storage failure out of the log: each failed save would add two stack traces
/// ("Failed executing DbCommand", "An exception occurred in the database while saving changes"), at every attempt while
/// the disk stays full. <see cref="Health.StorageStatus"/> logs the failure once, in words, when it starts. Serilog takes
/// this filter from the container (<c>ReadFrom.Services</c>).
/// </summary>
public sealed class StorageFailureLogFilter(IStorageFailureClassifier failures) : ILogEventFilter
{
    private const string EfCore = "Microsoft.EntityFrameworkCore";

    public bool IsEnabled(LogEvent logEvent) =>
        logEvent.Exception is null
        || !(logEvent.Properties.TryGetValue(Constants.SourceContextPropertyName, out var source)
            && source is ScalarValue { Value: string name }
            && name.StartsWith(EfCore, StringComparison.Ordinal)
            && failures.Classify(logEvent.Exception) is not null);
}
