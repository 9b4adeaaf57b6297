using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// What a page says about its article: JSON-LD (NewsArticle, Article, BlogPosting...), meta tags, the visible headline,
/// byline and caption. Entities are decoded ("&amp;#8217;" in a JSON-LD headline is ’), a site logo is never a headline,
/// and dates are kept as written with where they came from, for <see cref="PublishedDate.Choose"/>.
/// </summary>
internal sealed partial record PageMetadata
{
    public string? Headline { get; init; }
    public string? Caption { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<DateClaim> DateClaims { get; init; } = [];
    public TimeSpan? PageOffset { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }

    /// <summary>JSON-LD articleBody, as text.</summary>
    public string? LinkedDataBody { get; init; }

    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    private static readonly string[] ModifiedMetaNames = ["article:modified_time", "og:updated_time", "dateModified"];

    public static PageMetadata Read(IHtmlDocument page)
    {
        var linkedData = LinkedData.Of(page);
        var meta = MetaTags(page);
        string? Meta(string name) => meta.GetValueOrDefault(name);

        var publisher = Decode(linkedData?.Publisher ?? Meta("og:site_name"));
        // Not a comment's time: WordPress marks each comment as an <article> with its own <time>.
        var timeElements = page.QuerySelectorAll("[itemprop=datePublished], article time[datetime], time[pubdate]")
            .Where(element => element.Closest("[class*=comment], [id*=comment]") is null)
            .Select(element => element.GetAttribute("datetime") ?? element.GetAttribute("content"))
            .OfType<string>().ToList();
        var claims = new List<DateClaim>();
        claims.AddRange(new[] { linkedData?.Published, linkedData?.Created }.OfType<string>().Select(date => new DateClaim(date, "json-ld")));
        claims.AddRange(PublishedMetaNames.Select(Meta).OfType<string>().Select(date => new DateClaim(date, "html-meta")));
        claims.AddRange(timeElements.Select(date => new DateClaim(date, "html-time")));
        var timestamps = claims.Select(claim => claim.Text)
            .Concat(new[] { linkedData?.Modified }.OfType<string>()).Concat(ModifiedMetaNames.Select(Meta).OfType<string>());

        return new PageMetadata
        {
            Headline = HeadlineOf(page, Decode(linkedData?.Headline), Decode(Meta("og:title") ?? Meta("twitter:title")), publisher),
            Caption = page.QuerySelector("article figcaption, main figcaption, [role=main] figcaption")?.TextContent,
            Section = Decode(linkedData?.Section ?? Meta("article:section")),
            DateClaims = claims,
            PageOffset = timestamps.Select(PublishedDate.OffsetOf).FirstOrDefault(offset => offset is not null),
            Author = Decode(linkedData?.Author is { } author && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? author : null)
                ?? Decode(Meta("author")) ?? Byline(page),
            Url = UrlOf(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta("og:url"), linkedData?.Url),
            Publisher = publisher,
            LinkedDataBody = linkedData?.Body is { } body ? Decode(body.Contains('<', StringComparison.Ordinal) ? Markup().Replace(body, " ") : body) : null,
        };
    }

    /// <summary>
    /// The visible headline (the article's h1) when there is one that is not the site's logo, else the JSON-LD headline,
    /// og:title, another h1, or the page title.
    /// </summary>
    private static string? HeadlineOf(IHtmlDocument page, string? linkedData, string? openGraph, string? publisher)
    {
        var headings = page.QuerySelectorAll("[itemprop=headline], article h1, main h1, h1")
            .Where(heading => !IsLogo(heading, publisher, page.Title))
            .Select(heading => heading.TextContent.Trim())
            .Where(text => text.Length > 0)
            .ToList();
        var stated = linkedData ?? openGraph;

        // A heading that the metadata confirms (or any, when the page states no headline) is the one readers see.
        return headings.FirstOrDefault(heading => stated is null || SharesWords(heading, stated))
            ?? stated ?? headings.FirstOrDefault() ?? page.Title;
    }

    /// <summary>A site's name in an h1 (often an image link in the page header), which many sites mark as h1.</summary>
    private static bool IsLogo(IElement heading, string? publisher, string? title)
    {
        var text = heading.TextContent.Trim();
        return text.Length == 0
            || heading.Closest("article, main, [role=main]") is null
                && (heading.Closest("header, [class*=logo], [id*=logo], [class*=brand]") is not null || heading.QuerySelector("img, [class*=logo]") is not null)
            || (publisher is not null && string.Equals(text, publisher.Trim(), StringComparison.OrdinalIgnoreCase))
            || (title is not null && text.Length < title.Length && TitleSuffix().Match(title) is { Success: true } suffix
                && string.Equals(suffix.Groups["site"].Value.Trim(), text, StringComparison.OrdinalIgnoreCase));
    }

    private static bool SharesWords(string heading, string stated)
    {
        var words = WordsOf(stated);
        var shared = WordsOf(heading).Count(words.Contains);
        return words.Count > 0 && shared >= Math.Max(1, Math.Min(words.Count, WordsOf(heading).Count) / 2);
    }

    private static HashSet<string> WordsOf(string text) =>
        new(Word().Matches(text).Select(match => match.Value.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>The first stated address that is http(s); otherwise the first one, which the reader drops and reports.</summary>
    private static string? UrlOf(params string?[] candidates)
    {
        var stated = candidates.Where(candidate => !string.IsNullOrWhiteSpace(candidate)).Select(candidate => candidate!.Trim()).ToList();
        return stated.FirstOrDefault(DocumentText.IsWebAddress) ?? stated.FirstOrDefault();
    }

    private static Dictionary<string, string> MetaTags(IHtmlDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            if ((meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop")) is { Length: > 0 } name
                && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                tags.TryAdd(name, content);
            }
        }

        return tags;
    }

    private static string? Byline(IHtmlDocument page) =>
        page.QuerySelector("[rel=author], [itemprop=author], .byline, .author")?.TextContent is { } byline
            ? BylinePrefix().Replace(Whitespace().Replace(byline, " ").Trim(), "")
            : null;

    /// <summary>Character references left in a value ("&amp;#8217;", "&amp;pound;"), as structured data often carries them.</summary>
    private static string? Decode(string? text) =>
        text is null ? null : text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;

    /// <summary>
    /// The page's own article object in its JSON-LD: the only one, or, where the page lists several (a section front, related
    /// stories), the one whose address or headline is the page's; none when no one is, as another story's body and date are
    /// not this page's. A block that does not parse is the site's bug and is passed over.
    /// </summary>
    private sealed record LinkedData(
        string? Headline, string? Published, string? Created, string? Modified, string? Author, string? Section, string? Url,
        string? Publisher, string? Body)
    {
        public static LinkedData? Of(IHtmlDocument page)
        {
            var articles = new List<LinkedData>();
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
                    articles.AddRange(Nodes(json.RootElement).Where(IsArticle).Select(article => new LinkedData(
                        Text(article, "headline") ?? Text(article, "name"),
                        Text(article, "datePublished"),
                        Text(article, "dateCreated"),
                        Text(article, "dateModified"),
                        Text(article, "author"),
                        Text(article, "articleSection"),
                        Text(article, "url"),
                        Text(article, "publisher"),
                        Text(article, "articleBody"))));
                }
                catch (Exception exception) when (exception is JsonException or ArgumentException)
                {
                    // Broken JSON, or text that is no valid UTF-16 (a lone surrogate): the meta tags and markup still describe the article.
                }
            }

            if (articles.Count <= 1) return articles.FirstOrDefault();
            var address = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
            var title = page.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? page.QuerySelector("h1")?.TextContent;
            return articles.FirstOrDefault(article => (article.Url is { } url && address is not null && Same(url, address))
                || (article.Headline is { } headline && title is not null && Same(headline, title)));
        }

        private static bool Same(string left, string right) =>
            string.Equals(Whitespace().Replace(left, " ").Trim().TrimEnd('/'), Whitespace().Replace(right, " ").Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

        private static IEnumerable<JsonElement> Nodes(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Nodes),
            JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Nodes(graph),
            JsonValueKind.Object => [element],
            _ => [],
        };

        private static bool IsArticle(JsonElement node) =>
            node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var type)
            && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(item => item.ToString()) : [type.ToString()])
                .Any(name => name.EndsWith("Article", StringComparison.Ordinal) || name == "BlogPosting");

        /// <summary>A string, an object's "name" ({"@type": "Person", "name": ...}), or a list of either joined with ", ".</summary>
        private static string? Text(JsonElement node, string property) =>
            node.TryGetProperty(property, out var value) ? TextOf(value) : null;

        private static string? TextOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => JsonStrings.Of(value) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null,
            JsonValueKind.Object => Text(value, "name") ?? Text(value, "@id"),
            JsonValueKind.Array => value.EnumerateArray().Select(TextOf).OfType<string>().ToList() is { Count: > 0 } items ? string.Join(", ", items) : null,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:by|written by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePrefix();

    // "Headline | Site", "Headline - Site", "Headline — Site".
    [GeneratedRegex(@"\s[|\-–—:]\s(?<site>[^|\-–—:]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSuffix();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
