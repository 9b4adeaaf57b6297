using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Seeds;

/// <summary>What a careful reader finds in the two seed documents, found by the whole pipeline.</summary>
public sealed class SeedExtractionTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static readonly DocumentExtraction Meeting =
        Pipeline.Process(SeedDocuments.MunirMeetsHasanov, SeedDocuments.Read(SeedDocuments.MunirMeetsHasanov));

    private static readonly DocumentExtraction Lachin =
        Pipeline.Process(SeedDocuments.MunirInLachin, SeedDocuments.Read(SeedDocuments.MunirInLachin));

    private static readonly string[] People =
    [
        "Syed Asim Munir", "Hasanov Zakir Asgar Oglu", "Shehbaz Sharif", "Mohammad Ishaq Dar", "Attaullah Tarar",
        "Tariq Fatemi", "Ilham Aliyev",
    ];

    public static TheoryData<string> Documents => [SeedDocuments.MunirMeetsHasanov, SeedDocuments.MunirInLachin];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_seed_names_the_seven_people_of_the_story_and_no_one_else(string document)
    {
        Assert.Equal(People.Order(), NamesOf(Extraction(document), EntityType.Person));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_only_organisation_is_the_military_press_office_under_its_full_name(string document)
    {
        var organisation = Assert.Single(Extraction(document).Entities, entity => entity.Type == EntityType.Organisation);

        Assert.Equal("Inter-Services Public Relations", organisation.Name);
        Assert.Contains("ISPR", organisation.Aliases);
    }

    [Fact]
    public void First_seed_finds_its_dateline_capital_and_the_places_of_the_talks()
    {
        Assert.Equal(["Azerbaijan", "India", "Islamabad", "Lachin", "Pakistan", "Turkiye"], NamesOf(Meeting, EntityType.Place));
    }

    [Fact]
    public void Second_seed_also_finds_new_delhi_and_its_own_dateline()
    {
        Assert.Equal(["Azerbaijan", "India", "Lachin", "New Delhi", "Pakistan", "Rawalpindi", "Turkiye"], NamesOf(Lachin, EntityType.Place));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_way_of_naming_the_army_chief_is_one_person_with_titles_kept_out_of_the_name(string document)
    {
        var munir = Person(Extraction(document), "Syed Asim Munir");

        Assert.Subset(Keys(munir), Keys("Field Marshal Syed Asim Munir", "Field Marshal Munir", "Munir"));
        Assert.Equal(["Chief of Army Staff", "Field Marshal"], munir.Roles.Order());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_prime_minister_is_one_person_whether_called_pm_shehbaz_or_by_his_full_name(string document)
    {
        var shehbaz = Person(Extraction(document), "Shehbaz Sharif");

        Assert.Subset(Keys(shehbaz), Keys("Prime Minister Shehbaz Sharif", "PM Shehbaz", "Shehbaz"));
        Assert.Equal(["Prime Minister"], shehbaz.Roles);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Chained_titles_become_separate_roles(string document)
    {
        var extraction = Extraction(document);

        Assert.Equal(["Deputy Prime Minister", "Foreign Minister", "Senator"], Person(extraction, "Mohammad Ishaq Dar").Roles);
        Assert.Equal(["Federal Minister for Information and Broadcasting"], Person(extraction, "Attaullah Tarar").Roles);
        Assert.Equal(["Special Assistant to the Prime Minister"], Person(extraction, "Tariq Fatemi").Roles);
        Assert.Equal(["President"], Person(extraction, "Ilham Aliyev").Roles);
        Assert.Equal(["Colonel General", "Minister of Defence"], Person(extraction, "Hasanov Zakir Asgar Oglu").Roles.Order());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Mention_offsets_point_back_into_the_text_of_their_field(string document)
    {
        var extraction = Extraction(document);

        foreach (var mention in extraction.Entities.SelectMany(entity => entity.Mentions))
        {
            var text = mention.Field switch
            {
                TextField.Headline => extraction.Document.Headline,
                TextField.Caption => extraction.Document.Caption!,
                _ => extraction.Document.Body,
            };
            Assert.Equal(mention.Text, text[mention.Start..mention.End]);
            Assert.Contains(mention.Text, mention.Sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_headline_mentions_the_army_chief_by_his_short_name()
    {
        var headline = Person(Meeting, "Syed Asim Munir").Mentions.Single(mention => mention.Field == TextField.Headline);

        Assert.Equal("Munir", headline.Text);
    }

    private static DocumentExtraction Extraction(string document) => document == SeedDocuments.MunirMeetsHasanov ? Meeting : Lachin;

    private static List<string> NamesOf(DocumentExtraction extraction, EntityType type) =>
        extraction.Entities.Where(entity => entity.Type == type).Select(entity => entity.Name).Order().ToList();

    private static ExtractedEntity Person(DocumentExtraction extraction, string name) =>
        Assert.Single(extraction.Entities, entity => entity.Type == EntityType.Person && entity.Name == name);

    private static HashSet<string> Keys(ExtractedEntity entity) => Keys([entity.Name, .. entity.Aliases]);

    private static HashSet<string> Keys(params string[] names) => names.Select(name => name.ToUpperInvariant()).ToHashSet();
}
