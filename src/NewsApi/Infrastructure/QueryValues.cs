using System.Globalization;

namespace NewsApi.Infrastructure;

/// <summary>
/// Parses query-string values. Query models bind them as strings, so that "limit=abc" reaches the validator and
/// comes back as a 400 naming the field, instead of failing in model binding with an empty 400.
/// </summary>
public static class QueryValues
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static bool IsLimit(string? value) => value is null || ParseLimit(value) is >= 1 and <= MaxLimit;

    public static int LimitOrDefault(string? value, int defaultLimit = DefaultLimit) =>
        value is null ? defaultLimit : ParseLimit(value) ?? defaultLimit;

    /// <summary>A whole number written plainly ("3", not "+3" or "3.0").</summary>
    public static bool TryParseInt(string? value, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    public static bool IsDate(string? value) => value is null || ParseDate(value) is not null;

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? ParseLimit(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : null;
}
