using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing.Autosave;
using Qujing.Web.Features.Editing.Presence;
using Qujing.Web.Features.Editing.Scheduling;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Editing;

/// <summary>The editing machinery: one kind class per content type, one generic editor, and re-import.</summary>
public static class EditingExtensions
{
    public static IServiceCollection AddQujingEditing(this IServiceCollection services)
    {
        services.AddScoped<RevisionStore>();
        services.AddSingleton<IContentKind<Section, SectionContent>, SectionKind>();
        services.AddSingleton<IContentKind<School, SchoolContent>, SchoolKind>();
        services.AddSingleton<IContentKind<Feature, FeatureContent>, FeatureKind>();
        services.AddSingleton<IContentKind<Milestone, MilestoneContent>, MilestoneKind>();
        services.AddSingleton<IContentKind<KeyFigure, FigureContent>, FigureKind>();
        services.AddSingleton<IContentKind<Quote, QuoteContent>, QuoteKind>();
        services.AddScoped<Desk.IContentListing, Desk.ContentListing<Section, SectionContent>>();
        services.AddScoped<Desk.IContentListing, Desk.ContentListing<School, SchoolContent>>();
        services.AddScoped<Desk.IContentListing, Desk.ContentListing<Milestone, MilestoneContent>>();
        services.AddScoped<Desk.IContentListing, Desk.ContentListing<KeyFigure, FigureContent>>();
        services.AddScoped<Desk.IContentListing, Desk.ContentListing<Quote, QuoteContent>>();
        services.AddScoped<Desk.IContentListing, Desk.ContentListing<Feature, FeatureContent>>();
        services.AddScoped<Desk.DeskQueries>();
        services.AddScoped(typeof(ContentEditor<,>));
        services.AddScoped(typeof(ContentCreator<,>));
        services.AddScoped<SectionOrganizer>();
        services.AddScoped<SchoolGroupChoices>();
        services.AddScoped<Reimport.ReimportPlanner>();
        services.AddScoped<Reimport.Reimporter>();
        services.AddScoped<ImportReportQueries>();
        services.AddScoped<AtomicSave>();
        services.AddQujingAutosave();
        services.AddQujingScheduling();
        services.AddQujingPresence();
        return services;
    }
}
