using System.Text;
using Qujing.Web.Text;

namespace Qujing.Web.Import;

/// <summary>
/// How an article's bytes become text: strict UTF-8 (a bad byte is an error, never a replacement character), then
/// the site's input rule (<see cref="InputText"/>), which also drops the BOM.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    /// <summary>The text, or null when the bytes are not valid UTF-8.</summary>
    public static string? TryDecode(byte[] bytes)
    {
        try
        {
            return InputText.Clean(Strict.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
