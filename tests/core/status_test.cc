#include "core/status.h"

#include <gtest/gtest.h>

#include "core/embedded.h"

namespace actorgraph {
namespace {

Status FailsWith(ErrorCode code) { return Status(code, "boom"); }

Status Chain(bool fail) {
  AG_RETURN_IF_ERROR(fail ? FailsWith(ErrorCode::kParseError) : Status::Ok());
  return Status::NotFound("reached the end");
}

TEST(StatusTest, OkAndErrors) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ("ok", Status::Ok().ToString());
  Status s = Status::ParseError("a.toml:3: expected '='");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(ErrorCode::kParseError, s.code());
  EXPECT_EQ("a.toml:3: expected '='", s.ToString());
  EXPECT_STREQ("parse error", ErrorCodeName(s.code()));
}

TEST(StatusTest, ReturnIfErrorStopsEarly) {
  EXPECT_EQ(ErrorCode::kParseError, Chain(true).code());
  EXPECT_EQ(ErrorCode::kNotFound, Chain(false).code());
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(42, *good);
  Result<int> bad = Status::IoError("x: unreadable");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(ErrorCode::kIoError, bad.status().code());
}

TEST(EmbeddedTest, SampleCorpusIsEmbedded) {
  auto files = ListEmbedded("graphs/corpora/gaza-ceasefire-2024/");
  ASSERT_EQ(5u, files.size());
  EXPECT_STREQ("graphs/corpora/gaza-ceasefire-2024/000_74145aa1be8ea05e.txt", files[0].path);
  auto text = FindEmbedded(files[0].path);
  ASSERT_TRUE(text.has_value());
  EXPECT_TRUE(text->starts_with("Officials to gather in Cairo"));
  EXPECT_FALSE(FindEmbedded("graphs/nope.txt").has_value());
}

}  // namespace
}  // namespace actorgraph
