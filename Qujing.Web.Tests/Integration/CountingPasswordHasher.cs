using Microsoft.AspNetCore.Identity;

namespace Qujing.Web.Tests.Integration;

/// <summary>Identity's own hasher, counting how often a password is verified.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<IdentityUser>
{
    private readonly PasswordHasher<IdentityUser> _inner = new();
    private int _verified;

    public int Verified => Volatile.Read(ref _verified);

    public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
