namespace Entente.Language.Tests;

/// <summary>
/// Questions across every family, with paraphrases, misspellings and historical dates. Each row asserts the
/// family it is read as and facts the answer must state (all separated by '|'); a '!' prefix means the
/// text must NOT appear. Dates are fixed (today = 2026-11-27) so the answers do not drift.
/// </summary>
public class AskTests
{
    public static TheoryData<string, string, string> Questions => new()
    {
        // is X in Y, on a date
        { "Is Finland in NATO?", "is-member", "Yes.|Finland is a member of NATO|4 April 2023" },
        { "Is Finland a member of NATO in 2022?", "is-member", "No.|not yet a member|4 April 2023" },
        { "Was Finland in NATO on 2023-04-03?", "is-member", "No.|3 April 2023|not yet a member" },
        { "Is Finland a NATO member on 4 April 2023?", "is-member", "Yes.|4 April 2023" },
        { "Was Finland in NATO on 5 April 2023?", "is-member", "Yes." },
        { "Is Sweden part of NATO?", "is-member", "Yes.|7 March 2024" },
        { "Was Sweden in NATO on 6 March 2024?", "is-member", "No.|not yet a member|7 March 2024" },
        { "Was Sweden a member of NATO on 7 March 2024?", "is-member", "Yes." },
        { "Is Japan in NATO?", "is-member", "No.|never has been|partner, not a member" },
        { "Is japn in nato?", "is-member", "No.|Japan is not a member of NATO" },
        { "Is Japan in NATOO?", "is-member", "No.|Japan is not a member of NATO" },
        { "Is Jpaan a member of NATO?", "is-member", "Japan is not a member of NATO" },
        { "Is America in NATO?", "is-member", "Yes.|the United States|24 August 1949|founding" },
        { "Is the U.S. a NATO member?", "is-member", "Yes.|the United States" },
        { "Is the USA part of the North Atlantic Treaty Organization?", "is-member", "Yes.|the United States" },
        { "Is Britain in NATO?", "is-member", "Yes.|the United Kingdom" },
        { "Is Türkiye a NATO member?", "is-member", "Yes.|18 February 1952" },
        { "Is Turkey in NATO?", "is-member", "Yes.|Türkiye" },
        { "Is Czechia in NATO?", "is-member", "Yes.|12 March 1999" },
        { "Is Russia in NATO?", "is-member", "No.|Russia is not a member of NATO" },
        { "Is Ukraine in NATO?", "is-member", "No.|Ukraine is not a member of NATO" },
        { "Is Austria in NATO?", "is-member", "No." },
        { "Is Ireland a member of NATO?", "is-member", "No." },
        { "Is Armenia in the CSTO?", "is-member", "Yes.|Armenia is a member of the CSTO|But since 22 February 2024|frozen" },
        { "Was Armenia in the CSTO in 2020?", "is-member", "Yes.|!frozen" },
        { "Is France in NATO?", "is-member", "Yes.|!integrated" },
        { "Was France in NATO in 1970?", "is-member", "Yes.|integrated military command" },
        { "Is Georgia a member of the CSTO?", "is-member", "?No.|never has been" },
        { "Is New Zealand in ANZUS?", "is-party", "Yes.|29 April 1952" },
        { "Was Spain in NATO in 1980?", "is-member", "No.|not yet a member|30 May 1982" },
        { "Was Spain in NATO in 1983?", "is-member", "Yes.|30 May 1982" },
        { "Was West Germany in NATO in 1960?", "is-member", "Yes.|Germany|6 May 1955" },
        { "Was Germany in NATO in 1950?", "is-member", "No.|6 May 1955" },
        { "Was the Soviet Union in the Warsaw Pact in 1980?", "is-member", "Yes.|the Soviet Union was a member" },
        { "Was East Germany in the Warsaw Pact in 1989?", "is-member", "Yes.|East Germany" },
        { "Was Czechoslovakia in the Warsaw Pact in 1970?", "is-member", "Yes.|Czechoslovakia" },
        { "Was Albania in the Warsaw Pact in 1970?", "is-member", "No.|Albania was a member|13 September 1968" },
        { "Is Poland in the Warsaw Pact?", "is-member", "did not exist|Poland was a member of it from 5 June 1955 to 1 July 1991, when it ended|!Yes." },
        // Past tense or "ever", with no time named: any time of the body's existence.
        { "Was Yugoslavia in the Warsaw Pact?", "is-member", "?No. Yugoslavia was never a member of the Warsaw Treaty Organization (which existed from 5 June 1955 to 1 July 1991)" },
        { "Was Albania a member of the Warsaw Pact?", "is-member", "Yes. Albania was a member of the Warsaw Treaty Organization from 5 June 1955 to 13 September 1968 (withdrawal)" },
        { "Was Hungary in the Warsaw Pact?", "is-member", "Yes. Hungary was a member|to 1 July 1991, when it ended" },
        { "Has Austria ever been in NATO?", "is-member", "No. Austria was never a member of NATO" },
        { "Was Finland in NATO?", "is-member", "Yes. On|Finland is a member of NATO: it joined on 4 April 2023" },
        { "Was Georgia a party to the Collective Security Treaty?", "is-party", "Yes. Georgia was a party to the Collective Security Treaty from 20 April 1994 to 20 April 1999 (expiry)" },
        { "Was Pakistan in SEATO in 1975?", "is-member", "No.|Pakistan was a member of SEATO until 8 November 1973" },
        { "Was Pakistan in SEATO in 1960?", "is-member", "Yes.|Pakistan" },
        { "Was France in SEATO in 1960?", "is-member", "Yes.|France" },
        { "Was the UK in the EU in 2019?", "is-member", "Yes.|the United Kingdom" },
        { "Is the UK in the EU?", "is-member", "No.|1 February 2020" },
        { "Is France a member of the European Union?", "is-member", "Yes.|France" },
        { "Was Greece in NATO in 1951?", "is-member", "No.|18 February 1952" },
        { "Is Montenegro in NATO?", "is-member", "Yes.|5 June 2017" },
        { "Was North Macedonia in NATO in 2019?", "is-member", "No.|27 March 2020" },

        // when did X join / leave Y
        { "When did Finland join NATO?", "when-joined", "Finland joined NATO on 4 April 2023" },
        { "When did Sweden join NATO?", "when-joined", "Sweden joined NATO on 7 March 2024" },
        { "when did spain join nato", "when-joined", "30 May 1982" },
        { "When did West Germany join NATO?", "when-joined", "6 May 1955" },
        { "When did Greece join NATO?", "when-joined", "18 February 1952" },
        { "When did Turkey join NATO?", "when-joined", "Türkiye joined NATO on 18 February 1952" },
        { "When did the UK join NATO?", "when-joined", "24 August 1949|founding" },
        { "When did Poland join NATO?", "when-joined", "12 March 1999" },
        { "When did Estonia join NATO?", "when-joined", "29 March 2004" },
        { "When did Croatia join NATO?", "when-joined", "1 April 2009" },
        { "When did Albania join NATO?", "when-joined", "1 April 2009" },
        { "When did North Macedonia join NATO?", "when-joined", "27 March 2020" },
        { "When did Montenegro join NATO?", "when-joined", "5 June 2017" },
        { "When did Finnland join NATO?", "when-joined", "Finland joined NATO on 4 April 2023" },
        { "When did Japan join NATO?", "when-joined", "Japan has never been a member of NATO" },
        { "Since when is Estonia in NATO?", "when-joined", "29 March 2004" },
        { "What year did Hungary join NATO?", "when-joined", "12 March 1999" },
        { "When did Britain join the EU?", "when-joined", "1 November 1993|1 February 2020|!joined again" },
        { "When did Croatia join the EU?", "when-joined", "1 July 2013" },
        { "When did the UK leave the EU?", "when-left", "1 February 2020" },
        { "Did France leave NATO?", "when-left", "France has not left NATO|integrated military command" },
        { "When did France leave NATO's integrated command?", "when-left-command", "integrated military command|1966" },
        { "When did Albania leave the Warsaw Pact?", "when-left", "13 September 1968" },
        { "When did Pakistan leave SEATO?", "when-left", "8 November 1973" },
        { "Did Uzbekistan leave the CSTO?", "when-left", "suspended since 19 December 2012" },
        { "When did Greece withdraw from NATO?", "when-left", "Greece has not left NATO" },

        // members of Y
        { "Who are the members of NATO?", "members", "32 members|Sweden|Finland|Türkiye" },
        { "Which countries are in the CSTO?", "members", "Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia|Tajikistan" },
        { "How many members does NATO have?", "member-count", "NATO has 32 members" },
        { "How many members did NATO have in 1990?", "member-count", "NATO had 16 members on 31 December 1990" },
        { "How many members did NATO have on 2024-03-06?", "member-count", "31 members" },
        { "How many members did NATO have in 1949?", "member-count", "12 members" },
        { "How many members does the EU have?", "member-count", "The EU has 27 members" },
        { "How many members did the EU have in 2019?", "member-count", "28 members" },
        { "Who were the founding members of NATO?", "founders", "12 founding members|Belgium|Canada|Iceland|the United States" },
        { "Who are the founders of the Warsaw Pact?", "founders", "8 founding members|the Soviet Union|East Germany|Albania" },
        // Is a treaty in force, an organization in being: yes, no, or not known after ATOP's end.
        { "Is the ANZUS treaty still in effect?", "in-force", "Yes. The Security Treaty between Australia, New Zealand and the United States of America is in force on|it entered into force on 29 April 1952" },
        { "Is the Warsaw Pact still in force?", "in-force", "No. The Warsaw Treaty Organization was dissolved on 1 July 1991" },
        { "Is SEATO still active?", "in-force", "No. SEATO was dissolved on 30 June 1977|Its treaty, the Southeast Asia Collective Defense Treaty, is still in force" },
        { "Has SEATO been dissolved?", "in-force", "Yes. SEATO was dissolved on 30 June 1977" },
        { "Does NATO still exist?", "in-force", "Yes. NATO exists on|it dates from 24 August 1949" },
        { "Is the Triple Alliance still in force?", "in-force", "No. The Treaty of Alliance between Austria-Hungary, Germany and Italy ended on 3 November 1918" },
        { "Is the ANZUS treaty in force in 1950?", "in-force", "No.|was not in force on 31 December 1950: it entered into force on 29 April 1952" },
        { "Is the ATOP 4030 treaty still in force?", "in-force", "Not known.|was in force at the end of ATOP's coverage (31 December 2016); Entente has not confirmed it since|!Yes" },
        { "Is the ATOP 4030 treaty in force in 2010?", "in-force", "Yes.|it binds from its signature on 22 May 1991" },
        // A pledge ATOP shows at its end and no source confirms since is never a plain yes.
        { "Are Lebanon and Syria allies?", "defence-treaties", "Yes, one: the Treaty of Joint Defence and Economic Co-operation|ATOP also shows the Treaty of Brotherhood, Cooperation and Coordination|Entente has not confirmed it since" },
        // A rank in the order of joining: members who joined on one day share the ranks their day spans.
        { "Who was the 30th member of NATO?", "members", "North Macedonia was the 30th member of NATO: it joined on 27 March 2020" },
        { "Which country became NATO's thirty-first member?", "members", "Finland was the 31st member of NATO" },
        { "What was the 13th country to join NATO?", "members", "Greece and Türkiye joined NATO together on 18 February 1952, as its 13th and 14th members|ranks none of them 13th alone" },
        { "Who was the second country to join NATO?", "members", "as its 1st to 12th members" },
        { "Which country was the 28th member of the EU?", "members", "Croatia was the 28th member of the EU" },
        { "Who was the 40th member of NATO?", "members", "?Only 32 states had joined NATO by|so none was its 40th member" },
        { "Who was the 16th member of NATO in 1990?", "members", "Spain was the 16th member of NATO" },
        // The first or last of former members to leave, by the day they left; dissolution is no leaving.
        { "Who was the last country to leave the Warsaw Pact?", "members", "The last to leave the Warsaw Treaty Organization was East Germany, on 24 September 1990 (withdrawal)" },
        { "Which was the first country to leave the Warsaw Pact?", "members", "The first to leave the Warsaw Treaty Organization was Albania, on 13 September 1968" },
        { "Which was the first country to leave the CSTO?", "members", "?No state has left the CSTO in Entente's data" },
        { "Who joined NATO in 1999?", "joined-in-year", "Czechia, Hungary and Poland" },
        { "Who joined NATO in 2004?", "joined-in-year", "Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia|29 March 2004" },
        { "Which countries joined NATO in 2009?", "joined-in-year", "Albania and Croatia" },
        { "Who joined the EU in 2004?", "joined-in-year", "Cyprus|Malta|1 May 2004" },
        { "Who joined NATO in 2010?", "joined-in-year", "No state joined NATO in 2010" },
        { "List the members of SEATO in 1960", "members", "8 members|Pakistan|Thailand" },
        { "Who was in SEATO in 1980?", "members", "did not exist" },

        // treaty dates
        { "When was the North Atlantic Treaty signed?", "treaty-dates", "4 April 1949|24 August 1949" },
        { "When did the North Atlantic Treaty enter into force?", "treaty-dates", "entered into force on 24 August 1949" },
        { "When was NATO founded?", "treaty-dates", "4 April 1949" },
        { "When was the Warsaw Pact dissolved?", "treaty-dates", "1 July 1991" },
        { "When was SEATO dissolved?", "treaty-dates", "30 June 1977" },
        { "When was ANZUS signed?", "treaty-dates", "1 September 1951|29 April 1952" },
        { "When was the Rio Treaty signed?", "treaty-dates", "2 September 1947" },
        { "When was the Manila Pact signed?", "treaty-dates", "8 September 1954" },
        { "When did the US-Japan Security Treaty enter into force?", "treaty-dates", "23 June 1960" },

        // what does article N say
        { "What does Article 5 of the North Atlantic Treaty say?", "article", "an armed attack against one or more of them in Europe or North America" },
        // What a treaty binds its parties to: its defence pledge, never the list of its members.
        { "What does the Rio Treaty require?", "article", "Article 3 of the Inter-American Treaty of Reciprocal Assistance" },
        { "What are the obligations of NATO members?", "article", "Article 5 of the North Atlantic Treaty|!32 members" },
        { "What does the ANZUS treaty commit its members to do?", "article", "Article IV of the Security Treaty between Australia, New Zealand and the United States of America" },
        { "What does Article 10 of the North Atlantic Treaty say?", "article", "any other European State" },
        { "What does Article 6 of the North Atlantic Treaty say?", "article", "Tropic of Cancer" },
        { "What does Article 4 of the Washington Treaty say?", "article", "consult" },
        { "What does article 9 of the Japanese constitution say?", "policy", "Article 9|renounces war" },
        { "What does Article 9 of the North Atlantic Treaty say?", "article", "Article 9 of the North Atlantic Treaty|!Japan" },
        { "What does Article V of the US-Japan security treaty say?", "article", "territories under the administration of Japan" },
        { "What does Article 5 of the U.S.-Japan Security Treaty say?", "article", "Article V" },
        { "What does Article 42(7) of the Treaty on European Union say?", "article", "aid and assistance by all the means in their power" },
        { "What does Article IV of ANZUS say?", "article", "constitutional processes" },

        // why not / could join
        { "Why is Japan not part of NATO?", "why-not", "The legal bar: Article 10|not a European state" },
        { "Why isn't Japan in NATO?", "why-not", "not a European state" },
        { "why is japan not a member of nato", "why-not", "not a European state" },
        { "Why is Japan not in the North Atlantic Treaty Organization?", "why-not", "not a European state" },
        { "Why is Australia not in NATO?", "why-not", "Australia is not a European state|partners across the globe|Security Treaty between Australia|!neutral" },
        { "Why isn't Switzerland in NATO?", "why-not", "Nothing in the treaty bars it|Permanent neutrality of Switzerland|Partnership for Peace" },
        { "Why is Ukraine not a member of NATO?", "why-not", "Nothing in the treaty bars it|invitation agreed unanimously" },
        { "Why is Finland not in NATO?", "why-not", "Finland is a member of NATO|4 April 2023" },
        { "Why was Finland not in NATO in 2020?", "why-not", "Finland is not a member of NATO|Nothing in the treaty bars it" },
        { "Why is Austria not in NATO?", "why-not", "neutrality" },
        { "Could Japan join NATO?", "could-join", "Not as the treaty stands|not a European state" },
        { "Could Ukraine join NATO?", "could-join", "Nothing in the treaty bars it" },
        { "Can Australia join NATO?", "could-join", "Not as the treaty stands" },
        { "Is South Korea eligible to join NATO?", "could-join", "not a European state" },
        { "Could Switzerland join the EU?", "could-join", "Article 49|Switzerland is one" },
        { "Why is Norway not in the EU?", "why-not", "Norway is not a member of the EU|Article 49" },

        // who must defend X / would Y defend X
        { "Who must defend Estonia?", "attack", "Article 5 of the North Atlantic Treaty|Article 42(7)|the United States" },
        { "Who is obliged to defend Estonia if it is attacked today?", "attack", "31 other parties" },
        { "If Poland is attacked, who must respond?", "attack", "31 other parties|Article 5" },
        { "Who would come to the aid of Latvia?", "attack", "Article 5" },
        { "Who must defend Japan?", "attack", "The United States is obliged to act under Article V" },
        { "Who would defend South Korea?", "attack", "The United States|Article III" },
        { "Who must defend North Korea?", "attack", "China|Article II|Russia" },
        { "Who must defend Taiwan?", "attack", "cannot say that no state must come to Taiwan's defence|1 January 1980" },
        { "Who must defend Taiwan in 1970?", "attack", "The United States is obliged|Article V|!not known" },
        { "Who must defend Belarus?", "attack", "Russia|Article 4 of the Collective Security Treaty" },
        { "Who must defend Switzerland?", "attack", "cannot say that no state must come to Switzerland's defence|neutrality" },
        { "Who must defend New Zealand?", "attack", "Australia|suspended" },
        { "Who must defend the Philippines?", "attack", "The United States|Article IV" },
        { "Would NATO defend Japan?", "would-defend", "No: NATO has no treaty obligation to defend Japan" },
        { "Would NATO defend Estonia?", "would-defend", "Yes: Estonia is a member of NATO" },
        { "Would the US defend Japan?", "would-defend", "Yes: the United States is obliged to act if Japan is attacked|Article V" },
        { "Would Japan defend the United States?", "would-defend", "Not known.|cannot say that Japan has no obligation to defend the United States|runs one way" },
        { "Would Australia defend the United States?", "would-defend", "Yes: Australia is obliged|Security Treaty between Australia, New Zealand and the United States" },
        { "Would the United States defend Taiwan?", "would-defend", "Not known." },
        { "Would the United States have defended Taiwan in 1975?", "would-defend", "Yes:" },
        { "Is Germany obliged to defend Lithuania?", "would-defend", "Yes: Germany is obliged" },

        // a name of two states, a compound question, a body that has ended, partnerships, what kind of thing
        { "Is Korea in NATO?", "is-member", "North Korea is not a member of NATO|South Korea is not a member of NATO|partner" },
        { "What is the Warsaw Pact and why was it formed?", "what-is", "14 May 1955|West Germany" },
        { "Who were the members of the Warsaw Pact?", "members", "no longer exists|Albania (left 13 September 1968)|Soviet Union" },
        { "Who are the allies of Albania?", "defence-treaties", "North Atlantic Treaty (NATO) since 1 April 2009|31 other parties|!Yes, one" },
        { "Is Albania and Russia allies?", "defence-treaties", "Not known|Albania is party to the North Atlantic Treaty (NATO) since 1 April 2009|Russia is party to" },
        { "Who are the members of the Quad?", "participants", "Australia, India, Japan and the United States|not an alliance" },
        { "Is India a member of the Quad?", "holds-status", "Yes. India has taken part in the Quadrilateral Security Dialogue|not an alliance" },
        { "Is the Quad an Asian NATO?", "is-alliance", "No. The Quad is not an alliance" },
        { "Is NATO a military alliance?", "is-alliance", "Yes. NATO binds its parties to defend each other: Article 5" },
        { "Pakistan became a member of CENTO in: a) 1954 b) 1955 c) 1958 d) None of these", "choice", "b. 1955|23 September 1955" },
        { "……………….. marks the 75th anniversary of the North Atlantic Treaty Organization (NATO). 1. January 2024 2. February 2024 3. March 2024 4. April 2024", "choice", "4. April 2024|fell on 4 April 2024" },
        { "When is the 50th anniversary of ANZUS?", "treaty-dates", "fell on 1 September 2001" },
        { "Why didn't NATO join in the Falkland war when Britain was attacked?", "covered", "does not cover the Falkland Islands|Article 6|Tropic of Cancer" },
        { "Did Britain invoke NATO during the Faulklands War?", "covered", "does not cover the Falkland Islands|!Yes" },
        { "Given that Malaysia expelled Singapore, why are the two still allied within the Five Power Defence Arrangements?", "why", "1971|consult" },
        { "Why did Britain make alliances with Japan, Russia and France?", "why", "30 January 1902|Russia|France" },
        { "The 'Five Eyes' alliance is primarily concerned with which of the following?", "what-is", "intelligence" },

        // coverage of a place
        { "Is Hawaii covered by Article 5?", "covered", "No. Article 5 of the North Atlantic Treaty does not cover Hawaii|Australia and New Zealand" },
        { "Is Hawaii covered by NATO?", "covered", "does not cover Hawaii" },
        { "Would an attack on Pearl Harbor trigger Article 5?", "covered", "does not cover Hawaii" },
        { "Does Article 5 cover Alaska?", "covered", "Yes. An armed attack on Alaska is covered by Article 5" },
        { "Is Guam covered by ANZUS?", "covered", "Yes. An armed attack on Guam is covered by Article IV" },
        { "Is Puerto Rico covered by NATO?", "covered", "Not known|disputed" },
        { "Are the Falklands covered by Article 5?", "covered", "No. Article 5 of the North Atlantic Treaty does not cover the Falkland Islands|the Falkland Islands lie outside" },
        { "Is Greenland covered by NATO?", "covered", "Yes." },
        { "Are the Senkaku Islands covered by Article V?", "covered", "Yes.|Senkaku" },
        { "Were the Senkakus covered by the US-Japan treaty in 1965?", "covered", "No." },
        { "Is Okinawa covered by the US-Japan security treaty?", "covered", "Yes." },
        { "Is Ceuta covered by Article 5?", "covered", "Not known" },
        { "Are the Canary Islands covered by NATO?", "covered", "Yes." },
        { "Is Kinmen covered by the US-ROC treaty in 1960?", "covered", "No." },

        // invocations
        { "Has Article 5 ever been invoked?", "invoked", "invoked once, on 12 September 2001" },
        { "How many times has Article 5 been invoked?", "invoked", "once" },
        { "Has NATO's Article 5 been invoked?", "invoked", "12 September 2001" },
        { "Has ANZUS ever been invoked?", "invoked", "14 September 2001" },
        { "Has Article 42(7) been invoked?", "invoked", "17 November 2015" },
        { "Has the Rio Treaty ever been invoked?", "invoked", "?records no invocation" },

        // neutrality, policies
        { "Is Switzerland neutral?", "neutral", "Yes.|1815" },
        { "Is Austria neutral?", "neutral", "Yes.|1955|Treaty of Lisbon" },
        { "Is Ireland neutral?", "neutral", "Yes.|Ireland" },
        { "Is Sweden neutral?", "neutral", "No. Sweden is not neutral|North Atlantic Treaty" },
        { "Is Japan neutral?", "neutral", "No. Japan is not neutral" },
        { "Is Costa Rica neutral?", "neutral", "Yes.|1983" },
        { "Is Turkmenistan neutral?", "neutral", "Yes." },
        { "What are the Three Non-Nuclear Principles?", "policy", "not possessing nuclear weapons|not producing|introduction|11 December 1967" },
        { "What are Japan's three non nuclear principles?", "policy", "not possessing" },
        { "How does Japan balance its pacifist constitution with security needs?", "policies", "Article 9|Self-Defense Forces" },

        // defence treaties between states
        { "Does Japan have any defense commitments similar to NATO's collective defense clause?", "defence-treaties", "not a mutual-defence pact in the NATO sense" },
        { "Does Japan have a defence treaty with Australia?", "defence-treaties", "Not known.|Reciprocal Access Agreement|not a defence commitment" },
        { "Does the United States have a defense treaty with the Philippines?", "defence-treaties", "Yes|Mutual Defense Treaty between the Republic of the Philippines and the United States of America" },
        { "Are Japan and the United States allies?", "defence-treaties", "Yes, one|Treaty of Mutual Cooperation and Security" },
        { "Is the US allied with South Korea?", "defence-treaties", "Yes, one|Republic of Korea" },
        { "Does China have a defence treaty with North Korea?", "defence-treaties", "Yes, one|10 September 1961" },
        { "Does Russia have a defence treaty with North Korea?", "defence-treaties", "Yes, one|4 December 2024" },
        { "Does India have a defence treaty with Japan?", "defence-treaties", "?Not known." },

        // treaties in a year
        { "What treaties was Japan party to in 1955?", "treaties-in-year", "Security Treaty between the United States of America and Japan" },
        { "What alliances was the United States party to in 1970?", "treaties-in-year", "North Atlantic Treaty|Security Treaty between Australia, New Zealand" },
        { "What treaties was Pakistan party to in 1960?", "treaties-in-year", "Southeast Asia Collective Defense Treaty" },
        { "What treaties was Finland party to in 2020?", "treaties-in-year", "Treaty of Lisbon|!North Atlantic Treaty" },

        // cooperation
        { "Does Japan cooperate with NATO?", "cooperation", "Yes.|Individually Tailored Partnership Programme" },
        { "Does Japan cooperate with NATO on cybersecurity?", "cooperation", "Yes.|cyber" },
        { "Does Japan work with NATO on cyber defence?", "cooperation", "Yes." },
        { "Does Japan cooperate with NATO on counter-terrorism?", "cooperation", "Yes." },
        { "Does Japan cooperate with NATO on disaster relief?", "cooperation", "Individual Partnership and Cooperation Programme" },
        { "Does Australia cooperate with NATO?", "cooperation", "Yes.|partners across the globe" },
        { "How does Japan contribute to global peacekeeping efforts?", "peacekeeping", "UNTAC|UNMISS" },
        { "Has Japan taken part in UN peacekeeping?", "peacekeeping", "1992" },
        { "Is Israel a major non-NATO ally?", "holds-status", "Yes.|since February 1987" },
        { "Was Israel a major non-NATO ally in 1980?", "holds-status", "No, not on" },
        { "Is Japan a major non-NATO ally?", "holds-status", "Yes.|at least since February 1987" },
        { "Who are the members of the CSTO?", "members", "Uzbekistan (membership suspended since 19 December 2012)|Armenia (participation frozen since 22 February 2024)" },
        { "How many members does the CSTO have?", "member-count", "one of them with its membership suspended (Uzbekistan" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Ask_QuestionFamilies_AnswerStatesTheFacts(string question, string intent, string expected)
    {
        var answer = Knowledge.Ask(question);
        var text = Knowledge.Everything(answer);

        Assert.True(answer.Answered, $"{question} → {answer.Text}");
        Assert.Equal(intent, answer.Intent);
        // A leading '?' marks an answer of absence ("records no …"), which may rest on no fact.
        var absence = expected.StartsWith('?');
        foreach (var part in expected.TrimStart('?').Split('|'))
        {
            if (part.StartsWith('!'))
                Assert.DoesNotContain(part[1..], text, StringComparison.Ordinal);
            else
                Assert.Contains(part, text, StringComparison.Ordinal);
        }
        if (!absence)
            Assert.NotEmpty(answer.Facts);
        Assert.All(answer.Facts, f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void Questions_AreAtLeast150()
    {
        Assert.True(Questions.Count + 8 >= 150, $"{Questions.Count} questions");
    }
}
