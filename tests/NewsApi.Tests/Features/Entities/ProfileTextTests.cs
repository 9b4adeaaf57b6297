using NewsApi.Tests.Features.Stories;

namespace NewsApi.Tests.Features.Entities;

/// <summary>
/// A profile is written by its own reader and source-generated JSON (decision 38): its text must stay what every other
/// answer writes, names with accents as they are ("Băsescu", not "B\u0103sescu"), so curl and logs show them readably.
/// </summary>
public sealed class ProfileTextTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>, IAsyncLifetime
{
    private readonly HttpClient _client = api.CreateClient();

    public Task InitializeAsync() => api.AddArticleAndReseedAsync("903_bucharest.txt", """
        World

        Romania's president meets EU chief in Bucharest

        BUCHAREST: Romanian President Traian Băsescu met European Commission President José Manuel Barroso in Bucharest on Monday to discuss the country's entry into the European Union.

        Băsescu said Romania was ready. Barroso praised the reforms of the government in Bucharest.
        """);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_profile_writes_names_with_accents_as_the_lists_write_them()
    {
        var list = await (await _client.GetAsync("/people?q=sescu")).Content.ReadAsStringAsync();
        var profile = await _client.GetAsync("/people/traian-basescu");

        var text = await profile.Content.ReadAsStringAsync();
        Assert.Contains("\"name\":\"Traian Băsescu\"", list, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Traian Băsescu\"", text, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"José Manuel Barroso\"", text, StringComparison.Ordinal); // a co-mentioned person
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Equal("application/json; charset=utf-8", profile.Content.Headers.ContentType?.ToString());
    }
}
