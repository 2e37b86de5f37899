// Ingestion: formats, the sample corpus, and every kind of bad input.
#include "documents/ingest.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "core/files.h"
#include "documents/cleaning_rules.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

// A fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("ag_ingest_" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& rel, std::string_view bytes) const {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(IngestTest, NoInputsMeansTheSampleCorpus) {
  Result<Corpus> c = Ingest({}, IngestOptions{});
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(5u, c->documents.size());
  EXPECT_TRUE(c->skipped.empty());
  EXPECT_EQ("000_74145aa1be8ea05e", c->documents[0].id);
  EXPECT_EQ("004_235104b8d8913195", c->documents[4].id);
}

TEST(IngestTest, SampleCorpusMetadata) {
  Result<Corpus> c = Ingest({}, IngestOptions{});
  ASSERT_TRUE(c.ok());
  const std::vector<Document>& d = c->documents;
  // Read off the articles: the headline lines, the "Published Date" bullet, the
  // outlet bullet, the "AA" sign-off, and the "for TROIB News" byline.
  EXPECT_EQ("Officials to gather in Cairo for Gaza talks 'before end of week': White House",
            d[0].title);
  EXPECT_EQ("2024-08-20", d[0].date);
  EXPECT_EQ("Anadolu Agency", d[0].outlet);
  EXPECT_EQ("", d[1].title);  // the first line is a sentence, not a headline
  EXPECT_EQ("Anadolu Agency", d[1].outlet);
  EXPECT_EQ("Top US diplomat pushes for Gaza deal in Egypt talks", d[2].title);
  EXPECT_EQ("Washington sends Burns to Cairo and is optimistic about talks", d[3].title);
  EXPECT_EQ("Egypt convenes latest Gaza truce discussions", d[4].title);
  EXPECT_EQ("TROIB News", d[4].outlet);
  for (const Document& doc : d) {
    EXPECT_EQ(std::string::npos, doc.text.find(doc.title.empty() ? "\x01" : doc.title)) << doc.id;
  }
}

