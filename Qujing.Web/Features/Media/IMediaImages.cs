namespace Qujing.Web.Features.Media;

/// <summary>Looks up library photos for the Markdown renderer.</summary>
public interface IMediaImages
{
    /// <summary>
    /// The photos that exist among <paramref name="ids"/>, by id, read synchronously: only for the renderer's synchronous
    /// <c>Render</c> (an admin form's inline preview); pages use <see cref="FindAsync"/> before rendering.
    /// </summary>
    IReadOnlyDictionary<int, MediaImage> Find(IReadOnlyCollection<int> ids);

    /// <summary>The photos that exist among <paramref name="ids"/>, by id, in one query.</summary>
    Task<IReadOnlyDictionary<int, MediaImage>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken ct) => Task.FromResult(Find(ids));
}
