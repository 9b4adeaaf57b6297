using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Government", "the Federal government", "Department": generic references capitalised are no names, as the
/// annotation conventions have it ("the Government", "the Church", "the Opposition"). On the Wikinews archive the tagger
/// made "Federal Government" an organisation in 11 articles, "Government" in 4. Legislatures ("Parliament", "the House")
/// and "State" (the State Department) are names there and stay.
/// </summary>
internal static class GenericNames
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "Government", "Federal", "Federal Government", "State Government", "City", "Affairs", "Magazine", "Opposition",
        "Cabinet", "Administration", "Ministry", "Department", "Police", "Military",
    };

    public static void Remove(List<NameMention> mentions) =>
        mentions.RemoveAll(mention => mention is { Type: EntityType.Organisation, IsCertain: false }
            && Generic.Contains(mention.Text.StartsWith("The ", StringComparison.Ordinal) ? mention.Text[4..] : mention.Text));
}
