using System.Text;
using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Tests.Documents;

/// <summary>
/// Malformed and hostile pages: every one is read or refused with a reason (<see cref="DocumentFormatException"/>),
/// never any other exception, and what is read keeps the reader's promises.
/// </summary>
public sealed partial class HostilePagesTests
{
    private const string Story = "<p>The harbour board approved the dredging plan on Tuesday after a survey found the channel had silted up.</p>";

    public static TheoryData<string, string> Extremes => new()
    {
        { "10,000 nested divs", Repeat("<div>", 10_000) + Story + Repeat("</div>", 10_000) },
        { "10,000 unclosed divs", Repeat("<div>", 10_000) + Story },
        { "10,000 unclosed bold tags", Repeat("<b>", 10_000) + Story },
        { "3,000 nested tables", Repeat("<table><tr><td>", 3_000) + Story },
        { "a 2 MB attribute", $"<article class=\"{new string('x', 2_000_000)}\"><h1>Dredging</h1>{Story}</article>" },
        { "20,000 attributes", $"<article {string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"a{i}=\"{i}\""))}>{Story}</article>" },
        { "JSON-LD nested 10,000 deep", LinkedData(Repeat("[", 10_000) + Repeat("]", 10_000)) + Story },
        { "JSON-LD cut short", LinkedData("{\"@type\": \"NewsArticle\", \"headline\": \"Dredg") + Story },
        { "JSON-LD of the wrong shapes", LinkedData("{\"@type\": 7, \"@graph\": \"x\", \"headline\": [1, {\"name\": null}], \"datePublished\": {\"a\": 1}}") + Story },
        { "JSON-LD dated year 1", LinkedData("{\"@type\": \"NewsArticle\", \"datePublished\": \"0001-01-01T00:00:00Z\"}") + Story },
        { "JSON-LD dated year 9999", LinkedData("{\"@type\": \"NewsArticle\", \"datePublished\": \"9999-12-31T23:59:59+14:00\"}") + Story },
        { "meta dated year 1 with a UTC offset page", "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"><meta property=\"article:modified_time\" content=\"2025-01-01T10:00:00-12:00\">" + Story },
        { "meta dated 9999 at UTC", "<meta property=\"article:published_time\" content=\"9999-12-31T23:59:59Z\"><meta property=\"article:modified_time\" content=\"2025-01-01T10:00:00+14:00\">" + Story },
        { "a date of all nines", "<meta name=\"date\" content=\"9999-99-99T99:99:99Z\">" + Story },
        { "an unclosed comment", "<!-- " + Story },
        { "an unclosed script", "<script>var a = '" + Story },
        { "nothing but markup", "<html><head></head><body></body></html>" },
        { "an empty page", "" },
        { "control characters and NUL", "<article><p>\u0000\u0001\u0002The harbour board\u0003 approved the plan on Tuesday after a long survey.\u001F</p></article>" },
        { "a javascript canonical", "<link rel=\"canonical\" href=\"javascript:alert(1)\">" + Story },
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public void An_extreme_page_is_read_or_refused_with_a_reason(string shape, string html)
    {
        Assert.True(ReadsOrRefuses(html, out var failure), $"{shape}: {failure}");
    }

    [Theory]
    [InlineData(100_000, "<div>", "</div>", "tags open at once")]
    [InlineData(100_000, "<div><span><b>", "", "tags open at once")]
    [InlineData(100_000, "<p>The board met.</p>", "", "elements")]
    [InlineData(100_000, "<div>The board met.</div>", "", "elements")]
    public void A_page_of_a_hundred_thousand_elements_is_refused_by_its_shape_before_readability_spends_minutes_on_it(
        int count, string open, string close, string reason)
    {
        var html = $"<html><body><article><h1>Dredging</h1>{Repeat(open, count)}{Story}{Repeat(close, count)}</article></body></html>";

        var refusal = Assert.Throws<DocumentFormatException>(() => DocumentReader.Read("huge.html", html));

        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_sloppy_page_with_thousands_of_unclosed_paragraphs_list_items_and_options_is_still_read()
    {
        var html = "<html><body><select>" + Repeat("<option>2001", 2_000) + "</select><article><h1>Dredging</h1>"
            + Repeat("<p>The harbour board approved the dredging plan on Tuesday after a survey found the channel had silted up.", 3_000)
            + "<ul>" + Repeat("<li>Channel depth", 1_000) + "</ul></article></body></html>";

        var document = Assert.Single(DocumentReader.Read("long.html", html).Documents);

        Assert.Contains("dredging plan", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_randomly_broken_pages_are_each_read_or_refused_with_a_reason()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_SEED"), out var chosen) ? chosen : 13;
        var count = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_PAGES"), out var pages) ? pages : 400;
        var random = new Random(seed);
        var failures = new List<string>();
        for (var index = 0; index < count; index++)
        {
            var html = BrokenPage(random);
            if (!ReadsOrRefuses(html, out var failure))
            {
                failures.Add($"page {index} (seed {seed}): {failure}\n{html[..Math.Min(html.Length, 400)]}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} pages:\n" + string.Join("\n\n", failures.Take(5)));
    }

    /// <summary>Read or refused with a reason; what is read is dated plausibly, has text and no control characters.</summary>
    private static bool ReadsOrRefuses(string html, out string? failure)
    {
        failure = null;
        try
        {
            var file = DocumentReader.Read("hostile.html", html);
            foreach (var document in file.Documents)
            {
                failure = document switch
                {
                    { Published: { } date } when date < new DateOnly(1900, 1, 1) || date > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) => $"dated {date}",
                    { Body.Length: 0 } => "an empty body",
                    _ when ControlCharacter().IsMatch(document.Body + document.Headline) => "control characters kept",
                    { Url: { } url } when !url.StartsWith("http", StringComparison.OrdinalIgnoreCase) => $"url {url}",
                    _ => null,
                };
            }
        }
        catch (DocumentFormatException refusal)
        {
            failure = string.IsNullOrWhiteSpace(refusal.Message) ? "refused without a reason" : null;
        }
#pragma warning disable CA1031 // Any other exception is what this test exists to find.
        catch (Exception exception)
        {
            failure = exception.ToString();
        }
#pragma warning restore CA1031

        return failure is null;
    }

    /// <summary>A page built from good and hostile pieces, shuffled, cut at a random point, with random bytes spliced in.</summary>
    private static string BrokenPage(Random random)
    {
        string[] pieces =
        [
            "<html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>", "<main>", "<div class=\"sidebar\">",
            "<div class=\"comments\">", "<form>", "</form>", "<p>", "</p>", "<br>", "<h1>Harbour plan</h1>", "<h2>", "<ul><li><a href=/x>Link</a>",
            "<figure><figcaption>A crane. —APP</figcaption>", "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
            "<svg><foreignObject>", "<template>", "<select><option>", "<textarea>", "<noscript>", "<iframe src=x>", "&#0;", "&#x110000;",
            "&amp;#8217;", "&#8217;", "<meta property=\"article:published_time\" content=\"", "0001-01-01T00:00:00Z", "9999-12-31",
            "2025-06-12T23:30:00-04:00", "\">", "<script type=\"application/ld+json\">", "{\"@type\": \"NewsArticle\", \"datePublished\": \"",
            "\"articleBody\": \"", "\"}", "]", "[", "{", "<time datetime=\"", "<time itemprop=datePublished datetime=\"", "on Tuesday",
            "LONDON, May 28, 2025 (Reuters) - ", Story, Story, Story, "长江流域今年首次发布洪水预警。", "\u0002", "\u0000", "\uFFFF", "\uD800",
            "<link rel=canonical href=\"javascript:alert(1)\">", "<a href=\"", "<div>", "</div>", "<span>", "<b>", "<i>", "<p class=\"",
        ];
        var page = new StringBuilder();
        var length = random.Next(1, 80);
        for (var index = 0; index < length; index++)
        {
            page.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(10) == 0)
            {
                page.Append(Repeat(pieces[random.Next(pieces.Length)], random.Next(1, 300)));
            }
        }

        var cut = random.Next(page.Length + 1);
        return page.ToString(0, cut);
    }

    private static string LinkedData(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    [GeneratedRegex(@"[\x00-\x08\x0B-\x1F\x7F]")]
    private static partial Regex ControlCharacter();
}
