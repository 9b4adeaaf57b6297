using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsApi.Tests.Support;

public static class HttpAssertions
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts a 200 JSON response and reads its body.</summary>
    public static async Task<T> ReadOkAsync<T>(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<T>(Web))!;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and a traceId, and returns it.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Web);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        return problem;
    }

    /// <summary>Asserts a 400 validation problem that names the given query parameter, and returns its messages.</summary>
    public static async Task<string[]> ReadFieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for '{field}' in {problem}");
        return messages.EnumerateArray().Select(message => message.GetString()!).ToArray();
    }
}
