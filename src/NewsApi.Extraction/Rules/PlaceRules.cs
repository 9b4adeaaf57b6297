using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;
using static NewsApi.Extraction.Rules.NameWords;

namespace NewsApi.Extraction.Rules;

/// <summary>Places the word lists are sure of: hyphenated compounds, untagged countries and cities, places inside titles.</summary>
internal sealed class PlaceRules(Gazetteer gazetteer)
{
    /// <summary>
    /// Countries, and cities or regions the lists hold, that the tagger left untagged ("Italy's la Repubblica"). Not when
    /// the name runs on into another capitalised word ("Georgia Tech") or is a lone city word opening the sentence.
    /// </summary>
    public void AddListed(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first < tokens.Length; first++)
        {
            var length = gazetteer.PlaceLengthAt(tokens, first);
            if (length == 0 || !IsCapitalised(tokens[first].Text) || !IsWrittenAsName(tokens, first, first + length))
            {
                continue;
            }

            var end = first + length;
            var text = sentence.Slice(first, end);
            // "Texas GOP chairman", "Punjab BJP chief": a listed body's initials after the place are its branch there.
            var beforeBranch = end < tokens.Length && RoleChain.IsAcronym(tokens[end].Text) && gazetteer.IsListedOrganisation(tokens[end].Text);
            // A hyphen joins on only with no space ("Guinea-Bissau"); a spaced one is a dash ("Côte d'Ivoire - the news").
            var runsOn = (end < tokens.Length && (IsCapitalised(tokens[end].Text) || (tokens[end].Text == "-" && tokens[end].Start == tokens[end - 1].End)) && !beforeBranch)
                || (first > 0 && (IsCapitalised(tokens[first - 1].Text) || (tokens[first - 1].Text == "-" && tokens[first - 1].End == tokens[first].Start)));
            // A sentence's first word may be any word ("Reading", "Split"), but "Guangdong's provincial government" names a place.
            var isPossessed = end < tokens.Length && tokens[end].Text is "'s" or "’s" && !gazetteer.IsFirstName(text) && !SentenceWords.IsCommonWord(text);
            var loneCityOpening = first == 0 && length == 1 && !gazetteer.IsCountry(text) && !isPossessed && !beforeBranch;
            var team = TeamContext.IsAround(tokens, first, end) && !gazetteer.IsCountry(text);
            // "Emirates operates the largest A380 fleet": the airline; "the Emirates" are the country.
            var isAirline = text == "Emirates" && (first == 0 || tokens[first - 1].Text is not ("the" or "The" or "Arab"));
            var place = sentence.Mention(team || isAirline ? EntityType.Organisation : EntityType.Place, first, end) with { IsCertain = team || isAirline };
            if (runsOn || loneCityOpening)
            {
                first = end - 1;
                continue;
            }

            var overlap = OverlapOf(found, place);
            if (overlap == Overlap.None)
            {
                found.Add(place);
            }
            else if (overlap == Overlap.TaggerPiecesInside && length > 1 && !JoinsTwoCountries(text))
            {
                // The tagger's "Port-au-" or "Cote" of "Port-au-Prince" and "Cote d'Ivoire" give way to the listed name, in
                // their place; not two countries to a region's name ("Australia and New Zealand").
                var at = found.FindIndex(place.Overlaps);
                found.RemoveAll(place.Overlaps);
                found.Insert(at, place);
            }

            first = end - 1;
        }
    }

    private enum Overlap { None, TaggerPiecesInside, Other }

    // A loop, not LINQ: this runs for every listed place of every sentence.
    private static Overlap OverlapOf(List<NameMention> found, NameMention place)
    {
        var overlap = Overlap.None;
        foreach (var mention in found)
        {
            if (!mention.Overlaps(place)) continue;
            if (mention.IsCertain || mention.Start < place.Start || mention.End > place.End) return Overlap.Other;
            overlap = Overlap.TaggerPiecesInside;
        }

        return overlap;
    }

    private bool JoinsTwoCountries(string name) =>
        name.IndexOf(" and ", StringComparison.Ordinal) is var join and > 0 && gazetteer.IsCountry(name[..join]) && gazetteer.IsCountry(name[(join + 5)..]);

    /// <summary>"the Korean peninsula", "Middle east": a listed name written with a lower-case word is not the name, whose first word alone would be left.</summary>
    private static bool IsWrittenAsName(Token[] tokens, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            var word = tokens[i].Text;
            if (char.IsLower(word[0]) && word is not ("of" or "the" or "and" or "de" or "del" or "la" or "al" or "el" or "du" or "upon" or "on"
                    or "au" or "aux" or "sur" or "en" or "les" or "des") && !(word.Length > 2 && word[0] is 'd' or 'l' && word[1] is '\'' or '\u2019')) return false; // "d'Ivoire", "d’Ivoire", "l'Aquila"
        }

        return true;
    }

    /// <summary>"Minister of Defence of Azerbaijan": a place named inside a title is an entity of its own; "Air Berlin" an airline.</summary>
    public void AddInsideRoles(SentenceText sentence, List<(int First, int End)> roleRegions, List<NameMention> found)
    {
        foreach (var (first, end) in roleRegions)
        {
            for (var position = first; position < end; position++)
            {
                var length = gazetteer.PlaceLengthAt(sentence.Tokens, position);
                // Not a place made of title words: "Federal District Judge" is a title.
                if (length > 0 && position + length <= end && IsCapitalised(sentence.Tokens[position].Text)
                    && !sentence.Tokens.Skip(position).Take(length).All(token => RoleWords.IsModifier(token.Text) || RoleWords.IsHead(token.Text)))
                {
                    // "chairman of Air Berlin Joachim Hunold": "Air" and a place is an airline, not the place.
                    var isAirline = position > first && sentence.Tokens[position - 1].Text == "Air";
                    var place = isAirline
                        ? sentence.Mention(EntityType.Organisation, position - 1, position + length) with { IsCertain = true } // the title's employer, kept
                        : sentence.Mention(EntityType.Place, position, position + length);
                    if (isAirline) found.RemoveAll(mention => mention.Type == EntityType.Place && place.Start <= mention.Start && mention.End <= place.End);
                    if (!found.Any(place.Overlaps))
                    {
                        found.Add(place);
                    }

                    position += length - 1;
                }
            }
        }
    }

    /// <summary>"Pakistan-Turkiye-Azerbaijan": each part is a place, and the whole is none, unless the lists hold it whole.</summary>
    public void AddCompounds(SentenceText sentence, List<NameMention> found)
    {
        for (var first = 0; first < sentence.Tokens.Length; first++)
        {
            // A compound needs a hyphen right after its first part: most tokens are ruled out without a list.
            if (first + 2 >= sentence.Tokens.Length || sentence.Tokens[first + 1].Text != "-")
            {
                continue;
            }

            var parts = PlaceCompoundAt(sentence.Tokens, first);
            if (parts.Count > 0 && gazetteer.IsPlace(sentence.Slice(first, parts[^1] + 1)))
            {
                first = parts[^1]; // "Guinea-Bissau", "Schleswig-Holstein": a place's own name, not places joined
                continue;
            }

            foreach (var part in parts.Where(part => gazetteer.IsPlace(sentence.Tokens[part].Text) || gazetteer.IsTownNamingNoOne(sentence.Tokens[part].Text)))
            {
                // A nationality in it names no place: "Israeli-Palestinian", "Haitian-American" are adjectives.
                found.Add(sentence.Mention(EntityType.Place, part, part + 1) with { IsCertain = true });
            }

            first += Math.Max(0, (parts.Count * 2) - 2);
        }
    }

    /// <summary>
    /// "Longueuil—Saint-Hubert", "Battle River—Crowfoot": names joined by an em dash with no space either side are one
    /// place, as Canada writes its electoral districts (the tagger reads two places). Not a country's or a people's name on either side,
    /// nor a word of running text opening the sentence, nor a clause after the dash ("Ottawa—The count went on").
    /// </summary>
    public void AddDashJoined(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var dash = 1; dash + 1 < tokens.Length; dash++)
        {
            if (tokens[dash].Text != "\u2014" || tokens[dash - 1].End != tokens[dash].Start || tokens[dash].End != tokens[dash + 1].Start) continue;
            var first = NameRunStart(tokens, dash - 1);
            var end = NameRunEnd(tokens, dash + 1);
            if (first < 0 || end < 0 || gazetteer.IsCountryOrNationality(sentence.Slice(first, dash))
                || gazetteer.IsCountryOrNationality(sentence.Slice(dash + 1, end))) continue;
            while (end + 1 < tokens.Length && tokens[end].Text == "\u2014" && tokens[end - 1].End == tokens[end].Start
                   && tokens[end].End == tokens[end + 1].Start && NameRunEnd(tokens, end + 1) is var next and > 0) end = next; // "Lambton—Kent—Middlesex"
            var place = sentence.Mention(EntityType.Place, first, end) with { IsCertain = true };
            if (!found.Any(place.Overlaps)) found.Add(place);
            dash = end;
        }
    }

    /// <summary>The first token of the capitalised words (up to three, hyphens inside) ending at <paramref name="last"/>; -1 when it is no name.</summary>
    private static int NameRunStart(Token[] tokens, int last)
    {
        if (!IsDashNameWord(tokens[last].Text) || (last == 0 && SentenceWords.IsSentenceWord(tokens[0].Text))) return -1;
        var first = last;
        for (var words = 1; first > 0 && words < 3; words++)
        {
            if (tokens[first - 1].Text == "-" && first >= 2 && tokens[first - 2].End == tokens[first - 1].Start) first -= 2;
            else if (IsDashNameWord(tokens[first - 1].Text) && !(first == 1 && SentenceWords.IsSentenceWord(tokens[0].Text))) first--;
            else break;
        }

        return first;
    }

    /// <summary>The end of the capitalised words (up to three, hyphens and particles inside) from <paramref name="first"/>; -1 when it is no name.</summary>
    private static int NameRunEnd(Token[] tokens, int first)
    {
        if (!IsDashNameWord(tokens[first].Text) || ClauseOpeners.Contains(tokens[first].Text)) return -1;
        var end = first + 1;
        for (var words = 1; end < tokens.Length && words < 3; words++)
        {
            if (tokens[end].Text == "-" && end + 1 < tokens.Length && tokens[end].End == tokens[end + 1].Start && tokens[end - 1].End == tokens[end].Start) end += 2;
            else if (IsDashNameWord(tokens[end].Text)) end++;
            else break;
        }

        return end;
    }

    // Words that open the clause after a dash ("Ottawa—The count went on"), never a name's first word.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "Or", "In", "On", "At", "As", "For", "This", "That",
        "There", "These", "Those", "When", "While", "After", "Before", "If", "So", "Yet", "His", "Her", "Its", "Their", "Our", "Some",
        "Many", "Most", "No", "Not", "Then", "Now", "Still", "Even", "Only", "What", "Who", "Which",
    ]);

    private static bool IsDashNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    private List<int> PlaceCompoundAt(Token[] tokens, int first)
    {
        var parts = new List<int>();
        for (var position = first; position < tokens.Length && (IsPlaceWord(tokens[position].Text) || gazetteer.IsTownNamingNoOne(tokens[position].Text)); position += 2)
        {
            parts.Add(position);
            if (position + 2 >= tokens.Length || tokens[position + 1].Text != "-" || tokens[position + 1].Start != tokens[position].End)
            {
                break;
            }
        }

        // "the Kirkuk-Ceyhan pipeline": a town of the long city lists joins a compound that has a place of ours in it, when a
        // route follows ("Windsor-Tecumseh" alone is an electoral district, "Virginia-North" no pair of places).
        return parts.Count >= 2 && parts.Exists(part => IsPlaceWord(tokens[part].Text))
            && (parts.TrueForAll(part => IsPlaceWord(tokens[part].Text)) || IsRouteAt(tokens, parts[^1] + 1)) ? parts : [];
    }

    private static readonly FrozenSet<string> Routes = FrozenSet.Create(StringComparer.Ordinal,
    [
        "pipeline", "pipelines", "railway", "railroad", "rail", "line", "road", "highway", "motorway", "expressway", "corridor", "route",
        "routes", "flight", "flights", "ferry", "link", "border", "bridge", "tunnel", "canal",
    ]);

    /// <summary>A route's word at <paramref name="at"/> or after one or two lower-case words ("oil pipeline", "high-speed rail").</summary>
    private static bool IsRouteAt(Token[] tokens, int at)
    {
        for (var i = at; i < tokens.Length && i <= at + 2; i++)
        {
            if (Routes.Contains(tokens[i].Text)) return true;
            if (!WordChars.All(tokens[i].Text, char.IsLower) && tokens[i].Text != "-") return false;
        }

        return false;
    }

    private bool IsPlaceWord(string word) => gazetteer.IsPlace(word) || gazetteer.CountryForDemonym(word) is not null;
}
