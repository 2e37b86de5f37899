// Stage 1 data: a document is one article, cleaned and ready to split.
#ifndef ACTORGRAPH_DOCUMENTS_DOCUMENT_H_
#define ACTORGRAPH_DOCUMENTS_DOCUMENT_H_

#include <string>
#include <vector>

namespace actorgraph {

/// One article after ingestion and cleaning. All strings are valid UTF-8, NFC.
struct Document {
  std::string id;      // file stem, or the JSON Lines "id"
  std::string origin;  // where it came from: a path, "path:line" for JSON Lines, "<stdin>"
  std::string title;   // headline, when one was found
  std::string date;    // publication date, ISO 8601 "YYYY-MM-DD"; empty when unknown
  std::string outlet;  // "Anadolu Agency", "Reuters", ...; empty when unknown
  std::string url;     // when stated
  std::string dateline;  // the place of a wire dateline the cleaner removed ("Gaza City"); empty when none
  std::string text;    // the cleaned body; sentence offsets index into it
};

/// An input that was not used, and why.
struct Skipped {
  std::string origin;  // path or "path:line"
  std::string reason;  // "binary file", "no `text` field", "empty document", ...
};

/// Everything ingestion produced: every input is either a document or a skip.
struct Corpus {
  std::vector<Document> documents;      // in input order (directories walked sorted)
  std::vector<Skipped> skipped;
  std::vector<std::string> warnings;    // repaired input ("invalid UTF-8 at byte 17 of a.txt")
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_DOCUMENTS_DOCUMENT_H_
