namespace Entente.Core.Model;

/// <summary>The id of a treaty, in kebab case (<c>north-atlantic-treaty</c>).</summary>
public readonly record struct TreatyId(string Value)
{
    public override string ToString() => Value;
}
