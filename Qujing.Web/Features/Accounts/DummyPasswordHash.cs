using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Qujing.Web.Features.Accounts;

/// <summary>
/// The hash of a random password no account has, made once by the configured hasher (so with its algorithm and
/// iteration count): a login for an unknown name is verified against it and takes as long as one for a real name.
/// </summary>
public sealed class DummyPasswordHash
{
    private string? _hash;

    public string Get(IPasswordHasher<IdentityUser> hasher) =>
        LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(new IdentityUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
}
