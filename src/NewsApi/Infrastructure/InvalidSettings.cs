using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>The one-line reason a setting stops the API from starting: out of its range, or not of its type.</summary>
public static class InvalidSettings
{
    /// <summary>The message for a settings error, or null when <paramref name="exception"/> is something else.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => "Invalid setting: " + string.Join(" ", invalid.Failures),
        // Thrown by the configuration binder: "Failed to convert configuration value 'abc' at 'NewsDatabase:MemoryMapMiB' to type 'System.Int32'."
        InvalidOperationException { Message: var message } when message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            "Invalid setting: " + message,
        _ => null,
    };
}
