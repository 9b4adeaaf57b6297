namespace NewsApi.Extraction.Documents;

/// <summary>The article fields a JSON export can fill.</summary>
public enum ArticleField
{
    Id,
    Headline,
    Body,
    Published,
    Url,
    Publisher,
    Author,
    Section,
    Caption,
}

/// <summary>
/// Which JSON property holds which article field: the names exports commonly use, plus the user's own mappings
/// (<c>--field body=story_text</c>), which are tried first. A dotted name reaches into an object ("source.name").
/// </summary>
public sealed class JsonFieldNames
{
    private static readonly Dictionary<ArticleField, string[]> CommonNames = new()
    {
        [ArticleField.Id] = ["id", "_id", "uuid", "guid", "article_id"],
        [ArticleField.Headline] = ["headline", "title", "name"],
        [ArticleField.Body] = ["body", "text", "content", "articleBody", "article_body", "story", "full_text"],
        [ArticleField.Published] = ["datePublished", "published", "publishedAt", "published_at", "publish_date", "pubDate", "date", "created_at"],
        [ArticleField.Url] = ["url", "link", "canonical_url", "permalink"],
        [ArticleField.Publisher] = ["source", "publisher", "site", "source_name", "outlet"],
        [ArticleField.Author] = ["author", "authors", "byline", "creator"],
        [ArticleField.Section] = ["section", "category", "articleSection", "categories", "topic"],
        [ArticleField.Caption] = ["caption", "image_caption", "photo_caption"],
    };

    private readonly Dictionary<ArticleField, string[]> _names;

    private JsonFieldNames(Dictionary<ArticleField, string[]> names) => _names = names;

    public static JsonFieldNames Default { get; } = new(CommonNames);

    /// <summary>The default names with each "field=property" mapping tried first for its field.</summary>
    /// <exception cref="FormatException">A mapping is not "field=property" or names no known field.</exception>
    public static JsonFieldNames Parse(IEnumerable<string> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var names = CommonNames.ToDictionary(entry => entry.Key, entry => entry.Value);
        foreach (var mapping in mappings)
        {
            var parts = mapping.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0 || FieldNamed(parts[0]) is not { } field)
            {
                throw new FormatException(
                    $"'{mapping}' is not FIELD=PROPERTY with FIELD one of {string.Join(", ", CommonNames.Keys.Select(Name))}.");
            }

            names[field] = [parts[1], .. names[field]];
        }

        return new JsonFieldNames(names);
    }

    /// <summary>The property names to try for <paramref name="field"/>, in order.</summary>
    public IReadOnlyList<string> NamesOf(ArticleField field) => _names[field];

    /// <summary>"headline", "published"...: the name a user types on the left of a mapping.</summary>
    public static string Name(ArticleField field) => field.ToString().ToLowerInvariant();

    // The user may name a field by our name or by any of its common names: "title=heading" maps the headline.
    private static ArticleField? FieldNamed(string name) =>
        Enum.GetValues<ArticleField>().Cast<ArticleField?>().FirstOrDefault(field =>
            string.Equals(Name(field!.Value), name, StringComparison.OrdinalIgnoreCase)
            || CommonNames[field.Value].Contains(name, StringComparer.OrdinalIgnoreCase));
}
