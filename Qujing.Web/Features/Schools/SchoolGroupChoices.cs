using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Schools;

/// <summary>A group a school can be put in: what the editor types, and what readers will see it called.</summary>
public sealed record SchoolGroupChoice(string Value, string Label);

/// <summary>
/// The groups the school form offers: every place the text names, the city-level group first, each by the name readers
/// see (<see cref="SchoolGroupNames"/>), including places no school is in yet.
/// </summary>
public sealed class SchoolGroupChoices(QujingDbContext db)
{
    public async Task<IReadOnlyList<SchoolGroupChoice>> AllAsync(CancellationToken ct)
    {
        var counties = await db.Counties.AsNoTracking().OrderByDescending(c => c.IsHomeCity).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. counties.Select(c => new SchoolGroupChoice(c.Name, SchoolGroupNames.Of(c)))];
    }

    /// <summary>"曲靖市（市直学校）、宣威市、…", for a message naming the choices.</summary>
    public static async Task<string> DescribeAsync(QujingDbContext db, CancellationToken ct) =>
        string.Join("、", (await db.Counties.AsNoTracking().OrderByDescending(c => c.IsHomeCity).ThenBy(c => c.Id).ToListAsync(ct)).Select(SchoolGroupNames.Choice));
}
