using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Caching;

namespace Qujing.Web.Controllers;

/// <summary>A reader's page, carrying ETag / Last-Modified for 304s (output caching is by address: PublicPagePolicy).</summary>
[ServiceFilter<ContentValidatorsFilter>]
public abstract class PublicController : Controller;
