using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// The article's text blocks as SmartReader finds them, converted to paragraphs our way: one per block element or line
/// break (SmartReader's own text keeps the page's line wrapping and runs headings into paragraphs), photo captions
/// and link lists (related, trending, menus) left out, subheadings listed.
/// </summary>
internal static partial class ArticleText
{
    // Readability needs a base address to resolve links; ours are never followed.
    private const string BaseAddress = "https://newsapi.invalid/";

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL",
        "DL", "DT", "DD", "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH", "CAPTION", "ADDRESS", "HR", "FORM", "CENTER", "DETAILS", "SUMMARY",
    ]);

    // Never article text: captions are read apart, the rest is furniture Readability sometimes keeps.
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "FIGURE", "FIGCAPTION", "PICTURE", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "SELECT", "TEXTAREA", "INPUT",
        "IFRAME", "SVG", "CANVAS", "NAV", "ASIDE",
    ]);

    // Whole class names only: "hidden-xs" hides on phones alone.
    private static readonly FrozenSet<string> HiddenClasses = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "hidden", "hide", "display-none", "displaynone", "invisible", "is-hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
    ]);

    // A caption runs to a few sentences; a longer element so named is a layout holding more than the photo.
    private const int MaxCaptionLetters = 400;

    private const string Furniture =
        "nav, aside, dialog, [role=navigation], [role=complementary], [role=banner], [role=contentinfo], [role=dialog]";

    /// <summary>
    /// Readability's time grows with the square of the elements (20,000: 2 s; 100,000: 50 s). Few real pages pass 5,000
    /// elements, and this counts after navigation, asides, headers and footers are gone (and, past it, icons and scripts).
    /// </summary>
    public const int MaxElements = 30_000;

    private const string ArticleContainers = "article, main, [role=main], [itemprop=articleBody], h1";

    public sealed record Content(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Subheadings, string? Caption);

    /// <exception cref="DocumentFormatException">More elements than <see cref="MaxElements"/> are left once furniture, icons and scripts are gone.</exception>
    public static Content Read(IHtmlDocument page)
    {
        RemoveFurniture(page);
        UnwrapForms(page);
        if (page.All.Length > MaxElements)
        {
            // Icons and scripts hold no article text and can be thousands of elements; only a page this large loses them here.
            foreach (var element in page.QuerySelectorAll("svg, math, script, style, noscript, template").ToList())
            {
                element.Remove();
            }
        }

        if (page.All.Length > MaxElements)
        {
            throw new DocumentFormatException(
                FormattableString.Invariant($"HTML page of {page.All.Length:N0} elements, where a news page has a few thousand: reading it would take minutes"));
        }

        IElement? article = null;
        // Readability re-runs its whole search up to three more times, each less strict, while it finds under
        // CharThreshold characters (500 by default); a news brief is shorter than that and still an article.
        using var reader = new Reader(BaseAddress, page) { CharThreshold = 250, KeepClasses = true };
        reader.AddCustomOperationEnd(element => article = element);
        reader.GetArticle();
        return article is null ? new Content([], [], null) : Convert(article);
    }

    /// <summary>
    /// The JSON-LD articleBody when it is complete: not cut short ("…") and at least 80% as long as what SmartReader
    /// found. Its paragraphs, or, when it is one run of text, SmartReader's blocks that it contains.
    /// </summary>
    public static IReadOnlyList<string> PreferComplete(string linkedDataBody, IReadOnlyList<string> found)
    {
        var body = linkedDataBody.Trim();
        var foundLength = found.Sum(paragraph => Letters(paragraph));
        if (Letters(body) < 150 || Truncated().IsMatch(body) || Letters(body) < 0.8 * foundLength)
        {
            return found;
        }

        var paragraphs = ParagraphBreak().Split(body).Where(paragraph => paragraph.Trim().Length > 0).ToList();
        if (paragraphs.Count > 1)
        {
            return paragraphs;
        }

        var flat = Whitespace().Replace(body, " ");
        var contained = found.Where(paragraph => flat.Contains(Whitespace().Replace(paragraph, " ").Trim(), StringComparison.Ordinal)).ToList();
        return contained.Sum(paragraph => Letters(paragraph)) >= 0.9 * Letters(flat) ? contained : [flat];
    }

    /// <summary>
    /// What is never the article, whatever Readability would make of a short page: navigation, asides, the site's own
    /// header and footer, and widgets by the markup's own names for them (comments, share, related, newsletter...).
    /// A widget-named element that holds the story ("l-sidebar-fixed" wrapping a whole page) is a layout, not a widget.
    /// </summary>
    private static void RemoveFurniture(IHtmlDocument page)
    {
        foreach (var element in page.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        foreach (var element in page.QuerySelectorAll("header, footer").Where(element => element.Closest("article, main") is null).ToList())
        {
            element.Remove();
        }

        var storyLetters = page.QuerySelectorAll("p").Sum(paragraph => Letters(paragraph.TextContent));
        foreach (var element in page.All.Where(element => element is not IHtmlBodyElement and not IHtmlHtmlElement).ToList())
        {
            bool Named(Regex name) => name.IsMatch(element.ClassName ?? "") || name.IsMatch(element.Id ?? "");

            // Comments are often <article>s themselves (WordPress), so only the headline or marked body keeps them.
            // A class that hides an element ("display-none" on a sign-up dialog) hides it from readers too.
            var furniture = element.ClassList.Any(HiddenClasses.Contains) ? !HoldsTheStory(element, storyLetters)
                : Named(CommentsName())
                ? element.QuerySelector("h1, [itemprop=articleBody]") is null
                : Named(WidgetName()) && !HoldsTheStory(element, storyLetters);
            if (furniture && element.ParentElement is not null)
            {
                element.Remove();
            }
        }
    }

    private static bool HoldsTheStory(IElement element, int storyLetters) =>
        element.Matches(ArticleContainers) || element.QuerySelector(ArticleContainers) is not null
        || (element.QuerySelectorAll("p").ToList() is { Count: >= 3 } paragraphs
            && paragraphs.Sum(paragraph => Letters(paragraph.TextContent)) >= 0.5 * storyLetters);

    /// <summary>ASP.NET-style pages wrap everything in one &lt;form&gt;, which Readability then cleans away with the article.</summary>
    private static void UnwrapForms(IHtmlDocument page)
    {
        foreach (var form in page.QuerySelectorAll("form").Where(form => form.QuerySelector("p") is not null).ToList())
        {
            var division = page.CreateElement("div");
            foreach (var child in form.ChildNodes.ToList())
            {
                division.AppendChild(child);
            }

            form.Replace(division);
        }
    }

    /// <summary>Walks the article without recursion, one paragraph per block element or &lt;br&gt;.</summary>
    private static Content Convert(IElement article)
    {
        var paragraphs = new List<string>();
        var subheadings = new List<string>();
        var caption = article.QuerySelector("figcaption")?.TextContent;
        string? namedCaption = null;
        var line = new StringBuilder();

        void EndLine(bool isHeading = false)
        {
            var text = Whitespace().Replace(line.ToString(), " ").Trim();
            line.Clear();
            if (text.Length > 0)
            {
                paragraphs.Add(text);
                if (isHeading)
                {
                    subheadings.Add(text);
                }
            }
        }

        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((article, false));
        while (pending.TryPop(out var next))
        {
            var (node, leaving) = next;
            if (node is IText text)
            {
                line.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var isBlock = Blocks.Contains(element.LocalName);
            if (leaving)
            {
                EndLine(element.LocalName is "h2" or "h3" or "h4");
                continue;
            }

            if (element.LocalName == "br")
            {
                EndLine();
                continue;
            }

            if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden") || IsLinkList(element))
            {
                continue;
            }

            if (IsNamedCaption(element) && Whitespace().Replace(element.TextContent, " ").Trim() is var captionText && !Byline().IsMatch(captionText))
            {
                // The first that reads as a sentence is the story's caption; a credit alone only when there is none. (A
                // byline some sites class "caption" stays, for the page's stamp to be read above the story.)
                if (namedCaption is null || (!PlainTextReader.LooksLikeProse(namedCaption) && PlainTextReader.LooksLikeProse(captionText)))
                {
                    namedCaption = captionText;
                }

                continue;
            }

            if (isBlock)
            {
                EndLine();
                pending.Push((element, true));
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        EndLine();
        return new Content(paragraphs, subheadings, caption ?? namedCaption);
    }

    /// <summary>A photo's caption or credit outside &lt;figure&gt;, by its class: "p.caption", "span.photoCredit".</summary>
    private static bool IsNamedCaption(IElement element) =>
        (CaptionName().IsMatch(element.ClassName ?? "") || CaptionName().IsMatch(element.Id ?? ""))
        && Letters(element.TextContent) is > 0 and <= MaxCaptionLetters;

    /// <summary>A list whose items are links and little else: related stories, trending, a menu.</summary>
    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol") || element.Children.Length < 2)
        {
            return false;
        }

        var text = Letters(element.TextContent);
        var linked = element.QuerySelectorAll("a").Sum(link => Letters(link.TextContent));
        return text > 0 && linked >= 0.8 * text;
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);

    // Whole words of class names and ids, so "shared-content" or "commentary" are not mistaken for widgets.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|subscribe|" +
        @"promo|advert|advertisement|ads?|sponsored|breadcrumbs?|sidebar|menu|cookie|consent|popup|modal|dialog|flyout|toolbar|tags|author-bio|most-read|trending)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetName();

    // "caption", "image-caption", "wp-caption-text", "photoCredit", "cutline"; not "incredible".
    [GeneratedRegex(@"(?:^|[\s_-]|photo|image|img)(?:caption|credit|cutline)s?(?:$|[\s_-]|text)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionName();

    [GeneratedRegex(@"^By:?\s", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|comment-?list|commentlist|comment-body|respond|disqus(?:_thread)?)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsName();

    [GeneratedRegex(@"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Truncated();

    [GeneratedRegex(@"\n\s*\n|\r\n\s*\r\n|\n(?=\s*\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
