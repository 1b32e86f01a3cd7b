namespace Qujing.Web.Import;

/// <summary>The language data the importer needs, loaded once by the caller so that the importer itself does no I/O.</summary>
/// <param name="Words">A Chinese word list (jieba's dictionary in production).</param>
/// <param name="TraditionalToSimplified">Traditional-only characters and their simplified forms (from OpenCC).</param>
/// <param name="Renames">Known renames of county-level places; none when not given.</param>
public sealed record ChineseResources(IWordList Words, IReadOnlyDictionary<char, char> TraditionalToSimplified, PlaceRenames? Renames = null)
{
    public PlaceRenames PlaceRenames => Renames ?? PlaceRenames.None;
}
