// Sentence splitting with byte offsets. Sentences of our own, plus the exact
// sentence count of each shipped article (counted by hand from the text).
#include "sentences/splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "documents/ingest.h"

namespace actorgraph {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text)) out.emplace_back(s.View(text));
  return out;
}

using Strings = std::vector<std::string>;

TEST(SplitSentencesTest, PlainSentencesWithOffsetsAndIndexes) {
  std::string text = "Envoys met.  Talks went on!\nWhy now? Nobody said.";
  Sentences s = SplitSentences(text);
  ASSERT_EQ(4u, s.size());
  EXPECT_EQ(1, s[0].index);
  EXPECT_EQ(0u, s[0].begin);
  EXPECT_EQ(11u, s[0].end);
  EXPECT_EQ(13u, s[1].begin);  // two spaces skipped
  EXPECT_EQ(27u, s[1].end);
  EXPECT_EQ(4, s[3].index);
  EXPECT_EQ("Nobody said.", s[3].View(text));
}

TEST(SplitSentencesTest, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Strings({"Mr. Haddad met Dr. Farouk and Gen. Tal at St. George's on Oct. 7."}),
            Split("Mr. Haddad met Dr. Farouk and Gen. Tal at St. George's on Oct. 7."));
  EXPECT_EQ(Strings({"Resolution No. 2334 passed.", "It was late."}),
            Split("Resolution No. 2334 passed. It was late."));
  EXPECT_EQ(Strings({"Asked again, he said No.", "The talks ended."}),
            Split("Asked again, he said No. The talks ended."));
  EXPECT_EQ(Strings({"Talks resume in Oct.", "The venue is open."}),
            Split("Talks resume in Oct. The venue is open."));
  EXPECT_EQ(Strings({"U.S. and U.K. envoys arrived.", "They left."}),
            Split("U.S. and U.K. envoys arrived. They left."));
}

TEST(SplitSentencesTest, AcronymAtSentenceEndSplitsBeforeAStarter) {
  EXPECT_EQ(Strings({"The aid came from the U.S.", "The convoy left at noon."}),
            Split("The aid came from the U.S. The convoy left at noon."));
  EXPECT_EQ(Strings({"The U.S. Navy sailed."}), Split("The U.S. Navy sailed."));
}

TEST(SplitSentencesTest, InitialsDecimalsAndNumbers) {
  EXPECT_EQ(Strings({"John F. Kennedy and J. R. Smith spoke.", "Prices rose 3.5 percent."}),
            Split("John F. Kennedy and J. R. Smith spoke. Prices rose 3.5 percent."));
  EXPECT_EQ(Strings({"Some 1,200 people fled.", "Another 4.2 million stayed."}),
            Split("Some 1,200 people fled. Another 4.2 million stayed."));
}

TEST(SplitSentencesTest, QuotesThatCloseASentence) {
  EXPECT_EQ(Strings({"\"We are close.\"", "He left."}), Split("\"We are close.\" He left."));
  EXPECT_EQ(Strings({"She said talks were \"serious.\"", "\"We agree,\" he replied."}),
            Split("She said talks were \"serious.\" \"We agree,\" he replied."));
  EXPECT_EQ(Strings({"\"Why?\" he asked twice."}), Split("\"Why?\" he asked twice."));
  // Curly quotes when the rules have not normalised them.
  EXPECT_EQ(Strings({"\xE2\x80\x9C" "Done.\xE2\x80\x9D", "Next."}),
            Split("\xE2\x80\x9C" "Done.\xE2\x80\x9D Next."));
}

TEST(SplitSentencesTest, HeadlinesAndBulletLines) {
  std::string text = "Envoys gather in Muscat\n- Talks resume on Sunday\n\xE2\x80\xA2 Both sides attend.\n";
  EXPECT_EQ(Strings({"Envoys gather in Muscat", "Talks resume on Sunday", "Both sides attend."}),
            Split(text));
  Sentences s = SplitSentences(text);
  EXPECT_EQ(26u, s[1].begin);  // after "- "
}

TEST(SplitSentencesTest, EllipsisAndStrayQuotes) {
  EXPECT_EQ(Strings({"He paused...", "Then he spoke."}), Split("He paused... Then he spoke."));
  EXPECT_EQ(Strings({"He paused... and went on."}), Split("He paused... and went on."));
  EXPECT_EQ(Strings({"It ended."}), Split("It ended. \" "));
}

TEST(SplitSentencesTest, LowerCaseAfterAPlainWordStartsASentence) {
  // Machine-translated copy: "attend. hopefully." is two sentences.
  EXPECT_EQ(Strings({"They came to attend.", "hopefully."}), Split("They came to attend. hopefully."));
  // ... but not after an abbreviation.
  EXPECT_EQ(Strings({"Costs approx. five million."}), Split("Costs approx. five million."));
}

TEST(SplitSentencesTest, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n \n").empty());
}

TEST(SplitSentencesTest, OffsetsAlwaysIndexTheText) {
  std::string text = "  A one. B two!  \n\n C three?\"  D four";
  for (const Sentence& s : SplitSentences(text)) {
    ASSERT_LE(s.end, text.size());
    ASSERT_LT(s.begin, s.end);
    EXPECT_NE(' ', text[s.begin]);
    EXPECT_NE(' ', text[s.end - 1]);
  }
}

// Counted by hand from graphs/corpora/gaza-ceasefire-2024 after cleaning (no
// headline, no chrome, the repeated standfirst of 000 once):
//  000: 1 standfirst + 1 + 1 + 3 ("We're working... That's our commitment. That's
//       our focus") + 2 (Oct. 7 is not a boundary) + 1 + 1 + 2 = 12
//  001: 1+1+3+1+2+2+1+4+1+2+2+1+3+1 = 25 (lines 1..14; "AA" and the comment form go)
//  002: 1+3+2+1+1+1+1+1+1+1+1+1+1+1+1+1 = 19 (16 paragraphs; "the U.S. commitment" stays one)
//  003: 4 ("attend. hopefully. In ... file. Through ...") +1 +3 +2 +3 +1 +2 +1 ("additional
//       suffering") +3 +2 +1 +1 +3 ("residents. Is. Gaza.") +1 +1 +2 = 31
//  004: 1 (Read Full Article cut) +1 +1 +3 +1 +3 +2 +1 = 13 (byline goes)
TEST(SplitSentencesTest, ShippedArticlesSplitIntoTheHandCountedNumber) {
  Result<Corpus> corpus = Ingest({}, IngestOptions{});
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(5u, corpus->documents.size());
  const std::size_t kExpected[] = {12, 25, 19, 31, 13};
  for (std::size_t i = 0; i < 5; ++i) {
    const Document& d = corpus->documents[i];
    EXPECT_EQ(kExpected[i], SplitSentences(d.text).size()) << d.id;
  }
  const Document& d0 = corpus->documents[0];
  Sentences s0 = SplitSentences(d0.text);
  EXPECT_EQ("He is scheduled to visit Egypt and Qatar in the coming days.", s0[7].View(d0.text));
}

}  // namespace
}  // namespace actorgraph
