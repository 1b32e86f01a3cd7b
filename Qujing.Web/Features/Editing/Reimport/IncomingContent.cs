using Qujing.Web.Data.Entities;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>Everything an import found, keyed by identity (<see cref="ImportKeys"/>), kind by kind.</summary>
public sealed record IncomingContent(
    IncomingItem<FeatureContent> Feature,
    IReadOnlyList<IncomingItem<SectionContent>> Sections,
    IReadOnlyList<IncomingItem<SchoolContent>> Schools,
    IReadOnlyList<IncomingItem<MilestoneContent>> Milestones,
    IReadOnlyList<IncomingItem<FigureContent>> Figures,
    IReadOnlyList<IncomingItem<QuoteContent>> Quotes)
{
    public static IncomingContent Of(MappedContent mapped)
    {
        var sectionKeys = ImportKeys.Numbered(mapped.Sections.Select(s => ImportKeys.SectionStem(s.Heading)));
        string? SectionKey(Section? s) => s is null ? null : sectionKeys[mapped.Sections.IndexOf(s)];

        return new(
            new(ImportKeys.Numbered([ImportKeys.Feature])[0], FeatureContent.Of(mapped.Feature), mapped.Feature),
            Keyed(mapped.Sections, sectionKeys, SectionContent.Of),
            Keyed(mapped.Schools, ImportKeys.Numbered(mapped.Schools.Select(s => ImportKeys.SchoolStem(s.Name))), SchoolContent.Of),
            Keyed(mapped.Milestones, ImportKeys.Numbered(mapped.Milestones.Select(m => ImportKeys.MilestoneStem(SectionKey(m.Section), m.DateText))), MilestoneContent.Of),
            Keyed(mapped.Figures, ImportKeys.Numbered(mapped.Figures.Select(f => ImportKeys.FigureStem(f.Label, f.Unit))), FigureContent.Of),
            Keyed(mapped.Quotes, ImportKeys.Numbered(mapped.Quotes.Select(q => ImportKeys.QuoteStem(SectionKey(q.Section), q.Speaker))), QuoteContent.Of));
    }

    /// <summary>Every item with its type, key and content: what a first import records as the base of later ones.</summary>
    public IEnumerable<(string ItemType, IncomingItem<object> Item)> All() =>
        [
            (FeatureContent.ItemType, Untyped(Feature)),
            .. Sections.Select(i => (SectionContent.ItemType, Untyped(i))),
            .. Schools.Select(i => (SchoolContent.ItemType, Untyped(i))),
            .. Milestones.Select(i => (MilestoneContent.ItemType, Untyped(i))),
            .. Figures.Select(i => (FigureContent.ItemType, Untyped(i))),
            .. Quotes.Select(i => (QuoteContent.ItemType, Untyped(i))),
        ];

    private static IncomingItem<object> Untyped<T>(IncomingItem<T> item) where T : class => new(item.Key, item.Content, item.Source);

    private static List<IncomingItem<TContent>> Keyed<TEntity, TContent>(List<TEntity> items, List<string> keys, Func<TEntity, TContent> content)
        where TEntity : IEditable =>
        [.. items.Select((item, i) => new IncomingItem<TContent>(keys[i], content(item), item))];
}
