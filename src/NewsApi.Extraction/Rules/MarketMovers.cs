using System.Text.RegularExpressions;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Persimmon jumped 5.4%, Barratt Redrow climbed 4.8% and Taylor Wimpey added 4.1%": in a report on shares, a name that
/// moves by a percentage is a listed company, though the tagger read two of these as people. Only in an article about
/// shares or stocks, and not for a name with a title or a role (a candidate who "climbed 3% in the polls").
/// </summary>
internal static partial class MarketMovers
{
    public static void Retype(NewsDocument document, List<NameMention> mentions)
    {
        if (!AboutShares().IsMatch(document.Body)) return;

        for (var index = 0; index < mentions.Count; index++)
        {
            var mention = mentions[index];
            if (mention.Type != EntityType.Person || mention.IsCertain || mention.TitledText is not null || mention.Roles.Count > 0) continue;

            var text = document.TextOf(mention.Field);
            var after = text.AsSpan(mention.End, Math.Min(48, text.Length - mention.End));
            if (MovesByPercent().IsMatch(after) && !Polls().IsMatch(mention.Sentence))
            {
                mentions[index] = mention with { Type = EntityType.Organisation };
            }
        }
    }

    [GeneratedRegex(@"\b(?:[Ss]hares|[Ss]tocks|stock market|FTSE|Dow|Nasdaq|Nikkei|Sensex|bourse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboutShares();

    [GeneratedRegex(@"^\s+(?:shares\s+)?(?:rose|fell|jumped|climbed|added|gained|lost|dropped|slid|slipped|tumbled|plunged|surged|soared|sank|advanced|declined|eased|rallied|slumped)\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)", RegexOptions.CultureInvariant)]
    private static partial Regex MovesByPercent();

    [GeneratedRegex(@"\b(?:polls?|polling|survey|vote|votes|approval)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Polls();
}
