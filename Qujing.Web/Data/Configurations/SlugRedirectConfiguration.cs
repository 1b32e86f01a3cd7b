using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data.Configurations;

public class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.HasIndex(r => new { r.ItemType, r.OldSlug }).IsUnique();
        builder.Property(r => r.ItemType).HasMaxLength(20);
        builder.Property(r => r.OldSlug).HasMaxLength(100);
        builder.Property(r => r.NewSlug).HasMaxLength(100);
    }
}
