namespace Qujing.Web.Infrastructure.Health;

/// <summary>What a write probe found: the database takes writes, refuses them, or another writer held it too long to tell.</summary>
public abstract record StorageState
{
    private StorageState()
    {
    }

    public sealed record Writable : StorageState;

    public sealed record ReadOnly(string Reason) : StorageState;

    public sealed record Busy(string Reason) : StorageState;
}
