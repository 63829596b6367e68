using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Core.Model;
using Entente.Core.Reasoning;

namespace Entente.Language.Claims;

public static partial class ClaimChecker
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Order matters: a rule listed first claims its words, and later rules skip words already claimed.
    private static readonly Rule[] Rules =
    [
        new("motive", "counter|in response", Pattern(@"\b(?:to counter|in order to counter|aimed at countering|in response to the threat)\b(?:[^.;]|\.(?=\S))*", Options), _ =>
            Outcome.NotCheckable("a motive or a historical interpretation; no treaty article states it")),
        new("judgement", "heavily", Pattern(@"\b[A-Z][\w’']*(?: [A-Z][\w’']*)? (?:relies|depends) heavily on (?:[^.;]|\.(?=\S))*", RegexOptions.CultureInvariant), _ =>
            Outcome.NotCheckable("a degree of reliance is a judgement, not a fact the data records")),
        new("founding-date", "established|founded|created|formed|signed|set up", Pattern(@"\b(?<subject>[A-Z][\w.\u2024\-’' ]{1,160}?),? (?:was |were )?(?<verb>established|founded|created|formed|signed|set up)(?: in| on)? (?<date>(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)? ?(?<year>1[89]\d\d|20\d\d))", RegexOptions.CultureInvariant), FoundingDate),
        new("constitution-origin", "impos", Pattern(@"\bimpos(?:ition|ed)\b[^.;]*?\bconstitution\b[^.;]*|\bconstitution\b[^.;]*?\bimposed\b[^.;]*", Options), ConstitutionOrigin),
        new("neutrality", "neutral", Pattern(@"\b(?<subject>[A-Z][\w.\u2024\-]+(?: [A-Z][\w.\u2024\-]+)?)(?:’s|'s) neutral (?:status|stance|position)(?:[^.;]|\.(?=\S))*|\b(?<subject>[A-Z][\w.\u2024\-]+(?: [A-Z][\w.\u2024\-]+)?) is (?<not>not )?(?:a )?neutral\b(?:[^.;]|\.(?=\S))*", RegexOptions.CultureInvariant), Neutrality),
        new("decision-not-to-join", "not to join", Pattern(@"\b(?:decision|choice) not to join (?:[^.;]|\.(?=\S))*|\b(?:decided|chose) not to join (?:[^.;]|\.(?=\S))*", Options), DecisionNotToJoin),
        new("could-join", "possibility|could", Pattern(@"\bThe possibility exists(?:[^.;]|\.(?=\S))*[.;]?|\bcould (?:one day |eventually )?join (?:[^.;]|\.(?=\S))*", Options), CouldJoin),
        new("mutual-defence", "mutual", Pattern(@"\b(?:which )?provides? for mutual defen[cs]e(?:[^.;]|\.(?=\S))*|\bmutual defen[cs]e (?:pact|treaty|commitment) between (?:[^.;]|\.(?=\S))*", Options), MutualDefence),
        new("defence-guarantee", "armed attack", Pattern(@"\b(?:It |which |that )?(?:ensures|guarantees|promises|commits)\b(?:[^.;]|\.(?=\S))*?\b(?:support|defen[cs]e|protection|aid)\b(?:[^.;]|\.(?=\S))*?\barmed attack on (?<target>[A-Z][\w.\u2024\-]+(?: [A-Z][\w.\u2024\-]+)?)", RegexOptions.CultureInvariant), DefenceGuarantee),
        new("basing", "presence|stationing|use of", Pattern(@"\b(?:enables|allows|permits|provides for) the (?:presence|stationing|use) of (?:[^.;]|\.(?=\S))*?\b(?:bases|forces|troops|facilities)\b(?:[^.;]|\.(?=\S))*", Options), Basing),
        new("defence-purpose", "objective|purpose|aim", Pattern(@"\b(?:The )?(?:primary |main )?(?:objective|purpose|aim) (?:was|is) to ensure the security and defen[cs]e of its member(?:[^.;]|\.(?=\S))*[.]?", Options), DefencePurpose),
        new("renounces-force", "renounc", Pattern(@"\brenounces? (?:the )?(?:use of force|war|the threat or use of force)(?:[^.;,]|\.(?=\S))*?(?=\s+and\s|[.;,]|$)", Options), RenouncesForce),
        new("forbids-military", "prohibit", Pattern(@"\bprohibits? (?<subject>[A-Z][\w]+ )?from (?:maintaining|having|keeping) (?:a |an )?(?:traditional |regular |standing )?(?:military|army|armed forces)\b(?:[^.;]|\.(?=\S))*", Options), ForbidsMilitary),
        new("self-defence-only", "self-defen", Pattern(@"\bfocus(?:ing|es)? on self-defen[cs]e capabilities(?:[^.;]|\.(?=\S))*", Options), SelfDefenceOnly),
        new("main-ally", "alliances", Pattern(@"\b(?:The )?(?:most significant|most important|main|principal|key)(?: and enduring)? of (?:these|its) alliances is with (?<ally>the [A-Z][\w.\u2024]+(?: [A-Z][\w.\u2024]+)*|[A-Z][\w.\u2024]+(?: [A-Z][\w.\u2024]+)*)[.]?", Options), MainAlly),
        new("area", "area of", Pattern(@"(?:[^.;]|\.(?=\S))*\b(?:NATO|the Alliance)(?:’s|'s) (?:primary )?area of (?:responsibility|operations)(?:[^.;]|\.(?=\S))*[.]?", Options), Area),
        new("non-nuclear", "non-nuclear", Pattern(@"(?:[^.;]|\.(?=\S))*\bnon-nuclear (?:policy|principles)(?:[^.;]|\.(?=\S))*[.]?", Options), NonNuclear),
        new("nuclear-posture", "nuclear", Pattern(@"(?:[^.;]|\.(?=\S))*\bNATO(?:’s|'s) nuclear (?:deterrence|strategy|posture|policy)(?:[^.;]|\.(?=\S))*[.]?", Options), NuclearPosture),
        new("regional-forums", "forum", Pattern(@"\b(?:It |[A-Z][\w]+ )?(?:actively )?(?:participates|takes part|engages) in (?:[^.;]|\.(?=\S))*regional (?:forums|fora|security forums)(?:[^.;]|\.(?=\S))*[.]?", Options), RegionalForums),
        new("peacekeeping", "peacekeeping", Pattern(@"\b(?<subject>[A-Z][\w]+) (?:actively )?(?:contributes to|participates in|takes part in) (?:international |UN |United Nations )?peacekeeping(?:[^.;]|\.(?=\S))*[.]?", RegexOptions.CultureInvariant), Peacekeeping),
        new("case-by-case", "case-by-case", Pattern(@"\b(?:It |[A-Z][\w]+ )?engages with (?<org>[A-Z][\w]+)(?:[^.;]|\.(?=\S))*\bcase-by-case basis[.]?", Options), CaseByCase),
        new("cooperation-areas", "cooperat|collaborat|ties", Pattern(@"\b(?<subject>[A-Z][\w]+)(?: and (?<org2>[A-Z][\w]+))? (?:maintains cooperative ties with (?<org>[A-Z][\w]+) in areas such as|collaborates? on|cooperates? (?:with (?<org>[A-Z][\w]+) )?on) (?<areas>(?:[^.;]|\.(?=\S))+?)(?=,? (?:recognizing|to address|to counter|in order)|[.;]|$)", RegexOptions.CultureInvariant), CooperationAreas),
        new("membership-count", "member|allies", Pattern(@"\b(?<org>[A-Z][\w]+) (?:has|had|now has) (?<count>\d+) (?:member states|members|member countries|allies)", RegexOptions.CultureInvariant), MembershipCount),
        new("joined", "joined|acceded|became a member", Pattern(@"\b(?<subject>[A-Z][\w]+(?: [A-Z][\w]+)?) (?:joined|acceded to|became a member of) (?:the )?(?<org>[A-Z][\w]+(?: [A-Z][\w]+)*)(?: in (?<year>1[89]\d\d|20\d\d))", RegexOptions.CultureInvariant), Joined),
        new("membership", "member|part of", Pattern(@"\b(?<subject>[A-Z][\w]+(?: [A-Z][\w]+)?) (?:is|was|remains) (?<not>not )?(?:a )?(?:member|part) of (?<org>(?:the )?[A-Z][\w]+(?: [A-Z][\w]+)*)", RegexOptions.CultureInvariant), Membership),
        new("invocations", "invoked", Pattern(@"\bArticle (?<article>\d+) has (?:only )?been invoked (?<count>once|twice|three times|four times|\d+ times|never)", Options), Invocations),
    ];

    private static AnswerFact Fact(string statement, IEnumerable<SourceId> sources) => new(statement, sources.Distinct().ToArray());

    private static int? Year(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
}
