using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// "on Wednesday", "last Friday", "next Monday" resolved against the published date. News reports the past, so a bare
/// weekday means the latest such day on or before publication; "next" means the first one after it.
/// </summary>
internal static partial class WeekdayReferences
{
    public static IReadOnlyList<DateReference> Resolve(string text, DateOnly published)
    {
        var references = new List<DateReference>();
        foreach (Match match in Weekday().Matches(text))
        {
            var weekday = Enum.Parse<DayOfWeek>(match.Groups["day"].Value, ignoreCase: true);
            var daysBack = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            var days = match.Groups["when"].Value.ToLowerInvariant() switch
            {
                "next" => daysBack == 0 ? 7 : 7 - daysBack,
                "last" => daysBack == 0 ? -7 : -daysBack,
                _ => -daysBack,
            };

            // A day before 0001-01-01 or after 9999-12-31 is no date at all; the reference stays unresolved.
            var dayNumber = published.DayNumber + days;
            if (dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber)
            {
                references.Add(new DateReference(match.Value, match.Index, match.Index + match.Length, DateOnly.FromDayNumber(dayNumber)));
            }
        }

        return references;
    }

    [GeneratedRegex(
        @"\b(?<when>on|last|next|since) (?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();
}
