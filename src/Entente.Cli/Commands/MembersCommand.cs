using System.CommandLine;
using Entente.Cli.Rendering;
using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Language.Views;

namespace Entente.Cli.Commands;

/// <summary><c>entente members NATO [--on DATE] [--json]</c>: the members of an organization, or the parties to a treaty, on a date.</summary>
internal static class MembersCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("organization") { Description = "An organization or a treaty: an id (NATO) or a name (\"North Atlantic Treaty Organization\")." };
        var on = CliContext.OnOption();
        var json = CliContext.JsonOption();
        var command = new Command("members", "List the members of an organization (or the parties to a treaty) on a date, each with the date it joined and a source.")
        {
            name, on, json,
        };
        command.SetAction(parse =>
        {
            var atlas = context.Atlas(parse);
            var day = context.On(parse, on);
            var entity = CliContext.Resolve(atlas, parse.GetValue(name)!, null, "organization or treaty");
            IReadOnlyList<Party> members;
            switch (entity.Kind)
            {
                case EntityKind.Actor when atlas.Actor(new ActorId(entity.Id)).IsState:
                    throw new UsageException($"{entity} is a state, not an organization. Try 'entente memberships {entity.Id}' for what it belongs to.");
                case EntityKind.Actor:
                    members = atlas.MembersOn(new ActorId(entity.Id), day);
                    break;
                case EntityKind.Treaty:
                    members = atlas.PartiesOn(new TreatyId(entity.Id), day);
                    break;
                default:
                    throw new UsageException($"{entity} is a {entity.Kind.ToString().ToLowerInvariant()}, which has no members. Try 'entente show {entity.Id}'.");
            }
            if (parse.GetValue(json))
                WriteJson(context, atlas, entity, day, members);
            else
                WriteText(context, atlas, entity, day, members);
            return App.Ok;
        });
        return command;
    }

    private static void WriteText(CliContext context, Atlas atlas, EntityRef entity, DateOnly day, IReadOnlyList<Party> members)
    {
        var output = context.Output;
        var sources = new SourceList(atlas);
        output.WriteLine($"{entity} on {day:yyyy-MM-dd}: {members.Count} member{(members.Count == 1 ? "" : "s")}.");
        context.WarnIfAfterReview(atlas, day);
        if (members.Count == 0 && entity.Kind == EntityKind.Actor && atlas.FindActor(new ActorId(entity.Id)) is { } org && !org.Existed.Contains(day))
            output.WriteLine($"{org.Name} did not exist on that date (it existed {org.Existed}).");
        foreach (var party in members)
        {
            var actor = atlas.Actor(party.Actor);
            output.WriteLine($"  {party.Actor.Value,-4} {actor.Name,-32} since {party.Joined,-10}  {party.How.ToString().ToLowerInvariant(),-13} {sources.Cite(party.Sources)}");
            foreach (var suspension in atlas.SuspensionsOn(party.Treaty, party.Actor, day))
                output.WriteLine($"       suspended{(suspension.Towards is { } towards ? $" towards {atlas.Actor(towards).Name}" : "")} since {suspension.From} {sources.Cite(suspension.Sources)}");
        }
        sources.Write(output);
    }

    private static void WriteJson(CliContext context, Atlas atlas, EntityRef entity, DateOnly day, IReadOnlyList<Party> members) =>
        Json.Write(context.Output, MembersJson.Build(atlas, entity, day, members));
}
