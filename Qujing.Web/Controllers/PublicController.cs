using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Qujing.Web.Caching;

namespace Qujing.Web.Controllers;

/// <summary>A reader's page: output-cached with tags, and carrying ETag / Last-Modified for 304s.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
[ServiceFilter<ContentValidatorsFilter>]
public abstract class PublicController : Controller;
