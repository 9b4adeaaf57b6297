using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>The place a story was filed from, as the first words of its first paragraph ("RAWALPINDI: ...").</summary>
/// <param name="Place">The place in normal case: "New Delhi" for "NEW DELHI".</param>
/// <param name="Start">Where the place's capitals start in the paragraph.</param>
/// <param name="Length">How many characters the capitals span.</param>
public sealed partial record Dateline(string Place, int Start, int Length)
{
    /// <summary>Finds a dateline at the very start of <paramref name="paragraph"/>.</summary>
    public static Dateline? Find(string paragraph)
    {
        var match = Pattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"];
        var second = match.Groups["second"];
        var region = match.Groups["region"];
        var credit = match.Groups["credit"];
        return new Dateline(ToNormalCase(place.Value), place.Index, place.Length)
        {
            TextStart = match.Index + match.Length,
            SecondPlace = second.Success ? new DatelineName(ToNormalCase(second.Value), second.Index, second.Length) : null,
            State = region.Success && UsStates.Abbreviations.TryGetValue(region.Value, out var state) ? new DatelineName(state, region.Index, region.Length) : null,
            Credit = credit.Success ? new DatelineCredit(credit.Index, credit.Index + credit.Length, WireServices(credit)) : null,
        };
    }

    /// <summary>"AP", "Reuters" or "AP/Reuters" in the brackets: each capitalised name of one to four words.</summary>
    private static List<(int Start, int End)> WireServices(Group credit) =>
        [.. WireServiceName().Matches(credit.Value).Select(name => (credit.Index + name.Index, credit.Index + name.Index + name.Length))];

    /// <summary>Where the story's own words start, after the dateline's colon or dash.</summary>
    public int TextStart { get; init; }

    /// <summary>"NEW DELHI" in "BENGALURU/NEW DELHI:": a second place the story was filed from.</summary>
    public DatelineName? SecondPlace { get; init; }

    /// <summary>"Fla." in "JACKSONVILLE, Fla. (AP) -": the US state the city is in, written out.</summary>
    public DatelineName? State { get; init; }

    /// <summary>"(AP)" in "JACKSONVILLE, Fla. (AP) -": the brackets crediting the wire service that sent the story.</summary>
    public DatelineCredit? Credit { get; init; }

    /// <summary>"NEW DELHI" -> "New Delhi", "ST. PAUL" -> "St. Paul"; initials ("U.S.") keep their capitals.</summary>
    public static string ToNormalCase(string capitals) =>
        string.Join(' ', capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => IsInitials(word) ? word : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant())));

    /// <summary>"U.S.", "D.C.": one letter before each dot.</summary>
    private static bool IsInitials(string word) =>
        word.Contains('.', StringComparison.Ordinal) && word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(letters => letters.Length == 1);

    // One to four words in capitals (or two places joined by "/"), an optional ", State", ", May 28" or ", May 28, 2025" and "(Agency)", then a colon or a dash.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3})(?:/(?<second>\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3}))?(?:, ?(?<region>\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?))?" +
        @"(?:,? \p{Lu}\p{Ll}{2,8}\.? [0-3]?\d(?:, \d{4})?)?(?: ?\((?<credit>[^)]{1,40})\))? ?[:—–-] ",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?<=^|/|, )\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}(?=$|/|,)", RegexOptions.CultureInvariant)]
    private static partial Regex WireServiceName();
}

/// <summary>The characters [Start, End) inside a dateline's brackets, and the wire services named there ("AP/Reuters": two).</summary>
public sealed record DatelineCredit(int Start, int End, IReadOnlyList<(int Start, int End)> WireServices);

/// <summary>
/// A name in a dateline beside its place: the state ("Fla." -> Florida) or a second place ("NEW DELHI" -> New Delhi), in
/// normal form, and where it is written in the paragraph.
/// </summary>
public sealed record DatelineName(string Name, int Start, int Length);
