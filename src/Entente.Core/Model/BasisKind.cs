namespace Entente.Core.Model;

/// <summary>What a policy rests on in law.</summary>
/// <remarks>
/// <see cref="Constitution"/>: an article of the state's constitution (Malta's Article 1(3), Japan's Article 9).
/// <see cref="Statute"/>: an act of the legislature, of constitutional rank or not (Austria's Neutrality Act of 1955 is a
/// federal constitutional law; see <see cref="PolicyBasis.ConstitutionalRank"/>).
/// <see cref="Treaty"/>: an international agreement (the Act of 20 November 1815 recognising Swiss neutrality).
/// <see cref="Declaration"/>: a unilateral proclamation or a resolution, by a head of state, a government or a parliament
/// (Costa Rica's neutrality proclamation of 1983).
/// <see cref="Policy"/>: a government stance resting on no legal instrument at all (Ireland's military neutrality).
/// </remarks>
public enum BasisKind { Constitution, Statute, Treaty, Declaration, Policy }
