namespace Entente.Core.Model;

/// <summary>The id of a partnership, programme, forum or deployment (<c>nato-japan-itpp</c>).</summary>
public readonly record struct PartnershipId(string Value)
{
    public override string ToString() => Value;
}
