namespace Entente.Data.Tests.Atop;

/// <summary>Small handmade input files in the real files' formats, quirks included.</summary>
internal static class SmallFiles
{
    public const string StatesHeader = "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version,,,";

    /// <summary>
    /// A states2016.csv in miniature: CRLF line endings, no final newline, three unnamed trailing columns
    /// (one line with spreadsheet junk in them), and two states with two spells each.
    /// </summary>
    public static readonly string States = string.Join("\r\n",
        StatesHeader,
        "USA,2,United States of America,1816,1,1,2016,12,31,2016,,,",
        "UKG,200,United Kingdom,1816,1,1,2016,12,31,2016,,,",
        "GMY,255,Germany,1816,1,1,1945,5,8,2016,,,",
        "GMY,255,Germany,1990,10,3,2016,12,31,2016,164200,#REF!,",
        "GFR,260,German Federal Republic,1955,5,5,1990,10,2,2016,,,",
        "JPN,740,Japan,1860,1,1,1945,8,14,2016,,,",
        "JPN,740,Japan,1952,4,28,2016,12,31,2016,,,");

    public const string MembersHeader = "atopid,cowid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary,version";

    /// <summary>An ATOP member-level file with the given rows after the header (LF endings, final newline).</summary>
    public static string Members(params string[] rows) => string.Join("\n", [MembersHeader, .. rows]) + "\n";

    /// <summary>One member row: <c>atopid,,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,def,off,neu,non,con,0,0,4.01</c>.</summary>
    public static string Row(int atopId, int member, string entry, string exit, string pledges, int phase = 0) =>
        $"{atopId},,{member},{entry},{exit},{phase},{pledges},0,0,4.01";
}
