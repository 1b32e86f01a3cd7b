using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Migrated, imported SQLite files that every site of the test run is copied from, as the PostgreSQL run clones its
/// databases (that project's SiteTemplates.cs): a start on an empty file migrates, imports and builds the search index
/// (seconds on two cores), a file copy takes milliseconds and the site then starts as it would on its own filled
/// database. One template per environment and set of <c>Content:</c> settings (they decide what is imported); accounts
/// are not in it (the seeder runs at each site's own start). The files are deleted when the run ends.
/// </summary>
public static class SiteTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Templates = new();

    static SiteTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();

    /// <summary>Creates the file <paramref name="databasePath"/> as a copy of the template for these settings.</summary>
    public static void Clone(string databasePath, string environment, IEnumerable<(string Key, string Value)> settings)
    {
        var content = settings.Where(s => s.Key.StartsWith("Content:", StringComparison.Ordinal)).ToList();
        var key = environment + "|" + string.Join("|", content.Select(s => s.Key + "=" + s.Value));
        var template = Templates.GetOrAdd(key, _ => new Lazy<string>(() => Make(environment, content))).Value;
        File.Copy(template, databasePath);
    }

    private static string Make(string environment, List<(string Key, string Value)> content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-template-{Guid.NewGuid():N}.db");
        using (var site = new TemplateSite(path, environment, content))
        {
            _ = site.Services; // starts the site: migration, import, search index
        }

        // The site has closed its connections (no pooling); the write-ahead log goes into the file, so that the file
        // alone is the whole database.
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        checkpoint.ExecuteNonQuery();
        return path;
    }

    private static void DeleteAll()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated))
        {
            File.Delete(template.Value);
        }
    }

    private sealed class TemplateSite(string path, string environment, List<(string Key, string Value)> content)
        : QujingFactory(path, environment)
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => content;
    }
}
