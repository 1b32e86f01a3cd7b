using System.Reflection;

namespace Qujing.Web.Import;

/// <summary>Loads the importer's language data from the files shipped with the app.</summary>
public static class ChineseResourcesLoader
{
    private const string TraditionalResource = "Qujing.Web.Import.Resources.TraditionalToSimplified.txt";

    /// <summary>jieba's dictionary, copied next to the app from the jieba.NET package at build time.</summary>
    public static string DictionaryPath => Path.Combine(AppContext.BaseDirectory, "Import", "Resources", "jieba-dict.txt");

    public static ChineseResources Load()
    {
        using var dictionary = new StreamReader(DictionaryPath);
        return new ChineseResources(WordList.FromJiebaDictionary(dictionary), LoadTraditional(), PlaceRenames.Load());
    }

    private static Dictionary<char, char> LoadTraditional()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(TraditionalResource)
            ?? throw new InvalidOperationException($"Embedded resource {TraditionalResource} is missing.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            // Characters outside the Basic Multilingual Plane are rare in news text and are left as they are.
            if (line.Length == 3)
            {
                map[line[0]] = line[2];
            }
        }

        return map;
    }
}
