using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF Core keeps a migration set per provider
/// (Data/Migrations for SQLite, Data/Postgres/Migrations for this one): every service still asks for
/// <see cref="QujingDbContext"/>, and nothing may be added to the model here (decision 0022).
/// </summary>
public sealed class PostgresQujingDbContext(DbContextOptions<PostgresQujingDbContext> options) : QujingDbContext(options);
