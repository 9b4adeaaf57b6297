using System.Diagnostics;

namespace NewsApi.Seeder.Tests.Faults;

/// <summary>The built seeder run as its own process (<c>dotnet NewsApi.Seeder.dll seed ...</c>), so it can be killed like a real one.</summary>
public sealed class SeederProcess : IDisposable
{
    private readonly Process _process;

    private SeederProcess(string documentsPath, string databasePath)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "NewsApi.Seeder.dll"), "seed", "--input", documentsPath, "--db", databasePath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start)!;
        // Drained so a full pipe never blocks the seeder; its progress output is not needed here.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public static SeederProcess Start(string documentsPath, string databasePath) => new(documentsPath, databasePath);

    /// <summary>SIGKILL: no cancellation token, no finally blocks, no flush; whatever is on disk is what is left.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
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
            Kill();
        }

        _process.Dispose();
    }
}
