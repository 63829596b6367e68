using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Core.Reasoning;
using Entente.Language.Explain;

namespace Entente.Language;

/// <summary>
/// Entente's answers, for every surface (CLI, web, library): the same reasoning, the same words.
/// </summary>
public static class Answers
{
    /// <summary>The longest question <see cref="Ask"/> reads, in characters; a longer one is answered with a request to shorten it.</summary>
    public const int MaxQuestionLength = Questions.Asker.MaxLength;

    /// <summary>
    /// Answers a question in plain English on a date (<paramref name="on"/>; a date in the question wins).
    /// Never throws on bad input: an empty, overlong, non-English or unreadable question gets an answer
    /// with <see cref="Answer.Answered"/> false that says what is wrong and suggests questions.
    /// </summary>
    /// <remarks>The work is bounded by <see cref="MaxQuestionLength"/>; <paramref name="cancel"/> stops it before it starts (a client gone).</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled.</exception>
    public static Answer Ask(Atlas atlas, string question, DateOnly on, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        return new Questions.Asker(atlas, on).Ask(question);
    }

    /// <summary>
    /// Finds the checkable claims in a text and gives each a verdict with its evidence, on a date; in time linear
    /// in the text's length (see <see cref="Claims.ClaimChecker.Check"/>), stopped by <paramref name="cancel"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled.</exception>
    public static Claims.ClaimReport Check(Atlas atlas, string text, DateOnly on, CancellationToken cancel = default) =>
        Claims.ClaimChecker.Check(atlas, text, on, cancel);

    /// <summary>
    /// As <see cref="Check"/>, on the text's own date when it has a date line near its top ("Source: … — 2022-11-16",
    /// "Published 12 March 2025"), else on <paramref name="today"/>; the report says which (<see cref="Claims.ClaimReport.DateLine"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled.</exception>
    public static Claims.ClaimReport CheckOnItsDate(Atlas atlas, string text, DateOnly today, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Claims.DateLine.Find(text) is var (day, words)
            ? Claims.ClaimChecker.Check(atlas, text, day, cancel) with { DateLine = words }
            : Claims.ClaimChecker.Check(atlas, text, today, cancel);
    }

    /// <summary>Why a state is (not) a member of an organization on a date, and whether it could join.</summary>
    public static Answer WhyNot(Atlas atlas, ActorId state, ActorId organization, DateOnly on, string? question = null) =>
        WhyNot(atlas, state, organization, on, question, "why-not");

    internal static Answer WhyNot(Atlas atlas, ActorId state, ActorId organization, DateOnly on, string? question, string intent) =>
        EligibilityExplainer.Explain(atlas, Eligibility.Evaluate(atlas, state, organization, on),
            question ?? $"Why is {atlas.Actor(state).Name} not part of {atlas.Actor(organization).Name}?", intent);

    /// <summary>Who must respond if a state is attacked on a date, at a place or on its own territory.</summary>
    public static Answer Attack(Atlas atlas, ActorId state, DateOnly on, Place? where = null, string? question = null) =>
        AttackExplainer.Explain(atlas, Obligations.Attack(atlas, state, on, where),
            question ?? $"Who must respond to an armed attack on {atlas.Actor(state).Name}{(where is null ? "" : " in " + where.Name)}?");
}
