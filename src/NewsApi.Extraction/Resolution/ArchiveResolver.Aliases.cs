using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Resolution;

// Names an article writes for someone or somewhere it names in full elsewhere: "Saddam", "the North".
public sealed partial class ArchiveResolver
{
    /// <summary>
    /// "Saddam" alone in five articles, where thirteen articles of Saddam Hussein write "Saddam" beside his full name;
    /// "Rodriguez Zapatero", which an article of José Luis Rodríguez Zapatero writes for him: a person left on their own
    /// joins the one person, named in more articles, whose articles write their name as another name of theirs. A lone
    /// word needs two such articles; any other person writing it so, or a full name with it as surname ("Blair"), leaves
    /// it apart.
    /// </summary>
    private static void JoinNamesOthersWrite(Archive archive, DisjointSets sets, int[] target, Func<string, string> keyOf, HashSet<string> surnames)
    {
        // For each name key, the people (by their final group) whose chains write it beside a fuller name, and in which articles.
        var writtenFor = new Dictionary<string, Dictionary<int, HashSet<int>>>(StringComparer.Ordinal);
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            var node = archive.Nodes[archive.NodeOfChain[chain]];
            if (node.Type != EntityType.Person) continue;
            foreach (var name in archive.Chains[chain].Names)
            {
                var key = keyOf(name.Text);
                if (key == node.Key || key.Length == 0) continue;
                if (!writtenFor.TryGetValue(key, out var people)) writtenFor[key] = people = [];
                if (!people.TryGetValue(target[chain], out var articles)) people[target[chain]] = articles = [];
                articles.Add(archive.Chains[chain].Article);
            }
        }

        var nodesOfRoot = archive.Nodes.GroupBy(node => sets.Find(node.Index)).ToDictionary(group => group.Key, group => group.Count());
        var articlesOfRoot = Enumerable.Range(0, archive.Chains.Count).GroupBy(chain => target[chain])
            .ToDictionary(group => group.Key, group => group.Select(chain => archive.Chains[chain].Article).Distinct().Count());
        foreach (var node in archive.Nodes.Where(node => node.Type == EntityType.Person))
        {
            var own = sets.Find(node.Index);
            // Only a person left on their own: one that joined another name already stands for itself.
            if (nodesOfRoot[own] > 1 || (!node.Person.IsFull && surnames.Contains(node.Person.Surname))) continue;

            // Into a person named in more articles: "John Howard" of 72 articles is not the "Howard" of 17 that some article wrote so.
            var others = (writtenFor.GetValueOrDefault(node.Key) ?? []).Where(person => person.Key != own).ToList();
            if (others is not [var (other, articles)] || articles.Count < (node.Person.IsFull ? 1 : 2)
                || articlesOfRoot.GetValueOrDefault(other) <= articlesOfRoot.GetValueOrDefault(own))
            {
                continue;
            }

            foreach (var chain in archive.ChainsOfNode(node.Index).Where(chain => target[chain] == own))
            {
                target[chain] = other;
            }
        }
    }

    /// <summary>
    /// "the North" in an article on North Korea's talks with South Korea is North Korea, "the South" South Korea: a compass
    /// point alone, typed a place, is the one country its article names that opens with it (not "North Carolina" or "North
    /// America", nor where the article names two such countries).
    /// </summary>
    private void JoinCompassPointsAlone(Archive archive, int[] target)
    {
        for (var chain = 0; chain < archive.Chains.Count; chain++)
        {
            if (archive.Chains[chain].Type != EntityType.Place || archive.Keys[chain] is not ("north" or "south" or "east" or "west")) continue;

            var opening = archive.Keys[chain] + " ";
            var countries = archive.ChainsOfArticle(archive.Chains[chain].Article)
                .Where(other => archive.Chains[other].Type == EntityType.Place && archive.Keys[other].StartsWith(opening, StringComparison.Ordinal)
                    && gazetteer.IsCountry(archive.Chains[other].Name))
                .Select(other => target[other]).Distinct().ToList();
            if (countries is [var country]) target[chain] = country;
        }
    }
}
