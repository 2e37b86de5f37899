// Tokenizer and mention finder, on phrases written for these tests.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/embedded.h"
#include "mentions/mention.h"
#include "mentions/tokenizer.h"

namespace actorgraph {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  Vocabulary v;
  std::vector<Token> toks;
  std::string scratch;
  Tokenize(text, 0, text.size(), v, &toks, &scratch);
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(TokenizerTest, SplitsPossessivesNegationAndHyphens) {
  EXPECT_EQ(Texts("Hamas’s offer didn't move al-Sisi."),
            (std::vector<std::string>{"Hamas", "’s", "offer", "did", "n't", "move", "al", "-", "Sisi", "."}));
}

TEST(TokenizerTest, ALoneNegationSuffixIsOneToken) {  // (as dictionaries write it)
  EXPECT_EQ(Texts("n't"), (std::vector<std::string>{"n't"}));
  EXPECT_EQ(TokenKeys("not n't"), (std::vector<std::string>{"not", "n't"}));
}

TEST(TokenizerTest, KeepsDottedAcronymsAndNumbersWhole) {
  EXPECT_EQ(Texts("The U.S. sent 1,200.5 tons."),
            (std::vector<std::string>{"The", "U.S.", "sent", "1,200.5", "tons", "."}));
}

TEST(TokenizerTest, NormalisesKeysAndFlagsCase) {
  Vocabulary v;
  WordId quote = v.Add("\"");
  WordId us = v.Add("us");
  std::string text = "“US” us";
  std::vector<Token> toks;
  std::string scratch;
  Tokenize(text, 0, text.size(), v, &toks, &scratch);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].word, quote);
  EXPECT_EQ(toks[1].word, us);
  EXPECT_TRUE(toks[1].Is(Token::kAllCaps));
  EXPECT_EQ(toks[2].word, quote);
  EXPECT_FALSE(toks[3].Is(Token::kAllCaps));
  EXPECT_EQ(TokenKeys("Secretary of State"), (std::vector<std::string>{"secretary", "of", "state"}));
}

constexpr const char* kDictionary = R"(
[[actor]]
id = "RUS"
name = "Russia"
kind = "country"
party = "RUS"
demonyms = ["Russian"]
capital = "Moscow"

[[actor]]
id = "SUN"
name = "Soviet Union"
kind = "country"
party = "SUN"
aliases = ["USSR"]
demonyms = ["Soviet"]
capital = "Moscow"
until = "1991-12-25"

[[actor]]
id = "USA"
name = "United States"
kind = "country"
party = "USA"
aliases = ["US"]
capital = "Washington"
demonyms = ["American"]

[[actor]]
id = "ARM"
name = "Armenia"
kind = "country"
party = "ARM"
demonyms = ["Armenian"]
capital = "Yerevan"

[[actor]]
id = "AZE"
name = "Azerbaijan"
kind = "country"
party = "AZE"
demonyms = ["Azerbaijani"]
capital = "Baku"

[[actor]]
id = "heydar-aliyev"
name = "Heydar Aliyev"
kind = "person"
offices = [{ office = "head-of-state", party = "AZE", start = "1993-06-15", end = "2003-10-31" }]

[[actor]]
id = "ilham-aliyev"
name = "Ilham Aliyev"
kind = "person"
offices = [{ office = "head-of-state", party = "AZE", start = "2003-10-31" }]

[[actor]]
id = "nikol-pashinyan"
name = "Nikol Pashinyan"
kind = "person"
aliases = ["Pashinyan"]
offices = [{ office = "head-of-government", party = "ARM", start = "2018-05-08" }]

[[actor]]
id = "tamim-bin-hamad"
name = "Tamim bin Hamad"
kind = "person"
aliases = ["Sheikh Tamim"]
offices = [{ office = "head-of-state", party = "QAT", start = "2013-06-25" }]

[[actor]]
id = "WAGNER"
name = "Wagner Group"
kind = "organization"
party = "RUS"
aliases = ["Wagner"]

