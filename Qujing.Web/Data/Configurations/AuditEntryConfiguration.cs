using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Stored as ticks so that the newest-first listing sorts on SQLite as on any other provider.
        builder.Property(a => a.At).HasConversion<UtcTicksConverter>();
        builder.HasIndex(a => a.At);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.ItemType).HasMaxLength(50);
        builder.Property(a => a.ClientAddress).HasMaxLength(AuditLog.MaxClientAddressLength);
        builder.HasIndex(a => a.UserName);
    }
}