TEST(IngestTest, SampleCorpusChromeDoesNotSurvive) {
  Result<Corpus> c = Ingest({}, IngestOptions{});
  ASSERT_TRUE(c.ok());
  const char* kChrome[] = {
      "Oops!", "Something went wrong", "Please try again later", "Read Previous", "Read Next",
      "Sanctions against 6", "Scottish Prime Minister", "Leave a Reply",
      "Your email address will not be published", "Required fields", "Comments About This Article",
      "Please fill the fields below", "Most Popular", "Read Full Article", "RT.com",
      "Published Date", "Modified Date", "Diplomacy\n", "Rohan Mehta", "TROIB", "\nAA",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA2"};
  for (const Document& d : c->documents) {
    for (const char* chrome : kChrome) {
      EXPECT_EQ(std::string::npos, d.text.find(chrome)) << d.id << " still has: " << chrome;
    }
    EXPECT_NE('\n', d.text.back());
    EXPECT_EQ(std::string::npos, d.text.find("\n\n")) << d.id;
  }
}

TEST(IngestTest, SampleCorpusRepeatedStandfirstIsKeptOnce) {
  Result<Corpus> c = Ingest({}, IngestOptions{});
  ASSERT_TRUE(c.ok());
  const std::string& text = c->documents[0].text;
  const std::string quote = "\"As the president said last week";
  std::size_t first = text.find(quote);
  ASSERT_NE(std::string::npos, first);
  EXPECT_EQ(std::string::npos, text.find(quote, first + 1));
}

TEST(IngestBytesTest, FormatByExtensionAndIdFromStem) {
  Corpus c;
  IngestBytes("dir/some.article.TXT", "Body one.", &c);
  IngestBytes("noext", "Body two.", &c);
  IngestBytes("page.htm", "<p>Body three.</p>", &c);
  IngestBytes("odd.xyz", "<p>Body four.</p>", &c);  // unknown extension: text
  ASSERT_EQ(4u, c.documents.size());
  EXPECT_EQ("some.article", c.documents[0].id);
  EXPECT_EQ("noext", c.documents[1].id);
  EXPECT_EQ("Body three.", c.documents[2].text);
  EXPECT_EQ("<p>Body four.</p>", c.documents[3].text);
}

TEST(IngestBytesTest, JsonLinesGoodAndBadLines) {
  Result<std::string> bytes =
      ReadFile(std::string(AG_SOURCE_DIR) + "/tests/testdata/documents/docs.jsonl");
  ASSERT_TRUE(bytes.ok());
  Corpus c;
  IngestBytes("docs.jsonl", *bytes, &c);
  ASSERT_EQ(2u, c.documents.size());
  const Document& a = c.documents[0];
  EXPECT_EQ("alpha", a.id);
  EXPECT_EQ("docs.jsonl:1", a.origin);
  EXPECT_EQ("Talks resume in Geneva", a.title);
  EXPECT_EQ("2023-03-03", a.date);
  EXPECT_EQ("Example Wire", a.outlet);
  EXPECT_EQ("https://example.org/a", a.url);
  EXPECT_EQ("Delegates met in Geneva on Friday. They agreed to meet again.", a.text);
  EXPECT_EQ("docs-7", c.documents[1].id);  // no id: stem and line number
  ASSERT_EQ(4u, c.skipped.size());
  EXPECT_EQ("docs.jsonl:2", c.skipped[0].origin);
  EXPECT_EQ("not valid JSON", c.skipped[0].reason);
  EXPECT_EQ("docs.jsonl:3", c.skipped[1].origin);
  EXPECT_EQ("no `text` field", c.skipped[1].reason);
  EXPECT_EQ("docs.jsonl:5", c.skipped[2].origin);
  EXPECT_EQ("`text` is not a string", c.skipped[2].reason);
  EXPECT_EQ("docs.jsonl:6", c.skipped[3].origin);
  EXPECT_EQ("not a JSON object", c.skipped[3].reason);
}

TEST(IngestBytesTest, JsonLinesUnreadableDateIsAWarning) {
  Corpus c;
  IngestBytes("d.jsonl", "{\"id\":\"x\",\"date\":\"soon\",\"text\":\"Body.\"}\r\n", &c);
  ASSERT_EQ(1u, c.documents.size());
  EXPECT_EQ("", c.documents[0].date);
  ASSERT_EQ(1u, c.warnings.size());
  EXPECT_NE(std::string::npos, c.warnings[0].find("d.jsonl:1: cannot read the date \"soon\""));
}

TEST(IngestBytesTest, BinaryAndEmptyAreSkippedWithReasons) {
  Corpus c;
  IngestBytes("scan.pdf", "%PDF-1.4\n%\xE2\xE3", &c);
  IngestBytes("blank.txt", " \n\n\t\n", &c);
  IngestBytes("chrome.txt", "Most Popular\nShare on Facebook\n", &c);
  EXPECT_TRUE(c.documents.empty());
  ASSERT_EQ(3u, c.skipped.size());
  EXPECT_EQ("binary file (PDF document)", c.skipped[0].reason);
  EXPECT_EQ("blank.txt", c.skipped[1].origin);
  EXPECT_EQ("empty document (no article text after cleaning)", c.skipped[1].reason);
  EXPECT_EQ("chrome.txt", c.skipped[2].origin);
}

TEST(IngestBytesTest, InvalidUtf8IsRepairedWithAWarning) {
  Corpus c;
  IngestBytes("bad.txt", "Envoys met in Mus\xFF" "cat on Sunday.", &c);
  ASSERT_EQ(1u, c.documents.size());
  EXPECT_EQ("Envoys met in Mus\xEF\xBF\xBD" "cat on Sunday.", c.documents[0].text);
  ASSERT_EQ(1u, c.warnings.size());
  EXPECT_EQ("bad.txt: invalid UTF-8 at byte 17 (1 byte(s) replaced with U+FFFD)", c.warnings[0]);
}

TEST(IngestBytesTest, BomAndCrlfAreHandled) {
  Corpus c;
  IngestBytes("win.txt", "\xEF\xBB\xBFHeadline here\r\nFirst sentence.\r\nSecond one.\r\n", &c);
  ASSERT_EQ(1u, c.documents.size());
  EXPECT_EQ("Headline here", c.documents[0].title);
  EXPECT_EQ("First sentence.\nSecond one.", c.documents[0].text);
}

TEST(IngestBytesTest, DuplicateIdsAreMadeUnique) {
  Corpus c;
  IngestBytes("a/x.txt", "One.", &c);
  IngestBytes("b/x.txt", "Two.", &c);
  ASSERT_EQ(2u, c.documents.size());
  EXPECT_EQ("x", c.documents[0].id);
  EXPECT_EQ("x~2", c.documents[1].id);
  EXPECT_EQ(1u, c.warnings.size());
}

TEST(IngestTest, DirectoriesAreWalkedSortedSkippingHiddenFiles) {
  TempDir dir;
  dir.Write("b.txt", "Bee.");
  dir.Write("a/z.txt", "Zed.");
  dir.Write("a/c.txt", "Cee.");
  dir.Write(".hidden.txt", "Hidden.");
  dir.Write(".git/config.txt", "Hidden too.");
  Result<Corpus> c = Ingest({dir.path()}, IngestOptions{});
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(3u, c->documents.size());
  EXPECT_EQ("c", c->documents[0].id);
  EXPECT_EQ("z", c->documents[1].id);
  EXPECT_EQ("b", c->documents[2].id);
}

TEST(IngestTest, SymlinkLoopsAreNotFollowed) {
  TempDir dir;
  dir.Write("a.txt", "Envoys met.");
  std::error_code ec;
  fs::create_directory_symlink(dir.path(), fs::path(dir.path()) / "loop", ec);
  ASSERT_FALSE(ec) << ec.message();
  Result<Corpus> c = Ingest({dir.path()}, IngestOptions{});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(1u, c->documents.size());
}

TEST(IngestTest, UnreadableSubdirectoryIsASkip) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads directories regardless of permissions";
  TempDir dir;
  dir.Write("ok.txt", "Envoys met.");
  dir.Write("locked/x.txt", "Hidden from us.");
  fs::path locked = fs::path(dir.path()) / "locked";
  fs::permissions(locked, fs::perms::none);
  Result<Corpus> c = Ingest({dir.path()}, IngestOptions{});
  fs::permissions(locked, fs::perms::owner_all);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(1u, c->documents.size());
  ASSERT_EQ(1u, c->skipped.size());
  EXPECT_EQ(locked.string(), c->skipped[0].origin);
  EXPECT_EQ(0u, c->skipped[0].reason.rfind("unreadable directory", 0));
}

