namespace Qujing.Web.Features.Home;

/// <summary>The Chinese title and sentence for an error status, shared by the public and the admin error pages.</summary>
public sealed record ErrorPage(int Status, string Title, string Message)
{
    public static ErrorPage For(int status) => status switch
    {
        404 => new(status, "页面不存在", "您要找的页面不存在，可能链接有误或内容已调整。"),
        403 => new(status, "没有权限", "您的账户没有访问此页面的权限。"),
        400 => new(status, "请求无效", "请求无法处理（表单可能已过期），请返回上一页刷新后重试。"),
        405 => new(status, "请求方式不受支持", "此地址不接受这种请求方式，请从页面上的链接或按钮进入。"),
        413 => new(status, "提交的内容过大", "提交的内容超过了网站允许的大小，未被保存。请缩短内容或换用较小的文件后重试。"),
        429 => new(status, "请求过于频繁", "您的操作过于频繁，请稍等片刻再试。"),
        _ => new(status, "抱歉，出错了", "服务器暂时无法完成请求，请稍后再试。"),
    };
}
