namespace Entente.Core.Model;

/// <summary>The id of a national policy (<c>jpn-three-non-nuclear-principles</c>).</summary>
public readonly record struct PolicyId(string Value)
{
    public override string ToString() => Value;
}
