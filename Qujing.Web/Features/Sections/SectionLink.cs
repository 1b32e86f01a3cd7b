namespace Qujing.Web.Features.Sections;

/// <summary>A link to a section, for cards and previous/next.</summary>
public sealed record SectionLink(string Slug, string Heading, int Position);
