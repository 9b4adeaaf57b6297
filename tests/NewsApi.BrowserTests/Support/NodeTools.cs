using System.Diagnostics;
using System.Text;

namespace NewsApi.BrowserTests.Support;

/// <summary>
/// The npm command-line tools the contract tests run (tests/tools/package.json: @redocly/cli and httpyac, pinned with a
/// lock file), installed with `npm ci` into artifacts/node-tools the first time a test asks, and again whenever the
/// lock file changes. Needs node and npm on PATH and the npm registry, nothing else.
/// </summary>
public static class NodeTools
{
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Runs a tool's command-line script (path under node_modules) with node; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string script, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var tools = await Installed.Value;
        // Standard output goes to a file: node exits without flushing a pipe, and a large JSON report came back cut short.
        var outputFile = Path.GetTempFileName();
        try
        {
            var (exitCode, _, errors) = await RunProcessAsync(
                "sh", ["-c", "exec node \"$@\" > \"$NODE_TOOL_OUTPUT\"", "sh", Path.Combine(tools, "node_modules", script), .. arguments],
                workingDirectory, new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["NODE_TOOL_OUTPUT"] = outputFile });
            return (exitCode, await File.ReadAllTextAsync(outputFile), errors);
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    private static async Task<string> InstallAsync()
    {
        var source = Path.Combine(RepositoryRoot, "tests", "tools");
        var target = Path.Combine(RepositoryRoot, "artifacts", "node-tools");
        Directory.CreateDirectory(target);
        var lockFile = await File.ReadAllTextAsync(Path.Combine(source, "package-lock.json"));
        var installedLock = Path.Combine(target, "node_modules", ".installed-lock.json");
        if (File.Exists(installedLock) && await File.ReadAllTextAsync(installedLock) == lockFile)
        {
            return target;
        }

        File.Copy(Path.Combine(source, "package.json"), Path.Combine(target, "package.json"), overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(target, "package-lock.json"), lockFile);
        var (exitCode, output, errors) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], target);
        Assert.True(exitCode == 0, $"npm ci in {target} failed ({exitCode}):\n{output}\n{errors}");
        await File.WriteAllTextAsync(installedLock, lockFile);
        return target;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunProcessAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No update checks or usage reports: the tests run offline from anything but the registry.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsApi.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsApi.sln above {AppContext.BaseDirectory}.");
    }
}
