using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// Reads plain-text news: the copied-page layout of the seeds (section, headline, " date YYYY-MM-DD" run into a photo
/// caption, dateline, subheadings, page chrome) and the bench layout (headline, ISO date line, blank line, body).
/// </summary>
public static partial class PlainTextReader
{
    private const int MaxHeadlineWords = 30;
    private const int MaxSubheadingWords = 12;
    private const int MaxDerivedHeadlineLength = 120;

    /// <exception cref="DocumentFormatException">The text is empty, binary or has no article text.</exception>
    public static NewsDocument Read(string sourceFile, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException("The document is empty.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DocumentFormatException("The document holds binary data (NUL characters), not text.");
        }

        var lines = text.Split('\n').Select(line => line.Trim()).ToList();
        return lines.Count > 1 && PublishedDate.ParseIso(lines[1]) is not null && lines[0].Length > 0
            ? ReadHeadlineDateLayout(sourceFile, lines)
            : ReadPageLayout(sourceFile, lines);
    }

    private static NewsDocument ReadHeadlineDateLayout(string sourceFile, List<string> lines)
    {
        var body = ArticleParagraphs(lines.Skip(2));
        // "Published: 6:12 PM CDT July 30, 2019", "Updated: ...": a page's stamp copied above the story, no text of it.
        body = body.Where((paragraph, index) => index >= 4 || !PublishedDate.IsStampLine(paragraph)).ToList();
        return BuildDocument(sourceFile, section: null, headline: lines[0], body, caption: null, new DateClaim(lines[1], "date-line"));
    }

    private static NewsDocument ReadPageLayout(string sourceFile, List<string> lines)
    {
        var paragraphs = ArticleParagraphs(lines);
        var next = 0;

        string? section = null;
        if (paragraphs.Count > 2 && IsSectionLine(paragraphs[0]) && IsHeadlineLike(paragraphs[1]))
        {
            section = paragraphs[next++];
        }

        string? headline = null;
        if (next < paragraphs.Count - 1 && IsHeadlineLike(paragraphs[next]))
        {
            headline = paragraphs[next++];
        }

        DateClaim? dateLine = null;
        string? caption = null;
        if (next < paragraphs.Count && DatePrefix().Match(paragraphs[next]) is { Success: true } prefix)
        {
            dateLine = new DateClaim(prefix.Groups["date"].Value, "date-line");
            caption = NullIfEmpty(paragraphs[next][prefix.Length..].Trim());
            next++;
        }
        else if (next < paragraphs.Count - 1 && PublishedDate.AsDateLine(paragraphs[next]) is { } date)
        {
            // "Published: 28 May 2025" under the headline is the page's date stamp, not article text.
            dateLine = new DateClaim(date, "date-line");
            next++;
        }
        else if (next < paragraphs.Count - 1 && Credit.Find(paragraphs[next]) is not null && Dateline.Find(paragraphs[next + 1]) is not null)
        {
            caption = paragraphs[next++];
        }

        return BuildDocument(sourceFile, section, headline, paragraphs.Skip(next).ToList(), caption, dateLine);
    }

    private static NewsDocument BuildDocument(
        string sourceFile, string? section, string? headline, List<string> body, string? caption, DateClaim? dateLine)
    {
        if (!body.Any(LooksLikeProse))
        {
            throw new DocumentFormatException("No article text: after the headline and page chrome nothing reads like a paragraph.");
        }

        // A date comes from the date line, else from a dateline that carries one; never from a date in the story.
        var warnings = new List<string>();
        var claims = new[] { dateLine, PublishedDate.InDateline(body[0]) is { } dated ? new DateClaim(dated, "dateline") : null };
        var (published, publishedSource) = PublishedDate.Choose(claims.OfType<DateClaim>(), warnings);
        var credit = caption is null ? null : Credit.Find(caption);
        return new NewsDocument
        {
            SourceFile = sourceFile,
            Section = section,
            Headline = headline ?? DeriveHeadline(caption is null ? body[0] : caption[..(credit?.Start ?? caption.Length)]),
            HeadlineDerived = headline is null,
            Published = published,
            PublishedSource = publishedSource,
            Dateline = Dateline.Find(body[0])?.Place,
            Caption = caption,
            Credit = credit?.Name,
            Subheadings = body.Skip(1).SkipLast(1).Where(IsSubheading).ToList(),
            Body = string.Join("\n\n", body),
            Warnings = warnings,
        };
    }

    /// <summary>Non-empty lines up to the page chrome, with stray continuation lines (". Accompanying him...") rejoined.</summary>
    private static List<string> ArticleParagraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        foreach (var line in Unwrapped(lines.ToList()).TakeWhile(line => !PageChrome.IsEndMarker(line)))
        {
            if (line.Length == 0 || PageChrome.IsChromeLine(line))
            {
                continue;
            }

            // A line that starts with punctuation continues the previous one: the page broke it mid-sentence.
            if (paragraphs.Count > 0 && line[0] is '.' or ',' or ';' or ':' or '!' or '?')
            {
                paragraphs[^1] += line;
                continue;
            }

            paragraphs.Add(line);
        }

