using Entente.Core.Atlas;
using Entente.Core.Model;
using Entente.Data.Atop;

namespace Entente.Data.Tests.Atop;

/// <summary>
/// The ATOP-level alliances signed 1914-1969 (data/atop/1914-1944.yaml and 1945-1969.yaml) with a defence pledge in force
/// after 1945-09-02: each is to carry the treaty's own title and a source besides ATOP (issue 10, items 1 and 2).
/// </summary>
public class AtopNamesTests
{
    /// <summary>
    /// How many of them cite a primary, reference or copy source besides ATOP 4.01 (a ratchet: raise it, never lower it;
    /// 89 became 87 when atop-3075 and atop-3205, both sourced, gave way to the curated Rio and Arab League treaties).
    /// </summary>
    private const int SourcedAtLeast = 87;

    private static readonly PartialDate EndOfTheWar = PartialDate.Parse("1945-09-02");

    /// <summary>
    /// The atopids given the treaty's own title (from Gibler, UNTS, Avalon, FRUS and others): a re-import must keep them.
    /// (3205 left the list when the curated Arab League Joint Defence Treaty took its atopid.)
    /// </summary>
    private static readonly int[] Named =
    [
        2075, 2270, 2370, 2385, 2490, 2535, 2550, 2555, 2560, 2563, 2571, 2575, 3010, 3020, 3025, 3030, 3035, 3040,
        3045, 3050, 3055, 3060, 3080, 3085, 3090, 3095, 3100, 3105, 3110, 3115, 3120, 3125, 3135, 3140, 3145, 3155,
        3160, 3165, 3170, 3175, 3185, 3230, 3235, 3245, 3280, 3290, 3300, 3305, 3310, 3330, 3340, 3355, 3360,
        3365, 3390, 3395, 3400, 3405, 3410, 3423, 3430, 3440, 3455, 3465, 3480, 3490, 3500, 3505, 3520, 3525, 3535,
        3538, 3540, 3545, 3550, 3555, 3560, 3565, 3570, 3575, 3580, 3590, 3595, 3600, 3605, 3610, 3620,
    ];

    private static Atlas Atlas => BuiltInDataTests.Result.Atlas!;

    private static IEnumerable<Treaty> DefencePledgesAfterTheWar() =>
        Atlas.Treaties.Where(t => DataSetLoader.IsAtopLevel(t)
            && t.Signed is { Year: >= 1914 and < 1970 }
            && t.Provisions.Any(p => p.Kind == ProvisionKind.Defence)
            && (t.Ended is null || t.Ended >= EndOfTheWar));

    private static bool CitesMoreThanAtop(Treaty treaty) =>
        treaty.Sources.Any(id => id.Value != AtopImport.SourceId && Atlas.Source(id).Kind != SourceKind.Weak);

    [Fact]
    public void BuiltIn_AtopAlliancesWithADefencePledgeAfter1945_CiteASourceBesidesAtop()
    {
        var treaties = DefencePledgesAfterTheWar().ToList();
        var sourced = treaties.Count(CitesMoreThanAtop);

        Assert.True(sourced >= SourcedAtLeast,
            $"{sourced} of {treaties.Count} cite a source besides ATOP; at least {SourcedAtLeast} did. Without one: "
            + string.Join(", ", treaties.Where(t => !CitesMoreThanAtop(t)).Select(t => t.Id.Value)));
    }

    [Fact]
    public void BuiltIn_NamedAtopAlliances_KeepTheirTitleAndSources()
    {
        var byAtopId = DefencePledgesAfterTheWar().ToDictionary(t => t.Atop[0]);

        Assert.All(Named, id =>
        {
            var treaty = Assert.Contains(id, byAtopId);
            Assert.DoesNotMatch("^(Alliance|Non-aggression pact|Neutrality pact|Consultation pact) of ", treaty.Name);
            Assert.Contains($"ATOP {id}", treaty.Aliases);
            Assert.True(treaty.Sources.Count > 1, $"{treaty.Id} cites only {string.Join(", ", treaty.Sources)}");
        });
    }
}
