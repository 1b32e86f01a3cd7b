namespace Qujing.Web.Infrastructure.Storage;

/// <summary>
/// Tells a storage failure (full, read-only, busy, I/O, cannot open, damaged) from every other exception, for one database
/// provider: the form path, the admin area's exception filter, the health check and the log all ask here, so there is one
/// list of what counts.
/// </summary>
public interface IStorageFailureClassifier
{
    /// <summary>The storage failure behind <paramref name="exception"/> (looking through wrappers such as EF Core's
    /// DbUpdateException), or null when it is anything else.</summary>
    StorageFailure? Classify(Exception? exception);
}
