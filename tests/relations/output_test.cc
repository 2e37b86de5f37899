// Relation writers: scraped text must not become markup or spreadsheet formulas.
#include "relations/output.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

Relation HostileRelation() {
  Relation r;
  r.doc = "doc-1";
  r.sentence = 3;
  r.kind = RelationKind::kMeet;
  r.source = {"X", "=HYPERLINK(\"http://evil\")", ActorKind::kPerson, "USA"};
  r.target = {"Y", "@SUM(A1:A9)", ActorKind::kCountry, "EGY"};
  r.evidence = "-2+3 said \"hello\", then left";
  r.date = "2024-08-20";
  return r;
}

TEST(RelationsCsvTest, FormulaCellsAreNeutralisedAndQuoted) {
  std::ostringstream out;
  WriteRelationsCsv({HostileRelation()}, out);
  std::string csv = out.str();
  EXPECT_EQ(std::string::npos, csv.find(",=HYPERLINK"));  // never a bare formula cell
  EXPECT_NE(std::string::npos, csv.find(",\"'=HYPERLINK(\"\"http://evil\"\")\","));
  EXPECT_NE(std::string::npos, csv.find(",\"'@SUM(A1:A9)\","));
  EXPECT_NE(std::string::npos, csv.find(",\"'-2+3 said \"\"hello\"\", then left\"\n"));
  // One header line and one row: the comma and quotes inside cells did not split the row.
  EXPECT_EQ(2, std::count(csv.begin(), csv.end(), '\n'));
}

TEST(RelationsJsonlTest, OneValidLinePerRelation) {
  std::ostringstream out;
  std::vector<Relation> rs = {HostileRelation(), HostileRelation()};
  WriteRelationsJsonl(rs, out);
  std::string s = out.str();
  EXPECT_EQ(2, std::count(s.begin(), s.end(), '\n'));
  EXPECT_NE(std::string::npos, s.find("\"kind\":\"meet\""));
  EXPECT_NE(std::string::npos, s.find("\\\"hello\\\""));  // quotes escaped inside the JSON string
}

}  // namespace
}  // namespace actorgraph
