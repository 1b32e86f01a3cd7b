namespace Qujing.Web.Backups;

public static class BackupsExtensions
{
    /// <summary>Database backups: the <c>backup</c> verb and the admin download.</summary>
    public static IServiceCollection AddQujingBackups(this IServiceCollection services)
    {
        services.AddScoped<DatabaseBackup>();
        return services;
    }
}
