using System.Globalization;
using System.Text;

namespace NewsApi.Storage.Writing;

/// <summary>Readable URL ids: "Syed Asim Munir" -> "syed-asim-munir", "000_414a6a6b185ff7a0" -> "000-414a6a6b185ff7a0".</summary>
public static class Slug
{
    /// <summary>Lower-case letters and digits of any script, accents dropped, every other run of characters one hyphen.</summary>
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-').Normalize(NormalizationForm.FormC);
    }
}
