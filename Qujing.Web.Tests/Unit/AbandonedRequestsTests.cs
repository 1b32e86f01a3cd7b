using Microsoft.AspNetCore.Http;
using Qujing.Web.Infrastructure.Logging;
using Serilog.Events;

namespace Qujing.Web.Tests.Unit;

public class AbandonedRequestsTests
{
    [Fact]
    public async Task ARequestTheClientAbandonedEndsAs499WithoutAnError()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = gone.Token };
        var middleware = new AbandonedRequests(ctx => throw new OperationCanceledException(ctx.RequestAborted));

        await middleware.InvokeAsync(context);

        Assert.Equal(AbandonedRequests.ClientClosedRequest, context.Response.StatusCode);
        Assert.Equal(LogEventLevel.Information, AbandonedRequests.LevelOf(context, 12, null));
    }

    [Fact]
    public async Task ACancellationTheClientDidNotAskForIsStillAnError()
    {
        var context = new DefaultHttpContext();
        var middleware = new AbandonedRequests(_ => throw new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => middleware.InvokeAsync(context));
        Assert.Equal(LogEventLevel.Error, AbandonedRequests.LevelOf(context, 12, new OperationCanceledException()));
    }

    [Fact]
    public void ServerErrorsAreErrorsAndEverythingElseIsInformation()
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = 503;
        Assert.Equal(LogEventLevel.Error, AbandonedRequests.LevelOf(context, 1, null));
        context.Response.StatusCode = 404;
        Assert.Equal(LogEventLevel.Information, AbandonedRequests.LevelOf(context, 1, null));
    }
}
