using NewsApi.Extraction.Documents;
using Xunit.Abstractions;

namespace NewsApi.Extraction.Tests.Documents;

/// <summary>
/// Hand-written saved pages in the shapes of issue 13's failure classes (Pages/dev, used while building the reader;
/// Pages/held-out, written before and never tuned on), each with its expected body, scored with <see cref="BodyScore"/>
/// for NewsApi's reader and for plain SmartReader on the same pages.
/// </summary>
public sealed class ReadingSavedPagesTests(ITestOutputHelper output)
{
    public static TheoryData<string> AllPages => [.. PagesIn("dev").Concat(PagesIn("held-out"))];

    [Theory]
    [MemberData(nameof(AllPages))]
    public void Each_page_is_read_close_to_its_expected_body(string page)
    {
        var score = BodyScore.Page(Expected(page), Read(page));

        Assert.True(score.TruePositive >= 0.75, $"{page}: {score}\n--- read:\n{Read(page)}");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("held-out")]
    public void NewsApi_reads_the_pages_at_least_as_well_as_plain_smartreader(string set)
    {
        var pages = PagesIn(set).ToList();

        var ours = BodyScore.Set([.. pages.Select(page => BodyScore.Page(Expected(page), Read(page)))]);
        var plain = BodyScore.Set([.. pages.Select(page => BodyScore.Page(Expected(page), PlainSmartReader(page)))]);

        output.WriteLine($"{set}, {pages.Count} pages: NewsApi F1 {ours.F1:F3} (P {ours.Precision:F3}, R {ours.Recall:F3}); " +
            $"plain SmartReader F1 {plain.F1:F3} (P {plain.Precision:F3}, R {plain.Recall:F3})");
        Assert.True(ours.F1 >= plain.F1, $"NewsApi {ours} < SmartReader {plain}");
        Assert.True(ours.F1 >= 0.95, $"NewsApi {ours}");
    }

    [Fact]
    public void The_score_counts_shingles_of_four_tokens_with_their_repeats()
    {
        // Expected: 6 tokens -> 3 shingles; found adds 2 tokens -> 5 shingles, 3 shared.
        var score = BodyScore.Page("one two three four five six", "zero one two three four five six seven");

        Assert.Equal((3 / 5.0, 2 / 5.0, 0.0), (score.TruePositive, score.FalsePositive, score.FalseNegative));
        Assert.Equal(new BodyScore.SetScore(2 * 0.6 / 1.6, 0.6, 1.0), BodyScore.Set([score]));
    }

    private static IEnumerable<string> PagesIn(string set) =>
        Directory.EnumerateFiles(Path.Combine(Folder, set), "*.html").Order(StringComparer.Ordinal)
            .Select(path => $"{set}/{Path.GetFileNameWithoutExtension(path)}");

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Documents", "Pages");

    private static string Html(string page) => File.ReadAllText(Path.Combine(Folder, page + ".html"));

    private static string Expected(string page) => File.ReadAllText(Path.Combine(Folder, page + ".txt"));

    private static string Read(string page)
    {
        try
        {
            return DocumentReader.ReadOne(page + ".html", Html(page)).Body;
        }
        catch (DocumentFormatException)
        {
            return "";
        }
    }

    private static string PlainSmartReader(string page) => SmartReader.Reader.ParseArticle("https://example.com/", Html(page), null).TextContent;
}
