using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class KeyFigureConfiguration : IEntityTypeConfiguration<KeyFigure>
{
    public void Configure(EntityTypeBuilder<KeyFigure> builder) => builder.HasQueryFilter(x => x.DeletedAt == null && x.PublishedRevision > 0);
}
