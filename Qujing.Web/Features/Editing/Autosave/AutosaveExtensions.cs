namespace Qujing.Web.Features.Editing.Autosave;

public static class AutosaveExtensions
{
    /// <summary>Autosave slots and the live preview's renderer use (the Markdown pipeline is registered with the site).</summary>
    public static IServiceCollection AddQujingAutosave(this IServiceCollection services) => services.AddScoped<AutosaveStore>();
}
