namespace NewsApi.Extraction.Tagging.Training;

/// <summary>One corpus file and how much its errors count (news-like text 1, tweets less).</summary>
public sealed record CorpusFile(string FileName, float Weight, bool TrimLowerCaseStarts = false);

/// <summary>Which files of the shared NER corpora train the shipped model and which are held out to measure it.</summary>
public sealed record TrainingPlan(IReadOnlyList<CorpusFile> Training, IReadOnlyList<string> HeldOut, int Epochs, int Seed, float PruneBelow)
{
    /// <summary>
    /// GUM, wikigold and UNER are closest to news; re3d labels descriptions ("the Army"), so its names are trimmed to
    /// their capitalised words and count half; BTC and WNUT-17 are tweets, useful for rare names but noisy, so they count less.
    /// </summary>
    public static TrainingPlan Default { get; } = new(
        [
            new("gum-train.conll", 1f), new("gum-dev.conll", 1f), new("wikigold.conll", 1f), new("uner-ewt-dev.conll", 1f),
            new("re3d.conll", 0.5f, TrimLowerCaseStarts: true),
            new("btc-train.conll", 0.3f), new("btc-dev.conll", 0.3f), new("wnut17-train.conll", 0.3f), new("wnut17-dev.conll", 0.3f),
        ],
        ["gum-test.conll", "uner-ewt-test.conll"],
        Epochs: 12,
        Seed: 20250528,
        PruneBelow: 0.05f);
}
