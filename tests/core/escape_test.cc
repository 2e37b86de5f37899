#include "core/escape.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(EscapeTest, CleanTextReplacesControlsAndInvalidUtf8) {
  EXPECT_EQ(CleanText("a\tb\nc\x01" "d"), "a b c d");
  EXPECT_EQ(CleanText("caf\xC3\xA9"), "caf\xC3\xA9");       // valid UTF-8 kept
  EXPECT_EQ(CleanText("bad\xC3("), "bad\xEF\xBF\xBD(");      // truncated sequence
  EXPECT_EQ(CleanText("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(CleanText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(EscapeTest, XmlEscapesMarkup) {
  EXPECT_EQ(EscapeXml("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
}

TEST(EscapeTest, DotStringKeepsGraphvizEscapesLiteral) {
  // \N would print the node name, a quote would end the string, &amp; would be decoded.
  EXPECT_EQ(EscapeDotString(R"(a\N "b" &amp;)"), R"(a\\N \"b\" &amp;amp;)");
  EXPECT_EQ(QuoteDotId(R"(x"y\)"), R"("x\"y\\")");
}

TEST(EscapeTest, CsvNeutralisesFormulasAndQuotes) {
  EXPECT_EQ(CsvCell("plain"), "plain");
  EXPECT_EQ(CsvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvCell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvCell("+1"), "\"'+1\"");
  EXPECT_EQ(CsvCell("-2"), "\"'-2\"");
  EXPECT_EQ(CsvCell("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(CsvCell("line\nbreak"), "line break");
}

TEST(EscapeTest, JsonForScriptCannotCloseTheElement) {
  EXPECT_EQ(JsonForScript(R"({"a":"</script><!--"})"), R"({"a":"\u003c/script\u003e\u003c!--"})");
  EXPECT_EQ(JsonForScript("\"\xE2\x80\xA8\""), "\"\\u2028\"");
}

TEST(EscapeTest, SlugAndPajek) {
  EXPECT_EQ(Slug("antony-blinken"), "antony-blinken");
  EXPECT_EQ(Slug("a b/c"), "a_b_c");
  EXPECT_EQ(Slug(""), "_");
  EXPECT_EQ(PajekLabel("Say \"no\""), "\"Say 'no'\"");
}

TEST(EscapeTest, WrapWordsAtSpaces) {
  EXPECT_EQ(WrapWords("US State Department spokesperson", 12, "|"), "US State|Department|spokesperson");
  EXPECT_EQ(WrapWords("Qatar", 3, "|"), "Qatar");
}

}  // namespace
}  // namespace actorgraph
