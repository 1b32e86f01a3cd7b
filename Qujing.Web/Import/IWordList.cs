namespace Qujing.Web.Import;

/// <summary>A Chinese word list, used to tell a word split across a line break from a truncated sentence.</summary>
public interface IWordList
{
    bool Contains(string word);
}

/// <summary>A word list held in memory.</summary>
public sealed class WordList(IEnumerable<string> words) : IWordList
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Reads a jieba-style dictionary (one "word freq tag" a line), keeping the short words a split can cut.</summary>
    public static WordList FromJiebaDictionary(TextReader reader)
    {
        var words = new List<string>(400_000);
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var word = space < 0 ? line : line[..space];
            if (word.Length is >= 2 and <= 4)
            {
                words.Add(word);
            }
        }

        return new WordList(words);
    }
}
