using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;
using Qujing.Web.Editing;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>The edit page: the content being edited, the revision it is based on, and a preview when asked for.</summary>
public sealed record SectionEditPage(Section Section, SectionContent Content, int BasedOn, IHtmlContent? Preview = null);

/// <summary>Two versions of a section side by side, as character diffs per field.</summary>
public sealed record SectionDiffPage(Section Section, int From, int To, IHtmlContent Heading, IHtmlContent Slug, IHtmlContent Body);

/// <summary>Someone saved after this editor opened the form: both versions, and the choice.</summary>
public sealed record SectionConflictPage(Section Section, SectionContent Mine, SectionContent Theirs, int TheirNumber, string TheirAuthor, IHtmlContent BodyDiff);

public sealed record SectionHistoryPage(Section Section, IReadOnlyList<Revision> Revisions);

public sealed record SectionRow(Section Section, int Latest);
