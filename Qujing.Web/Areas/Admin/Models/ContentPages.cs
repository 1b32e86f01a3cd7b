using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>Which kind of content a page is about: its admin route segment ("sections") and Chinese name ("栏目").</summary>
public sealed record KindInfo(string Plural, string Label, bool CanTrash = true, bool CanCreate = true, bool CanReorder = false)
{
    /// <summary>The partial with this kind's form fields.</summary>
    public string FieldsPartial => $"_Fields{char.ToUpperInvariant(Plural[0])}{Plural[1..]}";
}

public sealed record ContentListPage(KindInfo Kind, Features.Editing.Desk.ContentListResults Results, bool Clipped);

/// <summary>The edit page: the content being edited, the revision it is based on, and a Markdown preview when asked for.</summary>
public sealed record ContentEditPage(KindInfo Kind, int Id, string Title, object Content, int BasedOn, IHtmlContent? Preview = null)
{
    /// <summary>Where readers see the published item; null while it is unpublished or in the trash.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>The revision readers see (0: never published), for the schedule panel.</summary>
    public int Published { get; init; }
}

/// <summary>The form for a new item: the content typed so far, and a Markdown preview when asked for.</summary>
public sealed record ContentNewPage(KindInfo Kind, object Content, IHtmlContent? Preview = null);

/// <summary>
/// Someone saved revision <paramref name="TheirNumber"/> after this editor opened revision <paramref name="BaseNumber"/>:
/// every changed field merged against that base, what merged by itself shown as merged, each paragraph both changed
/// left to the editor. <paramref name="Mine"/> travels with the form, so nothing the editor typed is lost.
/// </summary>
public sealed record ContentConflictPage(KindInfo Kind, int Id, int BaseNumber, int TheirNumber, string TheirAuthor, object Mine, IReadOnlyList<ConflictField> Fields)
{
    public int ConflictCount => Fields.Sum(f => f.Merge.Conflicts.Count());
}

/// <summary>One text field on the conflict page, labelled as on the form, with its three-way merge.</summary>
public sealed record ConflictField(string Name, string Label, Features.Editing.Merging.FieldMerge Merge, bool ChangedByThem, bool ChangedByMe);

/// <summary>Publishing revision <paramref name="Number"/> while a newer one (<paramref name="Newer"/>) exists: ask first.</summary>
public sealed record PublishOlderPage(KindInfo Kind, int Id, string Title, int Number, Revision Newer);

public sealed record ContentHistoryPage(KindInfo Kind, int Id, string Title, int Published, IReadOnlyList<Revision> Revisions);

public sealed record ContentDiffPage(KindInfo Kind, int Id, int From, int To, IReadOnlyList<FieldDiff> Fields);

/// <summary>One field's character diff, labelled as on the form.</summary>
public sealed record FieldDiff(string Label, IHtmlContent Html);
