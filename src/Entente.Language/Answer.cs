using Entente.Core.Model;

namespace Entente.Language;

/// <summary>
/// An answer to a question: one short paragraph, the facts it rests on with their sources, and the date
/// it holds on. When Entente cannot answer, <see cref="Answered"/> is false, <see cref="Text"/> says so
/// plainly and <see cref="Suggestions"/> lists questions it can answer.
/// </summary>
public sealed record Answer
{
    public required string Question { get; init; }

    /// <summary>The question family it was read as (<c>why-not</c>, <c>attack</c>, <c>is-member</c>…), or <c>unknown</c>.</summary>
    public required string Intent { get; init; }
    public required DateOnly On { get; init; }

    /// <summary>How the question was read, shown before the answer ("Read as: members of NATO that joined after 2000"), so a misreading is visible.</summary>
    public string? Reading { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<AnswerFact> Facts { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<string> Suggestions { get; init; } = [];
    public bool Answered { get; init; } = true;

    /// <summary>Set when the date is after the data set's review date: the answer may miss later events.</summary>
    public string? Caveat { get; init; }
}

/// <summary>One fact an answer uses, in a sentence, with the sources it comes from.</summary>
public sealed record AnswerFact(string Statement, IReadOnlyList<SourceId> Sources);
