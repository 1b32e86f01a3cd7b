namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>An item changed between the Admin's review and the confirmation: nothing is applied, the review is shown again.</summary>
public sealed class ReimportOutdatedException() : Exception("The content changed after the re-import was reviewed.");
