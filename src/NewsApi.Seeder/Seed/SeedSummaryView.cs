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
        AddRow(entities, "people", summary.Entities.People);
        AddRow(entities, "organisations", summary.Entities.Organisations);
        AddRow(entities, "places", summary.Entities.Places);

        AnsiConsole.Write(new Columns(documents, entities).Collapse());
        if (summary.Failed.Count == 0)
        {
            return;
        }

        var failures = new Table().AddColumn("Failed file").AddColumn("Reason");
        foreach (var failure in summary.Failed)
        {
            failures.AddRow(new Text(failure.Record is null ? failure.SourceFile : $"{failure.SourceFile} ({failure.Record})"), new Text(failure.Reason));
        }

        AnsiConsole.Write(failures);
    }

    private static void AddRow(Table table, string label, int count) =>
        table.AddRow(new Markup(label), new Text(count.ToString("N0", CultureInfo.InvariantCulture)));
}
