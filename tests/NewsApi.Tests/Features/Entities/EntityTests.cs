using System.Net;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

public sealed class EntityTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    // What a careful reader finds in the two seed documents (see ../shared/seeds/expected.json).
    private static readonly string[] SeedPeople =
    [
        "Attaullah Tarar", "Hasanov Zakir Asgar Oglu", "Ilham Aliyev", "Mohammad Ishaq Dar", "Shehbaz Sharif", "Syed Asim Munir", "Tariq Fatemi",
    ];

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task People_lists_the_seven_people_of_the_seed_articles()
    {
        var page = await (await _client.GetAsync("/people")).ReadOkAsync<PageOf<EntityItem>>();

        Assert.Equal(SeedPeople, page.Items.Select(p => p.Name).Order());
        Assert.All(page.Items, person => Assert.Equal("person", person.Type));
    }

    [Fact]
    public async Task Munir_has_his_name_variants_as_aliases_and_Chief_of_Army_Staff_as_a_role()
    {
        var munir = await GetMunirAsync();

        Assert.Equal("Syed Asim Munir", munir.Name);
        Assert.Contains("Syed Asim Munir", munir.Aliases);
        Assert.Contains("Field Marshal Munir", munir.Aliases);
        Assert.Contains("Munir", munir.Aliases);
        Assert.Contains(munir.Roles, role => role.Name == "Chief of Army Staff");
        Assert.Equal(2, munir.ArticleCount);
        Assert.Equal("2025-05-28", munir.LastSeen);
    }

    [Fact]
    public async Task A_person_links_to_the_articles_that_mention_them()
    {
        var munir = await GetMunirAsync();

        var articles = await (await _client.GetAsync(munir.Articles)).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Equal(2, articles.Items.Count);
    }

    [Fact]
    public async Task A_name_search_ranks_names_that_start_with_the_text_first_and_says_which_alias_matched()
    {
        var page = await (await _client.GetAsync("/people?q=mun")).ReadOkAsync<PageOf<EntityItem>>();

        var first = page.Items[0];
        Assert.Equal("Syed Asim Munir", first.Name);
        Assert.StartsWith("Mun", first.MatchedAlias, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_lookup_finds_an_organisation_by_its_acronym()
    {
        var matches = await (await _client.GetAsync("/entities?q=ISPR")).ReadOkAsync<PageOf<EntityItem>>();

        var ispr = Assert.Single(matches.Items);
        Assert.Equal(("organisation", "Inter-Services Public Relations", "ISPR"), (ispr.Type, ispr.Name, ispr.MatchedAlias));
    }

    [Fact]
    public async Task Following_next_links_through_places_returns_every_place_exactly_once()
    {
        var names = new List<string>();
        for (var url = "/places?limit=3"; url is not null;)
        {
            var page = await (await _client.GetAsync(url)).ReadOkAsync<PageOf<EntityItem>>();
            Assert.True(page.Items.Count <= 3);
            names.AddRange(page.Items.Select(p => p.Name));
            url = page.Next;
        }

        Assert.Equal(8, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("Lachin", names);
    }

    [Fact]
    public async Task A_person_id_under_places_is_not_found()
    {
        var munir = await GetMunirAsync();

        using var response = await _client.GetAsync($"/places/{munir.Id}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/people/no-such-person")]
    [InlineData("/organisations/no-such-organisation")]
    [InlineData("/places/no-such-place/articles")]
    public async Task An_unknown_entity_is_a_404_problem(string url)
    {
        using var response = await _client.GetAsync(url);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/entities", "q")]
    [InlineData("/people?limit=0", "limit")]
    [InlineData("/places?cursor=!!!", "cursor")]
    [InlineData("/people/syed-asim-munir/articles?sort=relevance", "sort")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_it(string url, string field)
    {
        using var response = await _client.GetAsync(url);

        Assert.NotEmpty(await response.ReadFieldErrorsAsync(field));
    }

    [Fact]
    public async Task A_cursor_of_the_people_list_is_rejected_by_the_places_list()
    {
        var people = await (await _client.GetAsync("/people?limit=1")).ReadOkAsync<PageOf<EntityItem>>();

        using var response = await _client.GetAsync(people.Next!.Replace("/people", "/places", StringComparison.Ordinal));

        Assert.NotEmpty(await response.ReadFieldErrorsAsync("cursor"));
    }

    private async Task<Entity> GetMunirAsync()
    {
        var matches = await (await _client.GetAsync("/people?q=Syed%20Asim%20Munir")).ReadOkAsync<PageOf<EntityItem>>();
        return await (await _client.GetAsync($"/people/{matches.Items[0].Id}")).ReadOkAsync<Entity>();
    }
}
