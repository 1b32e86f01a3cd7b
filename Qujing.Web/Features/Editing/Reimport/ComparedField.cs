using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// One changed field of a planned item: the live text (empty when never published), the new text, the character
/// diff between them, and for a conflict the diff of the editors' own changes since the last import.
/// </summary>
public sealed record ComparedField(string Label, string Live, string Incoming, IHtmlContent LiveToIncoming, IHtmlContent? EditorsChanges);
