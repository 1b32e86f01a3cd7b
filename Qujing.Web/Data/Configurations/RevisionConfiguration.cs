using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        // Two editors saving on the same base would both claim the next number: the unique index refuses the second.
        builder.HasIndex(r => new { r.ItemType, r.ItemId, r.Number }).IsUnique();
        builder.Property(r => r.ItemType).HasMaxLength(20);
        builder.Property(r => r.Author).HasMaxLength(256);
        builder.Property(r => r.At).HasConversion<UtcTicksConverter>();
    }
}
