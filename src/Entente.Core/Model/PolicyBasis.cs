namespace Entente.Core.Model;

/// <summary>
/// The legal basis of a policy: the kind of instrument it rests on, the instrument's name and date, and whether that
/// instrument bars the state from joining a military alliance. "Austria is bound by law never to accede to a military
/// alliance" is its basis (a statute of constitutional rank of 26 October 1955 that forbids alliances); "Ireland's
/// neutrality is a matter of government policy only" is its basis too (a policy, with no instrument).
/// </summary>
/// <remarks>
/// <see cref="Instrument"/> is required for a constitution, a statute or a treaty, and absent for a policy (which rests on
/// no instrument, so it has no <see cref="Date"/> either and forbids nothing in law). <see cref="ForbidsAlliances"/> is
/// null where no source says either way; false for a policy means no law bars the state from joining, whatever the
/// government's stance. <see cref="ConstitutionalRank"/> marks a statute that has the rank of the constitution (Austria's
/// Bundesverfassungsgesetz); a constitution has it by definition, so the flag is for statutes only.
/// </remarks>
public sealed record PolicyBasis
{
    public PolicyBasis(BasisKind kind, string? instrument, PartialDate? date, IReadOnlyList<SourceId> sources,
        bool? forbidsAlliances = null, bool constitutionalRank = false, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
            throw new ArgumentException($"A {Word(kind)} basis needs a source that says what the policy rests on.", nameof(sources));
        if (Problem(kind, instrument, date, forbidsAlliances, constitutionalRank) is { } problem)
            throw new ArgumentException($"{problem.Field}: {problem.Message}", problem.Field switch
            {
                "instrument" => nameof(instrument),
                "date" => nameof(date),
                "forbids-alliances" => nameof(forbidsAlliances),
                _ => nameof(constitutionalRank),
            });
        (Kind, Instrument, Date, Sources, ForbidsAlliances, ConstitutionalRank, Note) =
            (kind, string.IsNullOrWhiteSpace(instrument) ? null : instrument.Trim(), date, sources, forbidsAlliances, constitutionalRank, note);
    }

    public BasisKind Kind { get; }

    /// <summary>The instrument's name ("Federal Constitutional Law of 26 October 1955 on the Neutrality of Austria"); null for a policy.</summary>
    public string? Instrument { get; }

    /// <summary>The day (or month, or year) the instrument was adopted, proclaimed or signed; null when not known or for a policy.</summary>
    public PartialDate? Date { get; }

    /// <summary>Whether the instrument bars the state from joining a military alliance; null where no source says.</summary>
    public bool? ForbidsAlliances { get; }

    /// <summary>Whether a statute has the rank of the constitution (changing it takes what changing the constitution takes).</summary>
    public bool ConstitutionalRank { get; }

    public string? Note { get; }

    public IReadOnlyList<SourceId> Sources { get; }

    /// <summary>Whether the policy rests on a legal instrument (anything but a bare <see cref="BasisKind.Policy"/>).</summary>
    public bool IsLegal => Kind != BasisKind.Policy;

    /// <summary>Whether the policy is written into the constitution, in an article or a law of constitutional rank.</summary>
    public bool IsConstitutional => Kind == BasisKind.Constitution || ConstitutionalRank;

    /// <summary>
    /// What is wrong with a basis put so — the field and why, for a message to a person — or null when nothing is: the
    /// rules the constructor enforces, for a reader to report before it builds one.
    /// </summary>
    public static (string Field, string Message)? Problem(BasisKind kind, string? instrument, PartialDate? date, bool? forbidsAlliances, bool constitutionalRank)
    {
        var named = !string.IsNullOrWhiteSpace(instrument);
        if (kind is BasisKind.Constitution or BasisKind.Statute or BasisKind.Treaty && !named)
            return ("instrument", $"is required for a {Word(kind)} basis: name the {Word(kind)} (and its article) the policy rests on");
        if (kind == BasisKind.Policy && named)
            return ("instrument", "a policy basis rests on no instrument; use kind constitution, statute, treaty or declaration to name one");
        if (date is not null && !named)
            return ("date", "is the date of the instrument, but none is named");
        if (kind == BasisKind.Policy && forbidsAlliances == true)
            return ("forbids-alliances", "a policy with no legal instrument forbids nothing in law; say false, or name the instrument that forbids");
        if (constitutionalRank && kind != BasisKind.Statute)
            return ("constitutional", kind == BasisKind.Constitution
                ? "is for a statute of constitutional rank; a constitution has that rank already"
                : $"is for a statute of constitutional rank, not a {Word(kind)}");
        return null;
    }

    private static string Word(BasisKind kind) => kind.ToString().ToLowerInvariant();
}
