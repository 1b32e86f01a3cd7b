namespace Qujing.Web.Areas.Admin.Models;

/// <summary>The answer to an admin request the database could not carry out: what did not happen, and why.</summary>
public sealed record StorageFailurePage(string Title, string Message);
