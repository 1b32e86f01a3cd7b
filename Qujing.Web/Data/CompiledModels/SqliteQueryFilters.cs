using Microsoft.EntityFrameworkCore.Metadata;

// Hand-written, beside the generated Sqlite folder (which `dotnet ef dbcontext optimize` rewrites): EF Core's generator
// cannot write query filters, so each filtered kind's generated class calls this Customize hook, which adds the filter
// from ReaderQueryFilters (decision 0032). CompiledModelTests fails when a kind with a filter is missing here.
namespace Qujing.Web.Data.CompiledModels.Sqlite;

public partial class SectionEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => ReaderQueryFilters.AddTo(runtimeEntityType);
}

public partial class SchoolEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => ReaderQueryFilters.AddTo(runtimeEntityType);
}

public partial class MilestoneEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => ReaderQueryFilters.AddTo(runtimeEntityType);
}

public partial class KeyFigureEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => ReaderQueryFilters.AddTo(runtimeEntityType);
}

public partial class QuoteEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => ReaderQueryFilters.AddTo(runtimeEntityType);
}