[[actor]]
id = "therese-wagner"
name = "Therese Wagner"
kind = "person"
offices = [{ office = "foreign-minister", party = "ARM", start = "2023-01-01" }]

[[actor]]
id = "karim-al-tamimi"
name = "Karim al-Tamimi"
kind = "person"
offices = [{ office = "foreign-minister", party = "RUS", start = "2023-01-01" }]

[[actor]]
id = "ZAYED-FOUNDATION"
name = "Sheikh Zayed Foundation"
kind = "organization"
party = "ZAYED-FOUNDATION"

[[actor]]
id = "OPCE"
name = "OPCE"
kind = "organization"
party = "OPCE"
aliases = ["Organization for Peace and Co-operation in Europe"]

[[actor]]
id = "POLISARIO"
name = "Polisario Front"
kind = "organization"
party = "POLISARIO"
aliases = ["the Polisario"]

[[actor]]
id = "EAC"
name = "East African Community"
kind = "organization"
party = "EAC"
aliases = ["the East African bloc"]

[[actor]]
id = "IGAD"
name = "Intergovernmental Authority on Development"
kind = "organization"
party = "IGAD"
aliases = ["IGAD", "East African bloc IGAD"]

[[actor]]
id = "f-w-de-klerk"
name = "F. W. de Klerk"
kind = "person"
party = "ZAF"

[[title]]
office = "head-of-government"
phrases = ["prime minister"]

[[title]]
office = "organization-head"
phrases = ["secretary general"]

[[title]]
office = "head-of-state"
phrases = ["Sheikh"]

[[title]]
office = "foreign-minister"
phrases = ["foreign minister"]
)";

class MentionFinderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(kb_.Overlay(kDictionary, "test.toml").ok());
    auto lex = FindEmbedded("graphs/dictionaries/mentions.toml");
    ASSERT_TRUE(lex.has_value());
    auto f = MentionFinder::Create(kb_, *lex, "mentions.toml", &vocab_);
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    finder_ = std::make_unique<MentionFinder>(std::move(f).value());
  }
  std::vector<Mention> Find(const std::string& text, std::string_view date = "2024-05-01") {
    text_ = text;
    tokens_.clear();
    Tokenize(text_, 0, text_.size(), vocab_, &tokens_, &scratch_);
    std::vector<Mention> out;
    finder_->Find(text_, tokens_, date, &doc_, &out);
    return out;
  }
  std::string Span(const Mention& m) {
    return text_.substr(tokens_[m.first].begin, tokens_[m.last - 1].end - tokens_[m.first].begin);
  }

  KnowledgeBase kb_;
  Vocabulary vocab_;
  std::unique_ptr<MentionFinder> finder_;
  DocumentActors doc_;
  std::string text_, scratch_;
  std::vector<Token> tokens_;
};

