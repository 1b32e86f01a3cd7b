using Microsoft.Extensions.Logging;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Tests.Unit;

public sealed class StorageStatusTests
{
    private static readonly StorageFailure Full = new(StorageFailureKind.Full, "SQLite Error 13: 'database or disk is full'.");

    private readonly ListLogger _log = new();
    private readonly Clock _clock = new() { Now = new DateTimeOffset(2026, 11, 26, 7, 40, 12, TimeSpan.Zero) };

    [Fact]
    public void AFailureIsLoggedOnceAtErrorInWordsUntilAWriteSucceeds()
    {
        var status = new StorageStatus(_log, _clock);

        status.RecordFailure(Full);
        _clock.Now += TimeSpan.FromMinutes(3);
        status.RecordFailure(Full);
        status.RecordFailure(Full);
        var failed = status.LastFailure;
        status.RecordWriteSucceeded();
        status.RecordWriteSucceeded();

        var error = Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.StartsWith("Database storage full: SQLite Error 13: 'database or disk is full'. Editors", error.Message);
        Assert.Null(error.Exception);
        Assert.Equal("2026-11-26 07:43", failed?.AtText);
        Assert.Null(status.LastFailure);
        Assert.Single(_log.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("The database takes writes again", StringComparison.Ordinal));
    }

    [Fact]
    public void AFailureOfAnotherKindIsLoggedAgain()
    {
        var status = new StorageStatus(_log, _clock);

        status.RecordFailure(Full);
        status.RecordFailure(new StorageFailure(StorageFailureKind.ReadOnly, "SQLite Error 8: 'attempt to write a readonly database'."));

        Assert.Equal(2, _log.Entries.Count(e => e.Level == LogLevel.Error));
        Assert.Equal(StorageFailureKind.ReadOnly, status.LastFailure?.Failure.Kind);
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class ListLogger : ILogger<StorageStatus>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
