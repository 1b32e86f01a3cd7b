using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>One item of a new article text: its identity, its content as an editor would see it, and the importer's entity (for a new item's links).</summary>
public sealed record IncomingItem<TContent>(string Key, TContent Content, IEditable Source);