TEST(IngestTest, CustomRulesAreUsed) {
  TempDir dir;
  std::string path = dir.Write("a.txt", "Envoys met on Sunday.\nTap to unmute\n");
  Result<Corpus> plain = Ingest({path}, IngestOptions{});
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ("Envoys met on Sunday.\nTap to unmute", plain->documents.at(0).text);
  CleaningRules rules = *DefaultCleaningRules();
  ASSERT_TRUE(ExtendCleaningRules("[lines]\nchrome = [\"Tap to unmute\"]\n", "x", &rules).ok());
  IngestOptions options;
  options.rules = &rules;
  Result<Corpus> custom = Ingest({path}, options);
  ASSERT_TRUE(custom.ok());
  EXPECT_EQ("Envoys met on Sunday.", custom->documents.at(0).text);
}

TEST(IngestTest, NamedBinaryFileIsASkipNotAnError) {
  TempDir dir;
  std::string path = dir.Write("scan.pdf", "%PDF-1.4 binary");
  Result<Corpus> c = Ingest({path}, IngestOptions{});
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(1u, c->skipped.size());
  EXPECT_EQ(path, c->skipped[0].origin);
  EXPECT_EQ("binary file (PDF document)", c->skipped[0].reason);
}

TEST(IngestTest, MissingPathIsNotFoundNamingIt) {
  Result<Corpus> c = Ingest({"/no/such/place.txt"}, IngestOptions{});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(ErrorCode::kNotFound, c.status().code());
  EXPECT_NE(std::string::npos, c.status().message().find("/no/such/place.txt"));
}

TEST(IngestTest, DashReadsStdinAsText) {
  std::istringstream in("Envoys met on Sunday.");
  IngestOptions options;
  options.stdin_stream = &in;
  Result<Corpus> c = Ingest({"-"}, options);
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(1u, c->documents.size());
  EXPECT_EQ("stdin", c->documents[0].id);
  EXPECT_EQ("<stdin>", c->documents[0].origin);
  EXPECT_FALSE(Ingest({"-"}, IngestOptions{}).ok());  // no stream given
}

TEST(IngestBytesTest, HugeSingleLineDocumentIsProcessed) {
  std::string big;
  const std::string sentence = "The envoys met again in the capital on Monday. ";
  while (big.size() < 2'000'000) big += sentence;
  Corpus c;
  IngestBytes("big.txt", big, &c);
  ASSERT_EQ(1u, c.documents.size());
  // All sentences are identical: repeats are kept once.
  EXPECT_EQ("The envoys met again in the capital on Monday.", c.documents[0].text);
}

}  // namespace
}  // namespace actorgraph
