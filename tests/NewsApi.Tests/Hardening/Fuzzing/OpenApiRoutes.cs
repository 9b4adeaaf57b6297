using System.Text.Json;

namespace NewsApi.Tests.Hardening.Fuzzing;

/// <summary>A parameter as the API's OpenAPI document declares it.</summary>
public sealed record RouteParameter(string Name, bool InPath, string Type, string? Format, IReadOnlyList<string> Enum);

/// <summary>A GET route and its parameters, read from the OpenAPI document, so a new route is fuzzed without editing the fuzzer.</summary>
public sealed record FuzzRoute(string Template, IReadOnlyList<RouteParameter> Parameters)
{
    public static IReadOnlyList<FuzzRoute> ReadAll(JsonElement openApiDocument) =>
        openApiDocument.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty("get", out _))
            .Select(path => new FuzzRoute(path.Name, ReadParameters(path.Value.GetProperty("get"))))
            .ToList();

    private static List<RouteParameter> ReadParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(ReadParameter).ToList()
            : [];

    private static RouteParameter ReadParameter(JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        string? Text(string name) => schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var value) ? value.ToString() : null;
        var values = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var e)
            ? e.EnumerateArray().Select(value => value.ToString()).ToList()
            : [];
        return new RouteParameter(
            parameter.GetProperty("name").GetString()!,
            parameter.GetProperty("in").GetString() == "path",
            Text("type") ?? "string",
            Text("format"),
            values);
    }
}
