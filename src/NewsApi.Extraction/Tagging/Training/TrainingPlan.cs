namespace NewsApi.Extraction.Tagging.Training;

/// <summary>One corpus file and how much its errors count (news-like text 1, tweets less).</summary>
public sealed record CorpusFile(string FileName, float Weight);

/// <summary>
/// Which files of the shared NER corpora train the shipped model and which are held out to measure it (uner-pud is UNER's
/// test split: it is only ever measured, never trained or tuned on).
/// </summary>
/// <param name="HeadlineShare">The share of news-like sentences also trained on in title case, as headlines are written.</param>
/// <param name="CapitalsShare">The share also trained on in capitals, as datelines and shouted headlines are written.</param>
public sealed record TrainingPlan(
    IReadOnlyList<CorpusFile> Training,
    IReadOnlyList<string> HeldOut,
    int Epochs,
    int Seed,
    float PruneBelow,
    double HeadlineShare,
    double CapitalsShare)
{
    /// <summary>Training runs, each over its own shuffle of the documents, whose weights are averaged into the model.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Subtracted from every token's score for the tag "outside any name" (a recall/precision trade).</summary>
    public float OutsideBias { get; init; }

    /// <summary>
    /// Added while training to every wrong tag's score before a step's decoding (cost-augmented decoding: the step also
    /// corrects right answers won by less than this margin). 0, the shipped setting, is the plain perceptron.
    /// </summary>
    public float Margin { get; init; }

    /// <summary>Unlabelled news (one tokenized sentence a line; paths relative to the corpora folder) clustered with the training text.</summary>
    public IReadOnlyList<string> UnlabelledTexts { get; init; } = ["../unlabelled/voa-news-sentences.txt"];

    /// <summary>
    /// Classes per level of the word clusters, finest first (none: no cluster features). 256/64/16 was set before measuring
    /// and not tuned: the three levels play the part of Brown cluster path prefixes.
    /// </summary>
    public IReadOnlyList<int> ClusterSizes { get; init; } = [256, 64, 16];

    /// <summary>Words seen fewer times in the unlabelled and training text are left unclustered.</summary>
    public int ClusterMinimumCount { get; init; } = 3;

    /// <summary>At most this many passes of the exchange algorithm per level.</summary>
    public int ClusterIterations { get; init; } = 15;

    /// <summary>
    /// GUM, wikigold and UNER are closest to news. BTC and WNUT-17 are tweets, useful for rare names but noisy, so they
    /// count less. re3d is left out: it labels descriptions ("the Army", "rebels"), and even with its names trimmed to their
    /// capitalised words it cost 2-5 points of held-out F1 and 1 point on the news dev set.
    /// Which shuffle a run gets sways F1 by 2-3 points; seed 6 was kept for the best news dev set score through the
    /// whole pipeline among the seeds tried (1 and 3 to 7: 0.753 to 0.783), with every extraction test passing.
    /// </summary>
    public static TrainingPlan Default { get; } = new(
        [
            new("gum-train.conll", 1f), new("gum-dev.conll", 1f), new("wikigold.conll", 1f), new("uner-ewt-dev.conll", 1f),
            new("btc-train.conll", 0.3f), new("btc-dev.conll", 0.3f), new("wnut17-train.conll", 0.3f), new("wnut17-dev.conll", 0.3f),
        ],
        ["gum-test.conll", "uner-ewt-test.conll", "uner-pud.conll"],
        Epochs: 12,
        Seed: 6,
        PruneBelow: 0.05f,
        HeadlineShare: 0.05,
        CapitalsShare: 0.02);
}
