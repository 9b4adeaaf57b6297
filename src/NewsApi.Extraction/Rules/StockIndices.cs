using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "The Dow Jones Industrial Average fell 213 points", "the FTSE 100", "the Hang Seng Index": a stock index is no entity
/// by the annotation conventions, and the tagger made indices organisations (the DAX a person) in about 45 of the
/// 3,741 Wikinews articles. Not names: one that ends in "Index", "Industrial Average", "Industrials" or "Composite", a
/// listed index, and an exchange's or publisher's name written right before an index word ("the Dow Jones industrial
/// average", "the Nasdaq composite") or before a market's move ("the Dow fell 340 points"). "Dow Jones" or "Nasdaq"
/// otherwise stays: the publisher and the exchange are organisations. A ticker in brackets ("Nvidia (NASDAQ: NVDA)") names neither the exchange nor anything else.
/// </summary>
internal static partial class StockIndices
{
    private static readonly FrozenSet<string> Listed = FrozenSet.Create(StringComparer.Ordinal,
    [
        "FTSE", "FTSE 100", "FTSE 250", "Nikkei", "Nikkei 225", "Hang Seng", "S&P 500", "CAC 40", "DAX", "Dax", "Sensex", "Nifty",
        "Kospi", "KOSPI", "Euro Stoxx 50", "ASX 200", "S&P/TSX", "Straits Times Index",
    ]);

    private static readonly string[] IndexEndings = [" Index", " Industrial Average", " Industrials", " Composite"];

    // Names of the firms indices are named after, which are organisations only on their own.
    private static readonly FrozenSet<string> IndexMakers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Dow Jones", "Dow", "Nasdaq", "NASDAQ", "S&P", "Standard & Poor's", "Russell", "Wilshire",
    ]);

    private static readonly FrozenSet<string> IndexWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "industrial", "industrials", "index", "composite", "average",
    ]);

    public static void Remove(NewsDocument document, List<NameMention> mentions)
    {
        mentions.RemoveAll(mention => !mention.IsCertain && IsIndex(document, mention));
        if (document.Body.Contains(':', StringComparison.Ordinal))
        {
            var tickers = Ticker().Matches(document.Body).Select(match => (match.Index, End: match.Index + match.Length)).ToList();
            mentions.RemoveAll(mention => mention.Field == TextField.Body && tickers.Any(ticker => ticker.Index <= mention.Start && mention.End <= ticker.End));
        }
    }

    [GeneratedRegex(@"\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|LON|EPA|ETR|FRA|AMS|SWX|TSX|ASX|HKEX|HKG|TYO|KRX|SGX|NSE|BSE|SHA|SHE|OTC|TASE|JSE)\s*:\s*[A-Z0-9.]{1,8}\)", RegexOptions.CultureInvariant)]
    private static partial Regex Ticker();

    // "Dow falls 340 points", "the Dow Jones surged", "The Dow Jones, was up 3.10%": the index by what it did on the market.
    [GeneratedRegex(@"^[\s,]*(?:(?:was|is|had|has|also)\s+)?(?:fell|falls|rose|rises|surged|jumped|climbed|gained|lost|dropped|slid|slipped|tumbled|plunged|up|down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MarketMove();

    private static bool IsIndex(NewsDocument document, NameMention mention) =>
        Listed.Contains(mention.Text)
        || IndexEndings.Any(ending => mention.Text.EndsWith(ending, StringComparison.Ordinal))
        || (IndexMakers.Contains(mention.Text) && document.TextOf(mention.Field) is var text
            && (IndexWords.Contains(WordChars.NextWord(text, mention.End)) || MarketMove().IsMatch(text.AsSpan(mention.End, Math.Min(40, text.Length - mention.End)))));
}
