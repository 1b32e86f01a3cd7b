using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Editing.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Scheduled publishing: the editors' schedules, one publisher per kind, and the worker that fires them.</summary>
    public static IServiceCollection AddQujingScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration("Scheduling");
        services.AddScoped<PublishSchedule>();
        services.AddScoped<ScheduleRunner>();
        services.AddScoped<ScheduleFiring>();
        services.AddScoped<IScheduledKind, ScheduledKind<Section, SectionContent>>();
        services.AddScoped<IScheduledKind, ScheduledKind<School, SchoolContent>>();
        services.AddScoped<IScheduledKind, ScheduledKind<Feature, FeatureContent>>();
        services.AddScoped<IScheduledKind, ScheduledKind<Milestone, MilestoneContent>>();
        services.AddScoped<IScheduledKind, ScheduledKind<KeyFigure, FigureContent>>();
        services.AddScoped<IScheduledKind, ScheduledKind<Quote, QuoteContent>>();
        services.AddHostedService<ScheduleWorker>();
        return services;
    }
}
