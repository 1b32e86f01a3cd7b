using System.Net.Sockets;
using Npgsql;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Data.Postgres;

/// <summary>PostgreSQL's SQLSTATE codes for storage failures, and a server that cannot be reached.</summary>
public sealed class PostgresStorageFailureClassifier : IStorageFailureClassifier
{
    public StorageFailure? Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres && KindOf(postgres.SqlState) is { } kind)
            {
                // MessageText only: the detail reaches the public health answer, and it never names a file or a host.
                return new StorageFailure(kind, $"{postgres.SqlState}: {postgres.MessageText}");
            }

            if (e is NpgsqlException { InnerException: SocketException or TimeoutException or IOException } unreachable)
            {
                return new StorageFailure(StorageFailureKind.CannotOpen, "the database server does not answer: " + unreachable.InnerException!.GetType().Name);
            }
        }

        return null;
    }

    /// <summary>https://www.postgresql.org/docs/current/errcodes-appendix.html</summary>
    private static StorageFailureKind? KindOf(string sqlState) => sqlState switch
    {
        "53100" or "54000" => StorageFailureKind.Full, // disk_full, program_limit_exceeded
        "25006" => StorageFailureKind.ReadOnly, // read_only_sql_transaction
        "55P03" or "57014" or "53300" => StorageFailureKind.Busy, // lock_not_available, query_canceled (a timeout), too_many_connections
        "58030" => StorageFailureKind.IoError, // io_error
        "3D000" or "28000" or "28P01" or "57P01" or "57P03" => StorageFailureKind.CannotOpen, // no such database, refused login, shutting down
        "XX001" or "XX002" => StorageFailureKind.Damaged, // data_corrupted, index_corrupted
        _ => null,
    };
}
