using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Data;

/// <summary>The site's content store. Provider-neutral: SQLite-only features live behind their own interfaces.</summary>
public class QujingDbContext(DbContextOptions<QujingDbContext> options) : DbContext(options)
{
    public DbSet<Feature> Features => Set<Feature>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<County> Counties => Set<County>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<KeyFigure> KeyFigures => Set<KeyFigure>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportReportItem> ImportReportItems => Set<ImportReportItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QujingDbContext).Assembly);
}
