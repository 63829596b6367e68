namespace Entente.Data;

/// <summary>How much a data set holds, as <c>entente validate</c> prints it.</summary>
public sealed record DataCounts(int Files, int States, int Organizations, int Treaties, int Memberships, int Provisions,
    int Policies, int Partnerships, int Events, int Sources, SourceCounts SourcesByKind)
{
    /// <summary>Treaties at ATOP-level depth: written by <c>entente import-atop</c> (ids <c>atop-N</c>), members, dates and pledges only.</summary>
    public int AtopLevelTreaties { get; init; }

    /// <summary>Curated treaties (articles, parties and dates from their own sources); <see cref="CuratedWithAtop"/> of them name their ATOP id.</summary>
    public int CuratedTreaties { get; init; }

    public int CuratedWithAtop { get; init; }

    public override string ToString() =>
        $"{Files} files: {States} states, {Organizations} organizations, {Treaties} treaties, {Memberships} memberships, " +
        $"{Provisions} provisions, {Policies} policies, {Partnerships} partnerships, {Events} events, {Sources} sources ({SourcesByKind})";

    /// <summary>The counts by depth and by source kind, one line each.</summary>
    public string Depths() =>
        $"Treaties by depth: {AtopLevelTreaties} ATOP-level, {CuratedTreaties} curated ({CuratedWithAtop} with an ATOP id).\n" +
        $"Sources by kind: {SourcesByKind}.";
}

/// <summary>How many sources of each kind (how strong) a data set holds; a source without a kind counts in none.</summary>
public sealed record SourceCounts(int Primary, int Reference, int Copy, int Weak)
{
    public override string ToString() => $"{Primary} primary, {Reference} reference, {Copy} copy, {Weak} weak";
}
