using Qujing.Web.Data.Entities;

namespace Qujing.Web.Editing.Scheduling;

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
