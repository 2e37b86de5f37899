// Who does what when a clause has more than one verb, and what definite
// descriptions of armies, sides and monarchies point back to. Sentences are our own.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "relations/extractor_fixture.h"

namespace actorgraph::testing {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;
using ::testing::Not;

class ClauseRolesTest : public ExtractorFixture {};

TEST_F(ClauseRolesTest, CoordinatedVerbKeepsTheFirstVerbsSubject) {
  std::vector<std::string> got = Triples("Blinken met Netanyahu in Jerusalem and urged him to accept the deal.");
  EXPECT_THAT(got, Contains("antony-blinken urge benjamin-netanyahu asserted"));
  EXPECT_THAT(got, Not(Contains("benjamin-netanyahu urge antony-blinken asserted")));
}

TEST_F(ClauseRolesTest, PurposeInfinitiveKeepsTheSubject) {
  std::vector<std::string> got = Triples("Blinken phoned Netanyahu on Friday to press him to accept a truce.");
  EXPECT_THAT(got, Contains("antony-blinken urge benjamin-netanyahu asserted"));
  EXPECT_THAT(got, Not(Contains("benjamin-netanyahu urge antony-blinken asserted")));
}

TEST_F(ClauseRolesTest, ObjectControlVerbsHandTheInfinitiveToTheirObject) {
  // "urged X to", "called on X to": X would meet, not the one who urged; what is urged has not happened
  EXPECT_THAT(Triples("Qatar urged Hamas to meet Egyptian officials in Cairo."),
              IsSupersetOf({"QAT urge HAMAS asserted", "HAMAS meet EGY hypothetical"}));
  EXPECT_THAT(Triples("Jordan called on Israel to meet Egyptian officials."),
              IsSupersetOf({"JOR urge ISR asserted", "ISR meet EGY hypothetical"}));
  // one who is sent to meet is expected to
  EXPECT_THAT(Triples("Blinken sent Burns to meet Netanyahu."), Contains("william-burns meet benjamin-netanyahu planned"));
}

TEST_F(ClauseRolesTest, TheArmyIsTheArmyNamedBefore) {
  EXPECT_THAT(Triples("The Sudanese army and the RSF signed a truce. The army bombed RSF positions on Sunday."),
              Contains("SDN attack RSF asserted"));
  // "the army of" a state names another army; "the army chief" is a person
  EXPECT_THAT(Triples("The Sudanese army and the RSF signed a truce. The RSF accused the army of shelling markets."),
              Contains("RSF criticize SDN asserted"));
}

TEST_F(ClauseRolesTest, BothSidesAreTheSidesOfTheFightingNamedBefore) {
  EXPECT_THAT(Triples("Fighting between the Sudanese army and the RSF raged on. "
                      "Blinken called on both sides to respect the truce."),
              IsSupersetOf({"antony-blinken urge SDN asserted", "antony-blinken urge RSF asserted"}));
  // before any fighting or talks, the first pair the article names
  EXPECT_THAT(Triples("Envoys of the Sudanese army and the RSF signed a truce in Jeddah. "
                      "Qatar urged both parties to respect it."),
              IsSupersetOf({"QAT urge SDN asserted", "QAT urge RSF asserted"}));
}

TEST_F(ClauseRolesTest, BothLeadersAreTheTwoPersonsOfTwoSidesNamedTogether) {
  EXPECT_THAT(Triples("Egyptian President Abdel Fattah al-Sisi and Israeli Prime Minister Benjamin Netanyahu "
                      "signed a declaration. Blinken praised both leaders for their courage."),
              IsSupersetOf({"antony-blinken support abdel-fattah-al-sisi asserted",
                            "antony-blinken support benjamin-netanyahu asserted"}));
}

TEST_F(ClauseRolesTest, APersonsOwnStateAfterOfStaysInTheList) {
  EXPECT_THAT(Triples("Blinken met President Abdel Fattah al-Sisi of Egypt, Prime Minister Benjamin Netanyahu "
                      "of Israel and Sameh Shoukry."),
              IsSupersetOf({"antony-blinken meet abdel-fattah-al-sisi asserted",
                            "antony-blinken meet benjamin-netanyahu asserted", "antony-blinken meet sameh-shoukry asserted"}));
}

TEST_F(ClauseRolesTest, AnAbbreviatedTitleKeepsItsName) {
  EXPECT_THAT(Triples("Mr. Blinken met Mr. Netanyahu on Monday."),
              Contains("antony-blinken meet benjamin-netanyahu asserted"));
}

TEST_F(ClauseRolesTest, WouldInReportedSpeechIsPlannedUnlessConditional) {
  EXPECT_THAT(Triples("Blinken said he would meet Netanyahu on Monday."),
              Contains("antony-blinken meet benjamin-netanyahu planned"));
  EXPECT_THAT(Triples("Sisi said he would meet Netanyahu if Israel withdrew."),
              Contains("abdel-fattah-al-sisi meet benjamin-netanyahu hypothetical"));
  EXPECT_THAT(Triples("Blinken said it would be a mistake to meet Hamas."),
              Not(Contains("antony-blinken meet HAMAS planned")));
}

TEST_F(ClauseRolesTest, ASecondAndBeforeAVerbStartsANewClause) {
  std::vector<std::string> got =
      Triples("Qatar mediated swaps between Israel and Hamas, and Egypt has also helped.");
  EXPECT_THAT(got, IsSupersetOf({"QAT mediate ISR asserted", "QAT mediate HAMAS asserted"}));
  EXPECT_THAT(got, Not(Contains("QAT mediate EGY asserted")));
}

TEST_F(ClauseRolesTest, APronounAfterAReportingVerbIsItsSpeaker) {
  // "it" is Israel, not Hamas named in between
  EXPECT_THAT(Triples("Israel rejected the terms Hamas had agreed to, but said it would send a delegation to Cairo."),
              Contains("ISR visit EGY planned"));
}

TEST_F(ClauseRolesTest, ALongAppositionWithARelativeClauseIsSkipped) {
  std::vector<std::string> got = Triples(
      "Egypt and Jordan, the two Arab states that signed the accords that Israel hailed, have warned Iran.");
  EXPECT_THAT(got, IsSupersetOf({"EGY criticize IRN asserted", "JOR criticize IRN asserted"}));
  EXPECT_THAT(got, Not(Contains("ISR criticize IRN asserted")));
}

TEST_F(ClauseRolesTest, APronounAfterATimePhraseIsASubject) {
  // "on Friday he held": "Friday" is no verb whose object "he" would be
  EXPECT_THAT(Triples("Sisi met Blinken on Saturday. Burns flew to Cairo from Doha, where on Friday he held talks "
                      "with Shoukry."),
              Contains("william-burns meet sameh-shoukry asserted"));
}

TEST_F(ClauseRolesTest, ACounterpartNamedAfterACommaIsThatPerson) {
  std::vector<std::string> got = Triples("Blinken held talks with his Egyptian counterpart, Sameh Shoukry, on Friday.");
  EXPECT_THAT(got, Contains("antony-blinken meet sameh-shoukry asserted"));
  EXPECT_THAT(got, Not(Contains("antony-blinken meet EGY asserted")));
}

TEST_F(ClauseRolesTest, ASubordinateClausesSubjectPronounIsTheMainSubject) {
  std::vector<std::string> got = Triples(
      "Netanyahu held talks with Blinken on Tuesday and is due in Cairo on Wednesday, where he is expected to meet Sisi.");
  EXPECT_THAT(got, Contains("benjamin-netanyahu meet abdel-fattah-al-sisi planned"));
  EXPECT_THAT(got, Not(Contains("antony-blinken meet abdel-fattah-al-sisi planned")));
}

TEST_F(ClauseRolesTest, TheGovernmentIsTheStateOfABodyNamedBefore) {
  EXPECT_THAT(Triples("Sudanese officials met the RSF. Blinken called on the government and the RSF to talk."),
              IsSupersetOf({"antony-blinken urge SDN asserted", "antony-blinken urge RSF asserted"}));
}

TEST_F(ClauseRolesTest, APossessorsOwnBodyActsForIt) {
  EXPECT_THAT(Triples("Hamas leaders met in Doha. The group's delegation handed Egyptian mediators a proposal."),
              Contains("HAMAS propose EGY asserted"));
  EXPECT_THAT(Triples("Israel's delegation met Egyptian officials in Cairo."), Contains("ISR meet EGY asserted"));
}

TEST_F(ClauseRolesTest, TheyAfterAMeetingAreThoseWhoMet) {
  std::vector<std::string> got =
      Triples("Blinken met Sisi and Netanyahu in Cairo. Together they called Shoukry on Sunday.");
  EXPECT_THAT(got, IsSupersetOf({"antony-blinken meet sameh-shoukry asserted", "abdel-fattah-al-sisi meet sameh-shoukry asserted",
                                 "benjamin-netanyahu meet sameh-shoukry asserted"}));
  // calling someone together is no meeting among the callers in that sentence
  for (const Relation& r : Run("Blinken met Sisi and Netanyahu in Cairo. Together they called Shoukry on Sunday.").relations)
    if (r.sentence == 2) {
      EXPECT_EQ(r.target.id, "sameh-shoukry") << r.source.id << " " << r.target.id;
    }
}

TEST_F(ClauseRolesTest, TheKingdomIsTheMonarchyNamedLast) {
  std::vector<std::string> got =
      Triples("Saudi Arabia and Egypt welcomed the truce. Blinken later flew to the kingdom.");
  EXPECT_THAT(got, Contains("antony-blinken visit SAU asserted"));
  EXPECT_THAT(got, Not(Contains("antony-blinken visit EGY asserted")));
}

TEST_F(ClauseRolesTest, SpeechActJoinedToAReportKeepsTheReporter) {
  // "A said B ... and accused C": the accusation is A's, not B's
  EXPECT_THAT(Triples("Blinken said the talks had been useful and accused Hamas of stalling."),
              Contains("antony-blinken criticize HAMAS asserted"));
  EXPECT_THAT(Triples("Blinken said Israel had agreed to the plan and urged Hamas to accept it."),
              IsSupersetOf({"antony-blinken urge HAMAS asserted"}));
  // an action verb joined to the reported clause stays with its own subject
  EXPECT_THAT(Triples("Blinken said Israel had agreed and met Netanyahu."),
              Not(Contains("antony-blinken meet benjamin-netanyahu asserted")));
}

TEST_F(ClauseRolesTest, ParticipleClauseHasItsOwnModality) {
  // the "offer" and the negation of the main clause do not reach ", accusing"
  EXPECT_THAT(Triples("Netanyahu rejected the offer, accusing Hamas of stalling."),
              Contains("benjamin-netanyahu criticize HAMAS asserted"));
  EXPECT_THAT(Triples("Netanyahu did not reply, accusing Hamas of stalling."),
              Contains("benjamin-netanyahu criticize HAMAS asserted"));
}

TEST_F(ClauseRolesTest, TheRebelsAreTheArmedMovementNamedBefore) {
  // "the paramilitaries", "the militants": an armed movement (`armed = true`), not any body
  EXPECT_THAT(Triples("The RSF shelled Omdurman. Blinken accused the paramilitaries of looting."),
              Contains("antony-blinken criticize RSF asserted"));
  EXPECT_THAT(Triples("Hamas met UN officials. Blinken condemned the militants on Friday."),
              Contains("antony-blinken criticize HAMAS asserted"));
  // the UN is a body, but no armed one
  EXPECT_THAT(Triples("Blinken met UN officials. Egypt criticised the militants."), Not(Contains(::testing::HasSubstr("criticize UN"))));
}

TEST_F(ClauseRolesTest, SubjectPronounAfterCommaAndIsTheFirstClausesSubject) {
  EXPECT_THAT(Triples("Egypt said the RSF had shelled Omdurman, and it accused the paramilitaries of looting."),
              Contains("EGY criticize RSF asserted"));
}

TEST_F(ClauseRolesTest, EachOtherIsEverySideAtEveryOther) {
  EXPECT_THAT(Triples("Israel and Hamas accused each other of violating the truce."),
              IsSupersetOf({"ISR criticize HAMAS asserted", "HAMAS criticize ISR asserted"}));
  EXPECT_THAT(Triples("The Sudanese army and the RSF signed a truce, but each has since accused the other of breaking it."),
              IsSupersetOf({"SDN criticize RSF asserted", "RSF criticize SDN asserted"}));
}

TEST_F(ClauseRolesTest, SubjectPronounAfterPrepositionAndWhichIsTheMainSubject) {
  EXPECT_THAT(Triples("Netanyahu flew to Cairo for talks with Sisi, after which he accused Hamas of stalling."),
              Contains("benjamin-netanyahu criticize HAMAS asserted"));
}

TEST_F(ClauseRolesTest, DismissingAnActorAsSomethingCriticisesIt) {
  std::vector<std::string> got = Triples("Netanyahu dismissed the Hamas delegation as a sham.");
  EXPECT_THAT(got, Contains("benjamin-netanyahu criticize HAMAS asserted"));
  EXPECT_THAT(got, Not(Contains("benjamin-netanyahu respond HAMAS asserted")));
  // dismissing a proposal is still a response
  EXPECT_THAT(Triples("Netanyahu dismissed Hamas's proposal."), Contains("benjamin-netanyahu respond HAMAS asserted"));
}

TEST_F(ClauseRolesTest, TheTwoForcesAreTheSidesOfTheFighting) {
  EXPECT_THAT(Triples("Fighting between the Sudanese army and the RSF went on. Blinken urged the two forces to stop."),
              IsSupersetOf({"antony-blinken urge SDN asserted", "antony-blinken urge RSF asserted"}));
}

TEST_F(ClauseRolesTest, ABareArmyBeforeItsWeaponsIsTheArmyNamedBefore) {
  EXPECT_THAT(Triples("The Sudanese army and the RSF clashed. Army warplanes bombed RSF positions on Sunday."),
              Contains("SDN attack RSF asserted"));
  EXPECT_THAT(Triples("The Sudanese army and the RSF clashed. Residents reported army air strikes on RSF positions."),
              Contains("SDN attack RSF asserted"));
}

TEST_F(ClauseRolesTest, ThePossessorOfAnAttackAtTheHeadOfTheClauseIsTheAttacker) {
  EXPECT_THAT(Triples("Israel's bombardment has killed thousands of Palestinians."), Contains("ISR attack PSE asserted"));
  // an attack named as an object is no subject of the next verb
  EXPECT_THAT(Triples("Egypt condemned Israel's offensive and urged Hamas to accept the truce."),
              Not(Contains("ISR urge HAMAS asserted")));
}

TEST_F(ClauseRolesTest, ACoordinatedVerbAfterADateKeepsItsSubject) {
  // "who met X in Y on Jan. 11 and pressed him": the date and place do not hide the object
  EXPECT_THAT(Triples("Burns, who met Netanyahu in Jerusalem on Jan. 11 and pressed him to accept the deal, left."),
              Contains("william-burns urge benjamin-netanyahu asserted"));
  // "announced aid for Palestinians and pressed Israel": a list after a preposition is no subject
  EXPECT_THAT(Triples("Blinken arrived in Cairo. There he announced aid for Palestinians and pressed Israel to do more."),
              Contains("antony-blinken urge ISR asserted"));
  // "said the Israelis had cooperated and pressed Hamas": the reporter, past a determiner
  EXPECT_THAT(Triples("Blinken said the Israelis had cooperated and pressed Hamas to accept."),
              Contains("antony-blinken urge HAMAS asserted"));
}

TEST_F(ClauseRolesTest, AReflexiveIsItsClausesSubject) {
  EXPECT_THAT(Triples("Turkey, which has positioned itself as a mediator between Russia and Ukraine, hosted the talks."),
              IsSupersetOf({"TUR mediate RUS asserted", "TUR mediate UKR asserted"}));
}

TEST_F(ClauseRolesTest, APairWithModifiersIsStillThePair) {
  EXPECT_THAT(Triples("Israel and Hamas traded fire. Egypt has been mediating between the two Middle East foes."),
              IsSupersetOf({"EGY mediate ISR asserted", "EGY mediate HAMAS asserted"}));
}

TEST_F(ClauseRolesTest, AListNeverActsOnItselfAndThemAfterAReportIsWhatWasReported) {
  std::vector<std::string> got = Triples(
      "The RSF shelled Omdurman and the Sudanese army bombed Nyala. Egypt, Qatar and Jordan said both warring "
      "parties had given guarantees, and urged them to keep their word.");
  EXPECT_THAT(got, IsSupersetOf({"EGY urge RSF asserted", "EGY urge SDN asserted", "JOR urge RSF asserted"}));
  EXPECT_THAT(got, Not(Contains("EGY urge QAT asserted")));
  EXPECT_THAT(got, Not(Contains("QAT urge JOR asserted")));
}

TEST_F(ClauseRolesTest, ItsBodyAfterASubordinatorIsTheMainSubjects) {
  // "its fighters" is the RSF's body, and "its" after "after" the main subject, not the last state named
  EXPECT_THAT(Triples("The RSF said it had accepted a truce proposed by Egypt and Qatar, days after its fighters "
                      "stormed Omdurman."),
              Contains("RSF attack SDN asserted"));
  EXPECT_THAT(Triples("The RSF said it had accepted a truce proposed by Egypt and Qatar, days after its fighters "
                      "stormed Omdurman."),
              Not(Contains("QAT attack SDN asserted")));
}

TEST_F(ClauseRolesTest, AVerbJoinedAfterAnObjectAndItsComplementKeepsTheFirstSubject) {
  std::vector<std::string> t =
      Triples("Netanyahu accused Hamas of trying to escape its obligations and urged Qatar to press the group.");
  EXPECT_THAT(t, Contains("benjamin-netanyahu urge QAT asserted"));
  EXPECT_THAT(t, Not(Contains("HAMAS urge QAT asserted")));
}

TEST_F(ClauseRolesTest, APrepositionalParticipleAfterAReporterTakesTheReporter) {
  std::vector<std::string> t =
      Triples("Blinken pressed Israel on Friday to allow aid in, but Netanyahu said after meeting him that there would be no truce.");
  EXPECT_THAT(t, Contains("benjamin-netanyahu meet antony-blinken asserted"));
}

TEST_F(ClauseRolesTest, TheObjectOfARelativeClauseOnAThingIsTheMainSubject) {
  std::vector<std::string> t = Triples("Blinken met Netanyahu in Jerusalem on Monday, on a trip that also took him to Cairo.");
  EXPECT_THAT(t, Contains("antony-blinken visit EGY asserted"));
  EXPECT_THAT(t, Not(Contains("benjamin-netanyahu visit EGY asserted")));
}

TEST_F(ClauseRolesTest, AnAppositionNamingTheSubjectKeepsItAdjacent) {
  EXPECT_THAT(Triples("The foreign ministers, Sameh Shoukry and Yair Lapid, negotiated the text for a year."),
              Contains("sameh-shoukry meet yair-lapid asserted"));
  // two of one side in a list do not meet each other
  EXPECT_THAT(Triples("Netanyahu and Lapid discussed the plan on Monday."), Not(Contains(::testing::HasSubstr("meet"))));
}

TEST_F(ClauseRolesTest, ADescriptionInsideAComplementIsNoSubjectOfTheJoinedVerb) {
  std::vector<std::string> t =
      Triples("Shoukry accused Israel of unprovoked and premeditated military aggression and asked Qatar to intervene.");
  EXPECT_THAT(t, Contains("sameh-shoukry urge QAT asserted"));
  EXPECT_THAT(t, Not(Contains("ISR urge QAT asserted")));
}

TEST_F(ClauseRolesTest, WhileAndAParticipleTakeTheMainSubject) {
  EXPECT_THAT(Triples("Blinken said on Thursday that the treaty covers the islands, while urging Israel and Egypt to talk."),
              IsSupersetOf({"antony-blinken urge ISR asserted", "antony-blinken urge EGY asserted"}));
}

TEST_F(ClauseRolesTest, ToldSomeoneInAPhoneCallIsAMeeting) {
  EXPECT_THAT(Triples("Shoukry told Blinken in a phone call on Wednesday that the crossing would stay open."),
              Contains("sameh-shoukry meet antony-blinken asserted"));
}

TEST_F(ClauseRolesTest, TheGovernmentInACapitalIsThatState) {
  EXPECT_THAT(Triples("Egypt said on Tuesday it would accept the deal, and called on the government in Amman to do the same."),
              Contains("EGY urge JOR asserted"));
}

TEST_F(ClauseRolesTest, AVerbJoinedAfterARelativeClauseGoesWithTheMainClause) {
  std::vector<std::string> t = Triples(
      "Egypt said it would accept the agreement with Israel and the ruling that followed it, and called on Jordan to act.");
  EXPECT_THAT(t, Contains("EGY urge JOR asserted"));
  EXPECT_THAT(t, Not(Contains("ISR urge JOR asserted")));
}

TEST_F(ClauseRolesTest, AnEmphaticReflexiveIsTheNameBeforeIt) {
  std::vector<std::string> t =
      Triples("Egypt condemned Israel's annexation of the valley, in a decision opposed by Qatar and Jordan itself.");
  EXPECT_THAT(t, Contains("EGY criticize ISR asserted"));
  EXPECT_THAT(t, Not(Contains("QAT criticize JOR asserted")));
  EXPECT_THAT(t, Not(Contains("QAT criticize EGY asserted")));
}

TEST_F(ClauseRolesTest, ThePossessorOfANounBeforeAnInfinitiveIsItsSubject) {
  std::vector<std::string> t =
      Triples("Shoukry said Israel must end its siege, repeating his pledge to stand by Jordan.");
  EXPECT_THAT(t, Contains("sameh-shoukry support JOR asserted"));
  EXPECT_THAT(t, Not(Contains("ISR support JOR asserted")));
}

TEST_F(ClauseRolesTest, APrepositionalObjectBeforeAPhoneCallIsMet) {
  EXPECT_THAT(Triples("Shoukry apologised to Lapid in a phone call on Monday."), Contains("sameh-shoukry meet yair-lapid asserted"));
}

TEST_F(ClauseRolesTest, ItAfterAListThatActsOnItIsNoneOfThatList) {
  std::vector<std::string> t = Triples(
      "Turkey backed Qatar on Monday after Saudi Arabia, Egypt and Jordan cut ties with it over its policies.");
  EXPECT_THAT(t, Contains("JOR criticize QAT asserted"));
  EXPECT_THAT(t, Not(Contains("SAU criticize JOR asserted")));
}

TEST_F(ClauseRolesTest, TheTwoLeadersAreTheTwoPersonsNamedBeforeInTheSentence) {
  std::vector<std::string> t = Triples(
      "Blinken met Netanyahu on Monday. Shoukry spoke by phone with Lapid, and the two leaders called on Hamas to "
      "free the hostages.");
  EXPECT_THAT(t, IsSupersetOf({"sameh-shoukry urge HAMAS asserted", "yair-lapid urge HAMAS asserted"}));
  EXPECT_THAT(t, Not(Contains("antony-blinken urge HAMAS asserted")));
}

TEST_F(ClauseRolesTest, AnInfinitiveOfPurposeGoesWithTheSubjectOfTheVerbBeforeIt) {
  std::vector<std::string> t =
      Triples("Blinken had also called Egyptian Foreign Minister Sameh Shoukry as the talks opened to press him to send a delegation.");
  EXPECT_THAT(t, Contains("antony-blinken urge sameh-shoukry asserted"));
  EXPECT_THAT(t, Not(Contains("sameh-shoukry urge antony-blinken asserted")));
}

TEST_F(ClauseRolesTest, AnAppositionClosedByACommaBeforeTheSubject) {
  std::vector<std::string> t = Triples(
      "Speaking at a joint news conference with Egypt's foreign minister, Sameh Shoukry, Blinken accused Hamas of stalling.");
  EXPECT_THAT(t, IsSupersetOf({"antony-blinken meet sameh-shoukry asserted", "antony-blinken criticize HAMAS asserted"}));
  EXPECT_THAT(t, Not(Contains("sameh-shoukry criticize HAMAS asserted")));
  // a list of three stays a list
  EXPECT_THAT(Triples("The mediators, Egypt, Qatar and Jordan, urged Hamas to free the hostages."),
              IsSupersetOf({"EGY urge HAMAS asserted", "QAT urge HAMAS asserted", "JOR urge HAMAS asserted"}));
}

TEST_F(ClauseRolesTest, ASubjectPronounAfterAReporterPastARelativeClause) {
  std::vector<std::string> t = Triples(
      "Egypt, whose positions came under Israeli fire several times during the war, said it stood ready to support Jordan.");
  EXPECT_THAT(t, Contains("EGY support JOR asserted"));
  EXPECT_THAT(t, Not(Contains("ISR support JOR asserted")));
}

}  // namespace
}  // namespace actorgraph::testing
