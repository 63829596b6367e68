namespace Entente.Data;

/// <summary>How much a data set holds, as <c>entente validate</c> prints it.</summary>
public sealed record DataCounts(int Files, int States, int Organizations, int Treaties, int Memberships, int Provisions,
    int Policies, int Partnerships, int Events, int Sources, SourceCounts SourcesByKind)
{
    public override string ToString() =>
        $"{Files} files: {States} states, {Organizations} organizations, {Treaties} treaties, {Memberships} memberships, " +
        $"{Provisions} provisions, {Policies} policies, {Partnerships} partnerships, {Events} events, {Sources} sources ({SourcesByKind})";
}

/// <summary>How many sources of each kind (how strong) a data set holds; a source without a kind counts in none.</summary>
public sealed record SourceCounts(int Primary, int Reference, int Copy, int Weak)
{
    public override string ToString() => $"{Primary} primary, {Reference} reference, {Copy} copy, {Weak} weak";
}
