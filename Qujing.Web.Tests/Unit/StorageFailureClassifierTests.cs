using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Tests.Unit;

/// <summary>SQLite's own failures, made for real where SQLite can be made to fail, each told apart from the rest.</summary>
public sealed class StorageFailureClassifierTests : IDisposable
{
    private readonly SqliteStorageFailureClassifier _classifier = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("qujing-storage-");

    public void Dispose() => _folder.Delete(true);

    private string DatabasePath => Path.Combine(_folder.FullName, "test.db");

    private SqliteConnection Open(string options = "")
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False{options}");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void CreateDatabase()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE t (x BLOB); INSERT INTO t VALUES (randomblob(10000))");
    }

    private StorageFailureKind? KindOf(Action failing) => _classifier.Classify(Record.Exception(failing))?.Kind;

    [Fact]
    public void AWriteThatFindsNoRoomIsFull()
    {
        CreateDatabase();
        using var connection = Open();
        Execute(connection, "PRAGMA max_page_count = 1"); // never below the file's size: no room for one page more

        Assert.Equal(StorageFailureKind.Full, KindOf(() => Execute(connection, "INSERT INTO t VALUES (randomblob(100000))")));
    }

    [Fact]
    public void AWriteToADatabaseOpenedReadOnlyIsReadOnly()
    {
        CreateDatabase();
        using var connection = Open(";Mode=ReadOnly");

        Assert.Equal(StorageFailureKind.ReadOnly, KindOf(() => Execute(connection, "DELETE FROM t")));
    }

    [Fact]
    public void AMissingFileCannotBeOpened() =>
        Assert.Equal(StorageFailureKind.CannotOpen, KindOf(() => Open(";Mode=ReadWrite")));

    [Fact]
    public void AFileThatIsNoDatabaseIsDamaged()
    {
        File.WriteAllText(DatabasePath, new string('x', 8192));
        using var connection = Open();

        Assert.Equal(StorageFailureKind.Damaged, KindOf(() => Execute(connection, "SELECT * FROM t")));
    }

    [Fact]
    public void AWriterHeldUpPastTheTimeoutIsBusy()
    {
        CreateDatabase();
        using var holder = Open();
        using var transaction = holder.BeginTransaction(); // BEGIN IMMEDIATE: the write lock
        using var waiter = Open(";Default Timeout=1");

        Assert.Equal(StorageFailureKind.Busy, KindOf(() => Execute(waiter, "BEGIN IMMEDIATE")));
    }

    [Fact]
    public void AnExtendedIoErrorCodeIsAnIoError() =>
        Assert.Equal(StorageFailureKind.IoError, _classifier.Classify(new SqliteException("disk I/O error", 778))?.Kind); // SQLITE_IOERR_WRITE

    [Fact]
    public void AFailureInsideEfCoresExceptionIsFound()
    {
        var failure = _classifier.Classify(new DbUpdateException("saving failed", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)));

        Assert.Equal(new StorageFailure(StorageFailureKind.Full, "SQLite Error 13: 'database or disk is full'."), failure);
    }

    [Fact]
    public void AFileWriteToAFullDeviceIsFullAndNamesNoPath()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs Linux's /dev/full");

        var failure = _classifier.Classify(Record.Exception(() => File.WriteAllBytes("/dev/full", new byte[1])));

        Assert.Equal(StorageFailureKind.Full, failure?.Kind);
        Assert.DoesNotContain("/dev", failure?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingElseIsNoStorageFailure()
    {
        CreateDatabase();
        using var connection = Open();
        Execute(connection, "CREATE UNIQUE INDEX one ON t (x)");

        Assert.Null(KindOf(() => Execute(connection, "INSERT INTO t SELECT x FROM t"))); // a constraint: the request's fault
        Assert.Null(KindOf(() => Execute(connection, "SELECT * FROM no_such_table")));
        Assert.Null(_classifier.Classify(new IOException("directory not empty", 39))); // ENOTEMPTY, not a full disk
        Assert.Null(_classifier.Classify(new InvalidOperationException("other")));
        Assert.Null(_classifier.Classify(null));
    }
}
