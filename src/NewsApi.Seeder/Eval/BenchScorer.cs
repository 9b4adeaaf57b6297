using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsApi.Seeder.Eval;

/// <summary>
/// A port of the bench's score.py: same normalisation, same greedy one-to-one matching, same counts. A system entity
/// matches a gold entity of the same type when its name or an alias equals one of the gold surfaces.
/// </summary>
public sealed partial class BenchScorer(bool lenient = false)
{
    public static readonly string[] Types = ["person", "organization", "place"];

    private static readonly Dictionary<string, string> TypeAliases = new(StringComparer.Ordinal)
    {
        ["organisation"] = "organization", ["org"] = "organization", ["location"] = "place", ["loc"] = "place",
        ["per"] = "person", ["people"] = "person", ["organisations"] = "organization", ["organizations"] = "organization",
        ["places"] = "place",
    };

    /// <summary>Scores every gold document, or only <paramref name="documents"/> (names without ".json").</summary>
    public BenchScore Score(string goldFolder, string systemFolder, IReadOnlyCollection<string>? documents = null)
    {
        documents ??= Directory.EnumerateFiles(goldFolder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();
        var score = new BenchScore(lenient);
        foreach (var document in documents)
        {
            var gold = ReadGold(Path.Combine(goldFolder, document + ".json"));
            var system = ReadSystem(Path.Combine(systemFolder, document + ".json"), score.Warnings);
            ScoreDocument(document, gold, system, score);
        }

        return score;
    }

    /// <summary>score.py's norm(): NFKC, straight apostrophes, whitespace collapsed, case-folded, no leading "the ".</summary>
    public static string Normalise(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'');
        s = Whitespace().Replace(s, " ").Trim().ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    private void ScoreDocument(string document, List<GoldEntity> gold, List<SystemEntity> system, BenchScore score)
    {
        var report = new DocumentReport(document);
        score.Documents.Add(report);
        score.InvalidSystemEntities += system.Count(entity => !entity.Valid);

        var pairs = Match(system, gold, typed: true);
        var matchedGold = pairs.Select(pair => pair.Gold).ToHashSet();
        var matchedSystem = pairs.Select(pair => pair.System).ToHashSet();
        var dropped = lenient ? pairs.Where(pair => gold[pair.Gold].Optional).Select(pair => pair.System).ToHashSet() : [];
        if (lenient)
        {
            score.OptionalSystemMatched += dropped.Count;
            score.OptionalGoldUnmatched += gold.Where((entity, index) => entity.Optional && !matchedGold.Contains(index)).Count();
        }

        foreach (var entity in gold.Where(entity => !(lenient && entity.Optional)))
        {
            score.PerType[entity.Type].Gold++;
        }

        foreach (var (index, entity) in system.Index())
        {
            if (entity.Valid && !dropped.Contains(index))
            {
                score.PerType[entity.Type].System++;
            }
        }

        foreach (var (systemIndex, goldIndex) in pairs.Where(pair => !(lenient && gold[pair.Gold].Optional)))
        {
            score.PerType[gold[goldIndex].Type].TruePositives++;
            report.Matched.Add($"{gold[goldIndex].Type} {gold[goldIndex].Name} = {system[systemIndex].Name}");
        }

        report.Misses.AddRange(gold.Where((entity, index) => !matchedGold.Contains(index) && !(lenient && entity.Optional))
            .Select(entity => $"{entity.Type} {entity.Name}" + (entity.Optional ? " (optional)" : "")));
        report.FalsePositives.AddRange(system.Where((entity, index) => entity.Valid && !matchedSystem.Contains(index))
            .Select(entity => $"{entity.Type} {entity.Name}"));

        var agnosticPairs = Match(system, gold, typed: false);
        var agnosticDropped = agnosticPairs.Where(pair => lenient && gold[pair.Gold].Optional).Select(pair => pair.System).ToHashSet();
        score.TypeAgnostic.Gold += gold.Count(entity => !(lenient && entity.Optional));
        score.TypeAgnostic.System += Enumerable.Range(0, system.Count).Count(index => !agnosticDropped.Contains(index));
        score.TypeAgnostic.TruePositives += agnosticPairs.Count(pair => !(lenient && gold[pair.Gold].Optional));

        foreach (var entity in gold.Where(entity => entity.Groups.Count >= 2 && !(lenient && entity.Optional)))
        {
            score.AliasEligible++;
            var covering = system.Select(candidate => entity.Groups.Count(group => group.Overlaps(candidate.Keys))).Where(count => count > 0).ToList();
            if (covering.DefaultIfEmpty(0).Max() >= 2)
            {
                score.AliasMerged++;
            }
            else if (covering.Count >= 2)
            {
                score.AliasFragmented++;
                report.Fragmented.Add($"{entity.Type} {entity.Name}");
            }
        }
    }

    /// <summary>Greedy one-to-one matching, best-supported pairs first (score.py's match()).</summary>
    private List<(int System, int Gold)> Match(List<SystemEntity> system, List<GoldEntity> gold, bool typed)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in gold.SelectMany(entity => entity.Keys))
        {
            owners[key] = owners.GetValueOrDefault(key) + 1;
        }

