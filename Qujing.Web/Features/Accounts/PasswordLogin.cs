using Microsoft.AspNetCore.Identity;

namespace Qujing.Web.Features.Accounts;

/// <summary>
/// Password sign-in that answers alike, in result and in time, whether the name is unknown, the password wrong or the
/// account locked. Identity verifies no password for an unknown name or a locked account, so a dummy one is verified
/// then: the response time does not tell which names exist.
/// </summary>
public sealed class PasswordLogin(SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher, DummyPasswordHash dummy)
{
    public async Task<SignInResult> SignInAsync(string userName, string password)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(new IdentityUser(), dummy.Get(hasher), password);
            return user is null ? SignInResult.Failed : SignInResult.LockedOut;
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }
}
