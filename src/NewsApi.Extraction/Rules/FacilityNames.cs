using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the corner of International Boulevard and 35th Avenue", "a camera on High Street", "Mecca's Grand Mosque": one to three
/// capitalised words, or an ordinal, and then a street's or a building's word name a place, which the tagger, never
/// having seen it, left out; so does a road's word and its number ("Highway 43"). Only where no tagged span or earlier
/// rule touches the words, and not inside a longer capitalised name.
/// </summary>
internal static class FacilityNames
{
    private const int MaxNameWords = 3;

    // Narrower than NameWords' facility words, which retype a name the tagger found: untagged, "X Hall", "X Park", "X Centre"
    // or "X Hotel" are as often an organisation or a venue's owner as a place.
    private static readonly FrozenSet<string> Facilities = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Street", "Avenue", "Boulevard", "Road", "Lane", "Drive", "Highway", "Parkway", "Expressway", "Freeway", "Strasse", "Straße", "Platz",
        "Mosque", "Stadium", "Airport", "Bridge", "Square", "Palace", "Cathedral", "Temple", "Tower", "Castle", "Canal", "Dam", "Arena",
        "Barracks", "Showground", "Showgrounds", "Plaza", "Mall", // "the Rana Plaza collapse", "the Eastgate Mall"
        "Jail", "Prison", "Pavilion", // "held at the Fourth Avenue Jail", "at Power Balance Pavilion"
        "Theatre", "Theater", "Playhouse", // "moved to the Grand Theatre"
    ]);

    private static readonly FrozenSet<string> Theatres = FrozenSet.Create(StringComparer.Ordinal, ["Theatre", "Theater", "Playhouse"]);

    private static readonly FrozenSet<string> Companies = FrozenSet.Create(StringComparer.Ordinal, ["National", "Royal", "State", "Opera", "Ballet", "Youth", "Academic"]);

    /// <summary>
    /// A national or royal theatre, or an opera's or ballet's, is its company ("the National Theatre", "Opera and Ballet
    /// Theatre"); so is one named in a body's name ("the Society of London Theatre").
    /// </summary>
    private static bool IsTheatreCompany(Token[] tokens, int first, int theatre)
    {
        for (var index = Math.Max(0, first - 2); index < theatre; index++)
        {
            if (Companies.Contains(tokens[index].Text)) return true;
        }

        return first >= 2 && tokens[first - 1].Text is "of" or "for" && NameWords.IsCapitalised(tokens[first - 2].Text);
    }

    public static void Add(SentenceText sentence, List<TaggedSpan> spans, Gazetteer gazetteer, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var facility = 1; facility < tokens.Length; facility++)
        {
            if (!Facilities.Contains(tokens[facility].Text) || (facility + 1 < tokens.Length && char.IsUpper(tokens[facility + 1].Text[0]))) continue;

            var first = facility;
            if (IsOrdinal(tokens[facility - 1].Text))
            {
                first--;
                if (first > 0 && tokens[first - 1].Text is "West" or "East" or "North" or "South") first--; // "West 45th Street"
            }
            else
            {
                // A title's word may begin a building's name: "the Grand Mosque".
                while (first > 0 && facility - first < MaxNameWords && NameWords.IsCapitalised(tokens[first - 1].Text) && WordChars.All(tokens[first - 1].Text, char.IsLetter)
                       && !SentenceWords.IsDateWord(tokens[first - 1].Text)) first--;
                if (first < facility && tokens[first].Text is "The" or "A") first++; // "Q: The Rose Theatre recently launched"
                if (first >= 2 && first < facility && tokens[first - 1].Text == "-" && tokens[first - 2].End == tokens[first - 1].Start
                    && tokens[first - 1].End == tokens[first].Start && NameWords.IsCapitalised(tokens[first - 2].Text))
                {
                    first -= 2; // "the Pan-American Highway", "the Trans-Canada Highway"
                }
            }

            if (first == facility || (first > 0 && char.IsUpper(tokens[first - 1].Text[0]) && tokens[first - 1].Text is not ("The" or "A"))
                || (first == 0 && SentenceWords.IsSentenceWord(tokens[0].Text)) || gazetteer.IsOrganisationCue(tokens[first].Text)
                || MentionSpans.AnyTagged(spans, first, facility) || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[facility].End))
            {
                continue;
            }

            if (Theatres.Contains(tokens[facility].Text) && IsTheatreCompany(tokens, first, facility)) continue;

            found.Add(sentence.Mention(EntityType.Place, first, facility + 1));
        }

        AddNumberedRoads(sentence, spans, found);
        AddPlacesNamedFirst(sentence, spans, found);
    }

    // Streets, squares and mountain passes of Romance languages name their kind first: "Avenida da Liberdade", "Largo do
    // Rato", "Rue de la République", "Calle 72", "Piazza San Marco", "Col de la Croix de Fer", "Alto del Fito", "Alpe
    // d'Huez". Not English words ("Place", "River Plate" is a club) nor given names ("Isla").
    private static readonly FrozenSet<string> PlacesNamedFirst = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Avenida", "Rua", "Largo", "Praça", "Praca", "Calle", "Carrera", "Plaza", "Paseo", "Piazza", "Piazzale", "Viale", "Corso", "Rue",
    ]);

    // Passes and peaks only with a particle after them: not "Col Bowron" (a colonel), "Puerto Rico" or "Alto Adige".
    private static readonly FrozenSet<string> PeaksNamedFirst = FrozenSet.Create(StringComparer.Ordinal, ["Col", "Alto", "Alpe", "Puerto", "Cerro", "Pic"]);

    private static readonly FrozenSet<string> PlaceParticles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "da", "do", "das", "dos", "de", "del", "della", "delle", "dei", "di", "la", "le", "les", "des", "du", "d'", "d’",
    ]);

    /// <summary>
    /// A Romance street's or pass's word, particles, then one to three capitalised words (particles between them) or a
    /// number: the whole is a place, over the tagger's pieces of it ("Liberdade", "Madeleine" a person), unless a tagged
    /// name reaches past it.
    /// </summary>
    private static void AddPlacesNamedFirst(SentenceText sentence, List<TaggedSpan> spans, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var head = 0; head + 1 < tokens.Length; head++)
        {
            if (!char.IsUpper(tokens[head].Text[0])) continue;
            var isPeak = PeaksNamedFirst.Contains(tokens[head].Text);
            if (!isPeak && !PlacesNamedFirst.Contains(tokens[head].Text)) continue;
            if (isPeak && !IsPlaceParticle(tokens[head + 1].Text) && !IsElided(tokens[head + 1].Text)) continue;
            var next = head + 1;
            while (next < tokens.Length && next - head <= 2 && IsPlaceParticle(tokens[next].Text)) next++;
            var end = next == head + 1 && WordChars.All(tokens[next].Text, char.IsAsciiDigit) && tokens[next].Text.Length <= 3
                ? next + 1 // "Calle 72", "Carrera 7"
                : NameEnd(tokens, next);

            if (end == next || MentionSpans.AnyReachingPast(spans, head, end) || MentionSpans.AnyOverlaps(found, tokens[head].Start, tokens[end - 1].End)) continue;
            found.Add(sentence.Mention(EntityType.Place, head, end) with { IsCertain = true });
            head = end - 1;
        }
    }

    /// <summary>
    /// The end of up to three name words from <paramref name="first"/>, particles between them ("Croix de Fer"); a method of
    /// its own so that the closure is made only at a street's or pass's word, not for every sentence.
    /// </summary>
    private static int NameEnd(Token[] tokens, int first) =>
        NameWords.WordRun(tokens, first, MaxNameWords, index => IsNameWord(tokens[index].Text), IsPlaceParticle).End;

    private static bool IsPlaceParticle(string word) => PlaceParticles.Contains(word);

    // "Madeleine", "d'Huez".
    private static bool IsNameWord(string word) => (NameWords.IsCapitalised(word) && !SentenceWords.IsDateWord(word)) || IsElided(word);

    private static bool IsElided(string word) => word.Length > 2 && word[0] == 'd' && word[1] is '\'' or '’' && char.IsUpper(word[2]);


    // "Highway 43", "Interstate 95", "National Highway 44": a road's word and its number.
    private static readonly FrozenSet<string> RoadWords = FrozenSet.Create(StringComparer.Ordinal, ["Highway", "Interstate", "Route", "Motorway", "Autobahn"]);
    private static readonly FrozenSet<string> RoadOwners = FrozenSet.Create(StringComparer.Ordinal, ["State", "National", "Provincial", "County", "U.S.", "US"]);

    private static void AddNumberedRoads(SentenceText sentence, List<TaggedSpan> spans, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var road = 0; road + 1 < tokens.Length; road++)
        {
            var number = tokens[road + 1].Text;
            if (!RoadWords.Contains(tokens[road].Text) || number.Length > 4 || !WordChars.All(number, char.IsAsciiDigit)) continue;
            var first = road > 0 && RoadOwners.Contains(tokens[road - 1].Text) ? road - 1 : road;
            // The tagger's "[National Highway] 44" left out the number that names the road: only a tagged name holding the
            // number, or reaching past the road's name, is the tagger's to read.
            if (MentionSpans.AnyCovering(spans, road + 1, road + 1) || MentionSpans.AnyReachingPast(spans, first, road + 2)
                || MentionSpans.AnyOverlaps(found, tokens[first].Start, tokens[road + 1].End)) continue;
            found.Add(sentence.Mention(EntityType.Place, first, road + 2));
        }
    }

    /// <summary>"35th", "1st", "102nd".</summary>
    private static bool IsOrdinal(string word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && WordChars.All(word.AsSpan(0, word.Length - 2), char.IsAsciiDigit);
}
