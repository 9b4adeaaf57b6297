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
        var region = match.Groups["region"];
        return new Dateline(ToNormalCase(place.Value), place.Index, place.Length)
        {
            TextStart = match.Index + match.Length,
            State = region.Success && UsStates.TryGetValue(region.Value, out var state) ? new DatelineState(state, region.Index, region.Length) : null,
        };
    }

    /// <summary>Where the story's own words start, after the dateline's colon or dash.</summary>
    public int TextStart { get; init; }

    /// <summary>"Fla." in "JACKSONVILLE, Fla. (AP) -": the US state the city is in, written out.</summary>
    public DatelineState? State { get; init; }

    // The wire services' (AP style) state abbreviations in datelines; the eight short names they write out are found by the tagger.
    private static readonly Dictionary<string, string> UsStates = new(StringComparer.Ordinal)
    {
        ["Ala."] = "Alabama", ["Ariz."] = "Arizona", ["Ark."] = "Arkansas", ["Calif."] = "California", ["Colo."] = "Colorado",
        ["Conn."] = "Connecticut", ["Del."] = "Delaware", ["Fla."] = "Florida", ["Ga."] = "Georgia", ["Ill."] = "Illinois",
        ["Ind."] = "Indiana", ["Kan."] = "Kansas", ["Ky."] = "Kentucky", ["La."] = "Louisiana", ["Md."] = "Maryland",
        ["Mass."] = "Massachusetts", ["Mich."] = "Michigan", ["Minn."] = "Minnesota", ["Miss."] = "Mississippi", ["Mo."] = "Missouri",
        ["Mont."] = "Montana", ["Neb."] = "Nebraska", ["Nev."] = "Nevada", ["N.H."] = "New Hampshire", ["N.J."] = "New Jersey",
        ["N.M."] = "New Mexico", ["N.Y."] = "New York", ["N.C."] = "North Carolina", ["N.D."] = "North Dakota", ["Okla."] = "Oklahoma",
        ["Ore."] = "Oregon", ["Pa."] = "Pennsylvania", ["R.I."] = "Rhode Island", ["S.C."] = "South Carolina", ["S.D."] = "South Dakota",
        ["Tenn."] = "Tennessee", ["Vt."] = "Vermont", ["Va."] = "Virginia", ["Wash."] = "Washington", ["W.Va."] = "West Virginia",
        ["Wis."] = "Wisconsin", ["Wyo."] = "Wyoming",
    };

    /// <summary>"NEW DELHI" -> "New Delhi"; "U.S." keeps its capitals.</summary>
    public static string ToNormalCase(string capitals) =>
        string.Join(' ', capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Contains('.', StringComparison.Ordinal)
                ? word
                : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant())));

    // One to four words in capitals, an optional ", State", ", May 28" or ", May 28, 2025" and "(Agency)", then a colon or a dash.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3})(?:, ?(?<region>\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?))?" +
        @"(?:,? \p{Lu}\p{Ll}{2,8}\.? [0-3]?\d(?:, \d{4})?)?(?: ?\([^)]{1,40}\))? ?[:—–-] ",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>The state of a dateline ("Fla." -> Florida) and where its abbreviation is in the paragraph.</summary>
public sealed record DatelineState(string Name, int Start, int Length);
