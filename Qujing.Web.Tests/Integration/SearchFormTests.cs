namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The results page shows two search forms, the header's and its own: each has a name a screen reader announces and a
/// label tied to its own field, so neither the names nor the ids may repeat.
/// </summary>
public sealed class SearchFormTests(SiteFixture site)
{
    [Fact]
    public async Task TheHeaderFormAndTheResultsFormAreNamedApartWithLabelsForTheirOwnFields()
    {
        var (_, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("党建"));

        var forms = document.QuerySelectorAll("form[role=search]");
        Assert.Equal(["站内搜索", "重新搜索"], forms.Select(f => f.GetAttribute("aria-label")));
        var ids = forms.Select(f => f.QuerySelector("input[name=q]")!.Id).ToList();
        Assert.Equal(["q-header", "q-results"], ids);
        Assert.All(forms, f => Assert.Equal(f.QuerySelector("input[name=q]")!.Id, f.QuerySelector("label")!.GetAttribute("for")));
        Assert.Equal(["", "党建"], forms.Select(f => f.QuerySelector("input[name=q]")!.GetAttribute("value") ?? ""));
    }
}
