using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class MediaVariantConfiguration : IEntityTypeConfiguration<MediaVariant>
{
    public void Configure(EntityTypeBuilder<MediaVariant> builder)
    {
        builder.HasIndex(v => new { v.MediaItemId, v.Width, v.Format }).IsUnique();
        builder.Property(v => v.Format).HasMaxLength(8);
    }
}
