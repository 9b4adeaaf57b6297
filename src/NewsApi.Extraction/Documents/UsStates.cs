namespace NewsApi.Extraction.Documents;

/// <summary>The US states as wire services write them in datelines and party labels ("Fla.", "D-Ill.", "R-Utah").</summary>
internal static class UsStates
{
    // AP style abbreviations; the eight short names (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are written out.
    public static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
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

    // Abbreviations that are also words, bodies' initials or another place's short form ("Ill.", "Pa." the Press
    // Association, "La." Los Angeles, "N.Y." the city): where the type is not known to be a place, they name no state.
    private static readonly FrozenSet<string> Shared = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Ill.", "Ore.", "Wash.", "Miss.", "Del.", "Ind.", "La.", "Mo.", "Pa.", "Va.", "Ga.", "Md.", "Ky.", "Vt.", "N.Y.",
    ]);

    /// <summary>The abbreviations that name their state whatever the tagger typed them ("Calif.", "N.C."): archive resolution's variants.</summary>
    public static IEnumerable<KeyValuePair<string, string>> UnsharedAbbreviations => Abbreviations.Where(state => !Shared.Contains(state.Key));

    /// <summary>The fifty states' names.</summary>
    public static readonly HashSet<string> Names = [.. Abbreviations.Values, "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"];
}
