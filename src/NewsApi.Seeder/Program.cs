using System.CommandLine;
using NewsApi.Seeder.Seed;

var root = new RootCommand($"NewsApi seeder: extract people, organisations and places from news documents.\n{ExitCodes.Help}");
root.Subcommands.Add(SeedCommand.Create());

var parseResult = root.Parse(args);
var exitCode = await parseResult.InvokeAsync();
return parseResult.Errors.Count > 0 ? ExitCodes.BadArgumentsOrDatabase : exitCode;
