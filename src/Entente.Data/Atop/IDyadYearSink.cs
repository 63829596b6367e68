namespace Entente.Data.Atop;

/// <summary>Receives the rows of a dyad-year table one at a time, in order (ccode1, ccode2, year).</summary>
public interface IDyadYearSink
{
    void Write(in DyadYear row);
}
