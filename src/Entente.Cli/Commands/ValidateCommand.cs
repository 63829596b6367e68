using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente validate [--data DIR]</c>: loads everything and reports every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Load the data set and report every problem as file:line: field: what is wrong (exit 1 if any).");
        command.SetAction(parse =>
        {
            var result = CliContext.Load(parse);
            if (!result.IsValid)
            {
                foreach (var problem in result.Problems)
                    context.Output.WriteLine(problem);
                context.Error.WriteLine($"{result.Problems.Count} problem(s) in the data set ({result.Counts.Files} files read).");
                return App.InvalidData;
            }
            var atlas = result.Atlas!;
            context.Output.WriteLine($"{atlas.Dataset.Name}, reviewed up to {atlas.Dataset.Reviewed}: valid.");
            context.Output.WriteLine(result.Counts);
            context.Output.WriteLine(result.Counts.Depths());
            return App.Ok;
        });
        return command;
    }
}
