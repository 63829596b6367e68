namespace Entente.Language.Reading;

/// <summary>What a token is.</summary>
internal enum TokenKind { Word, Number, Punctuation }

/// <summary>
/// A word, number or punctuation mark of a text, with its place: <c>text[Start..End]</c> is <see cref="Text"/>.
/// <see cref="Norm"/> is its lower-case, accent-free form as names are indexed ("Côte" → "cote").
/// </summary>
internal sealed record Token(string Text, string Norm, int Start, int End, TokenKind Kind)
{
    public bool Is(string norm) => Norm == norm;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
