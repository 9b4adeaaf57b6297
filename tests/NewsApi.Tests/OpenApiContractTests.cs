using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Tests.Support;
using Swashbuckle.AspNetCore.Swagger;

namespace NewsApi.Tests;

/// <summary>What the OpenAPI document promises other services, checked against the served document and real responses.</summary>
public sealed class OpenApiContractTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private async Task<JsonElement> DocumentAsync() =>
        await (await api.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadOkAsync<JsonElement>();

    private static IEnumerable<(string Path, JsonElement Get)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().Select(path => (path.Name, path.Value.GetProperty("get")));

    [Fact]
    public async Task Every_operation_documents_the_pipelines_responses_and_is_public()
    {
        var document = await DocumentAsync();

        foreach (var (path, get) in Operations(document))
        {
            var responses = get.GetProperty("responses");
            foreach (var status in new[] { "200", "414", "429", "431" })
            {
                Assert.True(responses.TryGetProperty(status, out _), $"{path} {status}");
            }

            var readsDatabase = path != "/health/live";
            var cached = !path.StartsWith("/health", StringComparison.Ordinal);
            Assert.Equal(readsDatabase, responses.TryGetProperty("503", out _));
            Assert.Equal(cached, responses.TryGetProperty("304", out _));
            Assert.Equal(0, get.GetProperty("security").GetArrayLength());
        }

        var components = document.GetProperty("components");
        Assert.Equal(
            ["RateLimit", "RateLimit-Policy", "Retry-After"],
            components.GetProperty("responses").GetProperty("TooManyRequests").GetProperty("headers").EnumerateObject().Select(h => h.Name).Order());
        Assert.True(components.GetProperty("responses").GetProperty("ServiceUnavailable").GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(components.GetProperty("responses").GetProperty("NotModified").GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.Equal(7, document.GetProperty("tags").EnumerateArray().Count(tag => tag.TryGetProperty("description", out _)));
        Assert.StartsWith("http://localhost", document.GetProperty("servers")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_document_their_Link_header_and_parameters_their_bounds_and_values()
    {
        var document = await DocumentAsync();
        var articles = document.GetProperty("paths").GetProperty("/articles").GetProperty("get");
        var parameters = articles.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.True(articles.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _));
        Assert.Equal(200, parameters["q"].GetProperty("maxLength").GetInt32());
        Assert.Equal("1", parameters["limit"].GetProperty("minimum").ToString());
        Assert.Equal("100", parameters["limit"].GetProperty("maximum").ToString());
        Assert.Equal(["relevance", "newest", "oldest"], parameters["sort"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["json", "csv", "ndjson"], parameters["format"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(
            ["person", "organisation", "place", "section", "published"],
            parameters["facets"].GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var lookupQ = document.GetProperty("paths").GetProperty("/entities").GetProperty("get").GetProperty("parameters")[0];
        Assert.Equal(100, lookupQ.GetProperty("schema").GetProperty("maxLength").GetInt32());
        Assert.True(lookupQ.GetProperty("required").GetBoolean());
    }

    [Fact]
    public void The_contract_check_flags_a_status_or_header_the_document_does_not_list_and_passes_documented_ones()
    {
        var document = api.Services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1");
        IReadOnlyList<string> Check(string method, string path, int status, params string[] headers) =>
            ResponseContract.Undocumented(document, new SeenResponse(method, path, status, headers));

        Assert.Empty(Check("GET", "/people/syed-asim-munir", 200, "ETag", "Cache-Control"));
        Assert.Empty(Check("HEAD", "/people/nobody", 404));
        Assert.Empty(Check("GET", "/articles", 429, "Retry-After", "RateLimit", "RateLimit-Policy"));
        Assert.Empty(Check("GET", "/stories", 200, "ETag", "Cache-Control", "Link"));
        Assert.Empty(Check("POST", "/articles", 405));     // no POST operation: the router's 405
        Assert.Empty(Check("GET", "/no-such-route", 404)); // no such path: the router's 404

        Assert.Equal(["GET /health/live answered 503 (GET /health/live), which the OpenAPI document does not list"], Check("GET", "/health/live", 503));
        Assert.Equal(["GET /people/{id} sent Link with its 200, which the OpenAPI document does not list"], Check("GET", "/people/munir", 200, "Link"));
        Assert.Equal(["GET /health answered 304 (HEAD /health), which the OpenAPI document does not list"], Check("HEAD", "/health", 304));
    }
}
