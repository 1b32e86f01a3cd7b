using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Models;

/// <summary>A link to a section, for cards and previous/next.</summary>
public sealed record SectionLink(string Slug, string Heading, int Position);

public sealed record HomePage(
    Feature Feature, IHtmlContent Lead, string Description, IReadOnlyList<SectionCard> Sections, IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<Milestone> LatestMilestones, IReadOnlyList<CountyGroup> Counties, Provenance Provenance)
{
    public bool HasLead => !string.IsNullOrWhiteSpace(Feature.LeadMarkdown);
}

public sealed record SectionCard(SectionLink Link, string Excerpt);

public sealed record SectionPage(
    Section Section, IHtmlContent Body, IReadOnlyList<(string Id, string Text)> Headings, SectionLink? Previous, SectionLink? Next,
    int ReadingMinutes, string Description, Feature Feature, Provenance Provenance, Photos.MediaImage? LeadImage = null);

public sealed record CountyGroup(County County, IReadOnlyList<School> Schools)
{
    /// <summary>What readers call the group (<see cref="SchoolGroupNames"/>).</summary>
    public string Name => SchoolGroupNames.Of(County);

    public string? Explanation => SchoolGroupNames.Explanation(County);
}

public sealed record SchoolPage(School School, IHtmlContent Profile, Photos.MediaImage? LeadImage = null);
