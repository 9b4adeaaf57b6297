namespace NewsApi.Seeder.Eval;

/// <summary>Counts of one type (or of all): gold entities, system entities, and the pairs that match.</summary>
public sealed class Counts
{
    public int Gold { get; set; }

    public int System { get; set; }

    public int TruePositives { get; set; }

    public double Precision => System == 0 ? 0 : (double)TruePositives / System;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>What one article got right and wrong, so errors can be read.</summary>
public sealed record DocumentReport(string Document)
{
    public List<string> Matched { get; } = [];

    public List<string> Misses { get; } = [];

    public List<string> FalsePositives { get; } = [];

    /// <summary>Gold entities written several ways whose names the system spread over several entities.</summary>
    public List<string> Fragmented { get; } = [];
}

/// <summary>The figures score.py prints, plus the per-article reports.</summary>
public sealed class BenchScore(bool lenient)
{
    public bool Lenient => lenient;

    public Dictionary<string, Counts> PerType { get; } = BenchScorer.Types.ToDictionary(type => type, _ => new Counts(), StringComparer.Ordinal);

    public Counts Micro => new()
    {
        Gold = PerType.Values.Sum(counts => counts.Gold),
        System = PerType.Values.Sum(counts => counts.System),
        TruePositives = PerType.Values.Sum(counts => counts.TruePositives),
    };

    public Counts TypeAgnostic { get; } = new();

    public int AliasEligible { get; set; }

    public int AliasMerged { get; set; }

    public int AliasFragmented { get; set; }

    public double AliasMergingRate => AliasEligible == 0 ? 0 : (double)AliasMerged / AliasEligible;

    public int InvalidSystemEntities { get; set; }

    public int OptionalSystemMatched { get; set; }

    public int OptionalGoldUnmatched { get; set; }

    public List<DocumentReport> Documents { get; } = [];

    public List<string> Warnings { get; } = [];
}
