namespace Entente.Core.Atlas;

/// <summary>What kind of thing a name refers to.</summary>
public enum EntityKind { Actor, Treaty, Policy, Partnership, Place }

/// <summary>A thing a name can refer to: its kind, id and display name.</summary>
public sealed record EntityRef(EntityKind Kind, string Id, string Name)
{
    public override string ToString() => Id == Name ? Name : $"{Name} ({Id})";
}
