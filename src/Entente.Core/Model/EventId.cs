namespace Entente.Core.Model;

/// <summary>The id of a dated event (<c>nato-article-5-invoked-2001</c>).</summary>
public readonly record struct EventId(string Value)
{
    public override string ToString() => Value;
}
