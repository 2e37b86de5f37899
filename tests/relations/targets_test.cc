// Where the target of a verb is found: of-genitives, victims named by a
// demonym and a noun, attack verbs. Sentences are our own.
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

class TargetsTest : public ExtractorFixture {};

TEST_F(TargetsTest, AnOfGenitiveIsThePossessor) {
  EXPECT_THAT(Triples("Turkey praised the efforts of Egypt and Qatar."),
              IsSupersetOf({"TUR support EGY asserted", "TUR support QAT asserted"}));
  EXPECT_THAT(Triples("Jordan condemned the actions of Israel in Gaza."), Contains("JOR criticize ISR asserted"));
}

TEST_F(TargetsTest, TheCityOfAPlaceIsNoActor) {
  std::vector<std::string> got = Triples("Qatar condemned the shelling of the city of Jeddah.");
  EXPECT_THAT(got, Not(Contains("QAT criticize SAU asserted")));
}

TEST_F(TargetsTest, AVictimIsAnUnnamedBodyOfItsState) {
  EXPECT_THAT(Triples("A Jordanian soldier was killed by Israeli fire near the border."),
              Contains("ISR attack JOR asserted"));
  EXPECT_THAT(Triples("Israeli strikes killed dozens of Palestinian civilians."), Contains("ISR attack PSE asserted"));
}

TEST_F(TargetsTest, PrisonersAreWhatADemandIsAbout) {
  // the demand is addressed to the one who holds them, not to the prisoners' state
  std::vector<std::string> got = Triples("Hamas demanded the release of Palestinian prisoners held by Israel.");
  EXPECT_THAT(got, Not(Contains("HAMAS urge PSE asserted")));
}

TEST_F(TargetsTest, ADemonymOnTheWeaponIsTheAttacker) {
  EXPECT_THAT(Triples("Israeli airstrikes killed at least 40 people in Gaza."), Contains("ISR attack PSE asserted"));
  EXPECT_THAT(Triples("Russian missile strikes killed five civilians in Kyiv."), Contains("RUS attack UKR asserted"));
}

TEST_F(TargetsTest, ANegationBetweenVerbAndTargetNegates) {
  EXPECT_THAT(Triples("Israeli officials said they held no direct contacts with Hamas."),
              Contains("ISR meet HAMAS negated"));
  EXPECT_THAT(Triples("Egypt held talks not only with Hamas but also with Israel."),
              Contains("EGY meet HAMAS asserted"));
}

TEST_F(TargetsTest, OpeningFireAtIsAnAttack) {
  EXPECT_THAT(Triples("Israeli troops opened fire on Sunday at Palestinians near the crossing."),
              Contains("ISR attack PSE asserted"));
}

TEST_F(TargetsTest, AbductionsAreAttacks) {
  // CAMEO 181: abduct, hijack, take hostage
  EXPECT_THAT(Triples("Hamas gunmen abducted dozens of Israeli civilians."), Contains("HAMAS attack ISR asserted"));
}

TEST_F(TargetsTest, HitAndStormAreAttacks) {
  EXPECT_THAT(Triples("Russian missiles hit Kyiv overnight."), Contains("RUS attack UKR asserted"));
  EXPECT_THAT(Triples("Israeli troops stormed Palestinian positions."), Contains("ISR attack PSE asserted"));
}

}  // namespace
}  // namespace actorgraph::testing
