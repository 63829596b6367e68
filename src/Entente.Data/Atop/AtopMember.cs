namespace Entente.Data.Atop;

/// <summary>
/// One row of an ATOP member-level file: one state's membership in one alliance during one phase, and
/// what that state promises its partners while it lasts.
/// </summary>
/// <param name="AtopId">The alliance (<c>atopid</c>): 3180 is NATO.</param>
/// <param name="State">The member's COW state code (<c>member</c>).</param>
/// <param name="Phase">The alliance's phase (<c>phase</c>); 0 for an alliance whose obligations never changed.</param>
/// <param name="Spell">From entry to exit, both inclusive, after ATOP's partial dates were filled in (see <see cref="AtopMemberFile"/>).</param>
/// <param name="Pledges">The member's obligations in this row.</param>
/// <param name="Asymmetric">
/// Whether ATOP codes the alliance <c>asymm</c> or <c>obvary</c>: obligations differ between members, and the
/// member row does not say towards which partner they hold.
/// </param>
/// <param name="Line">The row's line in the file, for evidence.</param>
public sealed record AtopMember(int AtopId, int State, int Phase, DaySpan Spell, Pledges Pledges, bool Asymmetric, int Line);
