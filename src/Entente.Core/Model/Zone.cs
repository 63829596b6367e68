namespace Entente.Core.Model;

/// <summary>
/// A part of a treaty's geographic scope ("the territories under the administration of Japan").
/// <see cref="Name"/> is how an answer names it; <see cref="Home"/> zones hold every party's own
/// territory; a zone <see cref="AdministeredBy"/> a state holds that state's own territory and no other
/// state's (an attack on another party at home lies outside it).
/// </summary>
public sealed record Zone
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public bool Home { get; init; }
    public ActorId? AdministeredBy { get; init; }
}
