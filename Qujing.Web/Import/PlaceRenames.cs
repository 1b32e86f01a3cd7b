using System.Globalization;
using System.Reflection;

namespace Qujing.Web.Import;

/// <summary>
/// The known renames of county-level places (<c>Resources/PlaceRenames.txt</c>): what lets the importer give a school
/// written with an old place name ("宣威县第一中学") its likely current name, and the school page say why. Only what
/// the table holds is ever said; nothing outside it is inferred.
/// </summary>
public sealed class PlaceRenames(IReadOnlyList<PlaceRename> renames)
{
    private const string Resource = "Qujing.Web.Import.Resources.PlaceRenames.txt";

    public static PlaceRenames None { get; } = new([]);

    /// <summary>Reads the table: one rename a line, "旧名 今名 年份 变更方式"; lines starting with # are comments.</summary>
    public static PlaceRenames Parse(TextReader reader)
    {
        var list = new List<PlaceRename>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is not { Length: > 0 } text || text.StartsWith('#'))
            {
                continue;
            }

            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new FormatException($"A place rename needs four fields (旧名 今名 年份 变更方式): \"{text}\"");
            }

            list.Add(new PlaceRename(parts[0], parts[1], year, parts[3]));
        }

        return new PlaceRenames(list);
    }

    /// <summary>The table shipped with the app.</summary>
    public static PlaceRenames Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public PlaceRename? Of(string oldName) => renames.FirstOrDefault(r => r.OldName == oldName);

    /// <summary>For a name that starts with an old place name, the rename and the name with today's place name.</summary>
    public (PlaceRename Rename, string CurrentName)? Current(string name) =>
        renames.FirstOrDefault(r => name.StartsWith(r.OldName, StringComparison.Ordinal) && name.Length > r.OldName.Length) is { } rename
            ? (rename, rename.NewName + name[rename.OldName.Length..])
            : null;

    /// <summary>"原文作“宣威县第一中学”；宣威已于1994年撤县设市，今名或为“宣威市第一中学”。", or null for a name the table does not touch.</summary>
    public string? NoteFor(string name) =>
        Current(name) is var (rename, current)
            ? $"原文作“{name}”；{rename.Stem}已于{rename.Year}年{rename.Change}，今名或为“{current}”。"
            : null;

    /// <summary>The notes for those of a school's names that the table touches.</summary>
    public IEnumerable<string> NotesFor(IEnumerable<string> names) => names.Select(NoteFor).OfType<string>().Distinct();
}
