using Microsoft.AspNetCore.Html;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Media;

namespace Qujing.Web.Features.Schools;

public sealed record SchoolPage(School School, IHtmlContent Profile, MediaImage? LeadImage = null);
