using System.Globalization;
using System.Text;

namespace NewsApi.Seeder.Corpus;

/// <summary>
/// Writes news-like articles in the seed plain-text layout: section, headline, an optional "date YYYY-MM-DD" caption line,
/// a dateline lede, then paragraphs until the article reaches its word target (300-1,000 words). The same seed always
/// gives the same articles. Entities are drawn with a skew (a few people, organisations and places appear in many
/// articles, most in a few), as in a real archive, so per-entity article lists range from a handful to thousands.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    private static readonly DateOnly FirstDay = new(2024, 1, 1);
    private readonly Random random = new(seed);

    public string NextArticle()
    {
        var first = NextPerson();
        var second = NextPerson();
        var organisation = NextOrganisation();
        var dateline = NextPlace();
        var venue = NextPlace();
        var topic = Pick(CorpusVocabulary.Topics);
        var wordTarget = random.Next(300, 1001);

        var text = new StringBuilder();
        text.Append(Pick(CorpusVocabulary.Sections)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{first.Surname} and {second.Surname} Discuss {TitleCase(topic)} in {venue}\n\n");
        if (random.NextDouble() < 0.6)
        {
            var published = FirstDay.AddDays(random.Next(0, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"date {published} {first.Title} {first.FullName} arrives in {venue}.\n\n");
        }

        var words = 0;
        words += AppendParagraph(text, $"{dateline.ToUpperInvariant()}: {first.Title} {first.FullName} met {second.Title} {second.FullName} in {venue} on {Pick(CorpusVocabulary.Weekdays)} to discuss {topic}.");
        words += AppendParagraph(text, $"According to a statement issued by the {organisation.Name} ({organisation.Acronym}), the talks focused on {topic} and on closer ties between the two sides.");
        while (words < wordTarget)
        {
            // Later mentions use the surname alone and the acronym alone, as reporters do once both are introduced.
            var mentioned = random.NextDouble() < 0.5 ? first : second;
            var paragraph = string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => NextSentence(mentioned, organisation, venue, topic)));
            words += AppendParagraph(text, paragraph);
        }

        return text.ToString();
    }

    private string NextSentence(CorpusPerson mentioned, CorpusOrganisation organisation, string venue, string topic)
    {
        var template = Pick(CorpusVocabulary.Sentences);
        var sentence = string.Format(
            CultureInfo.InvariantCulture, template, mentioned.FullName, mentioned.Surname,
            organisation.Acronym, random.NextDouble() < 0.5 ? venue : NextPlace(), topic, NextPlace(),
            Pick(CorpusVocabulary.Projects), random.Next(2, 99), Pick(CorpusVocabulary.Months));
        if (random.NextDouble() >= 0.3)
        {
            return sentence;
        }

        // A sentence that starts with a name keeps its capital after the opening; any other first word loses it.
        var rest = template[0] == '{' ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..];
        return Pick(CorpusVocabulary.Openings) + rest;
    }

    private static int AppendParagraph(StringBuilder text, string paragraph)
    {
        text.Append(paragraph).Append("\n\n");
        return paragraph.Count(character => character == ' ') + 1;
    }

    private CorpusPerson NextPerson()
    {
        var given = SkewedIndex(CorpusVocabulary.GivenNames.Length);
        var surname = SkewedIndex(CorpusVocabulary.Surnames.Length);
        // The title belongs to the person (same names, same title), so a person's role is stable across the corpus.
        var title = CorpusVocabulary.Titles[(given * 7 + surname * 13) % CorpusVocabulary.Titles.Length];
        return new CorpusPerson(title, CorpusVocabulary.GivenNames[given], CorpusVocabulary.Surnames[surname]);
    }

    private CorpusOrganisation NextOrganisation()
    {
        var region = CorpusVocabulary.Regions[SkewedIndex(CorpusVocabulary.Regions.Length)];
        var (body, letters) = CorpusVocabulary.Bodies[SkewedIndex(CorpusVocabulary.Bodies.Length)];
        return new CorpusOrganisation($"{region} {body}", $"{region[0]}{letters}");
    }

    private string NextPlace() => CorpusVocabulary.Places[SkewedIndex(CorpusVocabulary.Places.Length)];

    private string Pick(string[] items) => items[random.Next(items.Length)];

    /// <summary>An index in [0, count) where low indexes are far more likely (cubing a uniform draw), a Zipf-like skew.</summary>
    private int SkewedIndex(int count) => (int)(Math.Pow(random.NextDouble(), 3) * count);

    private static string TitleCase(string phrase) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase);
}
