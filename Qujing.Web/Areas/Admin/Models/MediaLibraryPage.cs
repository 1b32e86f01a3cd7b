using Qujing.Web.Features.Media;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>The media library: the upload form (as posted, when it was refused) and every photo, newest first.</summary>
public sealed record MediaLibraryPage(IReadOnlyList<MediaImage> Items, MediaDetails Upload, long MaxUploadBytes);
