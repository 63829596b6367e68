using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>
/// The <c>entente</c> command line. Exit codes: 0 done; 1 the data set is invalid; 2 bad input
/// (unknown name, bad date, unknown option), with a message saying what to do.
/// </summary>
internal static class App
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Entente answers questions about the world's security alliances, with sources and the date each answer holds.");
        root.Options.Add(CliContext.DataOption);
        root.Options.Add(CliContext.AtopOption);
        root.Options.Add(CliContext.CowOption);
        foreach (var command in new[] { ValidateCommand.Create(context), MembersCommand.Create(context), MembershipsCommand.Create(context), ShowCommand.Create(context), WhyNotCommand.Create(context), AttackCommand.Create(context), AskCommand.Create(context), CheckCommand.Create(context), ServeCommand.Create(context), DyadsCommand.Create(context), ImportAtopCommand.Create(context) })
            root.Subcommands.Add(command);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
                error.WriteLine($"entente: {parseError.Message}");
            error.WriteLine("Run 'entente --help' for the commands and their options.");
            return BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"entente: {e.Message}");
            return BadInput;
        }
        catch (InvalidDataException e)
        {
            error.WriteLine(e.Message);
            return InvalidData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"entente: {e.Message}");
            return BadInput;
        }
    }
}
