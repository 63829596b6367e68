namespace Entente.Data.Atop;

/// <summary>
/// The five obligations ATOP codes for a member of an alliance, as bits: what one state promises
/// (towards its partners in an alliance, or towards one partner in a dyad-year).
/// </summary>
/// <remarks>The order is the column order of peacesciencer's table: defense, offense, neutral, nonagg, consul.</remarks>
[Flags]
public enum Pledges : byte
{
    None = 0,

    /// <summary>ATOP <c>defense</c>: to assist a partner militarily if it is attacked.</summary>
    Defence = 1,

    /// <summary>ATOP <c>offense</c>: to join a partner in an attack on a third state.</summary>
    Offence = 2,

    /// <summary>ATOP <c>neutral</c>: to stay out of a conflict in which a partner is engaged.</summary>
    Neutrality = 4,

    /// <summary>ATOP <c>nonagg</c>: not to use force against a partner.</summary>
    NonAggression = 8,

    /// <summary>ATOP <c>consul</c>: to consult partners in a crisis.</summary>
    Consultation = 16,
}
