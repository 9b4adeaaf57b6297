namespace NewsApi.Tests.Support;

/// <summary>A test that runs only when the environment variable is set (long benchmarks); otherwise reported as skipped.</summary>
public sealed class OptInFactAttribute : FactAttribute
{
    public OptInFactAttribute(string variable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"opt-in: set {variable} to run it";
        }
    }
}
