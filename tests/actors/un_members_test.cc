// The built-in dictionaries cover every UN member state (and the four extra
// states news on these conflicts names), their demonyms and capitals, and
// resolve a few well-known office-holders by date. The lists here are written
// independently of graphs/dictionaries/actors/states.toml, from the UN's list
// of member states (un.org/en/about-us/member-states) and ISO 3166-1.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "actors/knowledge_base.h"

namespace actorgraph {
namespace {

// The 193 member states of the United Nations, in the UN's alphabetical order
// of names ("Afghanistan" ... "Zimbabwe"), as ISO 3166-1 alpha-3 codes.
constexpr std::string_view kUnMembers[] = {
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
    "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
    "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
    "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
    "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ",
    "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK",
    "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
    "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
};

// Observer states and states of limited recognition that the news names.
constexpr std::string_view kExtraStates[] = {"PSE", "VAT", "XKX", "TWN"};

const KnowledgeBase& Builtin() {
  static const KnowledgeBase* kb = [] {
    auto loaded = KnowledgeBase::LoadBuiltin();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? new KnowledgeBase(std::move(loaded).value()) : new KnowledgeBase();
  }();
  return *kb;
}

bool HasSurface(std::string_view text, std::string_view actor_id, NameForm form) {
  const auto& surfaces = Builtin().surfaces();
  return std::any_of(surfaces.begin(), surfaces.end(), [&](const Surface& s) {
    return s.text == text && s.actor_id == actor_id && s.form == form;
  });
}

std::string HolderId(std::string_view office, std::string_view party, std::string_view date) {
  auto holder = Builtin().HolderOf(office, party, date);
  if (!holder || holder->person == nullptr) return "<nobody>";
  return holder->person->id;
}

TEST(UnMembersTest, ListIsTheUnMembershipOf193DistinctCodes) {
  std::set<std::string_view> codes(std::begin(kUnMembers), std::end(kUnMembers));
  EXPECT_EQ(std::size(kUnMembers), 193u);
  EXPECT_EQ(codes.size(), 193u);
  for (std::string_view extra : kExtraStates) EXPECT_EQ(codes.count(extra), 0u) << extra;
}

TEST(UnMembersTest, EveryMemberStateIsACountryActingForItself) {
  for (std::string_view code : kUnMembers) {
    const Actor* actor = Builtin().Find(code);
    ASSERT_NE(actor, nullptr) << code << " is missing from the built-in dictionaries";
    EXPECT_EQ(actor->kind, ActorKind::kCountry) << code;
    EXPECT_EQ(actor->party, code) << code;
    EXPECT_FALSE(actor->name.empty()) << code;
  }
}

TEST(UnMembersTest, ObserverAndPartlyRecognisedStatesArePresent) {
  for (std::string_view code : kExtraStates) {
    const Actor* actor = Builtin().Find(code);
    ASSERT_NE(actor, nullptr) << code;
    EXPECT_EQ(actor->kind, ActorKind::kCountry) << code;
    EXPECT_EQ(actor->party, code) << code;
  }
}

TEST(UnMembersTest, NamesDemonymsAndCapitalsResolveToTheirState) {
  EXPECT_TRUE(HasSurface("Israelis", "ISR", NameForm::kDemonymPlural));
  EXPECT_TRUE(HasSurface("Israeli", "ISR", NameForm::kDemonym));
  EXPECT_TRUE(HasSurface("Washington", "USA", NameForm::kCapital));
  EXPECT_TRUE(HasSurface("Cairo", "EGY", NameForm::kCapital));
  EXPECT_TRUE(HasSurface("Doha", "QAT", NameForm::kCapital));
  EXPECT_TRUE(HasSurface("U.S.", "USA", NameForm::kName));
  EXPECT_TRUE(HasSurface("UAE", "ARE", NameForm::kName));
  EXPECT_TRUE(HasSurface("Emirati", "ARE", NameForm::kDemonym));
  EXPECT_TRUE(HasSurface("Britain", "GBR", NameForm::kName));
  EXPECT_TRUE(HasSurface("British", "GBR", NameForm::kDemonym));
  EXPECT_TRUE(HasSurface("Palestinian", "PSE", NameForm::kDemonym));
  EXPECT_TRUE(HasSurface("Palestinians", "PSE", NameForm::kDemonymPlural));
  EXPECT_TRUE(HasSurface("Gazan", "PSE", NameForm::kDemonym));
  EXPECT_TRUE(HasSurface("Türkiye", "TUR", NameForm::kName));
}

TEST(UnMembersTest, BlocsAreNotStates) {
  for (const Surface& s : Builtin().surfaces()) {
    const Actor* actor = Builtin().Find(s.actor_id);
    if (actor == nullptr || actor->kind != ActorKind::kCountry) continue;
    EXPECT_NE(s.text, "Western countries") << s.actor_id;
    EXPECT_NE(s.text, "the West") << s.actor_id;
  }
}

TEST(UnMembersTest, OfficeHoldersResolveByDate) {
  EXPECT_EQ(HolderId("head-of-state", "USA", "2024-08-20"), "joe-biden");
  EXPECT_EQ(HolderId("head-of-state", "USA", "2025-03-10"), "donald-trump");
  EXPECT_EQ(HolderId("head-of-state", "USA", "2019-06-01"), "donald-trump");
  EXPECT_EQ(HolderId("head-of-government", "USA", "2024-08-20"), "joe-biden");
  EXPECT_EQ(HolderId("foreign-minister", "USA", "2024-08-20"), "antony-blinken");
  EXPECT_EQ(HolderId("foreign-minister", "USA", "2025-03-10"), "marco-rubio");
  EXPECT_EQ(HolderId("head-of-government", "ISR", "2022-01-15"), "naftali-bennett");
  EXPECT_EQ(HolderId("head-of-government", "ISR", "2024-02-12"), "benjamin-netanyahu");
  EXPECT_EQ(HolderId("foreign-minister", "EGY", "2024-02-12"), "sameh-shoukry");
  EXPECT_EQ(HolderId("foreign-minister", "EGY", "2024-09-01"), "badr-abdelatty");
  EXPECT_EQ(HolderId("head-of-state", "IRN", "2023-06-01"), "ebrahim-raisi");
  EXPECT_EQ(HolderId("supreme-leader", "IRN", "2023-06-01"), "ali-khamenei");
  EXPECT_EQ(HolderId("head-of-state", "IRN", "2024-09-01"), "masoud-pezeshkian");
  EXPECT_EQ(HolderId("movement-leader", "HAMAS", "2024-03-01"), "ismail-haniyeh");
  EXPECT_EQ(HolderId("movement-leader", "HEZBOLLAH", "2024-12-01"), "naim-qassem");
  EXPECT_EQ(HolderId("head-of-state", "SDN", "2024-03-01"), "abdel-fattah-al-burhan");
  EXPECT_EQ(HolderId("head-of-government", "ARM", "2023-09-20"), "nikol-pashinyan");
  EXPECT_EQ(HolderId("un-secretary-general", "UN", "2024-08-20"), "antonio-guterres");
}

// The states the people dictionary must cover have a leader (head of state or
// of government), a foreign minister and a defence minister on every sampled
// date from 2018 on, except the posts listed below, which are not recorded.
TEST(UnMembersTest, CoveredStatesHaveOfficeHoldersEveryYear) {
  constexpr std::string_view kCovered[] = {"USA", "ISR", "EGY", "QAT", "SAU", "ARE", "JOR",
                                           "TUR", "IRN", "OMN", "RUS", "UKR", "GBR", "FRA",
                                           "DEU", "SDN", "ARM", "AZE", "PSE"};
  const std::set<std::pair<std::string_view, std::string_view>> kNotRecorded = {
      {"SDN", "foreign-minister"},  // changed too often during the war to record reliably
      {"SDN", "defense-minister"},
      {"PSE", "defense-minister"},  // no such post
  };
  for (int year = 2018; year <= 2025; ++year) {
    const std::string date = std::to_string(year) + "-03-01";
    for (std::string_view party : kCovered) {
      EXPECT_TRUE(HolderId("head-of-state", party, date) != "<nobody>" ||
                  HolderId("head-of-government", party, date) != "<nobody>")
          << party << " has no leader on " << date;
      for (std::string_view office : {"foreign-minister", "defense-minister"}) {
        if (kNotRecorded.count({party, office}) > 0) continue;
        // Defence was the sultan's own portfolio until March 2020.
        if (party == "OMN" && office == "defense-minister" && year <= 2020) continue;
        EXPECT_NE(HolderId(office, party, date), "<nobody>")
            << party << " " << office << " " << date;
      }
    }
    EXPECT_NE(HolderId("un-secretary-general", "UN", date), "<nobody>") << date;
  }
}

// Movement leaders change by death; the dictionary follows them.
TEST(UnMembersTest, MovementLeadersFollowSuccessions) {
  EXPECT_EQ(HolderId("movement-leader", "HAMAS", "2024-09-01"), "yahya-sinwar");
  EXPECT_EQ(HolderId("movement-leader", "HEZBOLLAH", "2024-09-01"), "hassan-nasrallah");
  EXPECT_EQ(HolderId("movement-leader", "HEZBOLLAH", "2024-10-15"), "<nobody>");
  EXPECT_EQ(HolderId("movement-leader", "PIJ", "2023-11-01"), "ziyad-al-nakhalah");
}

}  // namespace
}  // namespace actorgraph
