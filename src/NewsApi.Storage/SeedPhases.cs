using System.Diagnostics;

namespace NewsApi.Storage;

/// <summary>One phase of a seed: its wall time and the CPU time the whole process spent meanwhile (all threads).</summary>
public sealed record SeedPhase(string Name, TimeSpan Wall, TimeSpan Cpu);

/// <summary>
/// Times the phases of a seed, so a slow one can be found without a profiler. CPU time is reported beside wall time
/// because on a shared machine it is the steadier of the two.
/// </summary>
public sealed class SeedPhases
{
    private readonly List<SeedPhase> _phases = [];

    public IReadOnlyList<SeedPhase> All => _phases;

    public async Task TimeAsync(string name, Func<Task> phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var (wall, cpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
        await phase();
        Add(name, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>Records a phase; phases run side by side may record theirs from several threads.</summary>
    public void Add(string name, TimeSpan wall, TimeSpan cpu)
    {
        lock (_phases)
        {
            _phases.Add(new SeedPhase(name, wall, cpu));
        }
    }
}
