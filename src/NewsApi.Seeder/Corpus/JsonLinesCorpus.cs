using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsApi.Seeder.Corpus;

/// <summary>
/// Writes the synthetic corpus as one JSON Lines export, the shape news APIs and scrapers hand out: one article a line
/// with id, section, title, published date (for most), body and, when asked, the saved page it came from in an "html"
/// field the readers ignore. The page makes records as large as real scraped exports (tens of KiB each), so a file of a
/// gigabyte can be written and seeded without a day of extraction.
/// </summary>
public static class JsonLinesCorpus
{
    private const string PageFurniture =
        "<li><a href=\"/news/world\">World</a></li><li><a href=\"/news/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li>"
        + "<div class=\"share\">Share this story on social media</div><script>window.dataLayer=window.dataLayer||[];</script>\n";

    /// <summary>Writes <paramref name="count"/> articles; returns the file's size in bytes.</summary>
    public static long Write(string path, int count, int seed, int htmlKilobytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(htmlKilobytes);
        var generator = new CorpusGenerator(seed);
        using var stream = File.Create(path);
        // Relaxed: the page's markup stays as written ("<p>", not "\u003Cp\u003E"), so a record is about the size asked for.
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var i = 0; i < count; i++)
        {
            WriteRecord(writer, i + 1, generator.NextArticle(), htmlKilobytes * 1024);
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }

        return stream.Length;
    }

    /// <summary>One article of the plain-text layout (section, headline, optional date line, paragraphs) as a record.</summary>
    private static void WriteRecord(Utf8JsonWriter writer, int id, string article, int htmlBytes)
    {
        var parts = article.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var hasDate = parts[2].StartsWith("date ", StringComparison.Ordinal);
        var paragraphs = parts.Skip(hasDate ? 3 : 2).ToList();
        writer.WriteStartObject();
        writer.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("section", parts[0]);
        writer.WriteString("title", parts[1]);
        if (hasDate)
        {
            writer.WriteString("published", parts[2].Split(' ')[1]);
        }

        writer.WriteString("body", string.Join("\n\n", paragraphs));
        if (htmlBytes > 0)
        {
            writer.WriteString("html", Page(parts[1], paragraphs, htmlBytes));
        }

        writer.WriteEndObject();
    }

    /// <summary>The article's paragraphs in a page padded with site furniture to about <paramref name="bytes"/>.</summary>
    private static string Page(string headline, List<string> paragraphs, int bytes)
    {
        var page = new StringBuilder(bytes + 1024).Append("<html><body><nav><ul>");
        while (page.Length < bytes / 2)
        {
            page.Append(PageFurniture);
        }

        page.Append("</ul></nav><article><h1>").Append(headline).Append("</h1>");
        foreach (var paragraph in paragraphs)
        {
            page.Append("<p>").Append(paragraph).Append("</p>\n");
        }

        page.Append("</article><footer><ul>");
        while (page.Length < bytes)
        {
            page.Append(PageFurniture);
        }

        return page.Append("</ul></footer></body></html>").ToString();
    }
}
