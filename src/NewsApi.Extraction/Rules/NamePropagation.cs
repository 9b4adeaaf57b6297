using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Resolution;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// One article names one thing the same way throughout, but the tagger does not always see it: a surname alone
/// ("Waters pointed out"), a given name it did not know ("Amneh Jafari" once "Jafari" is known), a full name repeated,
/// an initialism of a name used earlier ("U.N." for "United Nations"). These later mentions are found by lookup.
/// </summary>
internal sealed class NamePropagation(Gazetteer gazetteer)
{
    public List<NameMention> Find(TextField field, string text, IReadOnlyList<Sentence> sentences, HashSet<string> lowerCaseWords, IReadOnlyList<NameMention> known)
    {
        var surnames = known.Where(mention => mention.Type == EntityType.Person)
            .Where(mention => NameWords.ParticleSurname(mention.Text) is null)
            .SelectMany(mention => EastAsianNames.FamilyNameOf(mention.Text) is { } familyName // "Ong said" after "Ong Kai Ming"
                ? [familyName, NameWords.LastWord(mention.Text)]
                : SpanishNames.PaternalSurname(mention.Text, gazetteer) is { } paternal // "Quispe said" after "Héctor Quispe Villanueva"
                    ? [paternal, NameWords.LastWord(mention.Text)]
                    : new[] { NameWords.LastWord(mention.Text) })
            .SelectMany(word => new[] { word, NameWords.WithoutArabicArticle(word) }) // "Assad said" after "Bashar al-Assad"
            .Where(word => word.Length > 1 && char.IsUpper(word[0]) && !gazetteer.IsPeopleGroup(word) // not "[Against] Serbs"
                && !word.All(char.IsUpper)) // nor the "II" of "Tewodros II"
            .ToHashSet(StringComparer.Ordinal);
        // "Jack Del Rio" is "Del Rio" later, not "Rio": a surname with its particles is several words, and its first
        // particle takes a capital at a sentence's start ("Christianne van der Wal", then "Van der Wal said").
        var particleSurnames = NameWords.ParticleSurnames(known).Select(surname => surname.Split(' ')).OrderByDescending(words => words.Length).ToList();
        // "Meridia said" after "Meridia Therapeutics": a firm named by its own word and company words, then by that word; and
        // "Dinamo lead the league" after "Dinamo Zagreb": a club by its club word.
        var companyWords = known.Where(mention => mention.Type == EntityType.Organisation)
            .Select(mention => mention.Text.Split(' ') is var words && NameWords.NamesCompany(words) ? NameWords.OwnFirstWord(words)
                : NameWords.NamesCompanyOfCountry(words, gazetteer.IsCountry) ? words[0]
                : words.Length == 2 && TeamContext.IsClubPrefix(words[0]) ? words[0] : null).OfType<string>()
            .Where(word => word.Length > 1 && char.IsUpper(word[0]) && !surnames.Contains(word) && !SentenceWords.IsSentenceWord(word)
                && NamesNothingElse(word)) // not "British" or "United" of an airline
            .ToHashSet(StringComparer.Ordinal);
        // "Hajduk's coach" after "Hajduk Split", "Real coach Carlo Ancelotti" after "Real Madrid": a listed club of its own word
        // and its town, by that word, though it is a word of running text too ("Real"); not before another name word.
        var clubWords = known.Where(mention => mention.Type == EntityType.Organisation && gazetteer.IsSportsClub(mention.Text))
            .Select(mention => mention.Text.Split(' ')).Where(words => words.Length == 2 && gazetteer.IsPlace(words[1]))
            .Select(words => words[0])
            .Where(word => word.Length > 1 && char.IsUpper(word[0]) && !surnames.Contains(word) && NamesNothingElse(word))
            .ToHashSet(StringComparer.Ordinal);
        // "Hirut said" after "Hirut Tesfaye": news that calls people by given name (Ethiopians, Icelanders, athletes) does
        // so as the speaker of a quote; a given name two people share, or someone's surname, is left alone.
        var givenNames = known.Where(mention => mention.Type == EntityType.Person && mention.Text.Contains(' ', StringComparison.Ordinal))
            .Select(mention => mention.Text).Distinct(StringComparer.Ordinal)
            .GroupBy(name => name[..name.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .Where(names => names.Count() == 1 && names.Key.Length > 1 && WordChars.All(names.Key, char.IsLetter) && char.IsUpper(names.Key[0])
                && !surnames.Contains(names.Key) && !RoleWords.StartsTitle(names.Key) && !NameWords.IsSurnameParticle(names.Key) && NamesNothingElse(names.Key))
            .Select(names => names.Key).ToHashSet(StringComparer.Ordinal);
        var fullNames = known.Where(mention => mention.Text.Contains(' ', StringComparison.Ordinal))
            .GroupBy(mention => mention.Text, StringComparer.Ordinal)
            .ToDictionary(names => names.Key, names => names.First().Type, StringComparer.Ordinal);
        var initialisms = fullNames.Where(name => name.Value != EntityType.Person)
            .GroupBy(name => Initials(name.Key), StringComparer.Ordinal)
            .Where(names => names.Key.Length >= 2 && names.Count() == 1)
            .ToDictionary(names => names.Key, names => names.Single().Value, StringComparer.Ordinal);
        foreach (var (name, type) in fullNames)
        {
            // "GE" for "General Electric Co.": a firm's initials without its legal form, unless another name has them.
            if (type != EntityType.Person && InitialsWithoutLegalForm(name) is { Length: >= 2 } initials && !initialisms.Remove(initials))
            {
                initialisms[initials] = type;
            }
        }

        // "the Centre", "National Coalition leader Elina Virtanen" after "Centre Party" and "National Coalition Party".
        var partyShortForms = known.Where(mention => mention.Type == EntityType.Organisation && mention.Text.EndsWith(" Party", StringComparison.Ordinal))
            .Select(mention => mention.Text[..^" Party".Length].Split(' ')).Where(words => words.All(word => word.Length > 1 && char.IsUpper(word[0])))
            .DistinctBy(words => string.Join(' ', words), StringComparer.Ordinal).ToList();
        // "Mayon has erupted" after "Mayon Volcano": a volcano or glacier by its own word, as news names it once the head is said.
        var featureWords = known.Where(mention => mention.Type == EntityType.Place).Select(mention => mention.Text.Split(' '))
            .Where(words => words.Length == 2 && FeatureHeads.Contains(words[1]) && words[0].Length > 1 && char.IsUpper(words[0][0])
                && !surnames.Contains(words[0]) && NamesNothingElse(words[0]))
            .Select(words => words[0]).ToHashSet(StringComparer.Ordinal);
        // "Traffic in Joburg" after "Johannesburg", "the Fed" after "the Federal Reserve": a one-word other name the variant
        // list gives a place or body the article names.
        var listedNamesHere = known.Where(mention => mention.Type is EntityType.Place or EntityType.Organisation)
            .Select(mention => NameVariants.Default.ListedCanonicalKey(NameKey.Loose(mention.Text))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var longestFirst = fullNames.OrderByDescending(name => name.Key.Length).ToList();
        var coveredText = new bool[text.Length];
        foreach (var mention in known.Where(mention => mention.Field == field))
        {
            Array.Fill(coveredText, true, mention.Start, mention.End - mention.Start);
        }

        var found = new List<NameMention>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            bool Covered(int index) => coveredText[tokens[index].Start];
            bool AnyCovered(int first, int count)
            {
                for (var k = first; k < first + count; k++)
                {
                    if (Covered(k)) return true;
                }

                return false;
            }

            NameMention Mention(EntityType type, int first, int end)
            {
                Array.Fill(coveredText, true, tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
                return new(type, field, tokens[first].Start, tokens[end - 1].End, text[tokens[first].Start..tokens[end - 1].End], text[sentence.Start..sentence.End]);
            }

            for (var index = 0; index < tokens.Length; index++)
            {
                var word = tokens[index].Text;
                if (Covered(index))
                {
                    continue;
                }

                if (ParticleSurnameAt(tokens, index, particleSurnames) is { } surnameLength && !AnyCovered(index, surnameLength))
                {
                    found.Add(Mention(EntityType.Person, index, index + surnameLength));
                    index += surnameLength - 1;
                    continue;
                }

                if (!char.IsUpper(word[0]))
                {
                    continue;
                }

                if (FullNameAt(text, tokens, index, longestFirst) is var (length, type) && !AnyCovered(index, length))
                {
                    found.Add(Mention(type, index, index + length));
                    index += length - 1;
                }
                else if (PartyShortFormAt(tokens, index, partyShortForms) is { } partyLength && !AnyCovered(index, partyLength))
                {
                    found.Add(Mention(EntityType.Organisation, index, index + partyLength));
                    index += partyLength - 1;
                }
                // "Young people said...": a surname opening a sentence may be a common word; the field's lower-case words tell.
                else if (surnames.Contains(word) && (index + 1 == tokens.Length || tokens[index + 1].Text != "-")
                         && (index > 0 || !lowerCaseWords.Contains(word.ToLowerInvariant())))
                {
                    var givenName = index > 0 && IsGivenName(tokens[index - 1].Text) && !Covered(index - 1)
                        && (index > 1 || gazetteer.IsFirstName(tokens[index - 1].Text)); // not "Yesterday Mohamed"
                    // "K. Thippeswamy" before "Mr. Thippeswamy": initials as India's press writes given names; not "U.S." or "U.N."
                    var initials = index > 0 && !Covered(index - 1) && NameWords.IsInitials(tokens[index - 1].Text)
                        && !gazetteer.IsPlaceOrNationality(tokens[index - 1].Text) && !gazetteer.IsListedOrganisation(tokens[index - 1].Text);
                    var first = givenName || initials ? index - 1 : index;
                    found.Add(Mention(EntityType.Person, first, index + 1));
                }
                else if (givenNames.Contains(word) && index + 1 < tokens.Length && tokens[index + 1].Text is "said" or "says" or "told" or "added"
                         && !lowerCaseWords.Contains(word.ToLowerInvariant()))
                {
                    found.Add(Mention(EntityType.Person, index, index + 1));
                }
                else if (companyWords.Contains(word) && (index > 0 || !lowerCaseWords.Contains(word.ToLowerInvariant())))
                {
                    found.Add(Mention(EntityType.Organisation, index, index + 1));
                }
                else if (clubWords.Contains(word) && (index > 0 || !lowerCaseWords.Contains(word.ToLowerInvariant()))
                         && !(index + 1 < tokens.Length && char.IsUpper(tokens[index + 1].Text[0])))
                {
                    found.Add(Mention(EntityType.Organisation, index, index + 1));
                }
                else if (RoleChain.IsAcronym(word) && initialisms.TryGetValue(new string(word.Where(char.IsLetter).ToArray()), out var initialismType))
                {
                    found.Add(Mention(initialismType, index, index + 1));
                }
                else if (featureWords.Contains(word) && (index > 0 || !lowerCaseWords.Contains(word.ToLowerInvariant()))
                         && !(index + 1 < tokens.Length && char.IsUpper(tokens[index + 1].Text[0])))
                {
                    found.Add(Mention(EntityType.Place, index, index + 1));
                }
                else if (listedNamesHere.Count > 0 && NameVariants.Default.ListedCanonicalKey(NameKey.Loose(word)) is { } canonical
                         && listedNamesHere.Contains(canonical) && NameVariants.Default.Listed(canonical) is { } listed)
                {
                    found.Add(Mention(listed.Type, index, index + 1));
                }
            }
        }

        return found;
    }

    // Heads after a natural feature's own name that news leaves out once it has said them: "Mayon Volcano", then "Mayon".
    private static readonly FrozenSet<string> FeatureHeads = FrozenSet.Create(StringComparer.Ordinal, ["Volcano", "Glacier"]);

    /// <summary>
    /// The length in tokens of a party's name without "Party" written from token <paramref name="index"/> on, after "the" or
    /// before a member's word ("the Centre,", "National Coalition leader"), and not opening a longer name ("the Centre for ...").
    /// </summary>
    private static int? PartyShortFormAt(Token[] tokens, int index, List<string[]> shortForms)
    {
        foreach (var words in shortForms)
        {
            var end = index + words.Length;
            if (end > tokens.Length || !Enumerable.Range(0, words.Length).All(k => tokens[index + k].Text == words[k])) continue;
            var next = end < tokens.Length ? tokens[end].Text : ".";
            var isAfterThe = index > 0 && tokens[index - 1].Text is "the" or "The";
            var endsName = !char.IsLetterOrDigit(next[0]) || (char.IsLower(next[0]) && next is not ("for" or "of" or "and" or "on"));
            if (endsName && (isAfterThe || next is "leader" or "leaders" or "lawmaker" or "lawmakers" or "MP" or "MPs" or "chairman" or "chairwoman"))
            {
                return words.Length;
            }
        }

        return null;
    }

    /// <summary>"[Amneh] Jafari": a capitalised word before a known surname that names nothing else.</summary>
    private bool IsGivenName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && WordChars.All(word.AsSpan(1), char.IsLower) && !RoleWords.StartsTitle(word) && NamesNothingElse(word)
        && !SentenceWords.IsDateWord(word); // "On Thursday Prewitt and the board's attorney"

    /// <summary>No place, nationality or organisation's word: "Jafari", "Meridia"; not "Paris", "British", "United".</summary>
    private bool NamesNothingElse(string word) =>
        !gazetteer.IsPlace(word) && gazetteer.CountryForDemonym(word) is null && !gazetteer.IsOrganisationCue(word);

    /// <summary>The longest known full name written from token <paramref name="index"/> on, as a token count.</summary>
    private static (int Length, EntityType Type)? FullNameAt(string text, Token[] tokens, int index, List<KeyValuePair<string, EntityType>> longestFirst)
    {
        var start = tokens[index].Start;
        foreach (var (name, type) in longestFirst)
        {
            var end = start + name.Length;
            if (string.CompareOrdinal(text, start, name, 0, name.Length) == 0 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                var last = index;
                while (last + 1 < tokens.Length && tokens[last + 1].End <= end) last++;
                return (last - index + 1, type);
            }
        }

        return null;
    }


    /// <summary>The length in tokens of the particle surname written from token <paramref name="index"/> on, its first particle in either case.</summary>
    private static int? ParticleSurnameAt(Token[] tokens, int index, List<string[]> longestFirst)
    {
        foreach (var words in longestFirst)
        {
            if (index + words.Length <= tokens.Length && tokens[index].Text.Equals(words[0], StringComparison.OrdinalIgnoreCase)
                && RestMatches(words))
            {
                return words.Length;
            }
        }

        return null;

        bool RestMatches(string[] words)
        {
            for (var k = 1; k < words.Length; k++)
            {
                if (tokens[index + k].Text != words[k]) return false;
            }

            return true;
        }
    }

    /// <summary>"GE" for "General Electric Co."; null for a name that ends in no legal form.</summary>
    private static string? InitialsWithoutLegalForm(string name)
    {
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace < 0 || !NameWords.IsCompanySuffix(name[(lastSpace + 1)..])) return null; // most names: no legal form, no split
        var words = name.Split(' ');
        var own = NameWords.LengthWithoutCompanySuffixes(words, minimum: 1);
        return own < words.Length ? Initials(string.Join(' ', words[..own])) : null;
    }

    /// <summary>The initials of a name's capitalised words, hyphenated parts apart: "TICC" for "Taipei International Convention Center".</summary>
    internal static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(word => word.Length > 0 && char.IsUpper(word[0])).Select(word => word[0]));
}
