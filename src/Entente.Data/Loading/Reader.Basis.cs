using Entente.Core.Model;

namespace Entente.Data.Loading;

internal sealed partial class Reader
{
    /// <summary>
    /// A policy's <c>basis</c>: <c>{kind, instrument, date, constitutional, forbids-alliances, note, source}</c>, or null
    /// when absent or wrong. The rules are <see cref="PolicyBasis.Problem"/>'s, reported at the field; unlike other nested
    /// facts a basis names its own source, since the policy's sources need not speak to its standing in law.
    /// </summary>
    private PolicyBasis? ReadBasis(MapReader policy, PartialDate? policyEnd)
    {
        if (policy.Map("basis") is not { } map)
            return null;
        var kind = map.Enum<BasisKind>("kind", required: true);
        var instrument = map.Text("instrument");
        var date = map.Date("date");
        var constitutional = map.Bool("constitutional") ?? false;
        var forbids = map.Bool("forbids-alliances");
        var note = map.Text("note");
        var sources = SourcesOf(map);
        map.RejectUnknown();
        if (kind is not { } k || sources.Count == 0)
            return null;
        if (PolicyBasis.Problem(k, instrument, date, forbids, constitutional) is { } problem)
        {
            map.Report(problem.Field, problem.Message);
            return null;
        }
        // An instrument made after the policy ended cannot be what the policy rested on.
        if (date is { Year: > 0 } made && policyEnd is { Year: > 0 } end && made.FirstDay >= end.FirstDay)
        {
            map.Report("date", $"{made} is not before the policy ended ({end}): the instrument a policy rests on comes before its end");
            return null;
        }
        var basis = new PolicyBasis(k, instrument, date, sources, forbids, constitutional, note);
        Note(basis, map);
        return basis;
    }
}
