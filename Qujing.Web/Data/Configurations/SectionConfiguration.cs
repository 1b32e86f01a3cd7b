using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasOne(s => s.LeadImage).WithMany().HasForeignKey(s => s.LeadImageId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Slug).HasMaxLength(100);
        builder.Property(s => s.Heading).HasMaxLength(200);
    }
}
