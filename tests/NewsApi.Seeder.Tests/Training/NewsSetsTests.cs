using NewsApi.Extraction.Entities;
using NewsApi.Seeder.Training;

namespace NewsApi.Seeder.Tests.Training;

/// <summary>Annotated news sets (gold written as entity lists, with or without offsets) read as tagger training text, on sets written for the test.</summary>
public sealed class NewsSetsTests : IDisposable
{
    private const string Article = """
        Finland's Minister Meets the Reserve Bank of Australia
        2025-11-13

        HELSINKI (Reuters) - Elina Rantanen met the Reserve Bank of Australia (RBA) in Helsinki's port.
        Rantanen said Finland and Australia would talk again before the Africa Cup of Nations. Iranian and Conservative leaders stayed away.
        """;

    private const string Gold = """
        {"entities": [
          {"type": "person", "name": "Elina Rantanen", "surfaces": ["Elina Rantanen", "Rantanen"], "variant_groups": [["Elina Rantanen"], ["Rantanen"]]},
          {"type": "organization", "name": "Reserve Bank of Australia", "surfaces": ["the Reserve Bank of Australia", "RBA"], "variant_groups": [["the Reserve Bank of Australia"], ["RBA"]]},
          {"type": "place", "name": "Australia", "surfaces": ["Australia"]},
          {"type": "place", "name": "Africa", "surfaces": ["Africa"]},
          {"type": "place", "name": "Iran", "surfaces": ["Iran"]},
          {"type": "place", "name": "Finland", "surfaces": ["Finland", "Finland's"], "variant_groups": [["Finland", "Finland's"]]},
          {"type": "place", "name": "Helsinki", "surfaces": ["Helsinki", "HELSINKI", "Helsinki's"]},
          {"type": "organization", "name": "Conservative Party", "surfaces": ["Conservative Party", "Conservative"], "variant_groups": [["Conservative Party"]]},
          {"type": "person", "name": "Finns", "surfaces": ["Finns"], "plural_group": true}
        ]}
        """;

    private readonly string _sets = Directory.CreateTempSubdirectory("news-sets-").FullName;

    public NewsSetsTests()
    {
        var set = Path.Combine(_sets, "nordic");
        Directory.CreateDirectory(Path.Combine(set, "articles"));
        Directory.CreateDirectory(Path.Combine(set, "gold"));
        File.WriteAllText(Path.Combine(set, "articles", "finland-1.txt"), Article);
        File.WriteAllText(Path.Combine(set, "gold", "finland-1.json"), Gold);
        File.WriteAllText(Path.Combine(set, "gold", "no-article.json"), Gold);
    }

    [Fact]
    public void Every_occurrence_of_a_surface_is_a_name_the_longest_first_without_its_the_or_possessive()
    {
        var text = Assert.Single(NewsSets.Read(_sets, weight: 0.5f));
        var names = text.Names.OrderBy(name => name.Start).Select(name => (text.Text[name.Start..name.End], name.Type)).ToList();

        Assert.Equal(
            [
                ("Finland", EntityType.Place), ("Reserve Bank of Australia", EntityType.Organisation),
                ("HELSINKI", EntityType.Place), ("Elina Rantanen", EntityType.Person), ("Reserve Bank of Australia", EntityType.Organisation),
                ("RBA", EntityType.Organisation), ("Helsinki", EntityType.Place), ("Rantanen", EntityType.Person),
                ("Finland", EntityType.Place), ("Australia", EntityType.Place),
            ],
            names);
        Assert.Equal(0.5f, text.Weight);
    }

    [Fact]
    public void The_date_line_is_left_out_and_the_headline_kept()
    {
        var text = Assert.Single(NewsSets.Read(Path.Combine(_sets, "nordic"), weight: 1f));

        Assert.StartsWith("Finland's Minister Meets", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-11-13", text.Text, StringComparison.Ordinal);
        Assert.Equal(0, text.From);
    }

    [Fact]
    public void Mentions_with_offsets_into_the_article_as_written_are_the_names_the_longest_of_overlapping_ones_and_nothing_else_is()
    {
        // A silver set's shape (tests/eval/silver): each mention at its offsets in the .txt, date line included; a name
        // nested in a longer one (the pipeline's "Australia" in "Reserve Bank of Australia") gives way to it.
        var headlineBank = Article.IndexOf("Reserve Bank of Australia", StringComparison.Ordinal);
        var person = Article.IndexOf("Elina Rantanen", StringComparison.Ordinal);
        var port = Article.IndexOf("Helsinki's", StringComparison.Ordinal);
        var set = Path.Combine(_sets, "silver");
        Directory.CreateDirectory(Path.Combine(set, "articles"));
        Directory.CreateDirectory(Path.Combine(set, "gold"));
        File.WriteAllText(Path.Combine(set, "articles", "finland-1.txt"), Article);
        File.WriteAllText(Path.Combine(set, "gold", "finland-1.json"), $$"""
            {"entities": [
              {"type": "place", "surfaces": ["Australia"], "mentions": [{"start": {{headlineBank + 16}}, "end": {{headlineBank + 25}}, "text": "Australia"}]},
              {"type": "organization", "surfaces": ["Reserve Bank of Australia"], "mentions": [{"start": {{headlineBank}}, "end": {{headlineBank + 25}}, "text": "Reserve Bank of Australia"}]},
              {"type": "person", "surfaces": ["Elina Rantanen"], "mentions": [{"start": {{person}}, "end": {{person + 14}}, "text": "Elina Rantanen"}]},
              {"type": "place", "surfaces": ["Oslo"], "mentions": [{"start": {{port}}, "end": {{port + 4}}, "text": "Oslo"}]}
            ]}
            """);

        var text = Assert.Single(NewsSets.Read(set, weight: 1f));
        var names = text.Names.OrderBy(name => name.Start).Select(name => (text.Text[name.Start..name.End], name.Type)).ToList();

        Assert.Equal([("Reserve Bank of Australia", EntityType.Organisation), ("Elina Rantanen", EntityType.Person)], names);
        Assert.DoesNotContain("2025-11-13", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_gold_file_is_named()
    {
        File.WriteAllText(Path.Combine(_sets, "nordic", "gold", "finland-1.json"), "{\"entities\": [{\"type\": \"place\"}]}");

        var error = Assert.Throws<InvalidDataException>(() => NewsSets.Read(_sets, weight: 1f));

        Assert.Contains("finland-1.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_sets, recursive: true);
}
