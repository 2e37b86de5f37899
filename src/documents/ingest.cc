#include "documents/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/embedded.h"
#include "core/files.h"
#include "documents/cleaner.h"
#include "documents/cleaning_rules.h"
#include "documents/dates.h"
#include "documents/html.h"
#include "documents/text.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

enum class Format { kText, kHtml, kJsonLines };

std::string Extension(std::string_view name) {
  std::string_view base = name.substr(name.find_last_of('/') + 1);
  std::size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return AsciiLower(base.substr(dot));
}

Format FormatOf(std::string_view name) {
  std::string ext = Extension(name);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  return Format::kText;
}

// File stem: "dir/000_abc.txt" -> "000_abc".
std::string Stem(std::string_view name) {
  std::string_view base = name.substr(name.find_last_of('/') + 1);
  std::size_t dot = base.rfind('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

// The embedded rules; an empty set if the embedded file is broken (Ingest()
// reports that as an error before getting here).
const CleaningRules& EmbeddedRules() {
  static const CleaningRules kEmpty;
  const Result<CleaningRules>& rules = DefaultCleaningRules();
  return rules.ok() ? *rules : kEmpty;
}

// Appends the document, or a skip when cleaning left nothing.
void Finish(Document doc, Corpus* corpus) {
  if (doc.text.empty()) {
    corpus->skipped.push_back({doc.origin, "empty document (no article text after cleaning)"});
    return;
  }
  corpus->documents.push_back(std::move(doc));
}

// Text preparation with the warning for repaired UTF-8.
std::string Prepare(std::string_view bytes, std::string_view origin, const CleaningRules& rules,
                    Corpus* corpus) {
  Utf8Repair repair;
  std::string text = PrepareText(bytes, rules.replace, &repair);
  if (repair.invalid_count > 0) {
    corpus->warnings.push_back(std::string(origin) + ": invalid UTF-8 at byte " +
                               std::to_string(repair.first_offset) + " (" +
                               std::to_string(repair.invalid_count) +
                               " byte(s) replaced with U+FFFD)");
  }
  return text;
}

void IngestText(std::string_view name, std::string_view origin, std::string_view bytes,
                const CleaningRules& rules, Corpus* corpus) {
  Document doc;
  doc.id = Stem(name);
  doc.origin = std::string(origin);
  std::string text = Prepare(bytes, origin, rules, corpus);
  CleanArticle(text, KnownMetadata{}, rules, &doc);
  Finish(std::move(doc), corpus);
}

void IngestHtml(std::string_view name, std::string_view origin, std::string_view bytes,
                const CleaningRules& rules, Corpus* corpus) {
  Document doc;
  doc.id = Stem(name);
  doc.origin = std::string(origin);
  // Repair before parsing so gumbo sees valid UTF-8; the replacements
  // (quotes, dashes) run on the extracted text, not on markup.
  Utf8Repair repair;
  std::string html = NormalizeLineEnds(RepairUtf8(bytes, &repair));
  if (repair.invalid_count > 0) {
    corpus->warnings.push_back(std::string(origin) + ": invalid UTF-8 at byte " +
                               std::to_string(repair.first_offset) + " (" +
                               std::to_string(repair.invalid_count) +
                               " byte(s) replaced with U+FFFD)");
  }
  HtmlArticle article = ExtractHtml(html, rules);
  auto normalize = [&rules](std::string s) {
    return ApplyReplacements(Nfc(std::move(s)), rules.replace);
  };
  article.meta.title = normalize(article.meta.title);
  article.meta.outlet = normalize(article.meta.outlet);
  CleanArticle(normalize(std::move(article.text)), article.meta, rules, &doc);
  Finish(std::move(doc), corpus);
}

// A JSON string field, or "" (numbers are accepted for ids).
std::string Field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

void IngestJsonLines(std::string_view name, std::string_view bytes, const CleaningRules& rules,
                     Corpus* corpus) {
  std::string stem = Stem(name);
  std::size_t line_no = 0;
  std::size_t begin = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) begin = 3;
  while (begin < bytes.size()) {
    std::size_t nl = bytes.find('\n', begin);
    std::size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    std::string_view raw = bytes.substr(begin, end - begin);
    begin = end + 1;
    ++line_no;
    while (!raw.empty() && (raw.back() == '\r' || raw.back() == ' ' || raw.back() == '\t'))
      raw.remove_suffix(1);
    while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t')) raw.remove_prefix(1);
    if (raw.empty()) continue;
    std::string origin = std::string(name) + ":" + std::to_string(line_no);
    Utf8Repair repair;
    std::string line = RepairUtf8(raw, &repair);
    if (repair.invalid_count > 0) {
      corpus->warnings.push_back(origin + ": invalid UTF-8 at byte " +
                                 std::to_string(repair.first_offset) + " of the line (" +
                                 std::to_string(repair.invalid_count) +
                                 " byte(s) replaced with U+FFFD)");
    }
    nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) {
      corpus->skipped.push_back({origin, "not valid JSON"});
      continue;
    }
    if (!object.is_object()) {
      corpus->skipped.push_back({origin, "not a JSON object"});
      continue;
    }
    auto text_it = object.find("text");
    if (text_it == object.end()) {
      corpus->skipped.push_back({origin, "no `text` field"});
      continue;
    }
    if (!text_it->is_string()) {
      corpus->skipped.push_back({origin, "`text` is not a string"});
      continue;
    }
    Document doc;
    doc.id = Field(object, "id");
    if (doc.id.empty()) doc.id = stem + "-" + std::to_string(line_no);
    doc.origin = origin;
    KnownMetadata known;
    known.title = Field(object, "title");
    known.title_in_text = known.title.empty();
    std::string date = Field(object, "date");
    if (!date.empty()) {
      known.date = ParseDate(date, rules, false);
      if (known.date.empty()) {
        corpus->warnings.push_back(origin + ": cannot read the date \"" + date +
                                   "\" (expected e.g. 2024-08-20 or 20 August 2024); ignored");
      }
    }
    known.url = Field(object, "url");
    known.outlet = Field(object, "source");
    if (known.outlet.empty()) known.outlet = Field(object, "outlet");
    std::string text = PrepareText(text_it->get<std::string>(), rules.replace, &repair);
    known.title = ApplyReplacements(Nfc(std::move(known.title)), rules.replace);
    CleanArticle(text, known, rules, &doc);
    Finish(std::move(doc), corpus);
  }
}

