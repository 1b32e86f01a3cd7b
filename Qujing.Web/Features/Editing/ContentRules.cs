using System.ComponentModel.DataAnnotations;

namespace Qujing.Web.Features.Editing;

/// <summary>A content record's own rules (required fields, lengths, formats, Markdown nesting), as messages keyed by field.</summary>
public static class ContentRules
{
    public static Dictionary<string, string> Errors(object content)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(content, new ValidationContext(content), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(field => (field, message: r.ErrorMessage ?? "")))
            .DistinctBy(e => e.field).ToDictionary(e => e.field, e => e.message);
    }
}
