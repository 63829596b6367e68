namespace Entente.Data.Atop;

/// <summary>
/// One state of the Correlates of War state system with its spells of membership, earliest first
/// (Germany 255: 1816-01-01..1945-05-08 and 1990-10-03..2016-12-31).
/// </summary>
/// <param name="Code">The COW state code (<c>ccode</c>): 2 United States, 740 Japan.</param>
/// <param name="Abbreviation">COW's three-letter code (<c>stateabb</c>), or empty when the file has none.</param>
/// <param name="Name">COW's name for the state (<c>statenme</c>), or empty when the file has none.</param>
public sealed record CowState(int Code, string Abbreviation, IReadOnlyList<DaySpan> Spells, string Name = "");
