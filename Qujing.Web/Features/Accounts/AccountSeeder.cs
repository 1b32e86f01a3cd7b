using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Qujing.Web.Features.Accounts;

/// <summary>Creates the roles, and the first Admin from configuration when no account exists yet.</summary>
public sealed class AccountSeeder(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IOptions<AdminOptions> admin, ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var (name, password) = (admin.Value.UserName, admin.Value.Password);
        if (await users.Users.AnyAsync() || name.Length == 0 || password.Length == 0)
        {
            return;
        }

        var result = await CreateAsync(name, password, Roles.Admin);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first Admin from Admin:UserName / Admin:Password could not be created: " +
                string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Created the first Admin account {UserName} from configuration", name);
    }

    /// <summary>Creates an account in a role; used by the seeder, the add-user verb and the accounts page.</summary>
    public async Task<IdentityResult> CreateAsync(string name, string password, string role)
    {
        var user = new IdentityUser(name);
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
    }
}
