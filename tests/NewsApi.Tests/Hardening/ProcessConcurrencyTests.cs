using System.Net;
using System.Text.Json;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>
/// The API as its own process, where SQLite runs in multi-thread mode (<c>SqliteProcessSettings</c>: no mutex per
/// connection, so no two threads may ever use one connection at once), under sixteen clients at once with the response
/// cache off: every answer is the one the same request gets alone. A connection shared between two requests would show
/// here as a wrong or failed answer, or a crashed process. (In the test process SQLite has initialised before the
/// in-process API starts, so only a process of its own runs the API's setting.)
/// </summary>
[Collection(SharedArchive.Name)]
public sealed class ProcessConcurrencyTests(ArchiveNewsApi archive)
{
    private const int Clients = 16;

    [Fact]
    public async Task Sixteen_clients_at_once_get_exactly_the_answers_each_request_gets_alone()
    {
        using var api = ApiProcess.Start(["--NewsDatabase:Path", archive.DatabasePath, "--ResponseCache:Enabled", "false",
            "--RateLimiting:Enabled", "false", "--DatabaseWork:ExpensiveQueueLimit", "64"]);
        using var client = new HttpClient { BaseAddress = await api.WaitUntilListeningAsync(TimeSpan.FromSeconds(60)) };
        var urls = await RequestsAsync(client);
        var alone = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            alone[url] = await GetAsync(client, url);
        }

        // Each client walks every request twice, starting at its own place in the list, all released at once.
        using var start = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, Clients).Select(async c =>
        {
            await start.WaitAsync();
            var answers = new List<(string Url, string Body)>();
            for (var i = 0; i < 2 * urls.Count; i++)
            {
                var url = urls[(c * 7 + i) % urls.Count];
                answers.Add((url, await GetAsync(client, url)));
            }

            return answers;
        }).ToList();
        start.Release(Clients);
        var together = (await Task.WhenAll(clients)).SelectMany(answers => answers).ToList();

        Assert.Equal(Clients * 2 * urls.Count, together.Count);
        Assert.All(together, answer => Assert.True(alone[answer.Url] == answer.Body, $"{answer.Url} answered differently under load"));
        Assert.DoesNotContain("Unhandled exception", api.Output, StringComparison.Ordinal);
    }

    /// <summary>What clients ask most: profiles, lists, searches, pages, timelines and an export, of the most-mentioned people.</summary>
    private static async Task<List<string>> RequestsAsync(HttpClient client)
    {
        using var people = JsonDocument.Parse(await GetAsync(client, "/people?limit=12"));
        var ids = people.RootElement.GetProperty("items").EnumerateArray().Select(person => person.GetProperty("id").GetString()!).ToList();
        Assert.True(ids.Count >= 5, $"{ids.Count} people");
        var surnames = people.RootElement.GetProperty("items").EnumerateArray()
            .Select(person => person.GetProperty("name").GetString()!.Split(' ')[^1].ToLowerInvariant()).Distinct().ToList();
        return
        [
            .. ids.Select(id => $"/people/{id}"),
            .. ids.Select(id => $"/articles?person={id}&limit=20"),
            .. ids.Take(4).Select(id => $"/people/{id}/timeline"),
            .. surnames.Select(surname => $"/articles?q={surname}"),
            .. surnames.Take(4).Select(surname => $"/entities?q={surname[..Math.Min(4, surname.Length)]}"),
            "/articles?q=government%20minister", "/articles?limit=100", "/organisations?limit=50", "/people?format=csv",
        ];
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }
}
