// Cleaning: headline, metadata, chrome, bylines, repeats. Articles of our own.
#include "documents/cleaner.h"

#include <gtest/gtest.h>

#include "documents/text.h"

namespace actorgraph {
namespace {

const CleaningRules& Rules() { return *DefaultCleaningRules(); }

Document Clean(std::string_view raw, KnownMetadata known = {}) {
  Document doc;
  Utf8Repair repair;
  CleanArticle(PrepareText(raw, Rules().replace, &repair), known, Rules(), &doc);
  return doc;
}

TEST(CleanArticleTest, HeadlineBecomesTitleAndLeavesTheBody) {
  Document d = Clean("Envoys meet in Muscat over shipping lanes\nOmani mediators hosted envoys.\n");
  EXPECT_EQ("Envoys meet in Muscat over shipping lanes", d.title);
  EXPECT_EQ("Omani mediators hosted envoys.", d.text);
}

TEST(CleanArticleTest, FirstLineWithFullStopIsNotAHeadline) {
  Document d = Clean("Omani mediators hosted envoys on Sunday.\nThe talks lasted six hours.\n");
  EXPECT_EQ("", d.title);
  EXPECT_EQ("Omani mediators hosted envoys on Sunday.\nThe talks lasted six hours.", d.text);
}

TEST(CleanArticleTest, TitleSuffixNamingAKnownOutletGivesTheOutlet) {
  Document d = Clean("Envoys meet in Muscat \xE2\x80\x93 Reuters\nOmani mediators hosted envoys.\n");
  EXPECT_EQ("Envoys meet in Muscat", d.title);
  EXPECT_EQ("Reuters", d.outlet);
}

TEST(CleanArticleTest, MetadataBulletsGiveDateAndOutletAndGo) {
  Document d = Clean(
      "Envoys meet in Muscat\n"
      "- Politics\n"
      "- Anadolu Agency\n"
      "- Published Date: 09:45 | 5 November 2023\n"
      "- Modified Date: 11:02 | 6 November 2023\n"
      "Omani mediators hosted envoys on Sunday.\n");
  EXPECT_EQ("2023-11-05", d.date);
  EXPECT_EQ("Anadolu Agency", d.outlet);
  EXPECT_EQ("Omani mediators hosted envoys on Sunday.", d.text);
}

TEST(CleanArticleTest, DatelineGivesTheDate) {
  Document d = Clean("Envoys meet in Muscat\nSunday, Nov. 5, 2023\nOmani mediators hosted envoys.\n");
  EXPECT_EQ("2023-11-05", d.date);
  EXPECT_EQ("Omani mediators hosted envoys.", d.text);
}

TEST(CleanArticleTest, WidgetErrorsAndCommentFormsGo) {
  Document d = Clean(
      "Envoys meet in Muscat\n\n"
      "  \xE2\x80\xA2 Oops!\n    Something went wrong.\n    Please try again later.\n\n"
      "Omani mediators hosted envoys.\n"
      "Oops! Something went wrong. Please try again later.\n"
      "The talks lasted six hours.\n");
  EXPECT_EQ("Omani mediators hosted envoys.\nThe talks lasted six hours.", d.text);
}

TEST(CleanArticleTest, ReadPreviousBlockAndEverythingAfterGoes) {
  Document d = Clean(
      "Envoys meet in Muscat\n\nOmani mediators hosted envoys.\n\n"
      "Read Previous\n\nFootball club fined over fan chants\n\n"
      "Read Next\n\nMinister resigns after budget row\n\n"
      "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
      "Most Popular\n");
  EXPECT_EQ("Omani mediators hosted envoys.", d.text);
}

TEST(CleanArticleTest, CommentsHeaderAndSignOffGo) {
  Document d = Clean(
      "Omani mediators hosted envoys on Sunday.\nThe talks lasted six hours.\nAA\n"
      "Comments About This Article\nPlease fill the fields below.\n");
  EXPECT_EQ("Omani mediators hosted envoys on Sunday.\nThe talks lasted six hours.", d.text);
  EXPECT_EQ("Anadolu Agency", d.outlet);
}

TEST(CleanArticleTest, ReadFullArticleIsCutFromItsLine) {
  Document d = Clean("Envoys meet\nOmani mediators hosted envoys. Read Full Article at Example.com\n");
  EXPECT_EQ("Omani mediators hosted envoys.", d.text);
}

TEST(CleanArticleTest, BylinesAtTopAndBottomGo) {
  Document d = Clean(
      "Envoys meet in Muscat\nBy Jane Doe\nOmani mediators hosted envoys.\n"
      "Priya Natarajan for Gulf Ledger\n");
  EXPECT_EQ("Omani mediators hosted envoys.", d.text);
  EXPECT_EQ("Gulf Ledger", d.outlet);
}

TEST(CleanArticleTest, SubheadingInsideTheBodyStays) {
  Document d = Clean("Envoys meet in Muscat\nOmani mediators hosted envoys.\nWhat comes next\n"
                     "A second round is planned.\n");
  EXPECT_EQ("Omani mediators hosted envoys.\nWhat comes next\nA second round is planned.", d.text);
}

TEST(CleanArticleTest, ExactRepeatedSentencesAreKeptOnce) {
  Document d = Clean(
      "Envoys meet in Muscat\n"
      "\"We will return next week,\" the envoy said.\n"
      "Omani mediators hosted envoys. \"We will return next week,\" the envoy said.\n");
  EXPECT_EQ("\"We will return next week,\" the envoy said.\nOmani mediators hosted envoys.", d.text);
}

TEST(CleanArticleTest, CurlyQuotesAndDashesAreNormalised) {
  Document d = Clean("\xE2\x80\x9CWe\xE2\x80\x99re close,\xE2\x80\x9D she said \xE2\x80\x94 twice.\n");
  EXPECT_EQ("\"We're close,\" she said - twice.", d.text);
}

TEST(CleanArticleTest, LinesBrokenInsideAParagraphAreJoined) {
  Document d = Clean("The envoys met on Sunday in\nthe Omani capital.\n\nA second round follows.\n");
  EXPECT_EQ("The envoys met on Sunday in the Omani capital.\nA second round follows.", d.text);
}

TEST(CleanArticleTest, WireDatelineIsStrippedAndNamesTheAgency) {
  Document d = Clean("Envoys meet in Muscat\nMUSCAT, Nov 5 (Reuters) - Omani mediators hosted envoys.\n"
                     "NOT A DATELINE - this second line stays.\n");
  EXPECT_EQ("Omani mediators hosted envoys.\nNOT A DATELINE - this second line stays.", d.text);
  EXPECT_EQ("Reuters", d.outlet);
  Document plain = Clean("GAZA CITY - Aid trucks entered on Sunday.\n");
  EXPECT_EQ("Aid trucks entered on Sunday.", plain.text);
  Document double_dash = Clean("PUTRAJAYA, July 28 -- The two sides agreed to a truce.\n");
  EXPECT_EQ("The two sides agreed to a truce.", double_dash.text);
  Document em_dash = Clean("WASHINGTON \xE2\x80\x94 The president spoke on Monday.\n");
  EXPECT_EQ("The president spoke on Monday.", em_dash.text);
  Document two_places = Clean("GAZA/JERUSALEM, May 21 (Reuters) - A truce took hold on Friday.\n");
  EXPECT_EQ("A truce took hold on Friday.", two_places.text);
  Document not_place = Clean("Talks in Muscat - a summary of the day.\n");
  EXPECT_EQ("Talks in Muscat - a summary of the day.", not_place.text);
  // the dateline's place is kept, written as a name
  EXPECT_EQ("Muscat", d.dateline);
  EXPECT_EQ("Gaza City", plain.dateline);
  EXPECT_EQ("Gaza", two_places.dateline);
  EXPECT_EQ("Putrajaya", double_dash.dateline);
  EXPECT_EQ("", not_place.dateline);
}

TEST(CleanArticleTest, ANamedPlaceBeforeAKnownAgencyIsADatelineWithOrWithoutTheDash) {
  Document dashed = Clean("Phnom Penh (AFP) - Thai and Cambodian troops exchanged fire.\n");
  EXPECT_EQ("Thai and Cambodian troops exchanged fire.", dashed.text);
  EXPECT_EQ("Phnom Penh", dashed.dateline);
  EXPECT_EQ("Agence France-Presse", dashed.outlet);
  Document bare = Clean("Havana, April 2 (Prensa Latina) Mikhail Gorbachev arrived in Cuba.\n");
  EXPECT_EQ("Mikhail Gorbachev arrived in Cuba.", bare.text);
  EXPECT_EQ("Havana", bare.dateline);
  // (no known agency: a name and a bracket open a sentence)
  Document sentence = Clean("Hamas (the militant group) said it would reply.\n");
  EXPECT_EQ("Hamas (the militant group) said it would reply.", sentence.text);
  Document unknown = Clean("Smith (Labour) - the member for Leeds - spoke first.\n");
  EXPECT_EQ("Smith (Labour) - the member for Leeds - spoke first.", unknown.text);
}

TEST(CleanArticleTest, SiteNameSuffixLeavesTheTitle) {
  KnownMetadata known;
  known.title = "Envoys meet in Muscat | Gulf Ledger";
  known.outlet = "Gulf Ledger";
  known.title_in_text = false;
  Document d = Clean("Omani mediators hosted envoys.\n", known);
  EXPECT_EQ("Envoys meet in Muscat", d.title);
}

TEST(CleanArticleTest, ContributorNotesAndCopyrightGo) {
  Document d = Clean(
      "Omani mediators hosted envoys.\n"
      "Staff writer Lee Park in Doha contributed to this report.\n"
      "Copyright 2023 Gulf Ledger. All rights reserved.\n");
  EXPECT_EQ("Omani mediators hosted envoys.", d.text);
}

TEST(CleanArticleTest, HardWrappedParagraphsAreJoined) {
  Document d = Clean(
      "Envoys meet in Muscat\n\n"
      "Omani mediators hosted envoys from both navies on Sunday, said Foreign\n"
      "Minister Badr Albusaidi, adding that a second round would follow,\n"
      "probably in December.\n\n"
      "Short subheading\n"
      "The talks lasted six hours.\n");
  EXPECT_EQ("Envoys meet in Muscat", d.title);
  EXPECT_EQ(
      "Omani mediators hosted envoys from both navies on Sunday, said Foreign Minister Badr "
      "Albusaidi, adding that a second round would follow, probably in December.\n"
      "Short subheading\nThe talks lasted six hours.",
      d.text);
}

TEST(CleanArticleTest, OneParagraphPerLineIsNotJoined) {
  Document d = Clean(
      "Envoys meet in Muscat over the shipping lanes of the Gulf of Oman\n"
      "Omani mediators hosted envoys from both navies on Sunday afternoon\n"
      "The talks lasted six hours.\n");
  EXPECT_EQ("Envoys meet in Muscat over the shipping lanes of the Gulf of Oman", d.title);
  EXPECT_EQ("Omani mediators hosted envoys from both navies on Sunday afternoon\n"
            "The talks lasted six hours.", d.text);
}

TEST(CleanArticleTest, MetadataRowGoesAndGivesDateAndOutlet) {
  Document d = Clean("Envoys meet in Muscat\nBy Jane Doe | November 5, 2023 | Reuters\n"
                     "Omani mediators hosted envoys.\nTalks | Muscat | more\n");
  EXPECT_EQ("2023-11-05", d.date);
  EXPECT_EQ("Reuters", d.outlet);
  EXPECT_EQ("Omani mediators hosted envoys.\nTalks | Muscat | more", d.text);
}

TEST(CleanArticleTest, KnownMetadataWins) {
  KnownMetadata known;
  known.title = "Given title";
  known.date = "2023-01-02";
  known.outlet = "Given Outlet";
  known.title_in_text = false;
  Document d = Clean("First line without stop\nPublished: 5 May 2022\nBody text here.\n", known);
  EXPECT_EQ("Given title", d.title);
  EXPECT_EQ("2023-01-02", d.date);
  EXPECT_EQ("Given Outlet", d.outlet);
  EXPECT_EQ("First line without stop\nBody text here.", d.text);
}

}  // namespace
}  // namespace actorgraph
