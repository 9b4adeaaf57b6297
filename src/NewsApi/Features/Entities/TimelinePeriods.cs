using System.Diagnostics.CodeAnalysis;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>A publication day (yyyy-MM-dd as stored) and how many of the entity's articles carry it.</summary>
public sealed record DayCount
{
    public required string Published { get; init; }
    public long Articles { get; init; }
}

public sealed record TimelineDays(IReadOnlyList<DayCount> Days, long Undated);

/// <summary>
/// Groups per-day counts into days, weeks (from Monday), months or years, listing every period from the first to the
/// last (or from/to when given) so a chart shows quiet ones as 0. A response has at most <see cref="MaxPeriods"/>
/// periods: one article dated 0001-01-01 and one 9998-12-31 made a day timeline of 3.65 million periods (131 MB), so a
/// longer range is a 400 that asks for from/to or a longer interval. Dates are computed without ever stepping past
/// 9999-12-31, which made the timelines of any entity of an article dated that day a 500.
/// </summary>
public static class TimelinePeriods
{
    /// <summary>Ten years of days.</summary>
    public const int MaxPeriods = 3_700;

    public static readonly string[] Intervals = ["day", "week", "month", "year"];

    public static bool TryBuild(
        string id, TimelineDays days, TimelineSearch search, [NotNullWhen(true)] out EntityTimeline? timeline, [NotNullWhen(false)] out string? error)
    {
        var interval = search.IntervalOrDefault;
        var (from, to) = (QueryValues.ParseDate(search.From), QueryValues.ParseDate(search.To));
        var counts = new SortedDictionary<DateOnly, long>();
        var undated = days.Undated;
        foreach (var day in days.Days)
        {
            if (QueryValues.ParseDate(day.Published) is not { } date)
            {
                undated += day.Articles; // not a date this API can read: counted with the undated
            }
            else if ((from is null || date >= from) && (to is null || date <= to))
            {
                var start = Start(date, interval);
                counts[start] = counts.GetValueOrDefault(start) + day.Articles;
            }
        }

        (timeline, error) = (null, null);
        var first = from is { } f ? Start(f, interval) : counts.Keys.FirstOrDefault();
        var last = to is { } t ? Start(t, interval) : counts.Keys.LastOrDefault();
        var empty = counts.Count == 0 && (from is null || to is null);
        var length = empty ? 0 : Count(first, last, interval);
        if (length > MaxPeriods)
        {
            error = $"From {first:yyyy-MM-dd} to {last:yyyy-MM-dd} is {length:N0} {interval}s, and a timeline lists at most {MaxPeriods:N0} periods. "
                + "Ask for a shorter range with from and to (yyyy-MM-dd), or a longer interval (week, month or year).";
            return false;
        }

        timeline = new EntityTimeline
        {
            Id = id,
            Interval = interval,
            Periods = empty ? [] : Every(first, last, interval).Select(start => new TimelinePeriod { Start = start, Articles = counts.GetValueOrDefault(start) }).ToList(),
            UndatedArticles = undated,
        };
        return true;
    }

    private static DateOnly Start(DateOnly date, string interval) => interval switch
    {
        // 0001-01-01 was a Monday, so a week never starts before it.
        "week" => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(date.Year, date.Month, 1),
        "year" => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    private static long Count(DateOnly first, DateOnly last, string interval) => interval switch
    {
        "week" => (last.DayNumber - first.DayNumber) / 7 + 1,
        "month" => (last.Year - first.Year) * 12L + last.Month - first.Month + 1,
        "year" => last.Year - first.Year + 1,
        _ => last.DayNumber - first.DayNumber + 1L,
    };

    // Steps only while before the last start, so it never computes a date past 9999-12-31.
    private static IEnumerable<DateOnly> Every(DateOnly first, DateOnly last, string interval)
    {
        for (var start = first; ; start = interval switch
        {
            "week" => start.AddDays(7),
            "month" => start.AddMonths(1),
            "year" => start.AddYears(1),
            _ => start.AddDays(1),
        })
        {
            yield return start;
            if (start >= last)
            {
                yield break;
            }
        }
    }
}
