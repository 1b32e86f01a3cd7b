using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Qujing.Web.Tests.Integration;

/// <summary>The login form tells no one whether a user name exists or an account is locked, in its words or its time.</summary>
public sealed class LoginSecrecyTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task UnknownNameWrongPasswordAndLockedAccountGetTheSameMessage()
    {
        await LockAsync(AdminSite.AdminName);

        var unknown = await FailedLoginMessageAsync(_site.Anonymous(), "nobody", "some-password-1");
        var wrong = await FailedLoginMessageAsync(_site.Anonymous(), AdminSite.EditorName, "wrong-password-1");
        var locked = await FailedLoginMessageAsync(_site.Anonymous(), AdminSite.AdminName, AdminSite.AdminPassword);

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
    }

    [Fact]
    public async Task EveryFailedLoginVerifiesOnePasswordWhetherOrNotTheNameExists()
    {
        var hasher = new CountingPasswordHasher();
        using var factory = _site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher)));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await LockAsync(AdminSite.AdminName);

        var counts = new List<int>();
        foreach (var (name, password) in new[] { ("nobody", "some-password-1"), (AdminSite.EditorName, "wrong-password-1"), (AdminSite.AdminName, AdminSite.AdminPassword) })
        {
            var before = hasher.Verified;
            await FailedLoginMessageAsync(client, name, password);
            counts.Add(hasher.Verified - before);
        }

        Assert.Equal([1, 1, 1], counts);
    }

    private static async Task<string> FailedLoginMessageAsync(HttpClient client, string name, string password)
    {
        var response = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await AdminSite.ReadAsync(response)).QuerySelector(".errors")!.TextContent.Trim();
    }

    private async Task LockAsync(string name)
    {
        using var scope = _site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(name);
        await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(15));
    }
}
