using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class AppliedCorrectionConfiguration : IEntityTypeConfiguration<AppliedCorrection>
{
    public void Configure(EntityTypeBuilder<AppliedCorrection> builder)
    {
        builder.HasIndex(c => c.Number);
        builder.Property(c => c.ItemType).HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(Features.Editing.ContentLimits.Title);
    }
}
