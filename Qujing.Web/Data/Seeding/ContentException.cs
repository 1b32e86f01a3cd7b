namespace Qujing.Web.Data.Seeding;

/// <summary>The content folder or its article cannot be used; start-up stops with this message.</summary>
public sealed class ContentException(string message, Exception? inner = null) : Exception(message, inner);
