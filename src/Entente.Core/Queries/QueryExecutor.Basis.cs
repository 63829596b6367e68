using Entente.Core.Model;

namespace Entente.Core.Queries;

public static partial class QueryExecutor
{
    // The policies of the kind asked in force on the day, oldest first, each with what it rests on in law.
    private static PolicyBasisResult Basis(Atlas.Atlas atlas, PolicyBasisQuery q, DateOnly on) =>
        new(on, q.State, q.Kind, [.. atlas.PoliciesOf(q.State)
            .Where(p => (q.Kind is null || p.Kind == q.Kind) && p.Period.Contains(on))
            .OrderBy(p => p.From ?? default)
            .Select(p => new BasedPolicy(p, p.Basis))]);
}
