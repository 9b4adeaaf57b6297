using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsApi.Extraction.Entities;
using NewsApi.Tests.Support;

namespace NewsApi.Tests;

public sealed class ApiSurfaceTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private static readonly string[] Routes =
    [
        "/articles", "/articles/{id}", "/articles/{id}/entities", "/articles/{id}/related",
        "/stories", "/stories/{id}",
        .. EntityTypes.All.SelectMany(type => (string[])[$"/{type.Route}", $"/{type.Route}/{{id}}", $"/{type.Route}/{{id}}/articles", $"/{type.Route}/{{id}}/timeline"]),
        "/entities", "/entities/{id}/related", "/health", "/health/live",
    ];

    [Fact]
    public async Task The_root_redirects_to_Swagger_UI()
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/swagger", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_route_with_a_summary_and_an_example()
    {
        var document = await (await api.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadOkAsync<JsonElement>();

        var paths = document.GetProperty("paths");
        Assert.Equal(Routes.Order(), paths.EnumerateObject().Select(path => path.Name).Order());
        foreach (var path in paths.EnumerateObject())
        {
            var get = path.Value.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), path.Name);
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()), path.Name);
            Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
                .TryGetProperty("example", out _), path.Name);
        }
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var response = await api.CreateClient().GetAsync("/no-such-route");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_write_method_is_a_405_problem_because_the_api_is_read_only()
    {
        using var response = await api.CreateClient().PostAsync("/articles", content: null);

        await response.ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
