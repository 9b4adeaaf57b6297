using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// The forms names are compared in. <see cref="Of"/> is the key names are stored and looked up by (entity_aliases.key,
/// the API's name filters); <see cref="Loose"/> adds the rules extraction uses to tell that two mentions in a text name
/// the same thing, which would merge distinct aliases ("The Times" and "Times") if they were stored.
/// </summary>
public static partial class NameKey
{
    /// <summary>Unicode-normalised, case-folded, whitespace collapsed, curly apostrophes straightened: "ISPR", "Ispr" and " ispr " are one.</summary>
    public static string Of(string name)
    {
        if (IsPlainAscii(name))
        {
            return name.ToLower(CultureInfo.InvariantCulture); // what the loop below gives such a name, without its copies
        }

        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var character in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character is '\u2019' or '\u2018' ? '\'' : character);
        }

        return builder.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>ASCII words with single spaces between them: already normalised, nothing to collapse or replace.</summary>
    private static bool IsPlainAscii(string name)
    {
        if (name.Length == 0 || name[0] == ' ' || name[^1] == ' ') return false;
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (!char.IsAscii(character) || (char.IsWhiteSpace(character) && (character != ' ' || name[i - 1] == ' '))) return false;
        }

        return true;
    }

    /// <summary><see cref="Of"/>, then no leading "the", no possessive, no dots in "U.S.", no web suffix ("CBC.ca" is CBC).</summary>
    public static string Loose(string surface)
    {
        var key = Of(surface);
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        if (key.EndsWith("'s", StringComparison.Ordinal)) key = key[..^2];
        if (IsDottedAcronym(key)) return key.Replace(".", "", StringComparison.Ordinal);
        return WebSuffix().Replace(key, "");
    }

    /// <summary>
    /// A ministry or department named by its field either way, as "of" names it: "economy ministry" -> "ministry of economy",
    /// "united states energy department" -> "united states department of energy".
    /// </summary>
    public static string WithOfficeFirst(string key) => FieldBeforeOffice().Replace(key, "$1$3 of $2");

    /// <summary>
    /// The key without accents ("montréal" -> "montreal", "suðurnes" -> "sudurnes"): archive resolution compares names so, as news writes both. Not
    /// part of <see cref="Of"/>: stored names and lookups keep their accents.
    /// </summary>
    public static string WithoutAccents(string key)
    {
        if (Ascii.IsValid(key))
        {
            return key;
        }

        var kept = new StringBuilder(key.Length);
        foreach (var character in key.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark) continue;
            // Letters no accent marks, which English news spells out too: "Suðurnes" = "Sudurnes", "Reykjanesbær" = "Reykjanesbaer", "Łódź" = "Lodz".
            switch (character)
            {
                case 'ð' or 'đ': kept.Append('d'); break;
                case 'Ð' or 'Đ': kept.Append('D'); break;
                case 'þ': kept.Append("th"); break;
                case 'Þ': kept.Append("Th"); break;
                case 'æ': kept.Append("ae"); break;
                case 'Æ': kept.Append("Ae"); break;
                case 'ø': kept.Append('o'); break;
                case 'Ø': kept.Append('O'); break;
                case 'ł': kept.Append('l'); break;
                case 'Ł': kept.Append('L'); break;
                case 'ß': kept.Append("ss"); break;
                default: kept.Append(character); break;
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a key, for token-subset matching ("munir" in "syed asim munir").</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="part"/>'s words stand together, in order, in <paramref name="whole"/> ("labor party" in "australian labor party").</summary>
    public static bool ContainsRun(string[] whole, string[] part)
    {
        for (var start = 0; start + part.Length <= whole.Length; start++)
        {
            if (whole.AsSpan(start, part.Length).SequenceEqual(part)) return true;
        }

        return false;
    }

    [GeneratedRegex(@"(?<=\p{L})\.(?:com|org|net|gov|edu|co\.uk|ca|uk|au|in|pk)$", RegexOptions.CultureInvariant)]
    private static partial Regex WebSuffix();

    private static bool IsDottedAcronym(string key) =>
        key.Contains('.', StringComparison.Ordinal) && key.Split('.', StringSplitOptions.RemoveEmptyEntries).All(part => part.Length <= 2 && part.All(char.IsLetter));

    // A government's field before "ministry" or "department", after the country if any: "(united states )(energy) (department)".
    [GeneratedRegex(@"^(.*?)((?:(?:economy|economic|energy|finance|interior|defence|defense|justice|health|education|agriculture|environment|labou?r|transport|transportation|information|culture|industry|commerce|trade|tourism|communications|housing|mines|mining|petroleum|oil|water|fisheries|foreign|home|public|security|affairs|and) ?){1,3}) (ministry|department)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldBeforeOffice();
}
