using System.Globalization;
using NewsApi.Ingestion;
using Spectre.Console;

namespace NewsApi.Seeder.Seed;

/// <summary>A progress bar on a terminal; one plain line per document when the output is redirected (logs, CI).</summary>
internal static class SeedProgressView
{
    public static async Task<SeedSummary> ShowWhileAsync(Func<IProgress<SeedProgress>, Task<SeedSummary>> seed)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await seed(new PlainLines());
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Seeding", maxValue: 1);
                var summary = await seed(new Bar(task));
                task.Description = "Seeded";
                task.Value = task.MaxValue;
                return summary;
            });
    }

    private sealed class Bar(ProgressTask task) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            task.MaxValue = value.Total;
            task.Value = value.Done;
            task.Description = Markup.Escape(TerminalText.Of(value.SourceFile));
        }
    }

    private sealed class PlainLines : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) =>
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"[{value.Done}/{value.Total}] {value.Outcome.ToString().ToLowerInvariant(),-9} {TerminalText.Of(value.SourceFile)}"));
    }
}
