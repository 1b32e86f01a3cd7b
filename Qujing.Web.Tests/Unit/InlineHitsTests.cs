using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Unit;

/// <summary>Cache hits on the socket threads, everything else on the thread pool (decision 0006).</summary>
[Collection(Integration.WebCollection.Name)] // changes an environment variable every site reads at its start
public class InlineHitsTests
{
    [Fact]
    public async Task WhatTheCacheDidNotAnswerContinuesOnTheThreadPool()
    {
        bool? onThreadPool = null;
        var middleware = new LeaveSocketThread(_ =>
        {
            onThreadPool = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        });

        // Called from a thread of its own, as a socket thread would call it.
        Task? request = null;
        var socketThread = new Thread(() => request = middleware.InvokeAsync(new DefaultHttpContext()));
        socketThread.Start();
        socketThread.Join();
        await request!;

        Assert.True(onThreadPool);
    }

    [Theory]
    [InlineData(TakeTurnsWhenBusy.Backlog + 1, true)]
    [InlineData(TakeTurnsWhenBusy.Backlog, false)]
    [InlineData(0, false)]
    public async Task AHitWaitsItsTurnInTheThreadPoolOnlyWhileThePoolHasABacklog(long queued, bool onThreadPool)
    {
        bool? ranOnThreadPool = null;
        var middleware = new TakeTurnsWhenBusy(_ =>
        {
            ranOnThreadPool = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        }, () => queued);

        // Called from a thread of its own, as a socket thread would call it.
        Task? request = null;
        var socketThread = new Thread(() => request = middleware.InvokeAsync(new DefaultHttpContext()));
        socketThread.Start();
        socketThread.Join();
        await request!;

        Assert.Equal(onThreadPool, ranOnThreadPool);
    }

    [Fact]
    public async Task ARequestAlreadyOnTheThreadPoolIsNotQueuedASecondTime()
    {
        var ranOn = new List<int>();
        RequestDelegate next = _ =>
        {
            ranOn.Add(Environment.CurrentManagedThreadId);
            return Task.CompletedTask;
        };

        // Synchronously, on the calling pool thread: neither the backlog nor the leaving yields again.
        var (poolThread, completedAtOnce) = await Task.Run(() =>
        {
            var busy = new TakeTurnsWhenBusy(next, () => TakeTurnsWhenBusy.Backlog + 1).InvokeAsync(new DefaultHttpContext());
            var leaving = new LeaveSocketThread(next).InvokeAsync(new DefaultHttpContext());
            return (Environment.CurrentManagedThreadId, busy.IsCompletedSuccessfully && leaving.IsCompletedSuccessfully);
        });

        Assert.True(completedAtOnce);
        Assert.Equal([poolThread, poolThread], ranOn);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("true", null, true)]
    [InlineData("false", null, false)]
    [InlineData(null, "Postgres", false)]
    [InlineData("true", "Postgres", false)]
    public async Task KestrelProcessesRequestsOnTheSocketThreadsUnlessSwitchedOffOrOnPostgres(string? setting, string? provider, bool inline)
    {
        var builder = WebApplication.CreateBuilder();
        if (setting is not null)
        {
            builder.Configuration[InlineHits.Setting] = setting;
        }

        if (provider is not null)
        {
            builder.Configuration["Database:Provider"] = provider;
        }

        builder.ServeCacheHitsInline();
        await using var app = builder.Build();

        Assert.Equal(inline, app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }

    [Fact]
    public void SocketCompletionsAreInlineUnlessTheOperatorChoseOtherwise()
    {
        var before = Environment.GetEnvironmentVariable(InlineHits.InlineCompletionsVariable);
        try
        {
            Environment.SetEnvironmentVariable(InlineHits.InlineCompletionsVariable, null);
            WebApplication.CreateBuilder().ServeCacheHitsInline();
            Assert.Equal("1", Environment.GetEnvironmentVariable(InlineHits.InlineCompletionsVariable));

            Environment.SetEnvironmentVariable(InlineHits.InlineCompletionsVariable, "0");
            WebApplication.CreateBuilder().ServeCacheHitsInline();
            Assert.Equal("0", Environment.GetEnvironmentVariable(InlineHits.InlineCompletionsVariable));
        }
        finally
        {
            Environment.SetEnvironmentVariable(InlineHits.InlineCompletionsVariable, before);
        }
    }
}
