using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>Dates as news text writes them: "May 28, 2025", "28 May 2025", "2025-05-28".</summary>
internal static partial class PublishedDate
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The earliest publication date believed: older dates are a site's placeholder (0001-01-01) or a typo.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Why <paramref name="date"/> cannot be a publication date, or null when it can (1900-01-01 to tomorrow).</summary>
    public static string? Implausible(DateOnly date, DateOnly today) =>
        date < Earliest ? "before 1900-01-01"
        : date > today.AddDays(1) ? "in the future"
        : null;

    public static DateOnly? ParseIso(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The first complete date written out in <paramref name="text"/>.</summary>
    public static DateOnly? FindInText(string text)
    {
        foreach (Match match in WrittenDate().Matches(text))
        {
            var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    private const string MonthName =
        "(?<month>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    [GeneratedRegex(
        @"\b(?:" + MonthName + @" (?<day>[0-3]?\d)(?:st|nd|rd|th)?,? (?<year>(?:19|20)\d\d)" +
        @"|(?<day>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthName + @",? (?<year>(?:19|20)\d\d))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();
}
