using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "survivors interviewed by the Tribune" in an article that names the Chicago Tribune, "the Times reported" after "The
/// New York Times": a listed newspaper's last word after "the" is the newspaper, which the tagger reads as a common noun.
/// The alias merger joins it to the full name. Not before another capitalised word ("the Times Square crowd"), nor where
/// two listed newspapers of the article end so.
/// </summary>
internal static class NewspaperShortNames
{
    private static readonly FrozenSet<string> NewspaperWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Times", "Post", "Herald", "Journal", "Tribune", "Telegraph", "Gazette", "Chronicle", "Observer", "Globe", "Guardian",
        "Independent", "Inquirer", "Examiner", "Sentinel", "Dispatch", "Courier", "Bulletin", "Sun-Times", "Star", "Sun", "Mirror", "Mail",
        "Express", "Economist", "Spectator", "Scotsman", "Standard", "Age", "Hindu",
    ]);

    // What a paper does when a sentence opens with its title: "The Sun reported", "The Times newspaper".
    private static readonly FrozenSet<string> PaperVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "reported", "reports", "said", "says", "revealed", "reveals", "quoted", "quotes", "published", "wrote", "newspaper", "obtained",
    ]);

    /// <summary>"The Times", "The Observer": a paper's own title, which names that paper wherever an article writes it alone.</summary>
    public static bool IsPaperTitle(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) && NewspaperWords.Contains(name[4..]);

    public static void Add(IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields, List<NameMention> mentions, Gazetteer gazetteer)
    {
        AddTitles(fields, mentions);
        var shortNames = mentions.Where(mention => mention.Type == EntityType.Organisation && mention.Text.Contains(' ', StringComparison.Ordinal)
                && NewspaperWords.Contains(LastWord(mention.Text)) && gazetteer.IsNewsMedia(mention.Text))
            .Select(mention => mention.Text).Distinct(StringComparer.Ordinal)
            .GroupBy(LastWord, StringComparer.Ordinal).Where(papers => papers.Count() == 1) // not "the Post" beside the New York and Washington Posts
            .Select(papers => papers.Key).ToHashSet(StringComparer.Ordinal);
        if (shortNames.Count == 0) return;

        var found = new List<NameMention>();
        foreach (var (sentence, index) in WordsAfterTheFirst(fields))
        {
            var tokens = sentence.Tokens;
            if (tokens[index - 1].Text == "the" && shortNames.Contains(tokens[index].Text)
                && (index + 1 == tokens.Length || !NameWords.IsCapitalised(tokens[index + 1].Text))
                && !MentionSpans.AnyOverlaps(mentions, sentence.Field, tokens[index].Start, tokens[index].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, index, index + 1));
            }
        }

        mentions.AddRange(found);
    }

    /// <summary>
    /// "writing in The Observer", "a source told The Times", "The Sun reported": a newspaper's word after a capital "The"
    /// inside a sentence (or opening one before what a paper does) is the paper's title, listed or not. Not before another
    /// capitalised word ("The Star Wars films").
    /// </summary>
    private static void AddTitles(IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields, List<NameMention> mentions)
    {
        var found = new List<NameMention>();
        foreach (var (sentence, index) in WordsAfterTheFirst(fields))
        {
            var tokens = sentence.Tokens;
            if (tokens[index - 1].Text != "The" || !NewspaperWords.Contains(tokens[index].Text)) continue;
            var next = index + 1 < tokens.Length ? tokens[index + 1].Text : "";
            var isTitle = index - 1 > 0 && tokens[index - 2].Text is not ("\"" or "“" or "'" or "‘" or ":")
                ? next.Length == 0 || !NameWords.IsCapitalised(next)
                : PaperVerbs.Contains(next);
            if (isTitle && !MentionSpans.AnyOverlaps(mentions, sentence.Field, tokens[index - 1].Start, tokens[index].End))
            {
                found.Add(sentence.Mention(EntityType.Organisation, index - 1, index + 1));
            }
        }

        mentions.AddRange(found);
    }

    /// <summary>Every sentence of the fields with each of its tokens but the first, which both readings look behind.</summary>
    private static IEnumerable<(SentenceText Sentence, int Index)> WordsAfterTheFirst(
        IReadOnlyList<(TextField Field, string Text, IReadOnlyList<Sentence> Sentences)> fields)
    {
        foreach (var (field, text, sentences) in fields)
        {
            foreach (var sentence in sentences)
            {
                var sentenceText = new SentenceText(field, text, sentence);
                for (var index = 1; index < sentence.Tokens.Length; index++) yield return (sentenceText, index);
            }
        }
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];
}
