using Qujing.Web.Data.Entities;

namespace Qujing.Web.Tests.Unit;

/// <summary>
/// The editing machinery lists and searches items by their address name; an item without an address of its own
/// (the feature, a milestone, a figure, a quote) goes by its id, and a section or school by the name its editor gave it.
/// </summary>
public class EditableSlugTests
{
    public static TheoryData<IEditable, string> Items => new()
    {
        { new Feature { Id = 1 }, "1" },
        { new Milestone { Id = 12 }, "12" },
        { new KeyFigure { Id = 345 }, "345" },
        { new Quote { Id = 6789 }, "6789" },
        { new Section { Id = 2, Slug = "honghan" }, "honghan" },
        { new School { Id = 3, Slug = "school-3" }, "school-3" },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void AnItemWithoutAnAddressGoesByItsIdAndOtherItemsByTheirSlug(IEditable item, string slug)
    {
        Assert.Equal(slug, item.Slug);
    }
}
