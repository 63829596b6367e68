namespace Entente.Data.Tests;

/// <summary>Descriptions, reasons, headquarters, offices and absences for <see cref="TestData.Valid"/>, appended to it.</summary>
internal static class TestBackground
{
    public const string Facts = """

        descriptions:
          - organization: ORG
            nature: collective-defence-alliance
            defence-pledge: true
            what: A test alliance.
            purpose: {text: To test., source: s2}
            end: {date: 1990, why: It was a test., source: s2}
            source: s1
          - treaty: test-treaty
            nature: collective-defence-alliance
            what: The test treaty.
            source: s1
        reasons:
          - id: ccc-leaves-1990
            state: CCC
            treaty: test-treaty
            change: withdrawal
            date: 1990-10-03
            stated:
              - {by: Gamma's government, speaker: CCC, date: 1990-09, quote: We leave., source: s2}
            context:
              - {by: A historian, summary: It left because it ceased to exist.}
            source: s1
        headquarters:
          - {organization: ORG, place: London, state: AAA, from: 1949, to: 1952-04-01, source: s1}
          - {organization: ORG, place: Paris, state: BBB, from: 1952-04-01, source: s1}
        offices:
          - organization: ORG
            title: Secretary General
            leading: true
            what: Chairs the council.
            source: s1
            holders:
              - {name: First, from: 1952-03-24, to: 1957-05-16}
              - {name: Second, nationality: AAA, from: 1957-05-16}
        absences:
          - {treaty: test-treaty, absent: expulsion, what: No clause to expel a party., source: s1}
        """;
}