        var candidates = new List<(int[] Key, int System, int Gold)>();
        foreach (var (i, s) in system.Index())
        {
            if (typed && !s.Valid)
            {
                continue;
            }

            foreach (var (j, g) in gold.Index())
            {
                if (typed && s.Type != g.Type)
                {
                    continue;
                }

                var common = g.Keys.Where(s.Keys.Contains).ToList();
                if (common.Count == 0)
                {
                    continue;
                }

                var nameHit = g.Keys.Contains(s.NameKey) ? 1 : 0;
                var uniqueName = nameHit == 1 && owners[s.NameKey] == 1 ? 1 : 0;
                var uniqueAny = common.Any(key => owners[key] == 1) ? 1 : 0;
                var groupsHit = g.Groups.Count(group => group.Overlaps(s.Keys));
                int[] key = [-uniqueName, -uniqueAny, -nameHit, -groupsHit, lenient && g.Optional ? 1 : 0, s.Type == g.Type ? 0 : 1, i, j];
                candidates.Add((key, i, j));
            }
        }

        candidates.Sort((a, b) => CompareKeys(a.Key, b.Key));
        var (usedSystem, usedGold, pairs) = (new HashSet<int>(), new HashSet<int>(), new List<(int, int)>());
        foreach (var (_, i, j) in candidates)
        {
            if (!usedSystem.Contains(i) && !usedGold.Contains(j))
            {
                usedSystem.Add(i);
                usedGold.Add(j);
                pairs.Add((i, j));
            }
        }

        return pairs;
    }

    private static int CompareKeys(int[] a, int[] b)
    {
        for (var index = 0; index < a.Length; index++)
        {
            var compared = a[index].CompareTo(b[index]);
            if (compared != 0) return compared;
        }

        return 0;
    }

    private static List<GoldEntity> ReadGold(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var entities = new List<GoldEntity>();
        foreach (var entity in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            var surfaces = entity.GetProperty("surfaces").EnumerateArray().Select(surface => surface.GetString() ?? "").ToList();
            var variantGroups = entity.TryGetProperty("variant_groups", out var groupsJson) && groupsJson.ValueKind == JsonValueKind.Array && groupsJson.GetArrayLength() > 0
                ? groupsJson.EnumerateArray().Select(group => group.EnumerateArray().Select(surface => surface.GetString() ?? "").ToList()).ToList()
                : surfaces.Select(surface => new List<string> { surface }).ToList();

            var groups = new List<HashSet<string>>();
            foreach (var variants in variantGroups)
            {
                var keys = variants.Select(Normalise).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal);
                if (keys.Count == 0) continue;
                foreach (var overlapping in groups.Where(group => group.Overlaps(keys)).ToList())
                {
                    groups.Remove(overlapping);
                    keys.UnionWith(overlapping);
                }

                groups.Add(keys);
            }

            var allKeys = groups.SelectMany(group => group).Concat(surfaces.Select(Normalise).Where(key => key.Length > 0)).ToHashSet(StringComparer.Ordinal);
            var optional = IsTrue(entity, "nested_only") || IsTrue(entity, "plural_group");
            var name = entity.TryGetProperty("name", out var nameJson) ? nameJson.GetString() ?? "" : surfaces.FirstOrDefault() ?? "";
            entities.Add(new GoldEntity(entity.GetProperty("type").GetString() ?? "", name, allKeys, groups, optional));
        }

        return entities;
    }

    private static List<SystemEntity> ReadSystem(string path, List<string> warnings)
    {
        if (!File.Exists(path))
        {
            warnings.Add($"missing system file {path} (treated as empty)");
            return [];
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            warnings.Add($"unreadable system file {path} ({exception.Message}); treated as empty");
            return [];
        }

        using (json)
        {
            var entities = new List<SystemEntity>();
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("entities", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return entities;
            }

            foreach (var entity in list.EnumerateArray())
            {
                if (entity.ValueKind != JsonValueKind.Object)
                {
                    warnings.Add($"{path}: non-object entity ignored");
                    continue;
                }

                var type = (StringOf(entity, "type") ?? "").Trim().ToLowerInvariant();
                type = TypeAliases.GetValueOrDefault(type, type);
                var name = StringOf(entity, "name") ?? "";
                var aliases = entity.TryGetProperty("aliases", out var aliasesJson) && aliasesJson.ValueKind == JsonValueKind.Array
                    ? aliasesJson.EnumerateArray().Where(alias => alias.ValueKind == JsonValueKind.String).Select(alias => alias.GetString()!)
                    : [];
                var keys = new[] { name }.Concat(aliases).Select(Normalise).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                if (keys.Count == 0)
                {
                    warnings.Add($"{path}: entity without a usable name ignored");
                    continue;
                }

                entities.Add(new SystemEntity(type, name, Normalise(name), keys.ToHashSet(StringComparer.Ordinal), Types.Contains(type)));
            }

            return entities;
        }
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsTrue(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    private sealed record GoldEntity(string Type, string Name, HashSet<string> Keys, List<HashSet<string>> Groups, bool Optional);

    private sealed record SystemEntity(string Type, string Name, string NameKey, HashSet<string> Keys, bool Valid);
}
