using System.CommandLine;
using Entente.Cli.Rendering;
using Entente.Core.Atlas;
using Entente.Language.Views;

namespace Entente.Cli.Commands;

/// <summary><c>entente show &lt;id or name&gt; [--json]</c>: an actor, treaty, policy or partnership with its facts and sources.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "An id or a name of a state, organization, treaty, policy or partnership." };
        var json = CliContext.JsonOption();
        var command = new Command("show", "Show a state, organization, treaty (with its provisions), policy or partnership, and its sources.")
        {
            name, json,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var entity = CliContext.Resolve(atlas, parse.GetValue(name)!, null, "state, organization, treaty, policy or partnership");
            var view = EntityView.Of(atlas, entity, context.Today);
            if (parse.GetValue(json))
                Json.Write(context.Output, view.ToJson());
            else
                view.WriteText(context.Output);
            return App.Ok;
        });
        return command;
    }
}
