using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Qujing.Web.Features.Accounts;

/// <summary>What the audit page is narrowed to: a user, an action, a kind of item, words in the detail, and a page.</summary>
public sealed record AuditFilter(string User, string Action, string ItemType, string Text, int Page)
{
    /// <summary>Longer than any user name, action or phrase worth searching for; more is cut and said so.</summary>
    public const int MaxLength = 100;

    public bool IsEmpty => User.Length == 0 && Action.Length == 0 && ItemType.Length == 0 && Text.Length == 0;

    /// <summary>The query string for another page of the same filter, with only the parameters that say something.</summary>
    public string QueryFor(int page) =>
        new QueryBuilder(new Dictionary<string, string>
        {
            ["user"] = User, ["action"] = Action, ["type"] = ItemType, ["q"] = Text,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : "",
        }.Where(p => p.Value.Length > 0)).ToString();
}
