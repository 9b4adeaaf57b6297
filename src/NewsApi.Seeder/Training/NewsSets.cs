using System.Text.Json;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging.Training;
using NewsApi.Seeder.Eval;

namespace NewsApi.Seeder.Training;

/// <summary>
/// Reads annotated news sets as tagger training text: folders laid out as `../shared/bench/gum-dev` (`articles/NAME.txt`:
/// headline, date, blank line, body; `gold/NAME.json`: entities with their `surfaces`), either one set or a folder of sets.
/// Gold that lists each entity's mentions with offsets (the silver sets of tests/eval/silver) is marked there; gold written
/// as entity lists has no offsets, so every occurrence of a surface in the article is taken as a mention of its entity, the
/// longest surface first.
/// </summary>
public static class NewsSets
{
    /// <summary>
    /// Every article of the set(s) in <paramref name="folder"/>, headline and body, with its names marked. A gold file that
    /// cannot be read throws <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static List<AnnotatedText> Read(string folder, float weight)
    {
        var goldFolders = Directory.Exists(Path.Combine(folder, "gold"))
            ? [Path.Combine(folder, "gold")]
            : Directory.EnumerateDirectories(folder).Select(set => Path.Combine(set, "gold")).Where(Directory.Exists).Order(StringComparer.Ordinal).ToList();
        var texts = new List<AnnotatedText>();
        foreach (var goldFolder in goldFolders)
        {
            foreach (var gold in Directory.EnumerateFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
            {
                var article = Path.Combine(Path.GetDirectoryName(goldFolder)!, "articles", Path.GetFileNameWithoutExtension(gold) + ".txt");
                if (!File.Exists(article)) continue;
                var written = File.ReadAllText(article);
                var text = WithoutDateLine(written);
                try
                {
                    using var json = JsonDocument.Parse(File.ReadAllText(gold));
                    var names = MentionsAt(json.RootElement, written, text) ?? Mark(text, Surfaces(json.RootElement));
                    texts.Add(new AnnotatedText(text, names) { Weight = weight });
                }
                catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException)
                {
                    throw new InvalidDataException($"{gold}: not a gold file of entities with surfaces ({error.Message})", error);
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// The names of <paramref name="text"/>: each occurrence of a surface between word boundaries, longest first, none
    /// overlapping. An occurrence followed by another capitalised word is left out: it sits inside a longer name the gold
    /// does not count ("Africa" in "Africa Cup of Nations"), which the corpora would not tag either.
    /// </summary>
    public static List<AnnotatedName> Mark(string text, IReadOnlyList<(string Surface, EntityType Type)> surfaces)
    {
        var names = new List<AnnotatedName>();
        var firstWords = surfaces.Select(surface => surface.Surface.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var (surface, type) in surfaces.OrderByDescending(surface => surface.Surface.Length))
        {
            for (var start = text.IndexOf(surface, StringComparison.Ordinal); start >= 0; start = text.IndexOf(surface, start + 1, StringComparison.Ordinal))
            {
                var end = start + surface.Length;
                if (IsWordCharacter(text, start - 1) || IsWordCharacter(text, end)) continue;
                if (names.Any(name => name.Start < end && start < name.End)) continue;
                if (CapitalisedWordAfter(text, end) is { } next && !firstWords.Contains(next)) continue;
                names.Add(new AnnotatedName(start, end, type));
            }
        }

        return names;
    }

    /// <summary>
    /// The names of a gold file whose entities all list their mentions with offsets into the article as written (the
    /// silver sets of tests/eval/silver, gum-dev), moved to <paramref name="text"/>, the article without its date line;
    /// null when any entity has none, so its surfaces are matched instead. A mention whose text is not at its offsets is
    /// left out, and of overlapping ones the longest is kept, as the corpora mark names.
    /// </summary>
    private static List<AnnotatedName>? MentionsAt(JsonElement gold, string written, string text)
    {
        var entities = gold.GetProperty("entities").EnumerateArray().ToList();
        if (entities.Count == 0 || entities.Exists(entity => !entity.TryGetProperty("mentions", out var listed) || listed.ValueKind != JsonValueKind.Array))
        {
            return null;
        }

        // The headline keeps its offsets; the body moves back by what the date line took.
        var headlineEnd = written.IndexOf('\n', StringComparison.Ordinal);
        var bodyShift = DateLineLength(written);
        var names = new List<AnnotatedName>();
        foreach (var (type, mention) in GoldEntities.TaggedMentions(gold))
        {
            var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
            if (headlineEnd >= 0 && start > headlineEnd) (start, end) = (start - bodyShift, end - bodyShift);
            if (start >= 0 && end <= text.Length && start < end && text[start..end] == mention.GetProperty("text").GetString())
            {
                names.Add(new AnnotatedName(start, end, type));
            }
        }

        return GoldEntities.Flattened(names); // "Toronto Star", not the "Toronto" inside it
    }

    /// <summary>How far <see cref="WithoutDateLine"/> moved the body back: the date line and the blank lines after it, less the one blank line it keeps.</summary>
    private static int DateLineLength(string written)
    {
        var lines = written.Split('\n');
        if (lines.Length < 3) return 0;
        var removed = lines[1].Length + 1;
        for (var index = 2; index < lines.Length - 1 && lines[index].Length == 0; index++) removed++;
        return removed - 1;
    }

    /// <summary>
    /// The gold's surfaces as the corpora mark names: without a leading "the" or a possessive, only the variant groups' forms
    /// when there are groups (a party's adjective listed outside them, "Conservative leader", is no name), and no groups of
    /// people ("Muslims") or names counted only inside another.
    /// </summary>
    private static List<(string Surface, EntityType Type)> Surfaces(JsonElement gold)
    {
        var surfaces = new List<(string, EntityType)>();
        foreach (var entity in gold.GetProperty("entities").EnumerateArray())
        {
            if (!GoldEntities.IsTaggedName(entity, out var type)) continue;
            var forms = entity.TryGetProperty("variant_groups", out var groups) && groups.GetArrayLength() > 0
                ? groups.EnumerateArray().SelectMany(group => group.EnumerateArray())
                : entity.GetProperty("surfaces").EnumerateArray();
            foreach (var form in forms.Select(form => Core(form.GetString() ?? "")).Where(form => form.Any(char.IsUpper)).Distinct())
            {
                surfaces.Add((form, type));
            }
        }

        return surfaces;
    }

    private static string Core(string surface)
    {
        surface = surface.Trim();
        if (surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) surface = surface[4..];
        foreach (var possessive in (string[])["'s", "’s", "'", "’"])
        {
            if (surface.EndsWith(possessive, StringComparison.Ordinal)) return surface[..^possessive.Length];
        }

        return surface;
    }

    /// <summary>The headline, a blank line and the body: the date line is no sentence.</summary>
    private static string WithoutDateLine(string text)
    {
        var lines = text.Split('\n');
        return lines.Length < 3 ? text : lines[0] + "\n\n" + string.Join('\n', lines.Skip(2)).TrimStart('\n');
    }

    private static string? CapitalisedWordAfter(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]) || !char.IsLower(text[end + 2])) return null;
        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return text[(end + 1)..wordEnd];
    }

    private static bool IsWordCharacter(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
