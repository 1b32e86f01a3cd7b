using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Accounts;

public static class AccountsExtensions
{
    public const int MaxFailedLogins = 5;

    public static IServiceCollection AddQujingAccounts(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;

                // Identity's default allows ASCII only; a newsroom signs in as 王编辑. UserNameValidator refuses what
                // cannot be told apart on the screen instead (spaces, control and invisible characters).
                o.User.AllowedUserNameCharacters = "";
            })
            .AddEntityFrameworkStores<QujingDbContext>()
            .AddUserValidator<UserNameValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            o.Cookie.Name = Infrastructure.Caching.AuthCookie.Name;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // A signed-in editor without the role gets a plain 403 (and the Chinese error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Every signed-in request compares the cookie's security stamp with the account's, so that logout, a password
        // change, disabling an account or ending its sessions takes effect at once, not after Identity's 30 minutes.
        // It costs a few indexed queries per editor request; readers carry no cookie.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        // The key ring signs the login cookie and the antiforgery tokens. Kept in the database (not in the home folder of
        // whoever runs the site), every instance over it and every restart accepts what another issued; the fixed name
        // keeps that true wherever the site is installed (by default the name is the content root's path).
        services.AddDataProtection()
            .SetApplicationName("qujing")
            .PersistKeysToDbContext<QujingDbContext>();

        services.AddAntiforgery(o => o.Cookie.Name = "qujing.af");
        services.AddOptions<AdminOptions>().BindConfiguration("Admin");
        services.AddScoped<AccountSeeder>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<AccountControl>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddSingleton(TimeProvider.System);
        SkipKeyRingWarmUp(services); // last: AddAntiforgery and the like add the warm-up again
        return services;
    }

    /// <summary>
    /// Data Protection reads its key ring in a hosted service as the host starts. Here the host starts while a new
    /// database is still being migrated (decision 0005), so that read would fail (and log errors) or wait on the import's
    /// write lock; the first request that needs the ring, once past the start-up gate, reads it instead (one query,
    /// under the framework's own lock, so concurrent first requests make one key). KeyRingTests checks this.
    /// </summary>
    private static void SkipKeyRingWarmUp(IServiceCollection services)
    {
        var warmUp = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService");
        if (warmUp is not null)
        {
            services.Remove(warmUp);
        }
    }
}
