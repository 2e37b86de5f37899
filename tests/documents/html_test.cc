// HTML pages: article text only, metadata from the markup.
#include "documents/html.h"

#include <gtest/gtest.h>

#include "core/files.h"
#include "documents/ingest.h"

namespace actorgraph {
namespace {

const CleaningRules& Rules() { return *DefaultCleaningRules(); }

TEST(ExtractHtmlTest, MetadataFromTags) {
  HtmlArticle a = ExtractHtml(
      "<html><head><title>Page | Site</title><meta name=\"date\" content=\"2022-03-04\">"
      "<meta property=\"og:site_name\" content=\"Site\"></head>"
      "<body><h1>The headline</h1><p>One paragraph.</p></body></html>",
      Rules());
  EXPECT_EQ("The headline", a.meta.title);
  EXPECT_EQ("2022-03-04", a.meta.date);
  EXPECT_EQ("Site", a.meta.outlet);
  EXPECT_EQ("One paragraph.\n", a.text);
}

TEST(ExtractHtmlTest, JsonLdGivesHeadlineDateAndPublisher) {
  HtmlArticle a = ExtractHtml(
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},{\"@type\":\"NewsArticle\","
      "\"headline\":\"Envoys meet\",\"datePublished\":\"2022-06-01T08:00:00Z\","
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Gulf Ledger\"}}]}</script>"
      "<script type=\"application/ld+json\">{not json</script></head>"
      "<body><p>Text.</p></body></html>",
      Rules());
  EXPECT_EQ("Envoys meet", a.meta.title);
  EXPECT_EQ("2022-06-01", a.meta.date);
  EXPECT_EQ("Gulf Ledger", a.meta.outlet);
  EXPECT_EQ("Text.\n", a.text);
}

TEST(ExtractHtmlTest, TimeElementGivesTheDateWhenNoMetaTag) {
  HtmlArticle a = ExtractHtml(
      "<body><article><time datetime=\"2021-12-24T10:00\">Dec 24</time><p>Text.</p></article>"
      "</body>",
      Rules());
  EXPECT_EQ("2021-12-24", a.meta.date);
}

TEST(ExtractHtmlTest, BlocksBecomeLinesAndListItemsBullets) {
  HtmlArticle a = ExtractHtml(
      "<body><p>First <i>para</i>\n  graph.</p><ul><li>An item.</li></ul><p>Last<br>line</p>"
      "</body>",
      Rules());
  EXPECT_EQ("First para graph.\n- An item.\nLast\nline\n", a.text);
}

TEST(ExtractHtmlTest, PageHeaderIsChromeArticleHeaderIsNot) {
  HtmlArticle page = ExtractHtml(
      "<body><header><p>Site Name Daily</p></header><p>Body text.</p></body>", Rules());
  EXPECT_EQ("Body text.\n", page.text);
  HtmlArticle article = ExtractHtml(
      "<body><article><header><p>Standfirst here.</p></header><p>Body text.</p></article></body>",
      Rules());
  EXPECT_EQ("Standfirst here.\nBody text.\n", article.text);
}

TEST(ExtractHtmlTest, BrokenMarkupDoesNotLoseText) {
  HtmlArticle a = ExtractHtml("<p>Unclosed <b>bold<p>Next paragraph.", Rules());
  EXPECT_EQ("Unclosed bold\nNext paragraph.\n", a.text);
}

TEST(IngestHtmlTest, ChromeScriptsAndCommentsDoNotLeak) {
  Result<std::string> bytes =
      ReadFile(std::string(AG_SOURCE_DIR) + "/tests/testdata/documents/article.html");
  ASSERT_TRUE(bytes.ok());
  Corpus corpus;
  IngestBytes("article.html", *bytes, &corpus);
  ASSERT_EQ(1u, corpus.documents.size());
  const Document& d = corpus.documents[0];
  EXPECT_EQ("article", d.id);
  EXPECT_EQ("Envoys meet in Muscat over shipping lanes", d.title);
  EXPECT_EQ("2023-11-05", d.date);  // article:published_time beats <time>
  EXPECT_EQ("The Harbour Times", d.outlet);
  EXPECT_EQ("https://example.org/envoys-muscat", d.url);
  EXPECT_EQ(
      "Omani mediators hosted envoys from both navies on Sunday, officials said.\n"
      "The talks lasted six hours and ended without a statement. A second round is planned for "
      "Dec. 3 in Muscat.\n"
      "What comes next\n"
      "The envoys agreed to exchange maps of the disputed lanes before the next round.",
      d.text);
  EXPECT_EQ(std::string::npos, d.text.find("leak"));
}

}  // namespace
}  // namespace actorgraph
