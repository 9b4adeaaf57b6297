using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// Reads a news page as saved from a browser: the article's paragraphs, headline, subheadings and photo caption from
/// the markup; published date, author, section, publisher and canonical URL from JSON-LD (NewsArticle) and meta tags.
/// Navigation, scripts, asides, comments and share or newsletter widgets are removed before the article is looked for.
/// </summary>
public static partial class HtmlReader
{
    private const string NoArticle =
        "HTML page without an article: no paragraphs of text outside navigation, asides, comments and widgets";

    // Never article text, wherever they are.
    private const string Furniture =
        "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, nav, aside, dialog, " +
        "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";

    private const string ArticleContainers = "article, main, [role=main], [itemprop=articleBody]";

    private static readonly HtmlParser Parser = new();

    /// <exception cref="DocumentFormatException">The page has no article text.</exception>
    public static NewsDocument Read(string sourceFile, string html)
    {
        using var page = Parser.ParseDocument(html);
        var linkedData = LinkedDataArticle(page);
        RemoveFurniture(page);

        var root = ArticleRoot(page);
        var paragraphs = root is null ? [] : Paragraphs(root);
        if (paragraphs.Count == 0 && linkedData?.Body is { } bodyFromLinkedData)
        {
            paragraphs = [.. bodyFromLinkedData.Split('\n')];
        }

        if (paragraphs.Count == 0 && (page.QuerySelector("article, main, [role=main]") ?? page.Body) is { } container)
        {
            paragraphs = LinesOf(container);
        }

        var headline = root?.QuerySelector("h1")?.TextContent ?? linkedData?.Headline ?? Meta(page, "og:title")
            ?? page.QuerySelector("h1")?.TextContent ?? page.Title;
        return new ArticleParts
        {
            SourceFile = sourceFile,
            Headline = headline,
            Paragraphs = paragraphs,
            Subheadings = root is null ? [] : [.. root.QuerySelectorAll("h2, h3, h4").Select(heading => heading.TextContent)],
            Caption = root?.QuerySelector("figcaption")?.TextContent,
            Section = linkedData?.Section ?? Meta(page, "article:section"),
            PublishedText = linkedData?.Published ?? Meta(page, "article:published_time") ?? Meta(page, "og:published_time")
                ?? Meta(page, "date") ?? Meta(page, "pubdate") ?? (root ?? page.Body)?.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Author = linkedData?.Author ?? Meta(page, "author") ?? Byline(page),
            Url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url") ?? linkedData?.Url,
            Publisher = linkedData?.Publisher ?? Meta(page, "og:site_name"),
        }.ToDocument(NoArticle);
    }

    /// <summary>
    /// Share bars, comment threads, related links, newsletters and ads, recognised by the markup's own names for them
    /// (class or id words such as "comments", "share", "related").
    /// </summary>
    private static void RemoveFurniture(IHtmlDocument page)
    {
        foreach (var element in page.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        foreach (var element in page.All.Where(element => element is not IHtmlBodyElement and not IHtmlHtmlElement && IsWidget(element)).ToList())
        {
            element.Remove();
        }

        // A page's own header and footer (logo, menus, copyright); an article's header holds its headline and stays.
        foreach (var element in page.QuerySelectorAll("header, footer").Where(element => element.Closest("article") is null).ToList())
        {
            element.Remove();
        }
    }

    // The article itself is never a widget, whatever its classes say ("post share-enabled").
    private static bool IsWidget(IElement element) =>
        (WidgetName().IsMatch(element.ClassName ?? "") || WidgetName().IsMatch(element.Id ?? ""))
        && !element.Matches(ArticleContainers) && element.QuerySelector(ArticleContainers) is null;

    /// <summary>
    /// Where the article text is: the element marked as the article body, else the &lt;article&gt; or &lt;main&gt;
    /// with the most paragraph text, else whichever element's own paragraphs hold the most text.
    /// </summary>
    private static IElement? ArticleRoot(IHtmlDocument page)
    {
        if (page.QuerySelector("[itemprop=articleBody]") is { } marked)
        {
            return marked.Closest("article") ?? marked;
        }

        var candidates = page.QuerySelectorAll("article, main, [role=main]").ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. page.QuerySelectorAll("p").Select(paragraph => paragraph.ParentElement).OfType<IElement>().Distinct()];
        }

