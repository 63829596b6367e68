using System.CommandLine;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Language;

namespace Entente.Cli.Commands;

/// <summary><c>entente attack EST [--on DATE] [--where PLACE] [--json]</c>: who must respond to an armed attack, under which article.</summary>
internal static class AttackCommand
{
    public static Command Create(CliContext context)
    {
        var state = new Argument<string>("state") { Description = "The state attacked: an id (EST) or a name (Estonia)." };
        var on = CliContext.OnOption();
        var where = new Option<string?>("--where") { Description = "Where the attack happens (Hawaii, Guam, the Senkaku Islands); default: the state's own territory." };
        var json = CliContext.JsonOption();
        var command = new Command("attack", "Who is obliged to defend a state, or pledged to consult, if it is attacked on a date: guarantor, treaty, article, trigger, scope and procedure.")
        {
            state, on, where, json,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var day = context.On(parse, on);
            var target = CliContext.ResolveActor(atlas, parse.GetValue(state)!, ActorKind.State, "state");
            Place? place = null;
            if (parse.GetValue(where) is { } placeName)
            {
                var found = CliContext.Resolve(atlas, placeName, EntityKind.Place, "place");
                // A place held by another state stands for an attack on the target's forces there (U.S. forces on Okinawa).
                place = atlas.FindPlace(new PlaceId(found.Id))!;
            }
            context.Write(parse, json, Answers.Attack(atlas, target.Id, day, place));
            return App.Ok;
        });
        return command;
    }
}
