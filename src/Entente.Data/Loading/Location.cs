namespace Entente.Data.Loading;

/// <summary>Where a value stands in the data: file, line and field path.</summary>
internal readonly record struct Location(string File, int Line, string Field)
{
    public Problem Problem(string message) => new(File, Line, Field, message);
}
