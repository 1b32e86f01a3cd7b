using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// New items of any kind, as a first draft: the item, its revision 1 ("新建") and the audit entry are stored together,
/// and the item stays unpublished (revision 0), so readers see nothing until an editor publishes it.
/// </summary>
public sealed class ContentCreator<TEntity, TContent>(IContentKind<TEntity, TContent> kind, QujingDbContext db, RevisionStore revisions, AuditLog audit)
    where TEntity : class, IEditable
    where TContent : class
{
    public async Task<CreateOutcome> CreateAsync(TContent content, string user, CancellationToken ct)
    {
        if (!kind.CanCreate)
        {
            throw new InvalidOperationException($"{kind.Plural} cannot be created.");
        }

        // The same checks as an edit: the content's own rules (a form has checked them, but not every caller is a form),
        // then those that need the database (a free address, a known county).
        var item = await kind.NewAsync(db, ct);
        if (ContentRules.Errors(content) is { Count: > 0 } refused)
        {
            return new CreateOutcome.Invalid(refused);
        }

        if (await kind.ValidateAsync(db, item, content, ct) is { Count: > 0 } errors)
        {
            return new CreateOutcome.Invalid(errors);
        }

        await kind.ApplyAsync(db, item, content, ct);
        // One unit with the revision and the audit entry; a caller that already holds a transaction (a re-import) keeps it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Add(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor took the same address between the check and the insert: say so. Any other failure is not ours to hide.
            foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                added.State = EntityState.Detached;
            }

            if (await kind.ValidateAsync(db, item, content, ct) is { Count: > 0 } taken)
            {
                return new CreateOutcome.Invalid(taken);
            }

            throw;
        }

        revisions.Add(kind.ItemType, item.Id, 1, content, user, "新建");
        await audit.RecordAsync(user, $"新建{kind.Label}", kind.TitleOf(content), kind.ItemType, item.Id, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new CreateOutcome.Created(item.Id);
    }
}
