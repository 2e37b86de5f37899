// Publication dates in the common forms, normalised to ISO 8601.
#include "documents/dates.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

const CleaningRules& Rules() { return *DefaultCleaningRules(); }

TEST(ParseDateTest, CommonForms) {
  EXPECT_EQ("2024-08-20", ParseDate("2024-08-20", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("2024-08-20T07:13:00+03:00", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("August 20, 2024", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("20 Aug 2024", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("20 Aug. 2024", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("Tuesday, Aug 20th 2024 10:32 GMT", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("07:13 | 20 August 2024", Rules(), true));
  EXPECT_EQ("2023-09-05", ParseDate("Sept 5 2023", Rules(), true));
  EXPECT_EQ("2024-08-21", ParseDate("Updated 4:05 PM GMT+3, August 21, 2024", Rules(), true));
}

TEST(ParseDateTest, RejectsImpossibleDates) {
  EXPECT_EQ("", ParseDate("2023-02-29", Rules(), true));
  EXPECT_EQ("2024-02-29", ParseDate("29 February 2024", Rules(), true));
  EXPECT_EQ("", ParseDate("31 April 2024", Rules(), true));
  EXPECT_EQ("", ParseDate("August 2024", Rules(), true));  // no day
}

TEST(ParseDateTest, WholeLineRefusesSentencesThatMentionADate) {
  EXPECT_EQ("", ParseDate("Talks resumed on 20 August 2024 in Cairo.", Rules(), true));
  EXPECT_EQ("2024-08-20", ParseDate("Talks resumed on 20 August 2024 in Cairo.", Rules(), false));
  EXPECT_EQ("", ParseDate("Hamas said on Oct. 7 it would respond", Rules(), false));
}

}  // namespace
}  // namespace actorgraph
