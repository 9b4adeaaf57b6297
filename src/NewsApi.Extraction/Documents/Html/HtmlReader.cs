using System.Collections.Frozen;
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

    // Parsing costs AngleSharp time that grows faster than the square of the nesting (100,000 open tags: 90 s), so the
    // tags are counted before parsing. Sloppy pages leave tags open that the parser closes, hence the margin over 512.
    private const int MaxOpenTags = 4096;

    private static readonly HtmlParser Parser = new();

    // Void elements, which have no end tag, and those whose end tag may be left out (the parser closes them).
    private static readonly FrozenSet<string> NotCounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "frame", "basefont",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp");

    // Looked up by the tag name's characters in the page, so counting a page's tags makes no string per tag.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedNames = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <exception cref="DocumentFormatException">The page has no article text, is nested too deep to be a page, or has far more elements than one.</exception>
    public static NewsDocument Read(string sourceFile, string html)
    {
        if (OpenTagsAtMost(html, MaxOpenTags) is false)
        {
            throw new DocumentFormatException($"HTML with over {MaxOpenTags:N0} tags open at once, deeper than browsers build a page");
        }

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

    /// <summary>
    /// Whether no more than <paramref name="limit"/> tags are ever open at once, counted on the text: start tags less end
    /// tags, leaving out elements that need no end tag, self-closed ones, comments, doctypes and the insides of scripts
    /// and styles.
    /// </summary>
    private static bool OpenTagsAtMost(string html, int limit)
    {
        var open = 0;
        for (var at = html.IndexOf('<'); at >= 0 && at < html.Length - 1; at = html.IndexOf('<', at + 1))
        {
            var next = html[at + 1];
            if (next is '!' or '?')
            {
                var end = html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", at + 4, StringComparison.Ordinal) : html.IndexOf('>', at);
                if (end < 0)
                {
                    break;
                }

                at = end;
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            if (NotCountedNames.Contains(name))
            {
                // left open, it is closed by the next of its kind or its container's end: it never nests
            }
            else if (closing)
            {
                open = Math.Max(0, open - 1);
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf(name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style", tagEnd, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    break;
                }

                tagEnd = close;
            }
            else if (html[tagEnd - 1] != '/' && ++open > limit)
            {
                return false;
            }

            at = tagEnd;
        }

        return true;
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
