using System.Reflection;
using Qujing.Web.Areas.Admin.Controllers;

namespace Qujing.Web.Tests.Unit;

/// <summary>
/// MVC binds an empty text field as null. The content records turn null into "" as it is set (their input rule), so a
/// revision never holds a null and two revisions compare cleanly; the admin controllers rely on it.
/// </summary>
public class ContentFieldTests
{
    /// <summary>The content record of each admin content controller.</summary>
    public static TheoryData<string> ContentTypes => [.. EditedContentTypes().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public void EveryTextFieldOfEditedContentTurnsNullIntoEmptyText(string name)
    {
        var type = EditedContentTypes().Single(t => t.Name == name);
        var content = Activator.CreateInstance(type)!;

        var fields = type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).ToList();
        foreach (var field in fields)
        {
            field.SetValue(content, null);
        }

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal("", f.GetValue(content)));
    }

    private static IEnumerable<Type> EditedContentTypes() =>
        typeof(ContentAdminController<,>).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(ContentAdminController<,>))
            .Select(b => b!.GetGenericArguments()[1]);
}
