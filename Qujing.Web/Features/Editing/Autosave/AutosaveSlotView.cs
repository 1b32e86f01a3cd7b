namespace Qujing.Web.Features.Editing.Autosave;

/// <summary>The autosave controls' data: the save and discard addresses, the local copy's key, the server copy as JSON ("" for none).</summary>
public sealed record AutosaveSlotView(string SaveUrl, string DiscardUrl, string LocalKey, string ServerCopy);
