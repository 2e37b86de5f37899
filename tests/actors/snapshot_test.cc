// The build-time snapshot of the dictionaries loads into exactly what parsing
// the TOML gives, and bad bytes are refused, never half-read.
#include <string>

#include <gtest/gtest.h>

#include "actors/builtin_snapshot.h"
#include "actors/knowledge_base.h"

namespace actorgraph {
namespace {

std::string Describe(const Actor& a) {
  std::string s = a.id + "|" + a.name + "|" + ActorKindName(a.kind) + "|" + a.party + "|" + a.origin + (a.armed ? "|armed" : "") + (a.female ? "|female" : "") + "|" + a.until +
                  "|" + a.part_of + "," + a.part_of_until + "|home:" + a.home;
  for (const std::string& x : a.aliases) s += "|a:" + x;
  for (const Office& o : a.offices) s += "|o:" + o.title + "," + o.key + "," + o.party + "," + o.start + "," + o.end;
  return s;
}

TEST(SnapshotTest, TheBuiltinSnapshotIsLinkedAndCurrent) {
  ASSERT_FALSE(BuiltinSnapshot().empty());
  EXPECT_TRUE(KnowledgeBase::FromSnapshot(BuiltinSnapshot()).ok());
}

TEST(SnapshotTest, LoadingTheSnapshotEqualsParsingTheToml) {
  Result<KnowledgeBase> parsed = KnowledgeBase::ParseBuiltin();
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  Result<KnowledgeBase> loaded = KnowledgeBase::FromSnapshot(parsed->Snapshot());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(parsed->actors().size(), loaded->actors().size());
  for (std::size_t i = 0; i < parsed->actors().size(); ++i)
    ASSERT_EQ(Describe(parsed->actors()[i]), Describe(loaded->actors()[i]));
  ASSERT_EQ(parsed->surfaces().size(), loaded->surfaces().size());
  for (std::size_t i = 0; i < parsed->surfaces().size(); ++i) {
    EXPECT_EQ(parsed->surfaces()[i].text, loaded->surfaces()[i].text);
    EXPECT_EQ(parsed->surfaces()[i].actor_id, loaded->surfaces()[i].actor_id);
    EXPECT_EQ(parsed->surfaces()[i].form, loaded->surfaces()[i].form);
  }
  ASSERT_EQ(parsed->titles().size(), loaded->titles().size());
  for (std::size_t i = 0; i < parsed->titles().size(); ++i) {
    EXPECT_EQ(parsed->titles()[i].text, loaded->titles()[i].text);
    EXPECT_EQ(parsed->titles()[i].office, loaded->titles()[i].office);
    EXPECT_EQ(parsed->titles()[i].party, loaded->titles()[i].party);
  }
  EXPECT_EQ(parsed->warnings(), loaded->warnings());
  EXPECT_EQ(parsed->origins(), loaded->origins());
  // offices resolve the same way
  EXPECT_EQ(parsed->HolderOf("head-of-state", "USA", "2022-06-01")->person->id,
            loaded->HolderOf("head-of-state", "USA", "2022-06-01")->person->id);
}

TEST(SnapshotTest, BadBytesAreRefused) {
  std::string good = std::string(BuiltinSnapshot());
  EXPECT_FALSE(KnowledgeBase::FromSnapshot("").ok());
  EXPECT_FALSE(KnowledgeBase::FromSnapshot("not a snapshot").ok());
  EXPECT_FALSE(KnowledgeBase::FromSnapshot(std::string_view(good).substr(0, good.size() / 2)).ok());
  EXPECT_FALSE(KnowledgeBase::FromSnapshot(good + "x").ok());
  std::string other_digest = good;
  other_digest[12] = static_cast<char>(other_digest[12] ^ 0x5a);  // the digest follows magic and version
  EXPECT_FALSE(KnowledgeBase::FromSnapshot(other_digest).ok());
}

}  // namespace
}  // namespace actorgraph
