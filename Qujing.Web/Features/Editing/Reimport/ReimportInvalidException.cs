namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>An item of the new text breaks a content rule (a length, a date): nothing is applied; the message is Chinese, for the Admin.</summary>
public sealed class ReimportInvalidException(string message) : Exception(message);
