using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Qujing.Web.Infrastructure.Security;

/// <summary>
/// A body over the limit gets 413 and the Chinese page instead of a 500: refused by its Content-Length before a byte
/// is read, or, for a body without a length, when the server (Kestrel's limit) or the form reader (FormOptions)
/// gives up part way. The limit is the action's own <c>[RequestSizeLimit]</c>, else <see cref="SecurityOptions.MaxRequestBodyBytes"/>.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a refused request carries the same body; it never reads it.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        var body = context.Request.ContentLength is null && canHaveBody ? new LimitedBodyStream(context.Request.Body, limit) : null;
        if (body is not null)
        {
            context.Request.Body = body;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsTooLarge(ex) && !context.Response.HasStarted)
        {
            TooLarge(context.Response);
            return;
        }

        if (body is { Exceeded: true } && !context.Response.HasStarted)
        {
            TooLarge(context.Response);
        }
    }

    private static void TooLarge(HttpResponse response)
    {
        response.Clear();
        response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    /// <summary>Kestrel's "request body too large", or the form reader's limits (it throws InvalidDataException), however wrapped.</summary>
    private static bool IsTooLarge(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                return true;
            }
        }

        return false;
    }
}
