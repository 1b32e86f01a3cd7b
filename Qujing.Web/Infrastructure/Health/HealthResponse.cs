using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// The health answer as JSON: the overall status and, for each check, its status and why
/// (<c>{"status":"Unhealthy","checks":{"startup":{"status":"Unhealthy","description":"starting: …"}}}</c>).
/// </summary>
public static class HealthResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description ?? entry.Exception?.Message ?? "");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
