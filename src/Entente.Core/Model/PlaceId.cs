namespace Entente.Core.Model;

/// <summary>The id of a place that treaty scopes turn on (<c>hawaii</c>, <c>senkaku-islands</c>).</summary>
public readonly record struct PlaceId(string Value)
{
    public override string ToString() => Value;
}
