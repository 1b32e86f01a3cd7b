namespace Qujing.Web.Infrastructure.Startup;

/// <summary>
/// Held while start-up migrates, imports, seeds and makes the key ring, so that of several instances starting at once
/// one does that work and the others wait and then find it done (decision 0024).
/// </summary>
public interface IStartupLock
{
    /// <summary>Waits for the lock (cancelled when the process is stopped); disposing the result releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken ct);
}
