using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>
/// The <c>entente</c> command line. Exit codes: 0 done; 1 the data set is invalid; 2 bad input
/// (unknown name, bad date, unknown option, a file that cannot be read), with a message saying what to do;
/// 70 a fault of Entente itself, reported in one line without a stack trace; 130 interrupted.
/// </summary>
internal static class App
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int BadInput = 2;
    public const int InternalError = 70;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    /// <summary>Runs the command line with <paramref name="time"/> as the clock "today" comes from.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        // Names, paths and file contents are echoed in messages: never with their control characters raw.
        output = Rendering.TerminalWriter.Wrap(output);
        error = Rendering.TerminalWriter.Wrap(error);
        var context = new CliContext(output, error, time);
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
        catch (OperationCanceledException)
        {
            error.WriteLine("entente: cancelled.");
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug: one line saying so, never a trace on the user's terminal.
            error.WriteLine($"entente: internal error ({e.GetType().Name}: {e.Message}). This is a fault in Entente, not in your input; please report it with the command you ran.");
            return InternalError;
        }
    }
}
