namespace Entente.Core.Model;

/// <summary>What an actor is.</summary>
public enum ActorKind { State, Organization }

/// <summary>
/// Whether a state counts as European, which NATO Article 10 and EU Article 49 turn on.
/// <see cref="Contested"/> is for transcontinental or disputed cases (Turkey, Cyprus, Georgia…).
/// </summary>
public enum Europeanness { No, Yes, Contested }

/// <summary>What a treaty is, broadly.</summary>
public enum TreatyKind { Alliance, Charter, NonAggression, Other }

/// <summary>How a party came to be bound.</summary>
public enum JoinHow { Founding, Accession, Succession, Reunification }

/// <summary>How a party, or a whole treaty, ceased to be bound.</summary>
public enum LeaveHow { Withdrawal, Denunciation, Dissolution, Expiry, Succession, Termination, Superseded }

/// <summary>What a treaty article does.</summary>
public enum ProvisionKind { Defence, Offence, Neutrality, NonAggression, Consultation, Basing, Accession, Scope, Withdrawal, Duration, Other }

/// <summary>Who a provision obliges towards whom.</summary>
public enum Direction { Mutual, OneWay }

/// <summary>Whether a defence pledge acts by itself or leaves the means to each party.</summary>
public enum Response { Automatic, Discretionary }

/// <summary>The kind of a national policy.</summary>
public enum PolicyKind { Constitutional, Law, Doctrine, Neutrality, Nuclear, Other }

/// <summary>The kind of a cooperation that is not an alliance.</summary>
public enum PartnershipKind { Status, Programme, Forum, Centre, Mission, Deployment, Agreement }

/// <summary>The kind of a dated event.</summary>
/// <remarks>
/// <see cref="Invasion"/>: the actors' armed forces entered the targets' territory (Hungary 1956, Czechoslovakia 1968).
/// <see cref="Attack"/>: an armed or terrorist attack by the actors (if known) on the targets (11 September 2001).
/// <see cref="Announcement"/>: the actors declared a decision not (yet) given effect; <see cref="Event.Announces"/>
/// says which (Nagy's withdrawal from the Warsaw Pact, 1 November 1956; Armenia's freeze of its CSTO part, 2024).
/// <see cref="Summit"/>: a meeting of heads of state or government of a body, with what it decided in the summary.
/// <see cref="Signing"/>: a document that is no treaty in the data (a declaration, an arrangement) signed by the actors.
/// <see cref="Ratification"/>: the actors approved, by their national procedure, the treaty's protocol admitting the targets
/// (Hungary's parliament on Sweden's accession to NATO, 26 February 2024); the day is the end of that procedure.
/// </remarks>
public enum EventKind { Invocation, Withdrawal, Return, Suspension, Dissolution, Accession, Invasion, Attack, Announcement, Summit, Signing, Other, Application, Ratification }

/// <summary>How strong a source is.</summary>
/// <remarks>
/// <see cref="Primary"/>: a treaty text, an official government, organization, depositary or court page.
/// <see cref="Reference"/>: a scholarly book or dataset (ATOP), an encyclopedia, a newspaper of record.
/// <see cref="Copy"/>: a primary or reference text hosted elsewhere (its note says whose text it is).
/// <see cref="Weak"/>: anything else (blogs, forums, content farms): never enough alone.
/// </remarks>
public enum SourceKind { Primary, Reference, Copy, Weak }
