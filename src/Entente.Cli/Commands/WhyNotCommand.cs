using System.CommandLine;
using Entente.Cli.Rendering;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Language;

namespace Entente.Cli.Commands;

/// <summary><c>entente why-not JPN NATO [--on DATE] [--json]</c>: why a state is not a member, and whether it could join.</summary>
internal static class WhyNotCommand
{
    public static Command Create(CliContext context)
    {
        var state = new Argument<string>("state") { Description = "A state: an id (JPN) or a name (Japan)." };
        var organization = new Argument<string>("organization") { Description = "An organization: an id (NATO) or a name." };
        var on = CliContext.OnOption();
        var json = CliContext.JsonOption();
        var command = new Command("why-not", "Explain why a state is not a member of an organization (the legal bar and the policy factors, each with its source), or since when it is one.")
        {
            state, organization, on, json,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var day = context.On(parse, on);
            var s = CliContext.ResolveActor(atlas, parse.GetValue(state)!, ActorKind.State, "state");
            var o = CliContext.ResolveActor(atlas, parse.GetValue(organization)!, ActorKind.Organization, "organization");
            context.Write(parse, json, Answers.WhyNot(atlas, s.Id, o.Id, day));
            return App.Ok;
        });
        return command;
    }
}
