namespace Entente.Core.Atlas;

/// <summary>
/// What kind of thing a name refers to. <see cref="Document"/> is a signed document the data records only as its signing
/// (an event): the Budapest Memorandum, the NATO-Russia Founding Act, an agreement whose entry into force no source gives.
/// </summary>
public enum EntityKind { Actor, Treaty, Policy, Partnership, Place, Document }

/// <summary>A thing a name can refer to: its kind, id and display name.</summary>
public sealed record EntityRef(EntityKind Kind, string Id, string Name)
{
    public override string ToString() => Id == Name ? Name : $"{Name} ({Id})";
}
