using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// A place named inside an organisation's (or a building's) name is a place of the article too, as the annotation
/// conventions count it: Toronto in "Toronto Star", England in "Bank of England", Thailand in "Election Commission of
/// Thailand", the U.S. in "U.S. Army" (tests/eval/wikinews/CONVENTIONS.md, "Nested names"; gum-dev's Toronto and
/// Greensboro). Each such place gets a mention of its own over those words, so the article links to it even when it
/// never names it alone. Only listed places count: a club's city too, as the gold sets count it (Manchester in
/// "Manchester United"; the city alone for the club is the club, <see cref="TeamContext"/>), but not a company's
/// ("Toyota Motor Corp") where the article calls it by that name alone ("Toyota said").
/// </summary>
internal static class NestedPlaces
{
    // Words that begin a place's own name ("District of Columbia", "Republic of Ireland"): such an "organisation" is a
    // mistyped place, and the place inside it is no other place.
    private static readonly FrozenSet<string> PlaceHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "District", "State", "Province", "Republic", "Kingdom", "Commonwealth", "County", "City", "Region", "Territory",
        "Municipality", "Borough", "Principality", "Emirate", "Island", "Islands",
    ]);

    // Listed cities whose name is a common word, which organisations use for that word ("Orange Order", "American
    // Enterprise Institute", "Kentucky Derby").
    private static readonly FrozenSet<string> CommonWordPlaces = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Orange", "Enterprise", "Independence", "Camp", "Metro", "Springs", "Mobile", "Man", "Sale", "Surprise", "Vista",
        "Island", "Mesa", "Banda", "Derby", "Reading", "Bath", "Nice", "Victoria", "Liberty", "Concord", "Providence",
        "Union", "Commerce", "Normal", "Federal", "Central", "Eagle", "Phoenix", "Lincoln", "Mercedes", "Florida",
        "Sabha", // Libyan city, and the Hindi word for an assembly ("Lok Sabha")
    ]);

    /// <summary>A word that opens or ends a place's own name ("State" of "Lagos State", "Republic of Ireland"), never a person's.</summary>
    public static bool IsPlaceHead(string word) => PlaceHeads.Contains(word);

    public static IEnumerable<NameMention> Find(IReadOnlyList<NameMention> mentions, Gazetteer gazetteer)
    {
        // "Toyota Motor Corp" names no city where the article calls the company "Toyota" (see NamesSharedWithPlaces).
        var organisationWords = mentions.Where(mention => mention.Type == EntityType.Organisation && !mention.Text.Contains(' ', StringComparison.Ordinal))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        var companiesNamedAlone = mentions.Where(mention => mention.Type == EntityType.Organisation
                && NameWords.CompanyFirstWord(mention.Text) is { } firstWord && organisationWords.Contains(firstWord))
            .Select(mention => mention.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var city in CapitalsNamedForCountries(mentions, gazetteer))
        {
            yield return city;
        }

        // A building's name holds places the same way: Aswan in "Aswan High Dam".
        var containers = mentions.Where(mention => (mention.Type == EntityType.Organisation || IsFacilityName(mention)) && !mention.IsTeam && mention.NormalText is null);
        foreach (var container in containers)
        {
            var tokens = Tokenizer.Tokenize(container.Text).SelectMany(sentence => sentence.Tokens).ToArray();
            if (tokens.Length < 2 || gazetteer.IsPlace(container.Text) || PlaceHeads.Contains(tokens[0].Text)
                || companiesNamedAlone.Contains(container.Text))
            {
                continue;
            }

            // A building is named after the place its name opens with ("Baghdad International Airport"), not "Faial Island Airport"'s "Island".
            var isFacility = IsFacilityName(container);
            var words = isFacility ? 1 : tokens.Length;
            for (var first = 0; first < words; first++)
            {
                var length = TeamContext.IsClubPrefix(tokens[first].Text) ? 0 : gazetteer.PlaceLengthAt(tokens, first); // not the "Bayern" of "Bayern Munich"
                var countyWord = first + Math.Max(length, 1);
                if (countyWord + 1 < tokens.Length && tokens[countyWord].Text == "County" && NameWords.IsCapitalised(tokens[first].Text)
                    && (length > 0 || (first == 0 && !isFacility))
                    // A British county council is its county's: "[Staffordshire] County Council", a listed place the city and region lists lack.
                    && !(length == 1 && tokens[countyWord + 1].Text == "Council" && !NameLists.Default.IsCityOrRegion(tokens[first].Text)))
                {
                    // "Los Angeles County Superior Court", "Wake County Economic Development": the county, named first, is the place
                    yield return container.Inside(EntityType.Place, tokens[first].Start, tokens[countyWord].End);
                    first = countyWord;
                    continue;
                }

                if (length == 0 || length == tokens.Length)
                {
                    continue; // no place here, or the organisation's whole name
                }

                var (start, end) = (tokens[first].Start, tokens[first + length - 1].End);
                if (!IsWholeWords(container.Text, start, end))
                {
                    continue; // "France" in "Agence France-Presse", "Ohio" in "Ohio's"
                }

                // An airport or a stadium opening with a city's name is named after the city ("London Stadium"), though the
                // city is a given name too; a hotel or a hall may be named after anyone ("Delta Chelsea Hotel", "Durham Hall").
                var afterPreposition = (first > 0 && tokens[first - 1].Text is "of" or "at" or "in")
                    || (isFacility && NameWords.LastWord(container.Text) is "Airport" or "Stadium" or "Arena" or "Bridge");
                if (IsNestedPlace(container.Text[start..end], length, afterPreposition, gazetteer))
                {
                    yield return container.Inside(EntityType.Place, start, end);
                    first += length - 1;
                }
            }
        }
    }

    /// <summary>
    /// "Mexico City", "Kuwait City", "Panama City": a city named for its country names the country too (gum-dev's Mexico),
    /// but "Vatican City" is the country's own name.
    /// </summary>
    private static IEnumerable<NameMention> CapitalsNamedForCountries(IReadOnlyList<NameMention> mentions, Gazetteer gazetteer)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type != EntityType.Place || !mention.Text.EndsWith(" City", StringComparison.Ordinal)) continue;
            var country = mention.Text[..^" City".Length];
            if (gazetteer.IsCountry(country) && !gazetteer.IsCountry(mention.Text)) yield return mention.Inside(EntityType.Place, 0, country.Length);
        }
    }

    /// <summary>
    /// A listed place ("Toronto Star", "University of Texas Arlington Muslim Student Association"), but a one-word city
    /// or region never when it is a common word ("Orange Order") or a demonym ("Saudi Aramco"), and when it is also a
    /// given name only after "of", "at" or "in" ("University of London"): "Irving Independent School District" may be
    /// named after a person.
    /// </summary>
    private static bool IsNestedPlace(string name, int words, bool afterPreposition, Gazetteer gazetteer)
    {
        if (!gazetteer.IsPlace(name))
        {
            return false;
        }

        if (words == 1 && gazetteer.CountryForDemonym(name) is not null && !name.All(char.IsUpper))
        {
            return false; // "Thai Rak Thai", "Saudi Binladin Group": the people's word, though the place list knows it as the country's ("US Congress" names it)
        }

        if (gazetteer.IsCountry(name) || words > 1)
        {
            return true;
        }

        return (afterPreposition || !gazetteer.IsFirstName(name))
            && !CommonWordPlaces.Contains(name) && gazetteer.CountryForDemonym(name) is null;
    }

    private static bool IsFacilityName(NameMention mention) =>
        mention.Type == EntityType.Place && mention.Text.Contains(' ', StringComparison.Ordinal) && BuildingWords.Contains(NameWords.LastWord(mention.Text));

    // Buildings named after their place. Not natural features, whose first word is a namesake more than the place ("Niger
    // Delta", "Java Sea", "Guantanamo Bay").
    private static readonly FrozenSet<string> BuildingWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Airport", "Stadium", "Arena", "Hall", "Bridge", "Dam", "Hotel", "Tower", "Palace", "Center", "Centre", "Courthouse", "Mosque",
    ]);

    /// <summary>Whether [start, end) begins after a space and ends before one (or a comma, semicolon or colon).</summary>
    private static bool IsWholeWords(string text, int start, int end) =>
        (start == 0 || text[start - 1] == ' ') && (end == text.Length || text[end] is ' ' or ',' or ';' or ':');
}
