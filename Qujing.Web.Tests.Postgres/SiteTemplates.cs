using System.Collections.Concurrent;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Migrated, imported databases that every site of the PostgreSQL test run is cloned from: a start on an empty database
/// migrates, imports and builds the search index (seconds), a <c>CREATE DATABASE … TEMPLATE</c> copies the result in a
/// fraction of that. One template per environment and set of <c>Content:</c> settings (they decide what is imported);
/// accounts are not in it (the seeder runs at each site's own start). The templates are dropped when the run ends.
/// </summary>
public static class SiteTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Templates = new();

    static SiteTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAll();

    /// <summary>Creates the database of <paramref name="connection"/> as a copy of the template for these settings.</summary>
    public static void Clone(string connection, string environment, IEnumerable<(string Key, string Value)> settings)
    {
        var content = settings.Where(s => s.Key.StartsWith("Content:", StringComparison.Ordinal)).ToList();
        var key = environment + "|" + string.Join("|", content.Select(s => s.Key + "=" + s.Value));
        var template = Templates.GetOrAdd(key, _ => new Lazy<string>(() => Make(environment, content))).Value;
        PostgresServer.CreateDatabase(new Npgsql.NpgsqlConnectionStringBuilder(connection).Database!, template);
    }

    private static string Make(string environment, List<(string Key, string Value)> content)
    {
        var connection = PostgresServer.CreateDatabase();
        using (var site = new TemplateSite(connection, environment, content))
        {
            _ = site.Services; // starts the site: migration, import, search index
        }

        // No session may be open in a template while it is copied; ALLOW_CONNECTIONS false keeps it that way.
        var name = new Npgsql.NpgsqlConnectionStringBuilder(connection).Database!;
        PostgresServer.Execute($"ALTER DATABASE {name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
        PostgresServer.Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        return name;
    }

    private static void DropAll()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated))
        {
            PostgresServer.Execute($"ALTER DATABASE {template.Value} WITH IS_TEMPLATE false");
            PostgresServer.Execute($"DROP DATABASE IF EXISTS {template.Value} WITH (FORCE)");
        }
    }

    private sealed class TemplateSite(string connection, string environment, List<(string Key, string Value)> content)
        : QujingFactory(connection, environment)
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => content;
    }
}
