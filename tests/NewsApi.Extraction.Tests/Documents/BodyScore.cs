using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Tests.Documents;

/// <summary>
/// The article-body metric of the public extraction benchmark issue 13 was measured with: the texts' \w+ tokens in
/// shingles of four, matched with their counts; each page's true/false positives and negatives normalised to sum to 1;
/// precision and recall averaged over pages; F1 of the two averages.
/// </summary>
public static partial class BodyScore
{
    public readonly record struct PageScore(double TruePositive, double FalsePositive, double FalseNegative);

    public readonly record struct SetScore(double F1, double Precision, double Recall);

    public static PageScore Page(string expected, string found)
    {
        var wanted = Shingles(expected);
        var got = Shingles(found);
        double truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var shingle in wanted.Keys.Union(got.Keys))
        {
            var inExpected = wanted.GetValueOrDefault(shingle);
            var inFound = got.GetValueOrDefault(shingle);
            truePositive += Math.Min(inExpected, inFound);
            falsePositive += Math.Max(0, inFound - inExpected);
            falseNegative += Math.Max(0, inExpected - inFound);
        }

        var sum = truePositive + falsePositive + falseNegative;
        return sum > 0 ? new(truePositive / sum, falsePositive / sum, falseNegative / sum) : new(0, 0, 0);
    }

    public static SetScore Set(IReadOnlyCollection<PageScore> pages)
    {
        var precision = pages.Where(page => page.TruePositive + page.FalsePositive > 0).Select(PrecisionOf).DefaultIfEmpty(0).Average();
        var recall = pages.Where(page => page.TruePositive + page.FalseNegative > 0).Select(RecallOf).DefaultIfEmpty(0).Average();
        return new SetScore(precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, precision, recall);
    }

    private static double PrecisionOf(PageScore page) =>
        page.FalsePositive == 0 && page.FalseNegative == 0 ? 1 : page.TruePositive / (page.TruePositive + page.FalsePositive);

    private static double RecallOf(PageScore page) =>
        page.FalsePositive == 0 && page.FalseNegative == 0 ? 1 : page.TruePositive / (page.TruePositive + page.FalseNegative);

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(match => match.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var start = 0; start < Math.Max(1, tokens.Count - 3); start++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(start).Take(4));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
