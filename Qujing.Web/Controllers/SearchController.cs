using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Search;

namespace Qujing.Web.Controllers;

public class SearchController(SearchService search) : PublicController
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct) => View(await search.SearchAsync(q, ct));
}
