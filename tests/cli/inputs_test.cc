// INPUT handling as a user meets it: messages and exit codes for bad input.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "cli/run_binary.h"

namespace actorgraph::testing {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class InputsTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = MakeTempDir(); }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& rel, const std::string& bytes) {
    fs::path p = fs::path(dir_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Quoted(const std::string& path) { return "'" + path + "'"; }

  std::string dir_;
};

TEST_F(InputsTest, NoInputReadsTheSampleCorpus) {
  RunResult r = RunActorgraph("extract --sentences");
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_TRUE(Contains(r.err, "5 documents read, 0 skipped")) << r.err;
  EXPECT_TRUE(Contains(r.out, "# doc=000_74145aa1be8ea05e\ttitle=Officials to gather in Cairo"));
  EXPECT_TRUE(Contains(r.out, "\tdate=2024-08-20\toutlet=Anadolu Agency\n"));
  EXPECT_TRUE(Contains(r.out, "# doc=004_235104b8d8913195\t"));
}

TEST_F(InputsTest, MissingPathExitsThreeNamingIt) {
  std::string missing = dir_ + "/nope.txt";
  RunResult r = RunActorgraph("extract " + Quoted(missing));
  EXPECT_EQ(3, r.exit_code);
  EXPECT_TRUE(Contains(r.err, "actorgraph: error: " + missing + ": no such file or directory"))
      << r.err;
  EXPECT_EQ("", r.out);
}

TEST_F(InputsTest, EmptyDirectoryExitsThree) {
  fs::create_directories(dir_ + "/empty");
  RunResult r = RunActorgraph("extract " + Quoted(dir_ + "/empty"));
  EXPECT_EQ(3, r.exit_code);
  EXPECT_TRUE(Contains(r.err, "no usable document")) << r.err;
}

TEST_F(InputsTest, DirectoryWithOnlyUnusableFilesExitsThreeWithReasons) {
  Write("junk/photo.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  Write("junk/blank.txt", "\n\n");
  RunResult r = RunActorgraph("extract " + Quoted(dir_ + "/junk"));
  EXPECT_EQ(3, r.exit_code);
  EXPECT_TRUE(Contains(r.err, "actorgraph: warning: skipped " + dir_ +
                                  "/junk/photo.png: binary file (PNG image)"))
      << r.err;
  EXPECT_TRUE(Contains(r.err, "blank.txt: empty document")) << r.err;
  EXPECT_TRUE(Contains(r.err, "2 skipped")) << r.err;
}

TEST_F(InputsTest, SomeSkippedExitsFourAndSaysWhich) {
  std::string good = Write("in/good.txt", "Envoys met in Muscat on Sunday.");
  Write("in/lines.jsonl", "{\"id\":\"j1\",\"text\":\"A line document.\"}\n{broken\n{\"id\":\"j3\"}\n");
  Write("in/archive.gz", std::string("\x1f\x8b\x08\0\0\0", 6));
  RunResult r = RunActorgraph("extract --sentences " + Quoted(dir_ + "/in"));
  EXPECT_EQ(4, r.exit_code) << r.err;
  EXPECT_TRUE(Contains(r.err, "skipped " + dir_ + "/in/archive.gz: binary file (gzip archive)"));
  EXPECT_TRUE(Contains(r.err, "skipped " + dir_ + "/in/lines.jsonl:2: not valid JSON")) << r.err;
  EXPECT_TRUE(Contains(r.err, "skipped " + dir_ + "/in/lines.jsonl:3: no `text` field")) << r.err;
  EXPECT_TRUE(Contains(r.err, "2 documents read, 3 skipped")) << r.err;
  EXPECT_TRUE(Contains(r.out, "\ngood\t1\t0\t31\tEnvoys met in Muscat on Sunday.\n")) << r.out;
  EXPECT_TRUE(Contains(r.out, "\nj1\t1\t0\t16\tA line document.\n")) << r.out;
}

TEST_F(InputsTest, QuietHidesWarningsButNotTheExitCode) {
  Write("q/good.txt", "Envoys met in Muscat on Sunday.");
  Write("q/bad.jsonl", "nonsense\n");
  RunResult r = RunActorgraph("-q extract " + Quoted(dir_ + "/q"));
  EXPECT_EQ(4, r.exit_code);
  EXPECT_EQ("", r.err);
}

TEST_F(InputsTest, InvalidUtf8IsRepairedWithAWarningNamingFileAndByte) {
  std::string path = Write("bad.txt", "Envoys met in Mus\xff" "cat on Sunday.");
  RunResult r = RunActorgraph("extract --sentences " + Quoted(path));
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_TRUE(Contains(r.err, "actorgraph: warning: " + path + ": invalid UTF-8 at byte 17"))
      << r.err;
  EXPECT_TRUE(Contains(r.out, "Mus\xEF\xBF\xBD" "cat")) << r.out;
}

TEST_F(InputsTest, StdinIsReadForDash) {
  RunResult r = RunActorgraph("extract --sentences -", "Envoys met. They agreed.\n");
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_TRUE(Contains(r.out, "stdin\t1\t0\t11\tEnvoys met.\n")) << r.out;
  EXPECT_TRUE(Contains(r.out, "stdin\t2\t12\t24\tThey agreed.\n")) << r.out;
}

TEST_F(InputsTest, UnreadableFileExitsThree) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files regardless of permissions";
  std::string path = Write("secret.txt", "Envoys met.");
  fs::permissions(path, fs::perms::none);
  RunResult r = RunActorgraph("extract " + Quoted(path));
  EXPECT_EQ(3, r.exit_code);
  EXPECT_TRUE(Contains(r.err, path)) << r.err;
}

TEST_F(InputsTest, SentencesOutputHasHeaderDocumentLinesAndOffsets) {
  std::string path = Write("doc.txt", "Talks in Muscat\nEnvoys met on Sunday. A second round follows.\n");
  RunResult r = RunActorgraph("extract --sentences " + Quoted(path));
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_EQ(
      "doc\tindex\tbegin\tend\ttext\n"
      "# doc=doc\ttitle=Talks in Muscat\tdate=\toutlet=\n"
      "doc\t1\t0\t21\tEnvoys met on Sunday.\n"
      "doc\t2\t22\t45\tA second round follows.\n",
      r.out);
}


TEST_F(InputsTest, DocumentsOutputShowsTheDatelinePlaceTheCleanerRemoved) {
  std::string path = Write("doc.txt", "Talks in Muscat\nMUSCAT, Nov 5 (Reuters) - Envoys met here on Sunday.\n");
  RunResult r = RunActorgraph("extract --documents " + Quoted(path));
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_EQ("doc\tdate\toutlet\tdateline\tsentences\ttitle\n"
            "doc\t\tReuters\tMuscat\t1\tTalks in Muscat\n",
            r.out);
}
}  // namespace
}  // namespace actorgraph::testing
