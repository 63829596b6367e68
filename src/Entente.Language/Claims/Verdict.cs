namespace Entente.Language.Claims;

/// <summary>What the evidence says of a claim.</summary>
public enum Verdict
{
    /// <summary>The data supports the claim as stated.</summary>
    Supported,

    /// <summary>True in part: the data supports the core but not as stated (scope, direction, degree).</summary>
    PartlySupported,

    /// <summary>The data contradicts the claim.</summary>
    Contradicted,

    /// <summary>Opinion, motive, quotation, or outside the data: never called supported.</summary>
    NotCheckable,
}
