using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The text of every SQL command that failed in this process while it is alive (from EF Core's diagnostic events, which
/// every in-process site raises: a test that uses it runs alone, in <see cref="WebCollection"/>).
/// </summary>
public sealed class FailedSqlCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];

    public FailedSqlCommands() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public IReadOnlyCollection<string> Commands => _commands;

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandErrorEventData error)
        {
            _commands.Enqueue(error.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
