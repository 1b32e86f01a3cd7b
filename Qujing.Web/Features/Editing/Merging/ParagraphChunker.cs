using DiffPlex;

namespace Qujing.Web.Features.Editing.Merging;

/// <summary>Splits Markdown into its paragraphs (blocks separated by blank lines): the unit two editors' changes are merged by.</summary>
public sealed class ParagraphChunker : IChunker
{
    public static ParagraphChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text) => Paragraphs(text);

    public static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
