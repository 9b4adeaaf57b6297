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
        for (var first = 0; first < tokens.Count; first++)
        {
            var length = gazetteer.PlaceLengthAt(tokens, first);
            if (length == 0 || !IsCapitalised(tokens[first].Text) || !IsWrittenAsName(tokens, first, first + length))
            {
                continue;
            }

            var end = first + length;
            var text = sentence.Slice(first, end);
            var runsOn = (end < tokens.Count && (IsCapitalised(tokens[end].Text) || tokens[end].Text == "-"))
                || (first > 0 && (IsCapitalised(tokens[first - 1].Text) || tokens[first - 1].Text == "-"));
            // A sentence's first word may be any word ("Reading", "Split"), but "Guangdong's provincial government" names a place.
            var isPossessed = end < tokens.Count && tokens[end].Text is "'s" or "’s" && !gazetteer.IsFirstName(text) && !SentenceWords.IsCommonWord(text);
            var loneCityOpening = first == 0 && length == 1 && !gazetteer.IsCountry(text) && !isPossessed;
            var team = TeamContext.IsAround(tokens, first, end) && !gazetteer.IsCountry(text);
            var place = sentence.Mention(team ? EntityType.Organisation : EntityType.Place, first, end) with { IsCertain = team };
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
    private static bool IsWrittenAsName(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            var word = tokens[i].Text;
            if (char.IsLower(word[0]) && word is not ("of" or "the" or "and" or "de" or "del" or "la" or "al" or "el" or "du" or "upon" or "on"
                    or "au" or "aux" or "sur" or "en" or "les" or "des") && !word.StartsWith("d'", StringComparison.Ordinal) && !word.StartsWith("l'", StringComparison.Ordinal)) return false;
        }

        return true;
    }

    /// <summary>"Minister of Defence of Azerbaijan": a place named inside a title is an entity of its own.</summary>
    public void AddInsideRoles(SentenceText sentence, List<(int First, int End)> roleRegions, List<NameMention> found)
    {
        foreach (var (first, end) in roleRegions)
        {
            for (var position = first; position < end; position++)
            {
                var length = gazetteer.PlaceLengthAt(sentence.Tokens, position);
                if (length > 0 && position + length <= end && IsCapitalised(sentence.Tokens[position].Text))
                {
                    var place = sentence.Mention(EntityType.Place, position, position + length);
                    if (!found.Any(place.Overlaps))
                    {
                        found.Add(place);
                    }

                    position += length - 1;
                }
            }
        }
    }

    /// <summary>"Pakistan-Turkiye-Azerbaijan": each part is a place, and the whole is none.</summary>
    public void AddCompounds(SentenceText sentence, List<NameMention> found)
    {
        for (var first = 0; first < sentence.Tokens.Count; first++)
        {
            // A compound needs a hyphen right after its first part: most tokens are ruled out without a list.
            if (first + 2 >= sentence.Tokens.Count || sentence.Tokens[first + 1].Text != "-")
            {
                continue;
            }

            var parts = PlaceCompoundAt(sentence.Tokens, first);
            foreach (var part in parts.Where(part => gazetteer.IsPlace(sentence.Tokens[part].Text)))
            {
                // A nationality in it names no place: "Israeli-Palestinian", "Haitian-American" are adjectives.
                found.Add(sentence.Mention(EntityType.Place, part, part + 1) with { IsCertain = true });
            }

            first += Math.Max(0, (parts.Count * 2) - 2);
        }
    }

    private List<int> PlaceCompoundAt(IReadOnlyList<Token> tokens, int first)
    {
        var parts = new List<int>();
        for (var position = first; position < tokens.Count && IsPlaceWord(tokens[position].Text); position += 2)
        {
            parts.Add(position);
            if (position + 2 >= tokens.Count || tokens[position + 1].Text != "-" || tokens[position + 1].Start != tokens[position].End)
            {
                break;
            }
        }

        return parts.Count >= 2 ? parts : [];
    }

    private bool IsPlaceWord(string word) => gazetteer.IsPlace(word) || gazetteer.CountryForDemonym(word) is not null;
}
