using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Configurations;

namespace Qujing.Web.Features.Editing.Presence;

public class EditPresenceConfiguration : IEntityTypeConfiguration<EditPresence>
{
    public void Configure(EntityTypeBuilder<EditPresence> builder)
    {
        // One row per editor and item: two tabs beating at once race for it, and the index lets the loser update instead.
        builder.HasIndex(p => new { p.UserId, p.ItemType, p.ItemId }).IsUnique();
        builder.HasIndex(p => new { p.ItemType, p.ItemId });
        builder.HasIndex(p => p.SeenAt);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.ItemType).HasMaxLength(20);
        // SQLite cannot compare DateTimeOffset; as ticks the window test runs in SQL on every provider.
        builder.Property(p => p.SeenAt).HasConversion<UtcTicksConverter>();
    }
}
