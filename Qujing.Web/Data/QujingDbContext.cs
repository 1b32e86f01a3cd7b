using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data;

/// <summary>
/// The site's content store and its editor accounts (Identity's tables live in the same database).
/// Provider-neutral: SQLite-only features live behind their own interfaces. It also holds the Data Protection key ring
/// (which signs the login cookie and antiforgery tokens), so that every instance over this database shares it.
/// </summary>
public class QujingDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public QujingDbContext(DbContextOptions<QujingDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="Postgres.PostgresQujingDbContext"/>), which keeps its own migrations.</summary>
    protected QujingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Feature> Features => Set<Feature>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<County> Counties => Set<County>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<KeyFigure> KeyFigures => Set<KeyFigure>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportReportItem> ImportReportItems => Set<ImportReportItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<PendingImport> PendingImports => Set<PendingImport>();
    public DbSet<ImportedBase> ImportedBases => Set<ImportedBase>();
    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();
    public DbSet<AppliedCorrection> AppliedCorrections => Set<AppliedCorrection>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<MediaVariant> MediaVariants => Set<MediaVariant>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Features.Editing.Autosave.AutosaveSlot> AutosaveSlots => Set<Features.Editing.Autosave.AutosaveSlot>();
    public DbSet<Features.Editing.Scheduling.ScheduledPublication> ScheduledPublications => Set<Features.Editing.Scheduling.ScheduledPublication>();
    public DbSet<Features.Editing.Presence.EditPresence> EditPresences => Set<Features.Editing.Presence.EditPresence>();

    /// <summary>
    /// The one feature this site is about: the first row by id (the table has one row; ordering keeps the choice
    /// stable should a second ever appear). Take <c>FirstAsync</c> or <c>FirstOrDefaultAsync</c> of it.
    /// </summary>
    public IQueryable<Feature> TheFeature => Features.OrderBy(f => f.Id);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(QujingDbContext).Assembly);

        // Not when EF Core's tools build the model: its compiled-model generator refuses query filters, and the compiled
        // model adds these itself (ReaderQueryFilters). Migrations do not depend on them.
        if (!EF.IsDesignTime)
        {
            ReaderQueryFilters.Apply(builder);
        }
    }
}
