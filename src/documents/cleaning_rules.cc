#include "documents/cleaning_rules.h"

#include <string>

#include <toml++/toml.h>

#include "core/embedded.h"

namespace actorgraph {
namespace {

// Reads a TOML array of strings at `key` of `table` (absent = nothing).
Status ReadStrings(const toml::table& table, std::string_view section, std::string_view key,
                   std::string_view origin, bool lower, std::vector<std::string>* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status::Ok();
  const toml::array* array = node->as_array();
  auto where = [&] {
    return std::string(origin) + ":" + std::to_string(node->source().begin.line) + ": [" +
           std::string(section) + "] " + std::string(key);
  };
  if (array == nullptr) return Status::ParseError(where() + " must be an array of strings");
  for (const toml::node& item : *array) {
    std::optional<std::string> s = item.value<std::string>();
    if (!s) return Status::ParseError(where() + " must contain only strings");
    out->push_back(lower ? AsciiLower(*s) : *s);
  }
  return Status::Ok();
}

// Reads an array of [string, string] pairs.
Status ReadPairs(const toml::table& table, std::string_view section, std::string_view key,
                 std::string_view origin, std::vector<std::pair<std::string, std::string>>* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status::Ok();
  const toml::array* array = node->as_array();
  std::string where = std::string(origin) + ":" + std::to_string(node->source().begin.line) +
                      ": [" + std::string(section) + "] " + std::string(key);
  if (array == nullptr) return Status::ParseError(where + " must be an array of [from, to] pairs");
  for (const toml::node& item : *array) {
    const toml::array* pair = item.as_array();
    if (pair == nullptr || pair->size() != 2 || !pair->get(0)->is_string() ||
        !pair->get(1)->is_string()) {
      return Status::ParseError(where + " must contain only [\"from\", \"to\"] pairs of strings");
    }
    out->emplace_back(*pair->get(0)->value<std::string>(), *pair->get(1)->value<std::string>());
  }
  return Status::Ok();
}

Status ReadInt(const toml::table& table, std::string_view section, std::string_view key,
               std::string_view origin, int* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status::Ok();
  std::optional<int64_t> v = node->value<int64_t>();
  if (!v || *v < 0 || *v > 1000) {
    return Status::ParseError(std::string(origin) + ":" + std::to_string(node->source().begin.line) +
                              ": [" + std::string(section) + "] " + std::string(key) +
                              " must be a small non-negative integer");
  }
  *out = static_cast<int>(*v);
  return Status::Ok();
}

const toml::table& Section(const toml::table& root, std::string_view name) {
  static const toml::table kEmpty;
  const toml::table* t = root.get_as<toml::table>(name);
  return t != nullptr ? *t : kEmpty;
}

Status Fill(const toml::table& root, std::string_view origin, CleaningRules* r) {
  const toml::table& normalize = Section(root, "normalize");
  AG_RETURN_IF_ERROR(ReadPairs(normalize, "normalize", "replace", origin, &r->replace));

  const toml::table& lines = Section(root, "lines");
  AG_RETURN_IF_ERROR(ReadStrings(lines, "lines", "bullets", origin, false, &r->bullets));
  AG_RETURN_IF_ERROR(ReadStrings(lines, "lines", "chrome", origin, true, &r->chrome));
  AG_RETURN_IF_ERROR(
      ReadStrings(lines, "lines", "drop_prefixes", origin, true, &r->drop_prefixes));
  AG_RETURN_IF_ERROR(
      ReadStrings(lines, "lines", "drop_suffixes", origin, true, &r->drop_suffixes));
  AG_RETURN_IF_ERROR(ReadStrings(lines, "lines", "cut_from", origin, true, &r->cut_from));
  std::vector<std::string> section_end;
  AG_RETURN_IF_ERROR(ReadStrings(lines, "lines", "section_end", origin, true, &section_end));
  r->section_end.insert(section_end.begin(), section_end.end());

  const toml::table& metadata = Section(root, "metadata");
  AG_RETURN_IF_ERROR(
      ReadStrings(metadata, "metadata", "date_labels", origin, true, &r->date_labels));
  AG_RETURN_IF_ERROR(
      ReadStrings(metadata, "metadata", "other_labels", origin, true, &r->other_labels));
  AG_RETURN_IF_ERROR(ReadInt(metadata, "metadata", "max_tag_words", origin, &r->max_tag_words));
  AG_RETURN_IF_ERROR(
      ReadInt(metadata, "metadata", "max_dateline_words", origin, &r->max_dateline_words));

  const toml::table& bylines = Section(root, "bylines");
  AG_RETURN_IF_ERROR(
      ReadStrings(bylines, "bylines", "prefixes", origin, true, &r->byline_prefixes));
  AG_RETURN_IF_ERROR(
      ReadStrings(bylines, "bylines", "connectors", origin, true, &r->byline_connectors));
  AG_RETURN_IF_ERROR(ReadInt(bylines, "bylines", "max_words", origin, &r->max_byline_words));
  std::vector<std::string> lowercase_words;
  AG_RETURN_IF_ERROR(
      ReadStrings(bylines, "bylines", "lowercase_words", origin, true, &lowercase_words));
  r->byline_lowercase_words.insert(lowercase_words.begin(), lowercase_words.end());

  const toml::table& outlets = Section(root, "outlets");
  std::vector<std::string> names;
  AG_RETURN_IF_ERROR(ReadStrings(outlets, "outlets", "names", origin, false, &names));
  for (const std::string& n : names) r->outlets[AsciiLower(n)] = n;
  std::vector<std::pair<std::string, std::string>> signoffs;
  AG_RETURN_IF_ERROR(ReadPairs(outlets, "outlets", "signoffs", origin, &signoffs));
  for (const auto& [code, outlet] : signoffs) r->signoffs[AsciiLower(code)] = outlet;
  AG_RETURN_IF_ERROR(ReadStrings(outlets, "outlets", "title_separators", origin, false,
                                 &r->title_separators));

  const toml::table& dates = Section(root, "dates");
  if (const toml::node* months = dates.get("months")) {
    const toml::array* array = months->as_array();
    std::string where = std::string(origin) + ":" + std::to_string(months->source().begin.line) +
                        ": [dates] months";
    if (array == nullptr || array->size() != 12) {
      return Status::ParseError(where + " must list 12 months, each an array of names");
    }
    for (std::size_t m = 0; m < 12; ++m) {
      const toml::array* spellings = array->get(m)->as_array();
      if (spellings == nullptr) return Status::ParseError(where + " must hold arrays of names");
      for (const toml::node& s : *spellings) {
        std::optional<std::string> name = s.value<std::string>();
        if (!name) return Status::ParseError(where + " must hold only strings");
        r->months[AsciiLower(*name)] = static_cast<int>(m) + 1;
      }
    }
  }
  std::vector<std::string> filler;
  AG_RETURN_IF_ERROR(ReadStrings(dates, "dates", "filler", origin, true, &filler));
  r->date_filler.insert(filler.begin(), filler.end());

  const toml::table& html = Section(root, "html");
  std::vector<std::string> tags;
  AG_RETURN_IF_ERROR(ReadStrings(html, "html", "skip_tags", origin, true, &tags));
  r->html_skip_tags.insert(tags.begin(), tags.end());
  AG_RETURN_IF_ERROR(
      ReadStrings(html, "html", "skip_classes", origin, true, &r->html_skip_classes));

  const toml::table& sentences = Section(root, "sentences");
  std::vector<std::string> words;
  AG_RETURN_IF_ERROR(
      ReadStrings(sentences, "sentences", "abbreviations", origin, false, &words));
  r->abbreviations.insert(words.begin(), words.end());
  words.clear();
  AG_RETURN_IF_ERROR(
      ReadStrings(sentences, "sentences", "before_numbers", origin, false, &words));
  r->before_numbers.insert(words.begin(), words.end());
  words.clear();
  AG_RETURN_IF_ERROR(ReadStrings(sentences, "sentences", "may_end", origin, false, &words));
  r->may_end.insert(words.begin(), words.end());
  r->abbreviations.insert(words.begin(), words.end());
  words.clear();
  AG_RETURN_IF_ERROR(
      ReadStrings(sentences, "sentences", "sentence_starters", origin, false, &words));
  r->sentence_starters.insert(words.begin(), words.end());
  return Status::Ok();
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Status ExtendCleaningRules(std::string_view toml_text, std::string_view origin,
                          CleaningRules* rules) {
  CleaningRules extended = *rules;
  try {
    toml::table root = toml::parse(toml_text, origin);
    AG_RETURN_IF_ERROR(Fill(root, origin, &extended));
  } catch (const toml::parse_error& e) {
    return Status::ParseError(std::string(origin) + ":" +
                              std::to_string(e.source().begin.line) + ": " +
                              std::string(e.description()));
  }
  *rules = std::move(extended);
  return Status::Ok();
}

Result<CleaningRules> ParseCleaningRules(std::string_view toml_text, std::string_view origin) {
  CleaningRules rules;
  AG_RETURN_IF_ERROR(ExtendCleaningRules(toml_text, origin, &rules));
  return rules;
}

const Result<CleaningRules>& DefaultCleaningRules() {
  static const Result<CleaningRules> rules = []() -> Result<CleaningRules> {
    std::optional<std::string_view> data = FindEmbedded(kCleaningRulesPath);
    if (!data) {
      return Status::Internal(std::string(kCleaningRulesPath) + " is not embedded in the binary");
    }
    Result<CleaningRules> parsed = ParseCleaningRules(*data, kCleaningRulesPath);
    if (!parsed.ok()) return Status::Internal("embedded " + parsed.status().message());
    return parsed;
  }();
  return rules;
}

}  // namespace actorgraph
