using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsApi.Tests.Support;

/// <summary>
/// The built API run as its own process (<c>dotnet NewsApi.dll</c> from the test's output folder) on a free loopback
/// port: for what only a real start shows, such as the exit code and message of a refused database, or serving as a
/// user who cannot write. Everything it prints is kept for the assertions.
/// </summary>
public sealed partial class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(string contentRoot, string? runAsUser, IEnumerable<string> arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(runAsUser is null ? dotnet : "setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        if (runAsUser is not null)
        {
            foreach (var argument in new[] { $"--reuid={runAsUser}", $"--regid={runAsUser}", "--clear-groups", dotnet })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"), "--contentRoot", contentRoot, "--urls", "http://127.0.0.1:0" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Received(line.Data);
        _process.ErrorDataReceived += (_, line) => Received(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The process's resident memory now (VmRSS), in MiB.</summary>
    public long ResidentMemoryMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Starts the API from the test's output folder (its appsettings.json) unless another content root is given.</summary>
    public static ApiProcess Start(IEnumerable<string> arguments, string? contentRoot = null, string? runAsUser = null) =>
        new(contentRoot ?? AppContext.BaseDirectory, runAsUser, arguments);

    /// <summary>The address Kestrel logs once it listens; fails with everything printed when the process exits first.</summary>
    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(timeout));
        return first == _listening.Task
            ? await _listening.Task
            : throw new InvalidOperationException($"The API did not start listening (exited: {_process.HasExited}). It printed:\n{Output}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(new Uri(listening.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
