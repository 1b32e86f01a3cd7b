using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class ImportedBaseConfiguration : IEntityTypeConfiguration<ImportedBase>
{
    public void Configure(EntityTypeBuilder<ImportedBase> builder)
    {
        builder.HasIndex(b => new { b.ItemType, b.ItemId }).IsUnique();
        builder.HasIndex(b => new { b.ItemType, b.Key }).IsUnique();
        builder.Property(b => b.ItemType).HasMaxLength(20);
        builder.Property(b => b.Key).HasMaxLength(400);
    }
}
