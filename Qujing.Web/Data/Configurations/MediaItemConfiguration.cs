using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Media;

namespace Qujing.Web.Data.Configurations;

public class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.Property(m => m.FileName).HasMaxLength(MediaLimits.FileName);
        builder.Property(m => m.Alt).HasMaxLength(MediaLimits.Alt);
        builder.Property(m => m.Caption).HasMaxLength(MediaLimits.Caption);
        builder.Property(m => m.Credit).HasMaxLength(MediaLimits.Credit);
        builder.Property(m => m.Widths).HasMaxLength(50);
        builder.Property(m => m.Hash).HasMaxLength(16);
        builder.Property(m => m.UploadedBy).HasMaxLength(256);
        builder.Property(m => m.UploadedAt).HasConversion<UtcTicksConverter>();
        builder.Ignore(m => m.WidthList);
        builder.HasMany(m => m.Variants).WithOne().HasForeignKey(v => v.MediaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
