namespace Qujing.Web.Areas.Admin.Models;

/// <summary>Previous/next links for a paged admin list; <paramref name="QueryFor"/> keeps the list's filter on every page.</summary>
public sealed record PagerModel(string Path, int Page, int Pages, Func<int, string> QueryFor);
