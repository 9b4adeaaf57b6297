using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Names that are titles of works or products, not people or organisations: "the Harry Potter DVD", "Mike Leigh's Vera
/// Drake has been nominated", "home PCs"; and operations ("Operation Prosperity Guardian"), which are events. Once the
/// article shows a name is a work, none of its mentions is an entity.
/// </summary>
internal static partial class WorkTitles
{
    // A name right before one of these is the work's title: "Harry Potter DVD", "the Shrek 2 film".
    private static readonly FrozenSet<string> WorkNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "DVD", "DVDs", "film", "films", "movie", "movies", "novel", "novels", "album", "albums", "series", "sequel", "video",
        "videos", "soundtrack", "trilogy", "franchise", "musical", "box-set", "book", "books", "game", "games",
    ]);

    // Before a title, in lower case: "the musical Mamma Mia". Not "game", "series" or "single" ("a single Boeing 787").
    private static readonly FrozenSet<string> WorkNounsBefore = FrozenSet.Create(StringComparer.Ordinal,
    [
        "film", "movie", "musical", "album", "novel", "sitcom", "documentary", "biopic", "opera", "memoir",
        "drama", "comedy", "thriller", "epic", "blockbuster", "western", "romcom", // "British drama The Long Field"
    ]);

    // After an acronym these speak of a league's or a body's own: "an NFL franchise", "NBA games", "a UEFA video".
    private static readonly FrozenSet<string> LeagueNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["franchise", "game", "games", "series", "video", "videos"]);

    // What a film's or book's article says about it: "Mike Leigh's Vera Drake has been nominated".
    private static readonly Regex WorkCues = WorkCueWords();

    // A name that ends in one of these is a product or work whatever the tagger typed it: "Harry Potter DVD".
    private static readonly FrozenSet<string> TitleEnds = FrozenSet.Create(StringComparer.Ordinal, ["DVD", "DVDs", "Blu-ray", "CD"]);

    /// <summary>"Operation Prosperity Guardian", "Operation Iraqi Freedom": a military or police operation is an event, no entity.</summary>
    private static bool IsOperation(NameMention mention) =>
        mention.Text.Length > "Operation ".Length && mention.Text.StartsWith("Operation ", StringComparison.Ordinal) && char.IsUpper(mention.Text["Operation ".Length]);

    public static void Remove(NewsDocument document, List<NameMention> mentions)
    {
        foreach (var product in mentions.Where(mention => TitleEnds.Contains(mention.Text[(mention.Text.LastIndexOf(' ') + 1)..]) && mention.Text.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            var title = product.Text[..product.Text.LastIndexOf(' ')];
            mentions.RemoveAll(mention => mention == product || NameKey.Loose(mention.Text) == NameKey.Loose(title));
        }

        var works = mentions.Where(mention => mention.Type != EntityType.Place && !mention.IsCertain && IsWork(document, mention, mentions))
            .Select(mention => NameKey.Loose(mention.Text))
            .ToHashSet(StringComparer.Ordinal);
        mentions.RemoveAll(mention => works.Contains(NameKey.Loose(mention.Text)) || IsProductPlural(mention) || IsOperation(mention));
    }

    private static bool IsWork(NewsDocument document, NameMention mention, List<NameMention> mentions)
    {
        var text = document.TextOf(mention.Field);
        var after = WordChars.NextWord(text, mention.End);
        if (WorkNouns.Contains(after) && !(LeagueNouns.Contains(after) && RoleChain.IsAcronym(mention.Text)))
        {
            return true;
        }

        // "the musical Mamma Mia", "her album Hopes and Fears", "the comedy Dry Land": the work's noun or genre in lower case before its title.
        if (WorkNounsBefore.Contains(NameWords.WordBefore(text, mention.Start)) && !mentions.Any(other => other.Type == EntityType.Person
            && other != mention && mention.Text.EndsWith(" " + other.Text, StringComparison.Ordinal)))
        {
            return true; // not where the article names the "title" by its last word alone: "the film Tom Hanks made ... Hanks said"
        }

        // "Leigh's Vera Drake": a person's name owning another person's name, in a sentence about awards or films.
        var ownedByPerson = mention.Type == EntityType.Person && mentions.Any(owner => owner.Type == EntityType.Person && owner.Field == mention.Field
            && owner.End < mention.Start && mention.Start - owner.End <= 3 && text[owner.End..mention.Start].TrimEnd().EndsWith('s'));
        return ownedByPerson && SpeaksOfWorks(mention.Sentence);
    }

    /// <summary>Whether a sentence speaks of films, books or awards: "Mike Leigh's Vera Drake has been nominated".</summary>
    internal static bool SpeaksOfWorks(string sentence) => WorkCues.IsMatch(sentence);

    /// <summary>"PCs", "DVDs", "MPs": a plural of capitals names things or people of a kind, not one organisation.</summary>
    private static bool IsProductPlural(NameMention mention) =>
        mention.Type == EntityType.Organisation && mention.Text.Length >= 3 && mention.Text[^1] == 's' && WordChars.All(mention.Text.AsSpan(0, mention.Text.Length - 1), char.IsUpper);

    [GeneratedRegex(@"\b(?:nominat\w*|award\w*|Oscars?|Baftas?|premiere\w*|box office|director|starring|film|novel|screen\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkCueWords();
}
