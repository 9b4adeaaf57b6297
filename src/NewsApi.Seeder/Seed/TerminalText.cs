using System.Globalization;
using System.Text;

namespace NewsApi.Seeder.Seed;

/// <summary>
/// A file name or reason as it may be printed: control characters written as escapes ("\x1B", "\n"), so a hostile name
/// can neither recolour nor clear the terminal nor break the one-line-per-file output.
/// </summary>
public static class TerminalText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)character:X2}"),
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }
}
