namespace Qujing.Web.Tests.Integration;

/// <summary>One <see cref="AdminSite"/> for the tests of a class that only read (a class fixture).</summary>
public sealed class SharedAdminSite : IDisposable
{
    public AdminSite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
