namespace Entente.Data;

/// <summary>
/// One thing wrong in the data, with its place: <c>data/treaties/anzus.yaml:42: treaties[0].parties[2].joined: '1951-13-01' is not a date</c>.
/// </summary>
/// <param name="File">The file's path as the loader was given it, relative to the data folder's parent.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is about the whole file.</param>
/// <param name="Field">The field's path inside the file (<c>treaties[0].parties[2].joined</c>), or empty.</param>
public sealed record Problem(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        (Line > 0 ? $"{File}:{Line}: " : $"{File}: ") + (Field.Length > 0 ? $"{Field}: " : "") + Message;
}
