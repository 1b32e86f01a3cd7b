using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SourceHash).HasMaxLength(64);
        // SQLite cannot order by DateTimeOffset; stored as ticks it sorts on every provider.
        builder.Property(r => r.ImportedAt).HasConversion<UtcTicksConverter>();
    }
}
