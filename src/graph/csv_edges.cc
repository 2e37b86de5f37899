#include "graph/csv_edges.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

// Splits one logical record starting at `pos`; advances `pos` past it and
// counts the newlines consumed (quoted fields may span lines).
bool NextRecord(std::string_view text, std::size_t* pos, char delim, std::vector<std::string>* fields,
                int* lines, std::string* error) {
  fields->assign(1, "");
  bool quoted = false, was_quoted = false;
  std::size_t i = *pos;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        fields->back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++*lines;
        fields->back() += c;
      }
    } else if (c == '"' && fields->back().empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == delim) {
      fields->emplace_back();
      was_quoted = false;
    } else if (c == '\n') {
      ++*lines;
      ++i;
      break;
    } else if (c != '\r') {
      fields->back() += c;
    }
  }
  *pos = i;
  if (quoted) {
    *error = "unterminated quoted field";
    return false;
  }
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool IsNumber(const std::string& s) {
  if (s.empty()) return false;
  try {
    std::size_t used = 0;
    std::stod(s, &used);
    return used == s.size();
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

Result<ImportedGraph> ReadCsvEdges(std::string_view bytes, std::string_view origin) {
  const std::string where(origin);
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);  // BOM
  std::string_view first_line = bytes.substr(0, bytes.find('\n'));
  char delim = first_line.find(',') != std::string_view::npos    ? ','
               : first_line.find('\t') != std::string_view::npos ? '\t'
               : first_line.find(';') != std::string_view::npos  ? ';'
                                                                 : ',';
  GraphAssembler assembler(true);
  std::vector<std::string> header;  // lower-cased column names when there is a header
  int src_col = 0, dst_col = 1, kind_col = -1, weight_col = -1, count_col = -1;
  std::size_t pos = 0;
  int line = 1, rows = 0;
  std::vector<std::string> fields;
  std::string error;
  while (pos < bytes.size()) {
    int record_line = line;
    if (!NextRecord(bytes, &pos, delim, &fields, &line, &error)) {
      return Status::ParseError(where + ":" + std::to_string(record_line) + ": " + error);
    }
    for (std::string& f : fields) f = Trim(f);
    if (fields.size() == 1 && fields[0].empty()) continue;
    if (!fields[0].empty() && fields[0][0] == '#') continue;
    if (rows == 0 && header.empty()) {
      std::vector<std::string> names;
      for (const std::string& f : fields) names.push_back(Lower(f));
      auto col = [&names](std::initializer_list<const char*> options) {
        for (const char* o : options) {
          auto it = std::find(names.begin(), names.end(), o);
          if (it != names.end()) return static_cast<int>(it - names.begin());
        }
        return -1;
      };
      if (col({"source"}) >= 0 && col({"target"}) >= 0) {
        header = names;
        src_col = col({"source"});
        dst_col = col({"target"});
        kind_col = col({"kind", "relation", "type", "label"});
        weight_col = col({"weight"});
        count_col = col({"count"});
        continue;
      }
    }
    ++rows;
    std::string at = where + ":" + std::to_string(record_line) + ": ";
    if (fields.size() < 2) {
      return Status::ParseError(at + "expected source,target[,kind][,weight], found " +
                                std::to_string(fields.size()) + " field");
    }
    if (!header.empty() && fields.size() != header.size()) {
      return Status::ParseError(at + "expected " + std::to_string(header.size()) + " fields as in the header, found " +
                                std::to_string(fields.size()));
    }
    AttributeMap attrs;
    if (header.empty()) {
      if (fields.size() > 4) {
        return Status::ParseError(at + "expected source,target[,kind][,weight], found " +
                                  std::to_string(fields.size()) + " fields (add a header row to name extra columns)");
      }
      if (fields.size() == 3 && IsNumber(fields[2])) {
        attrs["weight"] = fields[2];
      } else {
        if (fields.size() >= 3 && !fields[2].empty()) attrs["kind"] = fields[2];
        if (fields.size() == 4) attrs["weight"] = fields[3];
      }
    } else {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        int c = static_cast<int>(i);
        if (c == src_col || c == dst_col) continue;
        if (c == kind_col) attrs["kind"] = fields[i];
        else if (c == weight_col) attrs["weight"] = fields[i];
        else if (c == count_col) attrs["count"] = fields[i];
        else attrs[header[i]] = fields[i];
      }
      for (auto it = attrs.begin(); it != attrs.end();) {  // an empty cell is an absent value
        it = it->second.empty() ? attrs.erase(it) : std::next(it);
      }
    }
    const std::string& s = fields[static_cast<std::size_t>(src_col)];
    const std::string& t = fields[static_cast<std::size_t>(dst_col)];
    if (s.empty() || t.empty()) return Status::ParseError(at + "empty source or target");
    auto e = EdgeFromAttributes(attrs);
    if (!e.ok()) return Status::ParseError(at + e.status().message());
    assembler.AddEdge(s, t, std::move(e.value()));
  }
  if (rows == 0) return Status::ParseError(where + ":1: no edges (expected rows of source,target[,kind][,weight])");
  return assembler.Finish();
}

}  // namespace actorgraph
