using System.CommandLine;
using Entente.Cli.Rendering;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Language.Views;

namespace Entente.Cli.Commands;

/// <summary><c>entente memberships JPN [--on DATE] [--json]</c>: every treaty, organization, partnership and policy of an actor.</summary>
internal static class MembershipsCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("state") { Description = "A state or organization: an id (JPN) or a name (\"Japan\", \"the U.S.\")." };
        var on = CliContext.OnOption();
        var json = CliContext.JsonOption();
        var command = new Command("memberships", "List every treaty, organization and partnership of a state (and its policies), with dates; marks those in force on the date.")
        {
            name, on, json,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var day = context.On(parse, on);
            var entity = CliContext.Resolve(atlas, parse.GetValue(name)!, EntityKind.Actor, "state or organization");
            var actor = atlas.Actor(new ActorId(entity.Id));
            var rows = atlas.AffiliationsOf(actor.Id, day);
            if (parse.GetValue(json))
                WriteJson(context, atlas, actor, day, rows);
            else
                WriteText(context, atlas, actor, day, rows);
            return App.Ok;
        });
        return command;
    }

    private static void WriteText(CliContext context, Atlas atlas, Actor actor, DateOnly day, IReadOnlyList<Affiliation> rows)
    {
        var output = context.Output;
        var sources = new SourceList(atlas);
        output.WriteLine($"{actor.Name} ({actor.Id}): {rows.Count(r => r.Current)} in force on {day:yyyy-MM-dd}, {rows.Count} in all ('*' = in force on that date).");
        context.WarnIfAfterReview(atlas, day);
        foreach (var group in rows.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine();
            output.WriteLine(group.Key switch
            {
                AffiliationKind.Organization => "Organizations",
                AffiliationKind.Treaty => "Treaties",
                AffiliationKind.Partnership => "Partnerships and forums",
                _ => "Policies",
            });
            foreach (var row in group)
                output.WriteLine($"  {(row.Current ? "*" : " ")} {Period(row.Period),-23} {row.Name} ({row.How}) {sources.Cite(row.Sources)}");
        }
        if (rows.Count == 0)
            output.WriteLine("The data set records no treaty, organization, partnership or policy for it.");
        sources.Write(output);
    }

    private static string Period(Interval period) =>
        $"{period.From?.ToString() ?? "?"} – {period.To?.ToString() ?? ""}";

    private static void WriteJson(CliContext context, Atlas atlas, Actor actor, DateOnly day, IReadOnlyList<Affiliation> rows) =>
        Json.Write(context.Output, MembershipsJson.Build(atlas, actor, day, rows));
}