        return candidates
            .Select(candidate => (Element: candidate, Words: WordsInParagraphs(candidate)))
            .Where(candidate => candidate.Words > 0)
            .OrderByDescending(candidate => candidate.Words)
            .Select(candidate => candidate.Element)
            .FirstOrDefault();
    }

    private static int WordsInParagraphs(IElement element) =>
        element.QuerySelectorAll("p").Sum(paragraph => paragraph.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>
    /// The article's blocks of text in page order: paragraphs, subheadings, list items and quotes (not nested twice);
    /// not the article header's byline and date, nor the photo caption, which are read on their own.
    /// </summary>
    private static List<string> Paragraphs(IElement root) =>
        [.. root.QuerySelectorAll("p, h2, h3, h4, li, blockquote, pre")
            .Where(block => block.Closest("figure, figcaption, header, .byline, [rel=author], [itemprop=author]") is null)
            .Where(block => block.ParentElement?.Closest("p, li, blockquote, pre") is not { } outer || !root.Contains(outer))
            .Select(block => block.TextContent)];

    /// <summary>Text laid out with &lt;br&gt; and &lt;div&gt; instead of paragraphs: one line per break or block.</summary>
    private static List<string> LinesOf(IElement container)
    {
        var page = container.Owner!;
        foreach (var lineBreak in container.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(page.CreateTextNode("\n"));
        }

        foreach (var block in container.QuerySelectorAll("div, section, h1, h2, h3, h4, li, tr, blockquote").ToList())
        {
            block.After(page.CreateTextNode("\n"));
        }

        return [.. container.TextContent.Split('\n')];
    }

    private static string? Meta(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("meta")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content") is { Length: > 0 } content ? content : null;

    private static string? Byline(IHtmlDocument page) =>
        page.QuerySelector("[rel=author], [itemprop=author], .byline, .author")?.TextContent is { } byline
            ? BylinePrefix().Replace(byline.Trim(), "")
            : null;

    /// <summary>The first NewsArticle (or Article, ReportageNewsArticle...) in the page's JSON-LD, ignoring blocks that don't parse.</summary>
    private static LinkedData? LinkedDataArticle(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true });
                if (LinkedDataNodes(json.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return new LinkedData(
                        Text(article, "headline") ?? Text(article, "name"),
                        Text(article, "datePublished") ?? Text(article, "dateCreated"),
                        Text(article, "author"),
                        Text(article, "articleSection"),
                        Text(article, "url"),
                        Text(article, "publisher"),
                        Text(article, "articleBody"));
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is the site's bug; the meta tags and markup still describe the article.
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> LinkedDataNodes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(LinkedDataNodes),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => LinkedDataNodes(graph),
        JsonValueKind.Object => [element],
        _ => [],
    };

    private static bool IsArticle(JsonElement node) =>
        node.TryGetProperty("@type", out var type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(item => item.ToString()) : [type.ToString()])
            .Any(name => name.EndsWith("Article", StringComparison.Ordinal) || name == "BlogPosting");

    /// <summary>A string, an object's "name" ({"@type": "Person", "name": ...}), or a list of either joined with ", ".</summary>
    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? TextOf(value) : null;

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Object => Text(value, "name") ?? Text(value, "@id"),
        JsonValueKind.Array => value.EnumerateArray().Select(TextOf).OfType<string>().ToList() is { Count: > 0 } items ? string.Join(", ", items) : null,
        _ => null,
    };

    private sealed record LinkedData(
        string? Headline, string? Published, string? Author, string? Section, string? Url, string? Publisher, string? Body);

    // Whole words of class names and ids, so "shared-content" or "commentary" are not mistaken for widgets.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:comments?|comment-list|respond|share|sharing|social|related|recommended|newsletter|subscribe|subscription|" +
        @"promo|advert|advertisement|ads?|sponsored|breadcrumbs?|sidebar|menu|cookie|consent|popup|modal|paywall|tags|author-bio|most-read|trending)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetName();

    [GeneratedRegex(@"^(?:by|written by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePrefix();
}
