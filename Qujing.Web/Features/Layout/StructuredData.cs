using System.Text.Json.Serialization;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Layout;

/// <summary>schema.org objects for JSON-LD (NewsArticle for the feature and its sections, EducationalOrganization for schools).</summary>
public static class StructuredData
{
    /// <summary>The dates are this site's own first publish and last change: the source gives no date of its own.</summary>
    public static object Article(Feature feature, Provenance provenance, string headline, string description, string? section = null) => new NewsArticleData
    {
        Headline = headline,
        Description = description,
        ArticleSection = section,
        DatePublished = Provenance.Iso(provenance.FirstPublished),
        DateModified = Provenance.Iso(provenance.LastChanged),
        Author = feature.Byline.Length > 0 ? new Thing("Person", feature.Byline) : null,
        IsPartOf = section is null ? null : new Thing("NewsArticle", feature.Title),
    };

    public static object School(School school) => new SchoolData
    {
        Name = school.Name,
        AlternateName = [.. school.Aliases.Select(a => a.Name)],
        Address = school.County is null ? null : new PostalAddress(school.County.Name),
    };

    public sealed record Thing([property: JsonPropertyName("@type")] string Type, [property: JsonPropertyName("name")] string Name);

    public sealed record PostalAddress([property: JsonPropertyName("addressLocality")] string Locality)
    {
        [JsonPropertyName("@type")] public string Type => "PostalAddress";
        [JsonPropertyName("addressRegion")] public string Region => "云南省";
    }

    private sealed class NewsArticleData
    {
        [JsonPropertyName("@context")] public string Context { get; } = "https://schema.org";
        [JsonPropertyName("@type")] public string Type { get; } = "NewsArticle";
        [JsonPropertyName("headline")] public string Headline { get; init; } = "";
        [JsonPropertyName("description")] public string Description { get; init; } = "";
        [JsonPropertyName("articleSection"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ArticleSection { get; init; }
        [JsonPropertyName("datePublished")] public string DatePublished { get; init; } = "";
        [JsonPropertyName("dateModified")] public string DateModified { get; init; } = "";
        [JsonPropertyName("inLanguage")] public string Language { get; } = "zh-CN";
        [JsonPropertyName("author"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Thing? Author { get; init; }
        [JsonPropertyName("isPartOf"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Thing? IsPartOf { get; init; }
    }

    private sealed class SchoolData
    {
        [JsonPropertyName("@context")] public string Context { get; } = "https://schema.org";
        [JsonPropertyName("@type")] public string Type { get; } = "EducationalOrganization";
        [JsonPropertyName("name")] public string Name { get; init; } = "";
        [JsonPropertyName("alternateName")] public string[] AlternateName { get; init; } = [];
        [JsonPropertyName("address"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public PostalAddress? Address { get; init; }
    }
}
