using Qujing.Web.Features.Media;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>One photo's words, and where readers see it (a photo in use cannot be deleted).</summary>
public sealed record MediaEditPage(MediaImage Image, string FileName, MediaDetails Details, IReadOnlyList<string> Uses);
