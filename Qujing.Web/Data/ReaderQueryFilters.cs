using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data;

/// <summary>
/// Readers and every public query see only items that have been published and are not in the trash
/// (<see cref="IEditable.ReadersSee"/>, said in SQL): the query filter of each kind an editor can hide. Editing code
/// reaches the rest with <c>IgnoreQueryFilters()</c>.
/// </summary>
/// <remarks>
/// Kept here rather than in each entity's configuration because the SQLite model is also compiled ahead of time
/// (decision 0032), and EF Core's generator refuses an entity type with a query filter: the model is generated without
/// them (<see cref="EF.IsDesignTime"/>) and the compiled model's <c>Customize</c> hooks add these same expressions.
/// </remarks>
public static class ReaderQueryFilters
{
    private static readonly Dictionary<Type, LambdaExpression> Filters = new()
    {
        [typeof(Section)] = (Expression<Func<Section, bool>>)(x => x.DeletedAt == null && x.PublishedRevision > 0),
        [typeof(School)] = (Expression<Func<School, bool>>)(x => x.DeletedAt == null && x.PublishedRevision > 0),
        [typeof(Milestone)] = (Expression<Func<Milestone, bool>>)(x => x.DeletedAt == null && x.PublishedRevision > 0),
        [typeof(KeyFigure)] = (Expression<Func<KeyFigure, bool>>)(x => x.DeletedAt == null && x.PublishedRevision > 0),
        [typeof(Quote)] = (Expression<Func<Quote, bool>>)(x => x.DeletedAt == null && x.PublishedRevision > 0),
    };

    /// <summary>The kinds that have a filter.</summary>
    public static IReadOnlyCollection<Type> Kinds => Filters.Keys;

    /// <summary>Sets the filters on a model built from code: every start on PostgreSQL, and the model CompiledModelTests
    /// compares the compiled one with. Not on the model EF Core's tools build (see QujingDbContext.OnModelCreating).</summary>
    public static void Apply(ModelBuilder builder)
    {
        foreach (var (type, filter) in Filters)
        {
            builder.Entity(type).HasQueryFilter(filter);
        }
    }

    /// <summary>Adds the kind's filter to an entity type of the compiled model, the way EF Core's runtime model keeps it.</summary>
    public static void AddTo(RuntimeEntityType entityType)
    {
        if (Filters.TryGetValue(entityType.ClrType, out var filter))
        {
            // Stored as EF Core's own conversion of a built model stores it (RuntimeModelConvention): its internal
            // collection of RuntimeQueryFilter, which the query pipeline casts to. Internal API, so an EF Core update may
            // change it: CompiledModelTests runs a query of every filtered kind on the compiled model to notice.
#pragma warning disable EF1001
            entityType.AddAnnotation(
                Microsoft.EntityFrameworkCore.Metadata.Internal.CoreAnnotationNames.QueryFilter,
                new Microsoft.EntityFrameworkCore.Metadata.Internal.QueryFilterCollection(
                    [new Microsoft.EntityFrameworkCore.Metadata.Internal.RuntimeQueryFilter(null, filter)]));
#pragma warning restore EF1001
        }
    }
}
