namespace Qujing.Web.Infrastructure.Diagnostics;

/// <summary>The SQL-commands-per-request count: its interceptor (used by both stores) and its Debug log line.</summary>
public static class DiagnosticsExtensions
{
    public static IServiceCollection AddSqlCounting(this IServiceCollection services) => services.AddSingleton<SqlCounter>();

    /// <summary>Inside compression, so it counts what a page the cache did not answer ran.</summary>
    public static IApplicationBuilder UseSqlCounting(this IApplicationBuilder app) => app.UseMiddleware<SqlCountLogging>();
}
