// Byte-level preparation: binary detection, UTF-8 repair, line ends, NFC.
#include "documents/text.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(BinaryReasonTest, TextIsNotBinary) {
  EXPECT_FALSE(BinaryReason("Plain text.\r\nSecond line.\n").has_value());
  EXPECT_FALSE(BinaryReason("").has_value());
  EXPECT_FALSE(BinaryReason("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D").has_value());
}

TEST(BinaryReasonTest, NulBytesAndMagicNumbersAreBinary) {
  EXPECT_EQ("binary file (contains NUL bytes)",
            BinaryReason(std::string("abc\0def", 7)).value_or(""));
  EXPECT_EQ("binary file (PDF document)", BinaryReason("%PDF-1.7\n...").value_or(""));
  EXPECT_EQ("binary file (gzip archive)", BinaryReason("\x1F\x8B\x08rest").value_or(""));
  EXPECT_NE(std::string::npos, BinaryReason("\xFF\xFEH\0i\0").value_or("").find("UTF-16"));
}

TEST(BinaryReasonTest, MostlyControlCharactersIsBinary) {
  std::string bytes(100, '\x01');
  bytes += "some text";
  EXPECT_TRUE(BinaryReason(bytes).has_value());
}

TEST(RepairUtf8Test, ValidInputIsUnchanged) {
  Utf8Repair repair;
  std::string valid = "Gaza \xE2\x80\x93 Cairo, S\xC3\xA3o Paulo, \xF0\x9F\x98\x80";
  EXPECT_EQ(valid, RepairUtf8(valid, &repair));
  EXPECT_EQ(0u, repair.invalid_count);
}

TEST(RepairUtf8Test, InvalidBytesBecomeReplacementCharacterWithOffset) {
  Utf8Repair repair;
  // 0xFF at offset 3; a truncated 3-byte sequence at the end (2 bytes).
  std::string out = RepairUtf8("abc\xFF" "def\xE2\x80", &repair);
  EXPECT_EQ("abc\xEF\xBF\xBD" "def\xEF\xBF\xBD\xEF\xBF\xBD", out);
  EXPECT_EQ(3u, repair.invalid_count);
  EXPECT_EQ(3u, repair.first_offset);
}

TEST(RepairUtf8Test, OverlongAndSurrogateFormsAreInvalid) {
  Utf8Repair overlong;
  EXPECT_EQ("\xEF\xBF\xBD\xEF\xBF\xBD", RepairUtf8("\xC0\xAF", &overlong));  // overlong "/"
  Utf8Repair surrogate;
  RepairUtf8("x\xED\xA0\x80", &surrogate);  // U+D800
  EXPECT_EQ(3u, surrogate.invalid_count);
  EXPECT_EQ(1u, surrogate.first_offset);
}

TEST(NormalizeLineEndsTest, BomCrlfAndLoneCr) {
  EXPECT_EQ("a\nb\nc\n", NormalizeLineEnds("\xEF\xBB\xBF" "a\r\nb\rc\n"));
}

TEST(NfcTest, ComposesDecomposedCharacters) {
  // "e" + COMBINING ACUTE ACCENT -> "é" (U+00E9).
  EXPECT_EQ("caf\xC3\xA9", Nfc("cafe\xCC\x81"));
  EXPECT_EQ("plain ascii", Nfc("plain ascii"));
}

TEST(ApplyReplacementsTest, OnePassFirstMatchWins) {
  std::vector<std::pair<std::string, std::string>> replace = {
      {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x99", "'"}, {"ab", "x"},
      {"abc", "never"}};
  EXPECT_EQ("\"We're\" xc", ApplyReplacements("\xE2\x80\x9CWe\xE2\x80\x99re\xE2\x80\x9D abc",
                                              replace));
}

}  // namespace
}  // namespace actorgraph
