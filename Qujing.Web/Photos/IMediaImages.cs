namespace Qujing.Web.Photos;

/// <summary>Looks up library photos for the Markdown renderer, which runs synchronously inside page rendering.</summary>
public interface IMediaImages
{
    /// <summary>The photos that exist among <paramref name="ids"/>, by id.</summary>
    IReadOnlyDictionary<int, MediaImage> Find(IReadOnlyCollection<int> ids);
}
