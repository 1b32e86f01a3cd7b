using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Export;

/// <summary>
/// The published content as a zip a newsroom can archive or reuse without the site: <c>index.md</c> (title, byline,
/// lead, the sections in order), one Markdown file per section under <c>sections/</c> (front matter, then the heading
/// and the text as editors wrote it) and <c>content.json</c> with the schools, milestones, figures and quotes. Only what
/// readers see: the entities hold their published revision (drafts live only in revisions), and the query filters leave
/// out sections never published and everything in the trash.
/// </summary>
public sealed class ContentExport(QujingDbContext db)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Chinese, "+" and ">" as they are, not \u escapes, so the file reads in any text editor. The relaxed encoder
        // does not guard against HTML, which is why it is used only here: this JSON is a download, never put in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<byte[]> ZipAsync(DateTimeOffset at, CancellationToken ct)
    {
        var feature = await db.TheFeature.AsNoTracking().FirstOrDefaultAsync(ct);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct);
        var files = sections.Select((s, i) => (Section: s, Name: $"sections/{i + 1:00}-{s.Slug}.md")).ToList();
        var data = await DataAsync(at, ct);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "index.md", Index(feature, files, at), at);
            foreach (var (section, name) in files)
            {
                Add(zip, name, SectionFile(section), at);
            }

            Add(zip, "content.json", JsonSerializer.Serialize(data, Json), at);
        }

        return buffer.ToArray();
    }

    private static string Index(Feature? feature, List<(Section Section, string Name)> files, DateTimeOffset at)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(feature?.Title).AppendLine();
        if (feature is { Byline.Length: > 0 })
        {
            text.AppendLine(feature.Byline).AppendLine();
        }

        if (feature is { LeadMarkdown.Length: > 0 })
        {
            text.AppendLine(feature.LeadMarkdown.Trim()).AppendLine();
        }

        text.AppendLine("## 栏目").AppendLine();
        foreach (var (section, name) in files)
        {
            text.Append(CultureInfo.InvariantCulture, $"{section.Position}. [{LinkText(section.Heading)}]({name})").AppendLine();
        }

        text.AppendLine().AppendLine("学校、大事记、数据和受访者的话见 content.json。").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"导出时间：{at.UtcDateTime:yyyy-MM-dd HH:mm} UTC。只含读者可见的已发布内容，不含草稿和回收站。").AppendLine();
        return text.ToString();
    }

    /// <summary>Front matter (YAML; each value a JSON string, which YAML reads as it is), then the heading and the text.</summary>
    private static string SectionFile(Section section) =>
        $"""
        ---
        title: {JsonSerializer.Serialize(section.Heading, Json)}
        slug: {JsonSerializer.Serialize(section.Slug, Json)}
        position: {section.Position.ToString(CultureInfo.InvariantCulture)}
        revision: {section.PublishedRevision.ToString(CultureInfo.InvariantCulture)}
        ---

        # {section.Heading}

        {section.BodyMarkdown.Trim()}

        """;

    private async Task<object> DataAsync(DateTimeOffset at, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking().Include(s => s.County).Include(s => s.Aliases).OrderBy(s => s.Position).AsSplitQuery().ToListAsync(ct);
        var milestones = await db.Milestones.AsNoTracking().Include(m => m.Section).Include(m => m.School).ToListAsync(ct);
        var figures = await db.KeyFigures.AsNoTracking().Include(f => f.Section).OrderBy(f => f.Position).ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking().Include(q => q.Section).Include(q => q.School).OrderBy(q => q.Id).ToListAsync(ct);
        return new
        {
            exportedAt = at.UtcDateTime,
            schools = schools.Select(s => new
            {
                name = s.Name, slug = s.Slug, county = s.County?.Name, otherNames = s.Aliases.Select(a => a.Name), profile = s.ProfileMarkdown,
            }),
            milestones = milestones.OrderBy(m => m.Date).ThenBy(m => m.Precision).ThenBy(m => m.Id).Select(m => new
            {
                date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), precision = m.Precision.ToString(), dateText = m.DateText, level = LevelNames.Of(m.Level),
                summary = m.Summary, sourceSentence = m.SourceSentence, section = m.Section?.Slug, paragraph = m.Paragraph, school = m.School?.Name,
            }),
            figures = figures.Select(f => new
            {
                label = f.Label, value = f.Value, valueText = f.ValueText, unit = f.Unit, sourceSentence = f.SourceSentence,
                section = f.Section?.Slug, paragraph = f.Paragraph,
            }),
            quotes = quotes.Select(q => new
            {
                speaker = q.Speaker, role = q.Role, words = q.Words, direct = q.IsDirect, school = q.School?.Name,
                section = q.Section?.Slug, paragraph = q.Paragraph,
            }),
        };
    }

    private static void Add(ZipArchive zip, string name, string text, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        stream.Write(Utf8.GetBytes(text));
    }

    private static string LinkText(string heading) => heading.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
