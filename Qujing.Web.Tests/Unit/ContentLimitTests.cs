using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Qujing.Web.Features.Sections;

namespace Qujing.Web.Tests.Unit;

public class ContentLimitTests
{
    public static TheoryData<string> ContentTypes =>
        [.. typeof(SectionContent).Assembly.GetTypes().Where(t => t.Namespace == typeof(SectionContent).Namespace && t.Name.EndsWith("Content", StringComparison.Ordinal)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public void EveryTextFieldHasAMaximumLengthWithAChineseMessage(string typeName)
    {
        var fields = typeof(SectionContent).Assembly.GetType(typeName)!.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, f =>
        {
            // A fixed choice of values is as bounded as a length.
            if (f.GetCustomAttribute<AllowedValuesAttribute>() is not null)
            {
                return;
            }

            var length = f.GetCustomAttribute<StringLengthAttribute>();
            Assert.True(length is not null, $"{typeName}.{f.Name} has no [StringLength]");
            Assert.InRange(length.MaximumLength, 1, 50_000);
            Assert.Contains("不能超过", length.ErrorMessage);
            Assert.Contains(length.MaximumLength.ToString(System.Globalization.CultureInfo.InvariantCulture), length.FormatErrorMessage(f.Name));
        });
    }
}
