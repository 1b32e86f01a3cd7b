using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Qujing.Web.Data;
using Qujing.Web.Data.Postgres;

namespace Qujing.Web.Tests.Unit;

/// <summary>
/// The SQLite model is compiled ahead of time (Data/CompiledModels, decision 0032) and EF Core uses it without asking;
/// nothing keeps it in step with the code but these tests.
/// </summary>
public class CompiledModelTests
{
    private const string Regenerate =
        "run `dotnet tool restore` and then, in Qujing.Web, `dotnet ef dbcontext optimize --nativeaot --context QujingDbContext --output-dir Data/CompiledModels/Sqlite --namespace Qujing.Web.Data.CompiledModels.Sqlite`";

    private static QujingDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Fact]
    public void TheSqliteContextRunsOnTheCompiledModel()
    {
        using var db = Sqlite();

        Assert.IsType<Web.Data.CompiledModels.Sqlite.QujingDbContextModel>(db.Model);
    }

    /// <summary>A change to an entity or its configuration that was not regenerated fails here.</summary>
    [Fact]
    public void TheCompiledModelIsTheModelTheCodeBuilds()
    {
        using var db = Sqlite();
        var fromCode = db.GetService<IDesignTimeModel>().Model;

        Assert.True(Shape(fromCode) == Shape(db.Model), "The compiled model differs from the model the code builds: " + Regenerate);
    }

    /// <summary>The generator cannot write query filters; the compiled model's Customize hooks add them (SqliteQueryFilters.cs).</summary>
    [Fact]
    public void EveryReaderFilterIsInTheCompiledModelAndInItsSql()
    {
        using var db = Sqlite();

        foreach (var kind in ReaderQueryFilters.Kinds)
        {
            var entityType = db.Model.FindEntityType(kind)!;
            var filter = Assert.Single(entityType.GetDeclaredQueryFilters());
            Assert.Contains("PublishedRevision", filter.Expression!.ToString(), StringComparison.Ordinal);

            var sql = QueryOf(db, kind).ToQueryString();
            Assert.Contains("\"DeletedAt\" IS NULL", sql, StringComparison.Ordinal);
            Assert.Contains("\"PublishedRevision\" > 0", sql, StringComparison.Ordinal);
        }
    }

    /// <summary>PostgreSQL builds its model from code (no compiled model of its own), filters and all.</summary>
    [Fact]
    public void PostgresBuildsItsModelWithTheSameFilters()
    {
        using var db = new PostgresQujingDbContext(new DbContextOptionsBuilder<PostgresQujingDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.IsNotType<Web.Data.CompiledModels.Sqlite.QujingDbContextModel>(db.Model);
        Assert.All(ReaderQueryFilters.Kinds, kind => Assert.Single(db.Model.FindEntityType(kind)!.GetDeclaredQueryFilters()));
    }

    /// <summary>
    /// Entities, properties, keys, relationships and indexes; each kind's query filters and each property's value
    /// converter; and the tables, columns, indexes and foreign keys they map to. (A compiled model does not keep column
    /// defaults, collations or check constraints, so those cannot be compared.)
    /// </summary>
    private static string Shape(IModel model) =>
        model.ToDebugString(MetadataDebugStringOptions.IncludePropertyIndexes) + "\n" + string.Join("\n",
            model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
                e.GetDeclaredQueryFilters().Select(f => $"{e.Name} filter {f.Key} {Lambda(f.Expression)}")
                    .Concat(e.GetDeclaredProperties().Where(p => p.GetValueConverter() is not null).Select(p =>
                        $"{e.Name}.{p.Name} converter {Lambda(p.GetValueConverter()!.ConvertToProviderExpression)} / {Lambda(p.GetValueConverter()!.ConvertFromProviderExpression)}"))))
        + "\n" + string.Join("\n",
            model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t =>
                t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")} {c.MaxLength}")
                    .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} {(i.IsUnique ? "unique" : "")} {i.Filter}"))
                    .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} {f.OnDeleteAction}"))
                    .Order(StringComparer.Ordinal)));

    /// <summary>A lambda's body with its parameters named by position, so that the generated code's names do not count.</summary>
    private static string Lambda(System.Linq.Expressions.LambdaExpression? lambda)
    {
        if (lambda is null)
        {
            return "";
        }

        var body = lambda.Body.ToString();
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            body = System.Text.RegularExpressions.Regex.Replace(body, $@"\b{System.Text.RegularExpressions.Regex.Escape(lambda.Parameters[i].Name ?? "")}\b", $"p{i}");
        }

        return body;
    }

    private static IQueryable<object> QueryOf(QujingDbContext db, Type kind) =>
        (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(kind).Invoke(db, null)!;
}
