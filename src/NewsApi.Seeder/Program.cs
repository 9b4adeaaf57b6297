using System.CommandLine;
using NewsApi.Extraction.Entities;
using NewsApi.Seeder.BenchRead;
using NewsApi.Seeder.Benchmarks;
using NewsApi.Seeder.Corpus;
using NewsApi.Seeder.Eval;
using NewsApi.Seeder.Extract;
using NewsApi.Seeder.Seed;
using NewsApi.Seeder.Training;
using NewsApi.Storage;

SqliteProcessSettings.Apply(); // before any connection: SQLite takes it only then
var root = new RootCommand($"NewsApi seeder: extract {EntityTypes.Listed(type => type.Plural.ToLowerInvariant())} from news documents.\n{ExitCodes.Help}");
root.Subcommands.Add(SeedCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(BenchExtractCommand.Create());
root.Subcommands.Add(BenchReadCommand.Create());
root.Subcommands.Add(GenerateCorpusCommand.Create());

var parseResult = root.Parse(args);
var exitCode = await parseResult.InvokeAsync();
return parseResult.Errors.Count > 0 ? ExitCodes.BadArgumentsOrDatabase : exitCode;
