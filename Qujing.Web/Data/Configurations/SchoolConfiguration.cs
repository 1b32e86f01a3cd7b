using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasOne(s => s.LeadImage).WithMany().HasForeignKey(s => s.LeadImageId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Slug).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasOne(s => s.County).WithMany(c => c.Schools).HasForeignKey(s => s.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Sections).WithMany().UsingEntity("SchoolSection");
        builder.HasMany(s => s.Quotes).WithOne(q => q.School).HasForeignKey(q => q.SchoolId).OnDelete(DeleteBehavior.SetNull);
    }
}
