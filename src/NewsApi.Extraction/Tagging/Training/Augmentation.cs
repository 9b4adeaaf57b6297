using System.Globalization;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Extra training sentences in the shapes news has and the corpora lack: headlines in title case
/// ("Field Marshal Munir Discusses Regional Security") and lines in capitals, with the same tags.
/// </summary>
internal static class Augmentation
{
    private static readonly FrozenSet<string> MinorWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "but", "by", "with", "from", "as",
    ]);

    public static List<TrainingDocument> Create(IEnumerable<TrainingDocument> documents, double headlineShare, double capitalsShare, Random random)
    {
        var extra = new List<TrainingDocument>();
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                var draw = random.NextDouble();
                if (draw < headlineShare) extra.Add(Single(sentence with { Words = TitleCase(sentence.Words) }, document.Weight));
                else if (draw < headlineShare + capitalsShare)
                {
                    extra.Add(Single(sentence with { Words = [.. sentence.Words.Select(w => w.ToUpperInvariant())] }, document.Weight));
                }
            }
        }

        return extra;
    }

    private static TrainingDocument Single(TrainingSentence sentence, float weight) => new([sentence], weight);

    private static string[] TitleCase(string[] words) =>
        [.. words.Select((word, i) => i > 0 && MinorWords.Contains(word) || !char.IsLower(word[0])
            ? word
            : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..])];
}
