using System.CommandLine;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Finding;
using NewsApi.Storage;

namespace NewsApi.Seeder.Seed;

/// <summary><c>seed --input DIR --db FILE [--prune] [--report FILE.json] [--field FIELD=PROPERTY]...</c>: extract a folder of documents into SQLite.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--input")
        {
            Description = "Folder of news documents, searched recursively; hidden files and folders, README*, LICENSE* and CHANGELOG* are "
                + "skipped. Plain text (.txt), saved news pages (.html, .htm), JSON exports (.json: one article or an array of them) and "
                + "JSON Lines (.jsonl, .ndjson: one article a line); other extensions are recognised by their first characters. Text is "
                + "UTF-8 or UTF-16 (with BOM), else read as Windows-1252 with a warning. At most "
                + $"{ImportPipeline.MaxDocumentBytes / (1024 * 1024)} MiB per article; exports of any size are read record by record.",
            HelpName = "DIR",
            Required = true,
        }.AcceptExistingOnly();
        var database = new Option<FileInfo>("--db")
        {
            Description = "SQLite database file to fill; created and migrated when missing.",
            HelpName = "FILE",
            Required = true,
        };
        var prune = new Option<bool>("--prune") { Description = "Also remove articles whose files are no longer in the folder." };
        var report = new Option<FileInfo?>("--report")
        {
            Description = "Also write the summary and every failed file with its reason as JSON to this file.",
            HelpName = "FILE.json",
        };

        var include = new Option<string[]>("--include")
        {
            Description = "Seed only the files matching this glob (repeatable), e.g. --include '*.txt' or --include 'business/**'. "
                + "A glob without '/' matches file names in any folder.",
            HelpName = "GLOB",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Skip the files matching this glob (repeatable), e.g. --exclude 'drafts/**' or --exclude '*.md'.",
            HelpName = "GLOB",
        };

        var fields = new Option<string[]>("--field")
        {
            Description = "Where a JSON export keeps an article field the common names miss, e.g. --field body=story_text or "
                + $"--field publisher=source.name (repeatable). Fields: {string.Join(", ", Enum.GetValues<ArticleField>().Select(JsonFieldNames.Name))}.",
            HelpName = "FIELD=PROPERTY",
            AllowMultipleArgumentsPerToken = false,
        };
        fields.Validators.Add(result =>
        {
            try
            {
                JsonFieldNames.Parse(result.GetValueOrDefault<string[]>() ?? []);
            }
            catch (FormatException exception)
            {
                result.AddError(exception.Message);
            }
        });

        var command = new Command(
            "seed",
            $"""
            Extract a folder of news documents into SQLite. Unchanged files are skipped; changed ones keep their article id.
            {ExitCodes.Help}
            """)
        {
            input, database, prune, report, fields, include, exclude,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new SeedRequest(
                parseResult.GetRequiredValue(input).FullName,
                parseResult.GetRequiredValue(database).FullName,
                parseResult.GetValue(prune),
                new FileSelection(parseResult.GetValue(include) ?? [], parseResult.GetValue(exclude) ?? []));
            var fieldNames = JsonFieldNames.Parse(parseResult.GetValue(fields) ?? []);
            return RunAsync(request, fieldNames, parseResult.GetValue(report), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(SeedRequest request, JsonFieldNames fields, FileInfo? reportFile, CancellationToken cancellationToken)
    {
        if (reportFile is not null && ReportProblem(reportFile.FullName, request.DatabasePath) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem); // said before seeding, not after a long run
            return ExitCodes.BadArgumentsOrDatabase;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(request.DatabasePath)!);
        var seeder = new CorpusSeeder(NewsPipeline.CreateDefault(), fields);
        SeedSummary summary;
        try
        {
            summary = await SeedProgressView.ShowWhileAsync(progress => seeder.SeedFolderAsync(request, progress, cancellationToken));
        }
        catch (Exception exception) when (exception is UnusableDatabaseException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return ExitCodes.BadArgumentsOrDatabase;
        }
        catch (SqliteException exception)
        {
            // Damaged, read-only, locked by another program, a full disk: what SQLite says, about which file.
            await Console.Error.WriteLineAsync(NewsDatabaseFile.IsDamage(exception)
                ? NewsDatabaseFile.DamagedMessage(request.DatabasePath, exception)
                : $"The database '{request.DatabasePath}' could not be written: {exception.Message.TrimEnd('.')}. "
                    + "Every document stored before is complete; run the same command again once that is fixed.");
            return ExitCodes.BadArgumentsOrDatabase;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The database's folder or its search index beside it (documents that cannot be read are reported one by one).
            await Console.Error.WriteLineAsync($"Seeding '{request.DatabasePath}' stopped: {exception.Message.TrimEnd('.')}. "
                + "Every document stored before is complete; run the same command again once that is fixed.");
            return ExitCodes.BadArgumentsOrDatabase;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Interrupted. Every document stored so far is complete; run the same command again to finish.");
            return ExitCodes.Interrupted;
        }

        SeedSummaryView.Write(summary);
        if (reportFile is not null)
        {
            await SeedReport.WriteAsync(reportFile, request, summary, cancellationToken);
        }

        return summary.Failed.Count == 0 && !summary.Skipped.Any(skipped => skipped.Unreadable) ? ExitCodes.Success : ExitCodes.DocumentsFailed;
    }

    /// <summary>Why the report cannot go to <paramref name="reportPath"/>: a folder, the database's own file, or not writable; null when it can.</summary>
    private static string? ReportProblem(string reportPath, string databasePath)
    {
        var report = NewsDatabaseFile.FollowLinks(reportPath);
        if (Directory.Exists(report))
        {
            return $"--report '{reportPath}' is a folder; give a file name, such as report.json.";
        }

        if (CorpusSeeder.IsDatabasesOwnFile(report, databasePath))
        {
            return $"--report '{reportPath}' is one of the database's own files: writing the report there would destroy the database.";
        }

        try
        {
            var existed = File.Exists(report);
            using (new FileStream(report, FileMode.OpenOrCreate, FileAccess.Write))
            {
            }

            if (!existed)
            {
                File.Delete(report);
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"--report '{reportPath}' cannot be written: {exception.Message}";
        }
    }
}
