namespace Qujing.Web.Features.Backups;

public static class BackupsExtensions
{
    /// <summary>Database backups (the <c>backup</c> verb, the admin download) and the content export.</summary>
    public static IServiceCollection AddQujingBackups(this IServiceCollection services)
    {
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<Features.Export.ContentExport>();
        return services;
    }
}
