namespace Qujing.Web.Tests.Integration;

/// <summary>One <see cref="AdminSite"/> for the tests of a class that only read (a class fixture).</summary>
public sealed class SharedAdminSite : IDisposable
{
    // Made at the first test's first use, not in the fixture's constructor: without a PostgreSQL server the site's start
    // skips, and a skip thrown from a fixture's constructor is reported as a failure of every test in the class. The
    // skip is kept and thrown again to each test (Lazy keeps a factory's exception).
    private readonly Lazy<AdminSite> _site = new(() => new AdminSite());

    public AdminSite Site => _site.Value;

    public void Dispose()
    {
        if (_site.IsValueCreated)
        {
            _site.Value.Dispose();
        }
    }
}
