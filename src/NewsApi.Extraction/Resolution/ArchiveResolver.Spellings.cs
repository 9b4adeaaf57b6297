using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Rules;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Resolution;

// One person's name written two ways across the archive: transliterations, slips, a last part left out.
public sealed partial class ArchiveResolver
{
    /// <summary>
    /// "Mouwafak al-Rubaie" and "Mowaffak al-Rubaie", "Awad Hamed al-Bander" and "... al-Bandar": one person's full name
    /// transliterated or misspelt two ways. The names must be the same but for one word of 5 letters or more, written
    /// with the same first and last letters (or letters for one sound: "Rafiq" and "Rafik"), the same consonants, and at
    /// most two letters apart (one for a word under 7 letters): so "Hilary" and "Hillary", "Nicholas" and "Nicolas", but
    /// not "Steven" and "Stephen" (other consonants) nor two given names of different sexes.
    /// </summary>
    private void JoinTransliterations(Archive archive, DisjointSets sets)
    {
        var people = archive.Nodes.Where(node => node.Type == EntityType.Person && node.Words.Length >= 2);
        // Names that differ in one word share the key with that word blanked out.
        var byBlankedWord = people.SelectMany(node => Enumerable.Range(0, node.Words.Length).Select(position => (node, position)))
            .GroupBy(entry => string.Join(' ', entry.node.Words.Select((word, index) => index == entry.position ? "*" : word)), StringComparer.Ordinal)
            .Where(group => group.Skip(1).Any());
        ILookup<int, int>? nodesOfArticle = null;
        foreach (var sameButOne in byBlankedWord)
        {
            var entries = sameButOne.ToList();
            foreach (var (a, position) in entries)
            {
                foreach (var (b, _) in entries.Where(entry => entry.node.Index > a.Index))
                {
                    if (AreSpellingsOfOneWord(a.Words[position], b.Words[position])
                        && ShareRareContext(archive, a, b, nodesOfArticle ??= NodesOfArticle(archive)))
                    {
                        sets.Union(a.Index, b.Index);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether something the archive names in under 15% of its articles is named beside both: "Jim Leach" (a US
    /// congressman) and "Jim Leech" (a Canadian banker) share only the United States, so they stay two people.
    /// </summary>
    private static bool ShareRareContext(Archive archive, Node a, Node b, ILookup<int, int> nodesOfArticle)
    {
        var rare = archive.ArticleCount * 0.15;
        var besideA = a.ArticleSet.SelectMany(article => nodesOfArticle[article]).Where(other => archive.Nodes[other].Articles < rare).ToHashSet();
        return b.ArticleSet.SelectMany(article => nodesOfArticle[article]).Any(other => other != a.Index && other != b.Index && besideA.Contains(other));
    }

    private static ILookup<int, int> NodesOfArticle(Archive archive) =>
        Enumerable.Range(0, archive.Chains.Count).ToLookup(chain => archive.Chains[chain].Article, chain => archive.NodeOfChain[chain]);

    private bool AreSpellingsOfOneWord(string a, string b)
    {
        const int MinLength = 5;
        const int LongWord = 7;
        var (capitalisedA, capitalisedB) = (WordChars.Capitalised(a), WordChars.Capitalised(b));
        if (a.Length < MinLength || b.Length < MinLength || Sound(a[0]) != Sound(b[0]) || Sound(a[^1]) != Sound(b[^1])
            || (gazetteer.IsFirstName(capitalisedA) && gazetteer.IsFirstName(capitalisedB)
                && !"mf".Any(sex => gazetteer.MayBeGivenTo(capitalisedA, sex) && gazetteer.MayBeGivenTo(capitalisedB, sex))))
        {
            return false;
        }

        var maximum = Math.Min(a.Length, b.Length) >= LongWord ? 2 : 1;
        return EditDistance(a, b, maximum) <= maximum && SameConsonants(a, b);
    }

    /// <summary>
    /// Whether the two words differ only as transliterations and slips do: in their vowels, doubled letters, an "h",
    /// c/k/q or s/z, or two neighbouring consonants swapped ("Mouwafak" and "Mowaffak", "Sarkozy" and "Sarcozy"); not by
    /// another consonant ("Baker" and "Barker", "Reese" and "Reeve", "Wexler" and "Weller" are other people).
    /// </summary>
    private static bool SameConsonants(string a, string b)
    {
        var (first, second) = (Consonants(a), Consonants(b));
        if (first == second)
        {
            return true;
        }

        if (first.Length != second.Length)
        {
            return false;
        }

        var differing = Enumerable.Range(0, first.Length).Where(index => first[index] != second[index]).ToList();
        return differing is [var at, var next] && next == at + 1 && first[at] == second[next] && first[next] == second[at];
    }

    /// <summary>The word's consonant skeleton: no vowels, "y", "h", hyphens or doubled letters; k and q as c, z as s.</summary>
    private static string Consonants(string word)
    {
        var skeleton = new System.Text.StringBuilder(word.Length);
        foreach (var letter in word)
        {
            var consonant = Sound(letter);
            if ("aeiouyh-'".Contains(consonant, StringComparison.Ordinal) || (skeleton.Length > 0 && skeleton[^1] == consonant))
            {
                continue;
            }

            skeleton.Append(consonant);
        }

        return skeleton.ToString();
    }

    /// <summary>Letters that transliterations write for one sound: "Rafiq" and "Rafik", "Qadhafi" and "Kadhafi".</summary>
    private static char Sound(char letter) => letter switch { 'k' or 'q' => 'c', 'z' => 's', _ => letter };

    /// <summary>Levenshtein distance, or <paramref name="maximum"/> + 1 once it is known to exceed it.</summary>
    private static int EditDistance(string a, string b, int maximum)
    {
        if (Math.Abs(a.Length - b.Length) > maximum)
        {
            return maximum + 1;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > maximum)
            {
                return maximum + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], maximum + 1);
    }

    /// <summary>
    /// "Barzan Ibrahim" joins "Barzan Ibrahim al-Tikriti", "Hillary Rodham" joins "Hillary Rodham Clinton": a name of two
    /// words or more that another person's name continues by one word, when that is the only such name and both are named
    /// beside something rare in the archive.
    /// </summary>
    private static void JoinNamesWithoutLastPart(Archive archive, DisjointSets sets)
    {
        var people = archive.Nodes.Where(node => node.Type == EntityType.Person && node.Words.Length >= 2).ToList();
        // Not "James Webb Telescope" or "Mike W. The": the last word must be no word of running text.
        var byLeadingWords = people.Where(node => node.Words.Length >= 3 && !SentenceWords.IsSentenceWord(node.Words[^1])).ToLookup(node => string.Join(' ', node.Words[..^1]), StringComparer.Ordinal);
        ILookup<int, int>? nodesOfArticle = null;
        foreach (var node in people)
        {
            var longer = byLeadingWords[node.Key].GroupBy(candidate => sets.Find(candidate.Index)).ToList();
            if (longer.Count == 1 && sets.Find(node.Index) != longer[0].Key
                && longer[0].Any(candidate => ShareRareContext(archive, node, candidate, nodesOfArticle ??= NodesOfArticle(archive))))
            {
                sets.Union(node.Index, longer[0].Key);
            }
        }
    }
}
