namespace Qujing.Web.Features.Publishing;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often pending follow-up work is looked for; the first retry of a failure waits as long.</summary>
    public double RetrySeconds { get; set; } = 5;
}
