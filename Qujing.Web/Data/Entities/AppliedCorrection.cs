namespace Qujing.Web.Data.Entities;

/// <summary>
/// An editorial correction as the last import applied it, for the public corrections page (更正说明) and the note at
/// the foot of each corrected page. The corrections file is the source; these rows say what it did to this site.
/// </summary>
public class AppliedCorrection
{
    public int Id { get; set; }

    /// <summary>Its number on the corrections page (file order, counting only the corrections applied).</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The 位置 line as the file writes it (“栏目“高位统筹推进””).</summary>
    public string Place { get; set; } = "";

    /// <summary>The text before: the anchor, or for a move the start of each paragraph moved (one a line).</summary>
    public string Before { get; set; } = "";

    /// <summary>The text after (empty for a deletion), or null for a move.</summary>
    public string? After { get; set; }

    /// <summary>Where a move put the paragraphs (“……之前”), or null.</summary>
    public string? MovedTo { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The item the correction names, and its paragraph there (the #pN it links to), when it has one.</summary>
    public string ItemType { get; set; } = "";
    public int ItemId { get; set; }
    public int? Paragraph { get; set; }

    /// <summary>Every item it changed, as “section:2”: the named one and those showing the same passage.</summary>
    public List<string> Targets { get; set; } = [];

    public static string TargetOf(string itemType, int id) => $"{itemType}:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