        return paragraphs;
    }

    /// <summary>
    /// Text wrapped at a fixed width (mail, wire feeds, old archives: "... ordered the\nMinistry of ..."): blank lines part
    /// its paragraphs, and the lines of one paragraph are joined, so that no sentence or name is cut at a line's end. Only
    /// when most long lines followed by another line end mid-sentence where the next word would not have fitted, often
    /// before a lower-case word, and they are no longer than a wrap width; text written one paragraph a line, or a list of
    /// one item a line ("Finns Party: 39 seats, led by Tuomas Heikkilä"), is left as it is.
    /// </summary>
    private static List<string> Unwrapped(List<string> lines)
    {
        var width = 0;
        for (var index = 0; index + 1 < lines.Count; index++)
        {
            if (lines[index].Length >= MinWrappedLineLength && lines[index + 1].Length > 0) width = Math.Max(width, lines[index].Length);
        }

        var (inside, midSentence, beforeLowerCase) = (0, 0, 0);
        for (var index = 0; index + 1 < lines.Count; index++)
        {
            if (lines[index].Length < MinWrappedLineLength || lines[index + 1].Length == 0) continue;
            inside++;
            if (lines[index].Length > MaxWrapWidth) return lines;
            if (!EndsSentence(lines[index]) && lines[index].Length + 1 + FirstWordLength(lines[index + 1]) > width)
            {
                midSentence++;
                if (char.IsLower(lines[index + 1][0])) beforeLowerCase++;
            }
        }

        // Wrapped prose breaks mostly before lower-case words; a list's items open with capitals.
        if (inside < 3 || midSentence * 2 < inside || beforeLowerCase * 3 < midSentence) return lines;

        var joined = new List<string>();
        var open = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                joined.Add(line);
                open = false;
            }
            else if (open)
            {
                joined[^1] = joined[^1].EndsWith('-') ? joined[^1] + line : joined[^1] + " " + line; // "Inter-\nServices" stays one word
            }
            else
            {
                joined.Add(line);
                open = true;
            }
        }

        return joined;
    }

    private static int FirstWordLength(string line) => line.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : line.Length;

    private const int MinWrappedLineLength = 40;
    private const int MaxWrapWidth = 100;

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '\'' or '’' or ')' or ']';

    private static bool IsSectionLine(string paragraph) =>
        paragraph.Length <= 30 && WordCount(paragraph) <= 3 && SectionWords().IsMatch(paragraph);

    private static bool IsHeadlineLike(string paragraph) =>
        WordCount(paragraph) <= MaxHeadlineWords && !paragraph.EndsWith('.') && !DatePrefix().IsMatch(paragraph)
        && Dateline.Find(paragraph) is null;

    /// <summary>A short line with no closing punctuation; not a list's item ("Finns Party: 39 seats, led by Tuomas Heikkilä").</summary>
    internal static bool IsSubheading(string paragraph) =>
        WordCount(paragraph) <= MaxSubheadingWords && char.IsUpper(paragraph[0]) && !".!?:;,\"”’'".Contains(paragraph[^1], StringComparison.Ordinal)
        && !paragraph.Contains(", ", StringComparison.Ordinal);

    /// <summary>
    /// Eight words, or three ending a sentence; Chinese and Japanese write no spaces, so there twenty characters of
    /// their scripts, or eight ending in 。！？.
    /// </summary>
    internal static bool LooksLikeProse(string paragraph) =>
        WordCount(paragraph) >= 8 || (WordCount(paragraph) >= 3 && ".!?\"”".Contains(paragraph[^1], StringComparison.Ordinal))
        || CjkLetters().Count(paragraph) is var cjk && (cjk >= 20 || (cjk >= 8 && "。！？」』".Contains(paragraph[^1], StringComparison.Ordinal)));

    /// <summary>The first sentence of the caption or lede, shortened at a clause or word boundary.</summary>
    internal static string DeriveHeadline(string source)
    {
        var lede = source.Trim();
        if (Dateline.Find(lede) is { } dateline)
        {
            lede = lede[(dateline.Start + dateline.Length)..].TrimStart(':', '—', '–', '-', ' ');
        }

        var sentenceEnd = SentenceEnd().Match(lede);
        var sentence = (sentenceEnd.Success ? lede[..sentenceEnd.Index] : lede).TrimEnd('.', ' ');
        if (sentence.Length <= MaxDerivedHeadlineLength)
        {
            return sentence;
        }

        var clause = sentence.LastIndexOf(", ", MaxDerivedHeadlineLength, StringComparison.Ordinal);
        return clause >= MaxDerivedHeadlineLength / 2 ? sentence[..clause].TrimEnd(',', ' ') + "…" : DocumentText.Shortened(sentence, MaxDerivedHeadlineLength);
    }

    /// <summary>The words between spaces, as <c>Split(' ', RemoveEmptyEntries).Length</c> counts them, without the strings.</summary>
    internal static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) count++;
        }

        return count;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^date (?<date>\d{4}-\d{2}-\d{2})\b ?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}]", RegexOptions.CultureInvariant)]
    private static partial Regex CjkLetters();

    [GeneratedRegex(@"^\p{Lu}[\p{L}&]*(?: [\p{Lu}&][\p{L}&]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionWords();

    // A full stop that ends a sentence: not an initial ("U.S.", "S. Jaishankar") and followed by a capital.
    [GeneratedRegex(@"(?<!\b\p{Lu})[.!?] (?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
