using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// Reads a news page as saved from a browser. The article text comes from SmartReader (Mozilla Readability's
/// algorithm), or from the page's JSON-LD articleBody when that is complete; headline, date, author, section,
/// publisher, canonical URL and photo caption come from the page's metadata (<see cref="PageMetadata"/>).
/// </summary>
public static class HtmlReader
{
    private const string NoArticle =
        "HTML page without an article: no paragraphs of text outside navigation, asides, comments and widgets";

    // AngleSharp, like browsers, stops nesting elements at 512 levels; a page that reaches that is broken or hostile,
    // and reading it takes Readability tens of seconds.
    private const int MaxDepth = 512;

    private static readonly HtmlParser Parser = new();

    /// <exception cref="DocumentFormatException">The page has no article text, or is nested too deep to be a page.</exception>
    public static NewsDocument Read(string sourceFile, string html)
    {
        using var page = Parser.ParseDocument(html);
        if (DepthOf(page) >= MaxDepth)
        {
            throw new DocumentFormatException($"HTML nested {MaxDepth} elements deep, deeper than browsers build a page");
        }

        // Read before SmartReader, which rewrites the page as it goes.
        var metadata = PageMetadata.Read(page);
        var text = ArticleText.Read(page);
        var lead = PageLead.Read(text.Paragraphs);
        var paragraphs = metadata.LinkedDataBody is { } linkedDataBody ? ArticleText.PreferComplete(linkedDataBody, lead.Paragraphs) : lead.Paragraphs;
        return new ArticleParts
        {
            SourceFile = sourceFile,
            Headline = metadata.Headline,
            Paragraphs = paragraphs,
            Subheadings = text.Subheadings,
            Caption = text.Caption ?? metadata.Caption,
            Section = metadata.Section,
            // The metadata's dates first; the stamp the page shows above the story only when they fail.
            DateClaims = lead.Date is { } shown ? [.. metadata.DateClaims, new DateClaim(shown, "date-line")] : metadata.DateClaims,
            PageOffset = metadata.PageOffset,
            Author = metadata.Author,
            Url = metadata.Url,
            Publisher = metadata.Publisher,
        }.ToDocument(NoArticle);
    }

    /// <summary>The deepest element's depth, counted without recursion (a hostile page must not exhaust the stack).</summary>
    private static int DepthOf(IHtmlDocument page)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        if (page.DocumentElement is { } root)
        {
            pending.Push((root, 1));
        }

        while (pending.TryPop(out var next))
        {
            deepest = Math.Max(deepest, next.Depth);
            foreach (var child in next.Element.Children)
            {
                pending.Push((child, next.Depth + 1));
            }
        }

        return deepest;
    }
}