// Ids must be unique within a corpus: later duplicates get "~2", "~3".
void MakeIdsUnique(Corpus* corpus, std::size_t from) {
  std::unordered_map<std::string, int> count;
  for (std::size_t i = 0; i < corpus->documents.size(); ++i) {
    Document& d = corpus->documents[i];
    int n = ++count[d.id];
    if (n > 1 && i >= from) {
      std::string fresh = d.id + "~" + std::to_string(n);
      corpus->warnings.push_back(d.origin + ": document id \"" + d.id +
                                 "\" already used; renamed to \"" + fresh + "\"");
      d.id = fresh;
    }
  }
}

// The first bytes of a file, to skip binaries without reading them whole.
std::string Head(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(8192, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// Reads and ingests one file. A file named on the command line that cannot
// be read is an error; one found inside a directory is a skip.
Status IngestFile(const std::string& path, bool named, const CleaningRules& rules,
                  Corpus* corpus) {
  if (std::optional<std::string> reason = BinaryReason(Head(path))) {
    corpus->skipped.push_back({path, *reason});
    return Status::Ok();
  }
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) {
    if (named) return bytes.status();
    corpus->skipped.push_back({path, "unreadable: " + bytes.status().message()});
    return Status::Ok();
  }
  IngestBytes(path, *bytes, rules, corpus);
  return Status::Ok();
}

Status IngestDirectory(const std::string& dir, const CleaningRules& rules, Corpus* corpus) {
  // Walked by hand rather than with recursive_directory_iterator so that an
  // unreadable subdirectory is reported as a skip instead of vanishing.
  std::vector<std::string> files;
  std::vector<fs::path> pending = {fs::path(dir)};
  while (!pending.empty()) {
    fs::path current = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec);
    if (ec) {
      if (current == fs::path(dir)) {
        return Status::IoError("cannot read directory " + dir + ": " + ec.message());
      }
      corpus->skipped.push_back({current.string(), "unreadable directory: " + ec.message()});
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        corpus->skipped.push_back({current.string(), "directory listing failed: " + ec.message()});
        break;
      }
      std::string name = it->path().filename().string();
      if (name.size() > 1 && name[0] == '.') continue;  // hidden
      std::error_code type_ec;
      if (it->is_directory(type_ec)) {
        if (!it->is_symlink(type_ec)) pending.push_back(it->path());  // no symlink loops
      } else if (it->is_regular_file(type_ec)) {
        files.push_back(it->path().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t before = corpus->documents.size() + corpus->skipped.size();
  for (const std::string& f : files) AG_RETURN_IF_ERROR(IngestFile(f, false, rules, corpus));
  if (corpus->documents.size() + corpus->skipped.size() == before) {
    corpus->warnings.push_back(dir + ": directory contains no documents");
  }
  return Status::Ok();
}

}  // namespace

void IngestBytes(std::string_view name, std::string_view bytes, Corpus* corpus) {
  IngestBytes(name, bytes, EmbeddedRules(), corpus);
}

void IngestBytes(std::string_view name, std::string_view bytes, const CleaningRules& rules,
                 Corpus* corpus) {
  std::size_t from = corpus->documents.size();
  if (std::optional<std::string> reason = BinaryReason(bytes)) {
    corpus->skipped.push_back({std::string(name), *reason});
    return;
  }
  switch (FormatOf(name)) {
    case Format::kHtml: IngestHtml(name, name, bytes, rules, corpus); break;
    case Format::kJsonLines: IngestJsonLines(name, bytes, rules, corpus); break;
    case Format::kText: IngestText(name, name, bytes, rules, corpus); break;
  }
  MakeIdsUnique(corpus, from);
}

Result<Corpus> Ingest(const std::vector<std::string>& inputs, const IngestOptions& options) {
  const CleaningRules* rules_ptr = options.rules;
  if (rules_ptr == nullptr) {
    const Result<CleaningRules>& embedded = DefaultCleaningRules();
    if (!embedded.ok()) return embedded.status();
    rules_ptr = &*embedded;
  }
  const CleaningRules& rules = *rules_ptr;
  Corpus corpus;
  if (inputs.empty()) {
    for (const EmbeddedFile& f : ListEmbedded(kSampleCorpus)) {
      IngestBytes(f.path, std::string_view(f.data, f.size), rules, &corpus);
    }
    return corpus;
  }
  for (const std::string& input : inputs) {
    if (input == "-") {
      if (options.stdin_stream == nullptr) {
        return Status::InvalidArgument("\"-\" (standard input) is not available here");
      }
      std::string bytes((std::istreambuf_iterator<char>(*options.stdin_stream)),
                        std::istreambuf_iterator<char>());
      if (options.stdin_stream->bad()) return Status::IoError("cannot read standard input");
      std::size_t from = corpus.documents.size();
      if (std::optional<std::string> reason = BinaryReason(bytes)) {
        corpus.skipped.push_back({"<stdin>", *reason});
        continue;
      }
      IngestText("stdin", "<stdin>", bytes, rules, &corpus);
      MakeIdsUnique(&corpus, from);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      if (ec && ec != std::errc::no_such_file_or_directory) {
        return Status::IoError("cannot read " + input + ": " + ec.message());
      }
      return Status::NotFound(input + ": no such file or directory");
    }
    if (fs::is_directory(st)) {
      AG_RETURN_IF_ERROR(IngestDirectory(input, rules, &corpus));
      continue;
    }
    AG_RETURN_IF_ERROR(IngestFile(input, true, rules, &corpus));
  }
  return corpus;
}

}  // namespace actorgraph
