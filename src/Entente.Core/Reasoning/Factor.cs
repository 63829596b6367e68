using Entente.Core.Model;

namespace Entente.Core.Reasoning;

/// <summary>What a factor in an eligibility answer is.</summary>
public enum FactorKind
{
    /// <summary>A legal bar in the organization's own treaty: the state does not meet an accession requirement.</summary>
    LegalBar,

    /// <summary>An accession requirement the state meets.</summary>
    Met,

    /// <summary>A requirement the data cannot decide (a political step such as a unanimous invitation, or a contested fact).</summary>
    Open,

    /// <summary>A policy or commitment of the state that bears on membership but is not a legal bar in the treaty.</summary>
    Policy,

    /// <summary>An existing alliance of the state.</summary>
    Alliance,

    /// <summary>A partnership with the organization short of membership.</summary>
    Partnership,
}

/// <summary>One reason in an eligibility answer, with the article or policy it rests on and its sources.</summary>
public sealed record Factor(FactorKind Kind, string Statement, IReadOnlyList<SourceId> Sources);
