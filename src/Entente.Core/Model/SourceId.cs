namespace Entente.Core.Model;

/// <summary>The id of a source (<c>nato-member-countries</c>).</summary>
public readonly record struct SourceId(string Value)
{
    public override string ToString() => Value;
}
