using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Israelis", "Palestinians", "Muslims", "Kurds": a capitalised plural that names a people by nationality, ethnicity or
/// religion is a person entity, as the annotation conventions have it (gum-dev's Muslims, Afghans, Greeks and
/// Bangladeshis; tests/eval/wikinews/CONVENTIONS.md). The tagger, trained on corpora that leave such words out, rarely
/// marks them. The singular ("an Israeli soldier") is an adjective and no entity.
/// </summary>
internal sealed class PeopleGroups(Gazetteer gazetteer)
{
    /// <summary>Adds a person mention for each group plural of the sentence that no other mention covers.</summary>
    public void Add(SentenceText sentence, List<NameMention> found)
    {
        // "South Africans", "New Zealanders", "Sri Lankans": a demonym of two words, whose last alone is no people.
        var tokens = sentence.Tokens;
        for (var last = 1; last < tokens.Length; last++)
        {
            var plural = tokens[last].Text;
            if (plural.Length < 4 || plural[^1] != 's' || !char.IsUpper(plural[0]) || !char.IsUpper(tokens[last - 1].Text[0])
                || gazetteer.CountryForDemonym($"{tokens[last - 1].Text} {plural[..^1]}") is null) continue;
            AddTwoWordGroup(sentence, found, last - 1, last);
        }

        MentionSpans.AddTokens(sentence, found, EntityType.Person, (tokens, i) => gazetteer.IsPeopleGroup(tokens[i].Text) || IsGroupWithoutPlural(tokens, i));
    }

    /// <summary>
    /// "Congolese do not die", "the Rohingya fled": a people whose noun is its adjective (a nationality in -ese, the Swiss) or
    /// takes no plural's s, where a verb or the clause's end follows it rather than a noun it describes ("Congolese officials").
    /// </summary>
    private bool IsGroupWithoutPlural(Token[] tokens, int index)
    {
        var word = tokens[index].Text;
        if (!(InvariantPeoples.Contains(word) || ((word.EndsWith("ese", StringComparison.Ordinal) || word == "Swiss") && gazetteer.CountryForDemonym(word) is not null)))
        {
            return false;
        }

        var next = index + 1 < tokens.Length ? tokens[index + 1].Text : ".";
        var previous = index > 0 ? tokens[index - 1].Text : "";
        var endsPhrase = next is "." or "," or ";" or ")" or "and" or "who" or "in" or "from";
        // "312 Chinese, 140 Vietnamese", "five were Chinese.": counted, or the complement that ends the clause.
        return VerbsAfterPeople.Contains(next) || (InvariantPeoples.Contains(word) && endsPhrase)
            || (endsPhrase && (WordChars.All(previous, char.IsAsciiDigit) || previous is "were" or "are" || Counts.Contains(previous)));
    }

    private static readonly FrozenSet<string> Counts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands"]);

    /// <summary>
    /// "Papua New Guineans", "Fijians" that the tagger read as an organisation or a place: a people named by its plural is a
    /// person entity, whatever type the tagger gave it (a listed organisation's name stays one).
    /// </summary>
    public void Retype(List<NameMention> mentions)
    {
        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention.Type != EntityType.Person && !mention.IsCertain && mention.Text.Length > 4 && mention.Text[^1] == 's' && char.IsUpper(mention.Text[0])
                && (gazetteer.IsPeopleGroup(mention.Text) || (mention.Text.Contains(' ', StringComparison.Ordinal) && gazetteer.CountryForDemonym(mention.Text[..^1]) is not null)))
            {
                mentions[index] = mention with { Type = EntityType.Person };
            }
        }
    }

    // Peoples named by one form, singular and plural (gum-dev's Rohingya, the Wikinews gold's Kikuyu).
    private static readonly FrozenSet<string> InvariantPeoples = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Rohingya", "Kikuyu", "Mapuche", "Inuit", "Druze", "Maasai", "Masai", "Yanomami", "Amish", "Hmong",
    ]);

    // What follows a people as the subject of its clause: "Congolese do not die", "Senegalese should ask".
    private static readonly FrozenSet<string> VerbsAfterPeople = FrozenSet.Create(StringComparer.Ordinal,
    [
        "are", "were", "have", "had", "should", "will", "would", "can", "could", "must", "do", "did", "may", "might", "who", "living",
        "abroad", "say", "said", "fled", "voted", "remain", "want",
    ]);

    /// <summary>In its own method, so that the lambdas' captured variables are allocated only for a demonym found.</summary>
    private static void AddTwoWordGroup(SentenceText sentence, List<NameMention> found, int first, int last)
    {
        var (start, end) = (sentence.Tokens[first].Start, sentence.Tokens[last].End);
        var covered = found.Where(mention => mention.Start < end && start < mention.End).ToList();
        if (covered.All(mention => mention.Type != EntityType.Person || mention.End <= end))
        {
            found.RemoveAll(covered.Contains); // the tagger's "Costa Ricans" as an organisation, or "South" as a place
            found.Add(sentence.Mention(EntityType.Person, first, last + 1));
        }
    }
}
