using System.CommandLine;
using Entente.Cli.Rendering;
using Entente.Data;
using Entente.Language;
using Entente.Language.Claims;

namespace Entente.Cli.Commands;

/// <summary><c>entente check FILE|- [--json] [--on DATE]</c>: a verdict with evidence for each checkable claim of an article.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The article: a text file (UTF-8, or UTF-16 with a byte order mark; up to 5 MiB), or - for standard input." };
        var on = CliContext.OnOption();
        var json = CliContext.JsonOption();
        var command = new Command("check", "Read an article and give each checkable claim a verdict (supported, partly-supported, contradicted, not-checkable) with a correction and its sources.")
        {
            file, on, json,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse, file, on, json, cancel)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Argument<string> file, Option<string?> on, Option<bool> json, CancellationToken cancel)
    {
        var atlas = context.Atlas(parse);
        var day = context.On(parse, on);
        var text = Read(parse.GetValue(file)!);
        ClaimReport report;
        try
        {
            // No --on: the text's own date line, if it has one, else today.
            report = parse.GetValue(on) is null ? Answers.CheckOnItsDate(atlas, text, day, cancel) : Answers.Check(atlas, text, day, cancel);
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("entente: cancelled.");
            return 130;
        }
        if (parse.GetValue(json))
            ClaimWriter.WriteJson(context.Output, report);
        else
            ClaimWriter.WriteText(context.Output, report);
        return App.Ok;
    }

    private static string Read(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stdin.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > TextDecoding.MaxBytes)
                    throw new UsageException($"standard input: more than {TextDecoding.MaxBytes:N0} bytes; Entente checks articles of up to 5 MiB. Split it into parts.");
            }
            bytes = buffer.ToArray();
        }
        else
        {
            if (string.IsNullOrWhiteSpace(path))
                throw new UsageException("The file name is empty. Give the path of a text file, or - to read standard input.");
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new UsageException($"No file '{path}'. Give the path of a text file, or - to read standard input.");
            // A file that says it is too large is refused unread; then it is read with the limit whatever its size said
            // (a device says 0 and never ends).
            if (File.Exists(path) && new FileInfo(path).Length is var length and > TextDecoding.MaxBytes)
                throw new UsageException($"{path}: {length:N0} bytes; Entente checks articles of up to {TextDecoding.MaxBytes:N0} bytes (5 MiB). Split it into parts.");
            try
            {
                bytes = BoundedFile.ReadAllBytes(path, TextDecoding.MaxBytes);
            }
            catch (IOException e) when (e is not FileNotFoundException)
            {
                throw new UsageException(e.Message.Contains("more than", StringComparison.Ordinal)
                    ? $"'{path}' holds more than {TextDecoding.MaxBytes:N0} bytes; Entente checks articles of up to 5 MiB. Split it into parts."
                    : e.Message + (e.Message.Contains("pipe", StringComparison.Ordinal) ? " To check text from a pipe, pass - and send it to standard input." : ""));
            }
        }
        return TextDecoding.TryDecode(bytes, out var error) ?? throw new UsageException($"{(path == "-" ? "standard input" : path)}: {error}");
    }
}
