using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// A storage failure anywhere in an admin request (publish, restore, trash, move, re-import, an account change) is answered
/// with 503 and a Chinese page saying the change was not made and why, not with the public "抱歉，出错了" page and a 500.
/// Forms that can keep what the editor typed catch it before it gets here (<see cref="AdminController.FormAfterStorageFailure"/>).
/// </summary>
public sealed class StorageFailureFilter(IStorageFailureClassifier failures, StorageStatus status, IModelMetadataProvider metadata) : IExceptionFilter
{
    private const string View = "~/Areas/Admin/Views/Shared/StorageFailure.cshtml";

    public void OnException(ExceptionContext context)
    {
        if (failures.Classify(context.Exception) is not { } failure)
        {
            return;
        }

        // Usually recorded already where EF Core met it; not when it came from a raw connection or a file.
        status.RecordFailure(failure);
        var method = context.HttpContext.Request.Method;
        var page = HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            ? new StorageFailurePage("页面暂时无法显示", failure.PageMessage)
            : new StorageFailurePage("修改没有生效", failure.ChangeMessage);
        context.Result = new ViewResult
        {
            ViewName = View,
            ViewData = new ViewDataDictionary<StorageFailurePage>(metadata, context.ModelState) { Model = page },
            StatusCode = StatusCodes.Status503ServiceUnavailable,
        };
        context.ExceptionHandled = true;
    }
}
