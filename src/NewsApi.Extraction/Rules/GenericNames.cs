using System.Text.RegularExpressions;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Government", "the Federal government", "Department", "NGO": generic references capitalised are no names, as the
/// annotation conventions have it ("the Government", "the Church", "the Opposition"). On the Wikinews archive the tagger
/// made "Federal Government" an organisation in 11 articles, "Government" in 4, "NGO" in 6; set XK's laptop news "PC" (the
/// personal computer) in three. Legislatures ("Parliament",
/// "the House") and "State" (the State Department) are names there and stay. Nor is a bill's number or an amount of
/// money a name, and neither are products news names like firms ("the MacBook Air").
/// </summary>
internal static partial class GenericNames
{
    private static readonly FrozenSet<string> Generic = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Government", "Federal", "Federal Government", "State Government", "City", "Affairs", "Magazine", "Opposition",
        "Cabinet", "Administration", "Ministry", "Department", "Police", "Military", "NGO", "NGOs", "ISP", "ISPs",
        "Budget", // a chancellor's "last Budget before the election": a statement, not the Office of Management and Budget
        "Board of Directors", "Board of Trustees", // a firm's or a university's board: "the Board of Directors agreed to pay"
        "PC", "TV", "GPS", "SUV", "ATM", "USB", "LCD", "LED", "DVD", "CD", "MP3", "3D", "4G", "5G", "VAT", "CEO", // things: "the PC market"
        "SARS", "MERS", "AIDS", "HIV", "SARS-CoV-2", "H1N1", "H5N1", // diseases and viruses: "during SARS"
    ]);

    // Economic measures and deals: "per capita GDP", "the Consumer Price Index (CPI)". No names even where the text defines
    // them as acronyms, which makes their mentions certain (11 Wikinews archive articles had such an organisation).
    private static readonly FrozenSet<string> Measures = FrozenSet.Create(StringComparer.Ordinal,
    [
        "GDP", "GNP", "CPI", "IPO", "Gross Domestic Product", "Gross National Product", "Consumer Price Index", "Initial Public Offering",
    ]);

    // Products news names like firms or places: "the new MacBook Air", "Intel's Ivy Bridge chips" (set XK's laptop news).
    private static readonly FrozenSet<string> Products = FrozenSet.Create(StringComparer.Ordinal,
    [
        "MacBook", "MacBook Air", "MacBook Pro", "iMac", "iPhone", "iPad", "iPod", "Apple Watch", "Kindle", "Kindle Fire", "Xbox",
        "Xbox 360", "Xbox One", "PlayStation", "PlayStation 3", "PlayStation 4", "Wii", "ThinkPad", "IdeaPad", "Chromebook",
        "Ultrabook", "Ivy Bridge", "Sandy Bridge", "Haswell", "Windows 7", "Windows 8", "Windows Vista", "Windows XP",
    ]);

    public static void Remove(List<NameMention> mentions)
    {
        mentions.RemoveAll(mention => !mention.IsCertain && Products.Contains(mention.Text));
        HashSet<string>? surnames = null; // built for the rare article that has such a word
        HashSet<string>? initials = null; // "PC" beside "Progressive Conservatives": the party's initials, no computer
        bool IsGeneric(NameMention mention) => Generic.Contains(mention.Text.StartsWith("The ", StringComparison.Ordinal) ? mention.Text[4..] : mention.Text)
            && !(initials ??= InitialsOfOrganisations(mentions)).Contains(mention.Text);
        mentions.RemoveAll(mention => mention.Type == EntityType.Organisation && Measures.Contains(mention.Text)
            && !(initials ??= InitialsOfOrganisations(mentions)).Contains(mention.Text));
        mentions.RemoveAll(mention => !mention.IsCertain
            && ((mention.Type == EntityType.Organisation && IsGeneric(mention))
                || (mention.Type == EntityType.Person && IsCommonWordAlone(mention) && !(surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(mention.Text))
                || BillOrAmount().IsMatch(mention.Text)));
    }

    private static HashSet<string> InitialsOfOrganisations(List<NameMention> mentions) =>
        mentions.Where(mention => mention.Type == EntityType.Organisation && mention.Text.Contains(' ', StringComparison.Ordinal) && !Measures.Contains(mention.Text))
            .Select(mention => NamePropagation.Initials(mention.Text))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "Debris", "Tobacco", "[General] Election", "[President] Elect": one word news writes in lower case (Data/lexicon,
    /// which holds no listed given name or surname) names no one, unless it is the surname of someone the article names in
    /// full ("Key" after "John Key") or follows a courtesy title or "Dr" ("Mr Rather", "Dr Little").
    /// </summary>
    private static bool IsCommonWordAlone(NameMention mention) =>
        !mention.Text.Contains(' ', StringComparison.Ordinal) && SentenceWords.IsSentenceWord(mention.Text)
        && NameWords.CourtesyTitle(mention.TitledText) is null && mention.TitledText?.Split(' ')[0].TrimEnd('.') is not "Dr";

    /// <summary>
    /// "Bill C-16", "Bill S.256", "C-16" (a document, not a person called Bill), "F-16" (a product), "IDR472", "NOK 1"
    /// (an amount of money), "Group D" (a tournament's group).
    /// </summary>
    [GeneratedRegex(@"^(?:Bills? [A-Z]?[-.]?\d|[A-Z]{3} ?\d|[A-Z]-\d+$|Group [A-L]\.?$)", RegexOptions.CultureInvariant)]
    private static partial Regex BillOrAmount();
}
