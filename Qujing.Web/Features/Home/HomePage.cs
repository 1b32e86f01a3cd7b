using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Layout;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;

namespace Qujing.Web.Features.Home;

public sealed record HomePage(
    Feature Feature, IHtmlContent Lead, string Description, IReadOnlyList<SectionCard> Sections, IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<Milestone> LatestMilestones, IReadOnlyList<CountyGroup> Counties, Provenance Provenance)
{
    public bool HasLead => !string.IsNullOrWhiteSpace(Feature.LeadMarkdown);
}
