namespace Entente.Language.Views;

/// <summary>
/// An <see cref="Answer"/> as JSON, the one shape that <c>entente ask --json</c>, <c>why-not --json</c>, <c>attack --json</c> and
/// <c>GET /api/ask</c>, <c>/api/why-not</c>, <c>/api/attack</c> share.
/// </summary>
/// <param name="Intent">The question family it was read as (<c>why-not</c>, <c>attack</c>, <c>is-member</c>…), or <c>unknown</c>.</param>
/// <param name="On">The day the answer holds on, <c>yyyy-MM-dd</c> ("in 1980" and <c>on=1980</c> both hold on 1980-12-31).</param>
/// <param name="Reading">How the question was read, in words ("Read as: members of NATO that joined after 2000"); null when not said.</param>
/// <param name="Answer">The answer in one short paragraph; when not answered, why not.</param>
/// <param name="Refusal">When not answered: what was not understood and questions Entente can answer; null otherwise.</param>
/// <param name="Caveat">Set only when <paramref name="On"/> is after the data set's review date: later events may be missing.</param>
public sealed record AnswerJson(
    string Question,
    string Intent,
    string On,
    bool Answered,
    string? Reading,
    string Answer,
    IReadOnlyList<FactJson> Facts,
    IReadOnlyList<SourceJson> Sources,
    RefusalJson? Refusal,
    string? Caveat)
{
    public static AnswerJson Of(Answer answer) => new(
        answer.Question,
        answer.Intent,
        SourceJson.Day(answer.On),
        answer.Answered,
        answer.Reading,
        answer.Text,
        [.. answer.Facts.Select(FactJson.Of)],
        [.. answer.Sources.Select(SourceJson.Of)],
        answer.Answered ? null : new RefusalJson(answer.Text, answer.Suggestions),
        answer.Caveat);
}

/// <summary>Why a question was not answered: what was not understood, and questions Entente can answer instead.</summary>
public sealed record RefusalJson(string NotUnderstood, IReadOnlyList<string> Suggestions);
