using Microsoft.AspNetCore.Http;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Tests.Unit;

public class StartupGateTests
{
    private static DefaultHttpContext Context()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<string> BodyAsync(HttpContext context)
    {
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ARequestWaitsUntilTheDatabaseIsReady()
    {
        var ready = new TaskCompletionSource();
        bool? passedOnceReady = null; // whether the database was ready when the request went further: never before
        var gate = new StartupGate(_ => { passedOnceReady = ready.Task.IsCompleted; return Task.CompletedTask; }, new DatabaseReadiness(() => ready.Task));

        var request = gate.InvokeAsync(Context());
        Assert.False(request.IsCompleted);
        Assert.Null(passedOnceReady);

        ready.SetResult();
        await request;
        Assert.True(passedOnceReady);
    }

    [Fact]
    public async Task AFailedStartAnswers503InChineseWithoutGoingFurther()
    {
        var passed = false;
        var gate = new StartupGate(_ => { passed = true; return Task.CompletedTask; },
            new DatabaseReadiness(() => Task.FromException(new InvalidOperationException("file is not a database"))));
        var context = Context();

        await gate.InvokeAsync(context);

        Assert.False(passed);
        Assert.Equal(503, context.Response.StatusCode);
        var body = await BodyAsync(context);
        Assert.Contains("网站正在维护", body);
        Assert.DoesNotContain("database", body);
    }

    [Fact]
    public async Task AReaderWhoLeavesStopsWaiting()
    {
        var gate = new StartupGate(_ => Task.CompletedTask, new DatabaseReadiness(() => new TaskCompletionSource().Task));
        using var leaving = new CancellationTokenSource();
        var context = Context();
        context.RequestAborted = leaving.Token;

        var request = gate.InvokeAsync(context);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }

    [Fact]
    public async Task AReaderIsLetInOnceTheDatabaseCanBeReadWhileTheAdminAreaWaitsForAllOfStartUp()
    {
        var rest = new TaskCompletionSource();
        var passed = new List<(string Path, bool AllDone)>(); // each request as it went further, and whether start-up was done then
        var readiness = new DatabaseReadiness(readable =>
        {
            readable();
            return rest.Task; // the search index and the accounts are still being seen to
        });
        var gate = new StartupGate(c => { passed.Add((c.Request.Path, rest.Task.IsCompleted)); return Task.CompletedTask; }, readiness);
        var reader = Context();
        reader.Request.Path = "/";
        var editor = Context();
        editor.Request.Path = "/admin/login";

        await gate.InvokeAsync(reader).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var login = gate.InvokeAsync(editor);
        Assert.Equal([("/", false)], passed);
        Assert.False(login.IsCompleted);

        rest.SetResult();
        await login;
        Assert.Equal([("/", false), ("/admin/login", true)], passed);
    }

    /// <summary>
    /// On a new database readers are let in once the content is stored, while its search index is still being built
    /// (decision 0032): a search waits for that, so it never answers from an index still empty.
    /// </summary>
    [Theory]
    [InlineData("/search")]
    [InlineData("/SEARCH")]
    public async Task ASearchWaitsForTheSearchIndexWhileOtherPagesAreServed(string path)
    {
        var rest = new TaskCompletionSource();
        var passed = new List<(string Path, bool AllDone)>();
        var readiness = new DatabaseReadiness(readable =>
        {
            readable();
            return rest.Task;
        });
        var gate = new StartupGate(c => { passed.Add((c.Request.Path, rest.Task.IsCompleted)); return Task.CompletedTask; }, readiness);
        var section = Context();
        section.Request.Path = "/sections/section-1";
        var search = Context();
        search.Request.Path = path;

        await gate.InvokeAsync(section).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var searching = gate.InvokeAsync(search);
        Assert.False(searching.IsCompleted);

        rest.SetResult();
        await searching;
        Assert.Equal([("/sections/section-1", false), (path, true)], passed);
    }
}
