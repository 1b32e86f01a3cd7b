namespace Qujing.Web.Import;

/// <summary>What a block of the source is.</summary>
public enum BlockKind
{
    Title,
    Byline,
    Heading,
    SubHeading,
    Paragraph,
}

/// <summary>A block of source text between blank lines, as it moves through the cleaning stages.</summary>
/// <param name="Sources">The 1-based numbers of the source paragraphs this block was made from.</param>
public sealed record Block(BlockKind Kind, string Text, IReadOnlyList<int> Sources)
{
    /// <summary>"第 3 段" or "第 3–4 段", for the report.</summary>
    public string Where => Sources.Count == 1
        ? $"原文第 {Sources[0]} 段"
        : $"原文第 {string.Join("、", Sources)} 段";
}
