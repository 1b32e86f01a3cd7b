using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Search;

public class SearchController(SearchService search) : PublicController
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct) => View(await search.SearchAsync(q, ct));
}
