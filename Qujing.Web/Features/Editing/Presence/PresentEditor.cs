namespace Qujing.Web.Features.Editing.Presence;

/// <summary>Another editor with the item open: their account name (as the history and the accounts page show it) and when their page last said so.</summary>
public sealed record PresentEditor(string Name, DateTimeOffset SeenAt);
