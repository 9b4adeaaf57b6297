using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>
/// What a page shows above the story's first paragraph and Readability keeps with it: the section's kicker, a date and
/// byline stamp ("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET", "By Richard Lawler posted Aug 18th 2010"), a
/// photo's credit, widget labels ("Text Size", "Video Keywords ..."). None of it is article text, and the stamp's date is
/// the page's own date line. A caption that reads as a sentence stays: telling it from the lead costs more than it saves.
/// </summary>
internal static partial class PageLead
{
    public sealed record Lead(IReadOnlyList<string> Paragraphs, string? Date);

    public static Lead Read(IReadOnlyList<string> paragraphs)
    {
        string? date = null;
        var start = 0;
        while (start < paragraphs.Count)
        {
            var paragraph = paragraphs[start];
            if (Dateline.Find(paragraph) is not null)
            {
                break;
            }

            if (IsCredit(paragraph))
            {
                start++;
                continue;
            }

            if (OpensStory(paragraph))
            {
                break;
            }

            // A short line above the story: the page's stamp gives the date it shows; the rest is furniture.
            date ??= PublishedDate.InStamp(paragraph);
            start++;
        }

        return start == paragraphs.Count
            ? new Lead(paragraphs, null)
            : new Lead(paragraphs.Skip(start).ToList(), date);
    }

    /// <summary>
    /// Reads as the story's first paragraph: prose that ends a sentence, or runs long. A label or keyword line of ten
    /// words ("Video Keywords health officials travel ban ...") is prose by word count alone, so it is not enough here.
    /// </summary>
    private static bool OpensStory(string paragraph) =>
        PlainTextReader.LooksLikeProse(paragraph)
        && (".!?\"”’)…:".Contains(paragraph[^1], StringComparison.Ordinal) || PlainTextReader.WordCount(paragraph) >= 25 || !HasSpaces(paragraph));

    // CJK prose has no spaces between words, so word counts say nothing about it.
    private static bool HasSpaces(string paragraph) => paragraph.Contains(' ', StringComparison.Ordinal);

    /// <summary>A photo credit on its own line: "(Credit: Marguerite Reardon/CNET)", "Courtesy G4", "Mandel Ngan / AFP / Getty Images".</summary>
    private static bool IsCredit(string paragraph) => PlainTextReader.WordCount(paragraph) <= 10 && CreditLine().IsMatch(paragraph);

    [GeneratedRegex(
        @"^\(?(?:(?:Photo(?:graph)?|Image|Picture|Illustration|Video|Credit)s?(?: by| credit)?:?\s|Courtesy(?: of)?\s|©\s?)[^.!?]{1,80}\)?\.?$" +
        @"|^[^.!?]{0,60}(?:\b(?:AFP|Getty Images|Reuters|REUTERS|AP Photo|EPA|Shutterstock|Bloomberg|Xinhua|AAP|PA Wire)\b)[^.!?]{0,40}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}
