using Microsoft.Data.Sqlite;
using Qujing.Web.Infrastructure.Storage;
using Serilog.Events;
using Serilog.Parsing;

namespace Qujing.Web.Tests.Unit;

public sealed class StorageFailureLogFilterTests
{
    private static readonly StorageFailureLogFilter Filter = new(new SqliteStorageFailureClassifier());

    private static LogEvent Event(string source, Exception? exception) => new(
        DateTimeOffset.UtcNow, LogEventLevel.Error, exception, new MessageTemplateParser().Parse("failed"),
        [new LogEventProperty("SourceContext", new ScalarValue(source))]);

    [Fact]
    public void EfCoresStackTracesOfAStorageFailureAreLeftOut() =>
        Assert.False(Filter.IsEnabled(Event("Microsoft.EntityFrameworkCore.Update", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13))));

    [Fact]
    public void EveryOtherErrorIsKept()
    {
        Assert.True(Filter.IsEnabled(Event("Microsoft.EntityFrameworkCore.Update", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19))));
        Assert.True(Filter.IsEnabled(Event("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13))));
        Assert.True(Filter.IsEnabled(Event("Microsoft.EntityFrameworkCore.Database.Command", null)));
    }
}
