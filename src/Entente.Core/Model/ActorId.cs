namespace Entente.Core.Model;

/// <summary>The id of a state or organization: ISO 3166 alpha-3 for states (<c>JPN</c>), a short upper-case name for organizations (<c>NATO</c>).</summary>
public readonly record struct ActorId(string Value)
{
    public override string ToString() => Value;
}
