using System.CommandLine;
using Entente.Language;

namespace Entente.Cli.Commands;

/// <summary><c>entente ask "Why is Japan not part of NATO?" [--on DATE] [--json]</c>: a question in plain English.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var question = new Argument<string>("question") { Description = "A question in English, in quotes: \"Why is Japan not part of NATO?\"" };
        var on = CliContext.OnOption();
        var json = CliContext.JsonOption();
        var command = new Command("ask", "Answer a question in plain English: a short answer, the facts behind it, their sources and the date it holds.")
        {
            question, on, json,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var answer = Answers.Ask(atlas, parse.GetValue(question)!, context.On(parse, on));
            context.Write(parse, json, answer);
            if (!answer.Answered)
                context.Error.WriteLine("entente: the question was not answered; see the suggestions above.");
            return answer.Answered ? App.Ok : App.BadInput;
        });
        return command;
    }
}