TEST_F(MentionFinderTest, UpperCaseUsIsTheStateLowerCaseIsAPronoun) {
  std::vector<Mention> m = Find("The US told us.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, MentionType::kName);
  EXPECT_EQ(m[0].party, "USA");
  EXPECT_EQ(m[1].type, MentionType::kPronoun);
  EXPECT_EQ(m[1].pronoun, PronounClass::kSpeaker);
}

TEST_F(MentionFinderTest, AnAliasWithTheArticleGivesWayToANameEndingBeyondIt) {
  std::vector<Mention> m = Find("Talks were convened by the East African bloc IGAD.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].party, "IGAD");
  m = Find("Talks were convened by the East African bloc.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].party, "EAC");
}

TEST_F(MentionFinderTest, InitialsMatchHoweverTheyAreSpelt) {
  for (std::string name : {"F. W. de Klerk", "F.W. de Klerk", "F W de Klerk", "FW de Klerk"}) {
    std::vector<Mention> m = Find(name + " arrived.");
    ASSERT_EQ(m.size(), 1u) << name;
    EXPECT_EQ(m[0].party, "ZAF") << name;
    EXPECT_EQ(Span(m[0]), name);
  }
}

TEST_F(MentionFinderTest, AnAliasWithTheArticleGivesWayToTheLongerNameInsideIt) {
  std::vector<Mention> m = Find("Armenia and the Polisario Front held talks.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].party, "POLISARIO");
  EXPECT_EQ(Span(m[1]), "Polisario Front");
  m = Find("Armenia and the Polisario held talks.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Span(m[1]), "the Polisario");
}

TEST_F(MentionFinderTest, DemonymsBeforeAGroupNounAreOneGroupEach) {
  std::vector<Mention> m = Find("Armenian and Azerbaijani negotiators arrived.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, MentionType::kGroup);
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_EQ(m[1].type, MentionType::kGroup);
  EXPECT_EQ(m[1].party, "AZE");
  EXPECT_EQ(Span(m[1]), "Azerbaijani negotiators");
}

TEST_F(MentionFinderTest, TitleAndNameMakeOnePersonMention) {
  std::vector<Mention> m = Find("Armenian Prime Minister Nikol Pashinyan spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "nikol-pashinyan");
  EXPECT_EQ(m[0].office, "head-of-government");
  EXPECT_EQ(Span(m[0]), "Armenian Prime Minister Nikol Pashinyan");
}

TEST_F(MentionFinderTest, AFormerOrThenHolderIsNotTheHolderOfTheDay) {
  for (const char* text : {"The talks were hosted by the Armenian prime minister.",
                           "The talks were hosted by the former Armenian prime minister.",
                           "The talks were hosted by Armenia's then prime minister."}) {
    std::vector<Mention> m = Find(text);
    auto pm = std::find_if(m.begin(), m.end(), [&](const Mention& x) { return Span(x).find("prime minister") != std::string::npos; });
    ASSERT_NE(pm, m.end()) << text;
    EXPECT_EQ(pm->party, "ARM") << text;
    bool current = std::string(text).find("former") == std::string::npos && std::string(text).find("then") == std::string::npos;
    if (current) {
      ASSERT_NE(pm->actor, nullptr) << text;
      EXPECT_EQ(pm->actor->id, "nikol-pashinyan");
    } else {
      EXPECT_EQ(pm->actor, nullptr) << text;
      EXPECT_EQ(pm->type, MentionType::kDescription) << text;
    }
  }
}

TEST_F(MentionFinderTest, ABodyWhoseNameBeginsWithATitleIsTheBody) {
  std::vector<Mention> m = Find("The Sheikh Zayed Foundation spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "ZAYED-FOUNDATION");
}

TEST_F(MentionFinderTest, UnknownPersonWithNationalityAndTitleIsDiscovered) {
  std::vector<Mention> m = Find("Azerbaijani Foreign Minister Jeyhun Bayramov spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "jeyhun-bayramov");
  EXPECT_EQ(m[0].party, "AZE");
  EXPECT_TRUE(m[0].discovered);
  // the surname alone finds the same person later in the document
  std::vector<Mention> again = Find("Bayramov left.");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].actor->id, "jeyhun-bayramov");
}

TEST_F(MentionFinderTest, CapitalAfterALocativePrepositionIsAPlace) {
  std::vector<Mention> m = Find("Baku rejected talks in Yerevan.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[0].place);
  EXPECT_EQ(m[0].party, "AZE");
  EXPECT_TRUE(m[1].place);
}

TEST_F(MentionFinderTest, OfficialsInACapitalAreThatStatesBody) {
  std::vector<Mention> m = Find("Senior officials in Yerevan accused Baku of shelling.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, MentionType::kGroup);
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_FALSE(m[0].place);
  EXPECT_EQ(Span(m[0]), "Senior officials in Yerevan");
  // (another state's officials, and a phrase opened by another noun, stay where they are)
  m = Find("American officials in Yerevan met Baku.");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].party, "USA");
  EXPECT_TRUE(m[1].place);
  m = Find("Baku sponsored a meeting of rebel leaders in Yerevan.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_TRUE(m[1].place);
}

TEST_F(MentionFinderTest, DefiniteRoleNounIsADescription) {
  std::vector<Mention> m = Find("The Armenian official said.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, MentionType::kDescription);
  EXPECT_EQ(m[0].party, "ARM");
}

TEST_F(MentionFinderTest, DeputyTitleIsOnePersonWhoIsNotTheHolder) {
  // "Deputy" is a title of its own and a modifier; before another title word it is the modifier
  std::vector<Mention> m = Find("Armenian Deputy Foreign Minister Mnatsakan Safaryan spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "mnatsakan-safaryan");
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_EQ(Span(m[0]), "Armenian Deputy Foreign Minister Mnatsakan Safaryan");
  // a deputy prime minister is not the prime minister
  std::vector<Mention> d = Find("The Armenian deputy prime minister spoke.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].party, "ARM");
  EXPECT_TRUE(d[0].actor == nullptr || d[0].actor->id != "nikol-pashinyan");
  std::vector<Mention> p = Find("The Armenian prime minister spoke.");
  ASSERT_EQ(p.size(), 1u);
  ASSERT_NE(p[0].actor, nullptr);
  EXPECT_EQ(p[0].actor->id, "nikol-pashinyan");
}

TEST_F(MentionFinderTest, NameInAppositionToATitleIsThePerson) {
  std::vector<Mention> m = Find("Azerbaijan's deputy foreign minister, Elnur Mammadov, arrived.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "elnur-mammadov");
  EXPECT_EQ(m[0].party, "AZE");
  // a clause in commas is no name: "the Armenian official, Pashinyan said, ..."
  std::vector<Mention> c = Find("The Armenian foreign minister, officials said, left.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].type, MentionType::kDescription);
}

TEST_F(MentionFinderTest, AKnownNameThatBeginsWithATitleWordIsThatPerson) {
  // "Sheikh" is a title, but "Sheikh Tamim" is a name of the dictionary: no unknown "Tamim"
  std::vector<Mention> m = Find("Sheikh Tamim spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "tamim-bin-hamad");
  EXPECT_FALSE(m[0].discovered);
}

TEST_F(MentionFinderTest, AnUnknownNameEndingInAKnownFullNameIsThatPerson) {
  std::vector<Mention> m = Find("Prime Minister Seyyed Nikol Pashinyan spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "nikol-pashinyan");
  EXPECT_FALSE(m[0].discovered);
}

TEST_F(MentionFinderTest, ATitleAndAGivenNameIsThePersonNamedBefore) {
  // "Sheikh Nikol" after "Nikol Pashinyan" in the same document; a first mention stays unknown
  std::vector<Mention> first = Find("Sheikh Robert spoke.");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_TRUE(first[0].discovered);
  Find("Nikol Pashinyan arrived.");
  std::vector<Mention> m = Find("Sheikh Nikol spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "nikol-pashinyan");
}

TEST_F(MentionFinderTest, AnHonorificAloneIsNoMention) {
  // "Mr." before a name that is no person's: the name is the mention, "Mr." is nothing
  std::vector<Mention> m = Find("Mr. Armenia spoke.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_EQ(Span(m[0]), "Armenia");
}

TEST_F(MentionFinderTest, AFamilyNameOfAPersonNamedBeforeWinsOverAOneWordBody) {
  std::vector<Mention> first = Find("Wagner fighters crossed.");
  ASSERT_GE(first.size(), 1u);
  EXPECT_EQ(first[0].party, "RUS");
  Find("Therese Wagner arrived.");
  std::vector<Mention> m = Find("Wagner spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "therese-wagner");
}

TEST_F(MentionFinderTest, AFamilyNameAfterAnArticleFindsThePersonNamedBefore) {
  // "Jaafari", "al-Jaafari" after "Bashar al-Jaafari"
  EXPECT_TRUE(Find("Tamimi spoke.").empty());
  Find("Karim al-Tamimi arrived.");
  const std::pair<const char*, const char*> cases[] = {
      {"Tamimi spoke.", "Tamimi"}, {"Later al-Tamimi spoke.", "al-Tamimi"}, {"Al-Tamimi spoke.", "Al-Tamimi"}};
  for (const auto& [text, span] : cases) {
    std::vector<Mention> m = Find(text);
    ASSERT_EQ(m.size(), 1u) << text;
    ASSERT_NE(m[0].actor, nullptr) << text;
    EXPECT_EQ(m[0].actor->id, "karim-al-tamimi") << text;
    EXPECT_EQ(Span(m[0]), span) << text;
  }
}

TEST_F(MentionFinderTest, ATitledUnknownNameOfAStateTakesThatState) {
  std::vector<Mention> m = Find("King Tigran of Armenia and Azerbaijani negotiators met.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Span(m[0]), "King Tigran of Armenia");
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_TRUE(m[0].discovered);
  EXPECT_EQ(m[1].party, "AZE");
}

TEST_F(MentionFinderTest, AMiddleInitialDoesNotHideAKnownPerson) {
  std::vector<Mention> m = Find("Prime Minister Nikol V. Pashinyan spoke.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "nikol-pashinyan");
  EXPECT_EQ(Span(m[0]), "Prime Minister Nikol V. Pashinyan");
}

TEST_F(MentionFinderTest, ATitleAndAFamilyNameIsWhoeverOfThatNameHeldOfficeThen) {
  auto who = [&](std::string_view date) -> std::string {
    doc_ = DocumentActors{};  // each date is another article
    std::vector<Mention> m = Find("President Aliyev spoke.", date);
    return m.size() == 1 && m[0].actor ? m[0].actor->id : "?";
  };
  EXPECT_EQ(who("1999-05-01"), "heydar-aliyev");
  EXPECT_EQ(who("2024-05-01"), "ilham-aliyev");
  // before either held office the family name is someone unknown
  EXPECT_EQ(who("1980-05-01"), "aliyev");
}

TEST_F(MentionFinderTest, AnAppositionAfterWhereThePostIsNamesThePerson) {
  std::vector<Mention> m = Find("Azerbaijan's foreign minister in Moscow, Sheikh Elmar Mammadyarov, spoke.");
  ASSERT_FALSE(m.empty());
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "elmar-mammadyarov");
  EXPECT_EQ(m[0].party, "AZE");
}

TEST_F(MentionFinderTest, APersonsEnvoyActsForThatPersonsSide) {
  // (the possessor named with its own title: "US President Bill Clinton's special envoy Anthony Lake")
  std::vector<Mention> m = Find("Prime Minister Nikol Pashinyan's foreign minister Ruben Rubinyan flew to Baku.");
  ASSERT_GE(m.size(), 2u);
  EXPECT_EQ(Span(m[0]), "Prime Minister Nikol Pashinyan");
  ASSERT_NE(m[1].actor, nullptr);
  EXPECT_EQ(m[1].actor->id, "ruben-rubinyan");
  EXPECT_EQ(m[1].party, "ARM");
}

TEST_F(MentionFinderTest, AStatesOwnKnownPersonIsOneMention) {
  std::vector<Mention> m = Find("Armenia's Nikol Pashinyan and Azerbaijan's Ilham Aliyev met.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Span(m[0]), "Armenia's Nikol Pashinyan");
  EXPECT_EQ(Span(m[1]), "Azerbaijan's Ilham Aliyev");
  EXPECT_EQ(m[1].party, "AZE");
  // another state's possessive is not that person's
  std::vector<Mention> other = Find("Armenia's Ilham Aliyev spoke.");
  ASSERT_FALSE(other.empty());
  EXPECT_EQ(Span(other[0]), "Armenia");
}

TEST_F(MentionFinderTest, ATitleOfAStateTakesThatState) {
  std::vector<Mention> m = Find("The prime minister of Azerbaijan spoke.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(Span(m[0]), "The prime minister of Azerbaijan");
  EXPECT_EQ(m[0].party, "AZE");
}

TEST_F(MentionFinderTest, APersonHeadOfAStateBeforeANameIsThatPerson) {
  std::vector<Mention> m = Find("His Armenian counterpart Ararat Mirzoyan spoke.");
  ASSERT_GE(m.size(), 2u);
  EXPECT_EQ(Span(m[1]), "Armenian counterpart Ararat Mirzoyan");
  ASSERT_NE(m[1].actor, nullptr);
  EXPECT_EQ(m[1].actor->id, "ararat-mirzoyan");
  EXPECT_EQ(m[1].party, "ARM");
}

TEST_F(MentionFinderTest, AnUnknownNameBeforeATitledAppositionIsThatPerson) {
  std::vector<Mention> m = Find("Davit Tonoyan, the Armenian foreign minister, spoke.");
  ASSERT_GE(m.size(), 2u);
  EXPECT_EQ(Span(m[0]), "Davit Tonoyan");
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].party, "ARM");
  // a name that is no name of a person: nothing is made up
  std::vector<Mention> none = Find("On Friday, the Armenian foreign minister spoke.");
  for (const Mention& x : none) EXPECT_NE(Span(x), "On Friday");
}

TEST_F(MentionFinderTest, AnUnknownNameBeforeARoleOfAStateIsThatPerson) {
  std::vector<Mention> of = Find("Davit Tonoyan, the acting head of the Azerbaijan mission, spoke.");
  ASSERT_FALSE(of.empty());
  EXPECT_EQ(Span(of[0]), "Davit Tonoyan");
  EXPECT_EQ(of[0].party, "AZE");
}

TEST_F(MentionFinderTest, AKnownPersonOutOfOfficeActsForTheBodyAClosedAppositionNames) {
  std::vector<Mention> m = Find("Heydar Aliyev, the Armenian envoy, spoke.", "2010-05-01");
  ASSERT_FALSE(m.empty());
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "heydar-aliyev");
  EXPECT_EQ(m[0].party, "ARM");
  // in office, the office decides; and a description that opens a new clause is no apposition
  EXPECT_EQ(Find("Heydar Aliyev, the Armenian envoy, spoke.", "1999-05-01")[0].party, "AZE");
  std::vector<Mention> clause = Find("They met Heydar Aliyev, the Armenian envoy said.", "2010-05-01");
  auto aliyev = std::find_if(clause.begin(), clause.end(),
                             [](const Mention& x) { return x.actor && x.actor->id == "heydar-aliyev"; });
  ASSERT_NE(aliyev, clause.end());
  EXPECT_EQ(aliyev->party, "AZE");
}

TEST_F(MentionFinderTest, ALeadersCompoundBeforeADescriptionNounIsThatDescription) {
  // "the US-led group" is the group named before (coreference resolves it), not the United States
  std::vector<Mention> m = Find("Wagner spoke. Later the US-led group said no.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, MentionType::kDescription);
  EXPECT_EQ(m[1].desc, "organization");
  EXPECT_NE(m[1].party, "USA");
  EXPECT_EQ(Span(m[1]), "the US-led group");
  // without a noun of a description the compound stays a name of its state
  std::vector<Mention> talks = Find("Wagner spoke. Later the US-led talks ended.");
  ASSERT_EQ(talks.size(), 2u);
  EXPECT_EQ(talks[1].party, "USA");
}

TEST_F(MentionFinderTest, AGovernmentBasedInACapitalIsThatStatesBody) {
  std::vector<Mention> m = Find("Later the Baku-based government said no.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, MentionType::kGroup);
  EXPECT_EQ(m[0].party, "AZE");
  // a country named as a base is where a body sits, not whose it is
  std::vector<Mention> c = Find("Later the Azerbaijan-based government said no.");
  for (const Mention& x : c) EXPECT_NE(x.type, MentionType::kGroup);
}

TEST_F(MentionFinderTest, AnUnplacedOfficialAfterTheCapitalThatOpensTheSentenceIsThatStates) {
  std::vector<Mention> m = Find("In Baku, Deputy Foreign Minister Farid Huseynov said no.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Span(m[1]), "Deputy Foreign Minister Farid Huseynov");
  EXPECT_EQ(m[1].party, "AZE");
  // a place elsewhere in the sentence says nothing of whose minister it is
  std::vector<Mention> later = Find("Deputy Foreign Minister Rauf Aliyarov said no in Baku.");
  ASSERT_FALSE(later.empty());
  EXPECT_EQ(later[0].party, "");
}

TEST_F(MentionFinderTest, TheFederalGovernmentIsADescriptionOfAState) {
  std::vector<Mention> m = Find("Armenia spoke. The rebels accused the federal government of lying.");
  auto d = std::find_if(m.begin(), m.end(), [&](const Mention& x) { return Span(x) == "the federal government"; });
  ASSERT_NE(d, m.end());
  EXPECT_EQ(d->type, MentionType::kDescription);
  EXPECT_EQ(d->desc, "country");
}

TEST(KebabIdTest, MakesStableIds) { EXPECT_EQ(KebabId("Jeyhun  Bayramov-Jr."), "jeyhun-bayramov-jr"); }

}  // namespace
TEST_F(MentionFinderTest, AFormerStatesCapitalNamesItOnlyUpToItsLastDay) {
  std::vector<Mention> then = Find("Moscow protested.", "1987-05-05");
  ASSERT_EQ(then.size(), 1u);
  EXPECT_EQ(then[0].party, "SUN");
  std::vector<Mention> now = Find("Moscow protested.", "1995-05-05");
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].party, "RUS");
  // its name names it at any date
  std::vector<Mention> name = Find("The USSR collapsed.", "2021-12-25");
  ASSERT_EQ(name.size(), 1u);
  EXPECT_EQ(name[0].party, "SUN");
}

TEST_F(MentionFinderTest, AKnownOneWordNameInsideAnotherNameIsNotThatPerson) {
  // "Wagner" is a body of the test dictionary, "Pashinyan" a person known by one word
  std::vector<Mention> m = Find("Envoy Abdul Pashinyan Baradar arrived.");
  for (const Mention& x : m) EXPECT_NE(x.actor != nullptr ? x.actor->id : "", "nikol-pashinyan");
  std::vector<Mention> ok = Find("President Pashinyan arrived.");
  ASSERT_FALSE(ok.empty());
  EXPECT_EQ(ok[0].actor != nullptr ? ok[0].actor->id : "", "nikol-pashinyan");
}

TEST_F(MentionFinderTest, AnAliasWithATitleGivesWayToTheFullNameAfterTheTitle) {
  // the test dictionary has "Sheikh" as a title; an alias "Sheikh Tamim" must not cut "Tamim bin Hamad"
  std::vector<Mention> m = Find("Sheikh Tamim bin Hamad arrived.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(Span(m[0]), "Sheikh Tamim bin Hamad");
}

TEST_F(MentionFinderTest, AFamilyNameWrittenFirstFindsThePersonNamedBefore) {
  std::vector<Mention> first = Find("Tamim bin Hamad arrived.");
  ASSERT_FALSE(first.empty());
  std::vector<Mention> m = Find("Tamim, who arrived on Tuesday, left.");
  ASSERT_FALSE(m.empty());
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "tamim-bin-hamad");
}

TEST_F(MentionFinderTest, AnUnknownCapitalisedPortfolioBeforeARoleIsPartOfTheTitle) {
  std::vector<Mention> m = Find("Armenian Unification Minister Aram Petrosyan spoke.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(Span(m[0]), "Armenian Unification Minister Aram Petrosyan");
  EXPECT_EQ(m[0].party, "ARM");
}

TEST_F(MentionFinderTest, ANationalityThatContradictsAKnownPersonNamesAnotherPerson) {
  // Pashinyan is Armenia's; an Azerbaijani of that name is someone else, of Azerbaijan
  std::vector<Mention> m = Find("Azerbaijani Prime Minister Nikol Pashinyan spoke.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].party, "AZE");
  EXPECT_TRUE(m[0].actor == nullptr || m[0].actor->id != "nikol-pashinyan");
  // the stated nationality that agrees keeps the known person
  std::vector<Mention> k = Find("Armenian Prime Minister Nikol Pashinyan spoke.");
  ASSERT_FALSE(k.empty());
  ASSERT_NE(k[0].actor, nullptr);
  EXPECT_EQ(k[0].actor->id, "nikol-pashinyan");
}

TEST_F(MentionFinderTest, TheSurnameOfAKnownPersonNamedInFullBefore) {
  // the test dictionary gives Therese Wagner no alias "Wagner"
  std::vector<Mention> first = Find("Therese Wagner arrived.");
  ASSERT_FALSE(first.empty());
  std::vector<Mention> m = Find("Wagner, who arrived on Tuesday, left.");
  ASSERT_FALSE(m.empty());
  ASSERT_NE(m[0].actor, nullptr);
  EXPECT_EQ(m[0].actor->id, "therese-wagner");
}

TEST_F(MentionFinderTest, AStatesRulingCouncilIsABodyOfThatState) {
  std::vector<Mention> m = Find("Armenia's ruling military council met on Friday.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_EQ(Span(m[0]), "Armenia's ruling military council");
}

TEST_F(MentionFinderTest, AJuntaTitleBeforeANameIsThePersonNotTheJunta) {
  std::vector<Mention> m = Find("Armenian junta chief Aram Sargsyan spoke.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_EQ(Span(m[0]), "Armenian junta chief Aram Sargsyan");
  // without a name after it the junta is a group of its state
  std::vector<Mention> g = Find("The Armenian junta said on Friday.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].type, MentionType::kGroup);
  EXPECT_EQ(g[0].party, "ARM");
}

TEST_F(MentionFinderTest, FormerRebelsAreADescriptionOfAnArmedMovement) {
  std::vector<Mention> m = Find("Armenia spoke. The president urged the former rebels to disarm.");
  auto d = std::find_if(m.begin(), m.end(), [&](const Mention& x) { return Span(x) == "the former rebels"; });
  ASSERT_NE(d, m.end());
  EXPECT_EQ(d->type, MentionType::kDescription);
  EXPECT_EQ(d->desc, "armed");
}

TEST_F(MentionFinderTest, ANameThatOpensWithADescriptionNounIsTheName) {
  std::vector<Mention> m = Find("Both appealed to the Organization for Peace and Co-operation in Europe.");
  // ("Both" before the verb is the pair named last, a description of its own)
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].desc, "pair");
  ASSERT_NE(m[1].actor, nullptr);
  EXPECT_EQ(m[1].actor->id, "OPCE");
  EXPECT_EQ(Span(m[1]), "Organization for Peace and Co-operation in Europe");
}

TEST_F(MentionFinderTest, ATitleOfABodyNamedAfterOfIsThatBodys) {
  std::vector<Mention> m = Find("The secretary general of the OPCE said so.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(Span(m[0]), "The secretary general of the OPCE");
  EXPECT_EQ(m[0].party, "OPCE");
}

TEST_F(MentionFinderTest, ANameBeforeADemonymAndAPlaceNameStaysAName) {
  // "Armenian Tavush" is a place, not a group, so "Armenia" is no item of a run of parties.
  std::vector<Mention> m = Find("Shells fell on villages in Armenia and Armenian Tavush.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(Span(m[0]), "Armenia");
  EXPECT_EQ(m[0].type, MentionType::kName);
  EXPECT_EQ(m[0].party, "ARM");
  EXPECT_FALSE(m[0].bare);
}

TEST(DocumentActorsTest, AnInnerNameIsFoundOnlyWhenOnePersonHasIt) {
  Actor murad, lula, other;
  murad.id = "al-haj-murad-ebrahim";
  murad.name = "Al Haj Murad Ebrahim";
  lula.id = "lula";
  lula.name = "Luiz Inacio Lula da Silva";
  other.id = "murad-x";
  other.name = "Ahmed Murad Hassan";
  DocumentActors doc;
  doc.persons = {&murad, &lula};
  EXPECT_EQ(doc.FindInnerName("Murad"), &murad);
  EXPECT_EQ(doc.FindInnerName("Lula"), &lula);
  EXPECT_EQ(doc.FindInnerName("Ebrahim"), nullptr);  // last: the family name's business
  EXPECT_EQ(doc.FindInnerName("Al"), nullptr);       // first: the given name's
  doc.persons.push_back(&other);
  EXPECT_EQ(doc.FindInnerName("Murad"), nullptr);  // two persons share it
}

}  // namespace actorgraph
