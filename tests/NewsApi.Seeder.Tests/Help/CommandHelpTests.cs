using System.CommandLine;
using NewsApi.Seeder.BenchRead;
using NewsApi.Seeder.Benchmarks;
using NewsApi.Seeder.Corpus;
using NewsApi.Seeder.Eval;
using NewsApi.Seeder.Extract;
using NewsApi.Seeder.Seed;
using NewsApi.Seeder.Training;

namespace NewsApi.Seeder.Tests.Help;

public sealed class CommandHelpTests
{
    private static readonly Command[] Commands =
    [
        SeedCommand.Create(), ExtractCommand.Create(), EvalCommand.Create(), TrainCommand.Create(),
        BenchExtractCommand.Create(), BenchReadCommand.Create(), GenerateCorpusCommand.Create(),
    ];

    [Fact]
    public void Every_option_and_argument_of_every_command_is_described_and_every_value_has_a_named_placeholder()
    {
        var problems = new List<string>();
        foreach (var command in Commands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            foreach (var option in command.Options)
            {
                if (string.IsNullOrWhiteSpace(option.Description))
                {
                    problems.Add($"{command.Name} {option.Name}: no description");
                }

                // A flag takes no value; any other option shows what it wants (DIR, FILE, N), not its own name again.
                if (option.ValueType != typeof(bool) && (option.HelpName is null || option.HelpName == option.Name.TrimStart('-')))
                {
                    problems.Add($"{command.Name} {option.Name}: bare placeholder <{option.Name.TrimStart('-')}>");
                }
            }

            problems.AddRange(command.Arguments.Where(argument => string.IsNullOrWhiteSpace(argument.Description))
                .Select(argument => $"{command.Name} <{argument.Name}>: no description"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Eval_help_names_what_each_option_takes()
    {
        var root = new RootCommand { EvalCommand.Create() };
        using var output = new StringWriter();

        root.Parse("eval --help").Invoke(new InvocationConfiguration { Output = output });

        var help = output.ToString();
        Assert.Contains("--articles <DIR>", help, StringComparison.Ordinal);
        Assert.Contains("--kfold <N>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("<articles>", help, StringComparison.Ordinal);
    }
}
