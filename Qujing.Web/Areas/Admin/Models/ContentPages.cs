using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>Which kind of content a page is about: its admin route segment ("sections") and Chinese name ("栏目").</summary>
public sealed record KindInfo(string Plural, string Label, bool CanTrash = true)
{
    /// <summary>The partial with this kind's form fields.</summary>
    public string FieldsPartial => $"_Fields{char.ToUpperInvariant(Plural[0])}{Plural[1..]}";
}

public sealed record ContentRow(int Id, string Title, string Slug, int Published, int Latest, bool Trashed);

public sealed record ContentListPage(KindInfo Kind, IReadOnlyList<ContentRow> Rows);

/// <summary>The edit page: the content being edited, the revision it is based on, and a Markdown preview when asked for.</summary>
public sealed record ContentEditPage(KindInfo Kind, int Id, string Title, object Content, int BasedOn, IHtmlContent? Preview = null);

/// <summary>Someone saved after this editor opened the form: both versions, their differences, and the choice.</summary>
public sealed record ContentConflictPage(KindInfo Kind, int Id, object Mine, object Theirs, int TheirNumber, string TheirAuthor, IReadOnlyList<FieldDiff> Differences);

/// <summary>Publishing revision <paramref name="Number"/> while a newer one (<paramref name="Newer"/>) exists: ask first.</summary>
public sealed record PublishOlderPage(KindInfo Kind, int Id, string Title, int Number, Revision Newer);

public sealed record ContentHistoryPage(KindInfo Kind, int Id, string Title, int Published, IReadOnlyList<Revision> Revisions);

public sealed record ContentDiffPage(KindInfo Kind, int Id, int From, int To, IReadOnlyList<FieldDiff> Fields);

/// <summary>One field's character diff, labelled as on the form.</summary>
public sealed record FieldDiff(string Label, IHtmlContent Html);
