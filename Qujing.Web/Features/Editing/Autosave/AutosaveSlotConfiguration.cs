using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Configurations;

namespace Qujing.Web.Features.Editing.Autosave;

public class AutosaveSlotConfiguration : IEntityTypeConfiguration<AutosaveSlot>
{
    public void Configure(EntityTypeBuilder<AutosaveSlot> builder)
    {
        // One slot per editor and item: two tabs saving at once race for it, and the index lets the second update instead.
        builder.HasIndex(s => new { s.UserName, s.Kind, s.ItemId }).IsUnique();
        builder.Property(s => s.UserName).HasMaxLength(256);
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.SavedAt).HasConversion<UtcTicksConverter>();
    }
}
