using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Configurations;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Features.Editing.Scheduling;

public class ScheduledPublicationConfiguration : IEntityTypeConfiguration<ScheduledPublication>
{
    /// <summary>Reasons are written by the site, a sentence or two; the limit guards the column all the same.</summary>
    public const int MaxReasonLength = 500;

    public void Configure(EntityTypeBuilder<ScheduledPublication> builder)
    {
        // One schedule per item: two editors scheduling at once cannot leave two behind.
        builder.HasIndex(s => new { s.ItemType, s.ItemId }).IsUnique();
        builder.HasIndex(s => new { s.State, s.DueAt });
        builder.Property(s => s.ItemType).HasMaxLength(20);
        builder.Property(s => s.ScheduledBy).HasMaxLength(AuditLog.MaxUserNameLength);
        builder.Property(s => s.FailureReason).HasMaxLength(MaxReasonLength);
        // SQLite cannot compare or order DateTimeOffset; as ticks the due test runs in SQL on every provider.
        builder.Property(s => s.DueAt).HasConversion<UtcTicksConverter>();
        builder.Property(s => s.ScheduledAt).HasConversion<UtcTicksConverter>();
    }
}
