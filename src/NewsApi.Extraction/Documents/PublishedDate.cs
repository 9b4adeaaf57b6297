using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// Publication dates as metadata states them ("2025-05-28T23:30:00-04:00", "Wed, 28 May 2025 10:00:00 GMT",
/// "May 28, 2025", Unix seconds), with where each came from; never a date found in running text.
/// </summary>
internal static partial class PublishedDate
{
    /// <summary>The earliest publication date believed: older dates are a site's placeholder (0001-01-01) or a typo.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Why <paramref name="date"/> cannot be a publication date, or null when it can (1900-01-01 to tomorrow).</summary>
    private static string? Implausible(DateOnly date, DateOnly today) =>
        date < Earliest ? "before 1900-01-01"
        : date > today.AddDays(1) ? "in the future"
        : null;

    /// <summary>
    /// The first claim that reads as a plausible date, and its source. Each claim passed over on the way is reported
    /// in <paramref name="warnings"/>; a claim after the chosen one is not looked at.
    /// </summary>
    /// <param name="pageOffset">The page's own UTC offset when its metadata shows one: a time stated in UTC is read in it.</param>
    public static (DateOnly? Date, string? Source) Choose(IEnumerable<DateClaim> claims, List<string> warnings, TimeSpan? pageOffset = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var claim in claims)
        {
            if (Parse(claim.Text, pageOffset) is not { } date)
            {
                warnings.Add($"published date '{Shorten(claim.Text)}' ({claim.Source}) dropped: not a date");
            }
            else if (Implausible(date, today) is { } reason)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"published date {date:yyyy-MM-dd} ({claim.Source}) dropped: {reason}"));
            }
            else
            {
                return (date, claim.Source);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The calendar date a reader of the page saw: "2025-05-28T23:30:00-04:00" is May 28 (not converted to UTC, which
    /// would make it May 29); "2025-05-29T03:30:00Z" is May 28 too when the page's offset is -04:00.
    /// </summary>
    public static DateOnly? Parse(string text, TimeSpan? pageOffset = null)
    {
        text = text.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            if (!DateOnly.TryParseExact(iso.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written))
            {
                return null;
            }

            // Only an instant stated in UTC is moved, and only into the offset the page itself uses elsewhere.
            return pageOffset is { } offset && iso.Groups["utc"].Success && written.Year is > 1 and < 9999
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? DateOnly.FromDateTime(instant.ToOffset(offset).DateTime)
                : written;
        }

        if (UnixTime().IsMatch(text) && long.TryParse(text, CultureInfo.InvariantCulture, out var number))
        {
            // Ten digits are seconds (2001-2286), thirteen milliseconds.
            var instant = text.Length <= 10 ? DateTimeOffset.FromUnixTimeSeconds(number) : DateTimeOffset.FromUnixTimeMilliseconds(number);
            return DateOnly.FromDateTime(instant.UtcDateTime);
        }

        // Metadata is a date stamp as a whole, so the date may sit among words ("Posted Wed, 28 May 2025 10:00 GMT").
        return WrittenDate().Match(text) is { Success: true } match ? ToDate(match) : null;
    }

    /// <summary>The UTC offset an ISO timestamp states, when it states one other than UTC ("-04:00", "+0530").</summary>
    public static TimeSpan? OffsetOf(string? text) =>
        text is not null && IsoDate().Match(text.Trim()) is { Success: true } iso && iso.Groups["offset"].Success
        && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
        && instant.Offset != TimeSpan.Zero
            ? instant.Offset
            : null;

    public static DateOnly? ParseIso(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>
    /// A line that is a date and nothing else: "2025-05-28", "Friday, July 21, 2017", "Published: 28 May 2025 10:42 GMT",
    /// "Updated May 28, 2025 at 9:30 a.m. ET". Null for a sentence that merely contains a date.
    /// </summary>
    public static string? AsDateLine(string line)
    {
        var match = DateLine().Match(line.Trim());
        return match.Success ? match.Groups["date"].Value : null;
    }

    /// <summary>
    /// "Published: 6:12 PM CDT July 30, 2019", "Updated: ...": a short line that opens with a publishing word and holds one
    /// date, a page's stamp copied above the story.
    /// </summary>
    public static bool IsStampLine(string line) => line.Length <= 80 && StampLineOpening().IsMatch(line) && InStamp(line) is not null;

    /// <summary>
    /// The first date written in a page's stamp line ("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET", "By Richard
    /// Lawler posted Aug 18th 2010 7:30PM", "January 29th, 2013 in Pop"); null when it has none.
    /// </summary>
    public static string? InStamp(string line)
    {
        // One date, and either a publishing word or little else: not a range ("October 14, 1999 – January 20, 2000")
        // nor a labelled fact ("Release Date 2014-06-26", "Born: 12 May 1950").
        var dates = StampDate().Matches(line);
        if (dates.Count != 1)
        {
            return null;
        }

        var rest = line.Remove(dates[0].Index, dates[0].Length);
        var stamp = StampLabel().IsMatch(rest) || (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !OtherDateLabel().IsMatch(rest));
        return stamp ? dates[0].Groups["date"].Value : null;
    }

    /// <summary>
    /// The date an opening dateline carries: "LONDON, May 28, 2025 (Reuters) -", "WASHINGTON, Jan. 5, 2024 —",
    /// "May 28, 2025 — "; null when the paragraph opens any other way.
    /// </summary>
    public static string? InDateline(string paragraph)
    {
        var match = DatelineDate().Match(paragraph);
        return match.Success ? match.Groups["date"].Value : null;
    }

    private static DateOnly? ToDate(Match match)
    {
        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day is >= 1 and <= 31 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private const string MonthName =
        "(?<month>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    private const string Written =
        @"(?:" + MonthName + @" (?<day>[0-3]?\d)(?:st|nd|rd|th)?,? (?<year>\d{4})" +
        @"|(?<day>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthName + @",? (?<year>\d{4}))\b";

    private const string Weekday = @"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,? ";

    [GeneratedRegex(Written, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    // "2025-05-28", "2025-05-28T23:30:00-04:00", "2025-05-28 23:30:00Z"; the offset is captured apart from UTC.
    [GeneratedRegex(
        @"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:(?<utc>Z|[+-]00:?00)|(?<offset>[+-]\d{2}:?\d{2}))?)?(?=$|\s)",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{9,10}$|^\d{12,13}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnixTime();

    [GeneratedRegex(@"(?<date>\b\d{4}-\d{2}-\d{2}\b|" + Written + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampDate();

    [GeneratedRegex(@"\b(?:published|posted|updated|last modified|filed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampLabel();

    [GeneratedRegex(@"^(?:Published|Posted|Updated|Last updated|First published)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StampLineOpening();

    [GeneratedRegex(@"\b(?:release|released|born|died|founded|opens?|opening|premiered?|deadline|due|expires?|until|since|from|ends?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherDateLabel();

    // An optional label, an optional weekday, the date (ISO or words), then at most a time and a zone.
    [GeneratedRegex(
        @"^(?:(?:Published|Posted|Updated|Last updated|First published|Date)(?: on)?:? )?(?:" + Weekday + @")?" +
        @"(?<date>\d{4}-\d{2}-\d{2}|" + Written + @")" +
        @"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    // A place in capitals (or none), a comma, the date, then an agency in brackets or a dash/colon.
    [GeneratedRegex(
        @"^(?:\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3}(?:, \p{Lu}[\p{L}.]+)?, )?(?:" + Weekday + @")?" +
        @"(?<date>" + Written + @")(?: \([^)]{1,40}\))? ?[:—–-] ",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDate();
}

/// <summary>A date a document's metadata states, as written, and where it was stated (see <see cref="NewsDocument.PublishedSource"/>).</summary>
internal sealed record DateClaim(string Text, string Source);
