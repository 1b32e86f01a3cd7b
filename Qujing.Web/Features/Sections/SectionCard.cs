namespace Qujing.Web.Features.Sections;

public sealed record SectionCard(SectionLink Link, string Excerpt);
