namespace Entente.Data;

/// <summary>How much a data set holds, as <c>entente validate</c> prints it.</summary>
public sealed record DataCounts(int Files, int States, int Organizations, int Treaties, int Memberships, int Provisions,
    int Policies, int Partnerships, int Events, int Sources)
{
    /// <summary>Treaties at ATOP-level depth: written by <c>entente import-atop</c> (ids <c>atop-N</c>), members, dates and pledges only.</summary>
    public int AtopLevelTreaties { get; init; }

    /// <summary>Curated treaties (articles, parties and dates from their own sources); <see cref="CuratedWithAtop"/> of them name their ATOP id.</summary>
    public int CuratedTreaties { get; init; }

    public int CuratedWithAtop { get; init; }

    /// <summary>Sources by kind (primary, reference, copy, weak, and "no kind" where the data does not say yet), in that order.</summary>
    public IReadOnlyList<(string Kind, int Count)> SourcesByKind { get; init; } = [];

    public override string ToString() =>
        $"{Files} files: {States} states, {Organizations} organizations, {Treaties} treaties, {Memberships} memberships, " +
        $"{Provisions} provisions, {Policies} policies, {Partnerships} partnerships, {Events} events, {Sources} sources";

    /// <summary>The counts by depth and by source kind, one line each.</summary>
    public string Depths() =>
        $"Treaties by depth: {AtopLevelTreaties} ATOP-level, {CuratedTreaties} curated ({CuratedWithAtop} with an ATOP id).\n" +
        $"Sources by kind: {string.Join(", ", SourcesByKind.Select(k => $"{k.Count} {k.Kind}"))}.";

    public bool Equals(DataCounts? other) =>
        other is not null && (Files, States, Organizations, Treaties, Memberships, Provisions, Policies, Partnerships, Events, Sources)
            == (other.Files, other.States, other.Organizations, other.Treaties, other.Memberships, other.Provisions, other.Policies, other.Partnerships, other.Events, other.Sources)
        && (AtopLevelTreaties, CuratedTreaties, CuratedWithAtop) == (other.AtopLevelTreaties, other.CuratedTreaties, other.CuratedWithAtop)
        && SourcesByKind.SequenceEqual(other.SourcesByKind);

    public override int GetHashCode() => HashCode.Combine(Files, Treaties, Sources, AtopLevelTreaties, CuratedTreaties);
}
