using System.Globalization;
using NewsApi.Ingestion;
using Spectre.Console;

namespace NewsApi.Seeder.Seed;

/// <summary>The end-of-run tables: documents by outcome, entities by type, and each failed file with its reason.</summary>
internal static class SeedSummaryView
{
    public static void Write(SeedSummary summary)
    {
        var documents = new Table().AddColumn("Documents").AddColumn(new TableColumn("Count").RightAligned());
        AddRow(documents, "files", summary.Files);
        AddRow(documents, "read", summary.Read);
        AddRow(documents, "added", summary.Added);
        AddRow(documents, "unchanged", summary.Unchanged);
        AddRow(documents, "replaced", summary.Replaced);
        AddRow(documents, "pruned", summary.Pruned);
        AddRow(documents, summary.Failed.Count == 0 ? "failed" : "[red]failed[/]", summary.Failed.Count);

        var entities = new Table().AddColumn("Entities").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (type, count) in summary.Entities)
        {
            AddRow(entities, type, count);
        }

        AddRow(documents, "skipped files", summary.Skipped.Count);
        AddRow(documents, "warnings", summary.Warnings.Count);
        var phases = new Table().AddColumn("Phase").AddColumn(new TableColumn("Wall s").RightAligned()).AddColumn(new TableColumn("CPU s").RightAligned());
        foreach (var phase in summary.Phases)
        {
            phases.AddRow(new Text(phase.Name), new Text(Seconds(phase.Wall)), new Text(phase.Cpu > TimeSpan.Zero ? Seconds(phase.Cpu) : ""));
        }

        AnsiConsole.Write(new Columns(documents, entities).Collapse());
        if (phases.Rows.Count > 0)
        {
            AnsiConsole.Write(phases);
        }

        Write("Skipped", summary.Skipped.Select(skipped => (skipped.Path, skipped.Reason)));
        Write("Warning", summary.Warnings.Select(warning => (Where(warning.SourceFile, warning.Record), warning.Message)));
        Write("Failed file", summary.Failed.Select(failure => (Where(failure.SourceFile, failure.Record), failure.Reason)));
    }

    private static void Write(string heading, IEnumerable<(string Where, string Why)> rows)
    {
        var table = new Table().AddColumn(heading).AddColumn("Reason");
        foreach (var (where, why) in rows)
        {
            table.AddRow(new Text(TerminalText.Of(where)), new Text(TerminalText.Of(why)));
        }

        if (table.Rows.Count > 0)
        {
            AnsiConsole.Write(table);
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture);

    private static string Where(string sourceFile, string? record) => record is null ? sourceFile : $"{sourceFile} ({record})";

    private static void AddRow(Table table, string label, int count) =>
        table.AddRow(new Markup(label), new Text(count.ToString("N0", CultureInfo.InvariantCulture)));
}
