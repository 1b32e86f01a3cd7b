using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Layout;
using Qujing.Web.Features.Media;

namespace Qujing.Web.Features.Sections;

public sealed record SectionPage(
    Section Section, IHtmlContent Body, IReadOnlyList<(string Id, string Text)> Headings, SectionLink? Previous, SectionLink? Next,
    int ReadingMinutes, string Description, Feature Feature, Provenance Provenance, MediaImage? LeadImage = null);
