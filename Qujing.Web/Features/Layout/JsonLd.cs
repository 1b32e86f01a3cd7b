using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Qujing.Web.Features.Layout;

/// <summary>Serialises schema.org data for a JSON-LD block; "&lt;" and "&amp;" stay escaped so content cannot close the script element.</summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.CjkUnifiedIdeographs, UnicodeRanges.CjkSymbolsandPunctuation, UnicodeRanges.HalfwidthandFullwidthForms, UnicodeRanges.GeneralPunctuation),
    };

    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);
}
