#include "actors/knowledge_base.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>
#include <utility>

#include <toml++/toml.h>

#include "actors/text.h"
#include "actors/builtin_snapshot.h"
#include "core/embedded.h"

namespace actorgraph {
namespace {

constexpr std::string_view kBuiltinDir = "graphs/dictionaries/actors/";
constexpr std::size_t kMaxErrors = 20;

// Collects "origin:line: message" errors of one overlay.
class Errors {
 public:
  explicit Errors(std::string_view origin) : origin_(origin) {}
  void Add(const toml::source_region& where, const std::string& message) {
    std::ostringstream line;
    line << origin_ << ":" << where.begin.line << ": " << message;
    messages_.push_back(line.str());
  }
  bool empty() const { return messages_.empty(); }
  std::string origin() const { return origin_; }
  Status ToStatus() const {
    std::string all;
    for (std::size_t i = 0; i < messages_.size() && i < kMaxErrors; ++i) {
      if (i > 0) all += "\n";
      all += messages_[i];
    }
    if (messages_.size() > kMaxErrors) {
      all += "\n(" + std::to_string(messages_.size() - kMaxErrors) + " more errors in " + origin_ + ")";
    }
    return Status::ParseError(all);
  }

 private:
  std::string origin_;
  std::vector<std::string> messages_;
};

std::string Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i];
  }
  return out;
}

std::string Quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

// The closest of `known` to `key`, for "did you mean" in unknown-key errors.
std::string Nearest(std::string_view key, const std::vector<std::string_view>& known) {
  std::string best;
  int best_distance = 3;
  for (std::string_view k : known) {
    int d = NameDistance(key, k);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(k);
    }
  }
  return best;
}

bool ValidId(std::string_view id) {
  for (char c : id) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '"' || c == ',') return false;
  }
  return !id.empty();
}

// Reads a non-empty string; records an error and returns nullopt otherwise.
std::optional<std::string> ReadString(const toml::node& node, std::string_view key, Errors* errors) {
  if (const auto* v = node.as_string()) {
    std::string s = Trim(v->get());
    if (!s.empty()) return s;
    errors->Add(node.source(), "`" + std::string(key) + "` is empty");
    return std::nullopt;
  }
  errors->Add(node.source(), "`" + std::string(key) + "` must be a string");
  return std::nullopt;
}

// A string or an array of strings.
std::vector<std::string> ReadStrings(const toml::node& node, std::string_view key, Errors* errors) {
  std::vector<std::string> out;
  if (node.is_string()) {
    if (auto s = ReadString(node, key, errors)) out.push_back(*s);
    return out;
  }
  const auto* array = node.as_array();
  if (array == nullptr) {
    errors->Add(node.source(), "`" + std::string(key) + "` must be an array of strings, like [\"a\", \"b\"]");
    return out;
  }
  for (const toml::node& item : *array) {
    if (auto s = ReadString(item, key, errors)) out.push_back(*s);
  }
  return out;
}

// A date as "YYYY-MM-DD" (a string or a TOML date).
std::optional<std::string> ReadDate(const toml::node& node, std::string_view key, Errors* errors) {
  if (const auto* d = node.as_date()) {
    std::ostringstream s;
    s << d->get();
    return s.str();
  }
  if (const auto* v = node.as_string()) {
    if (IsIsoDate(v->get())) return v->get();
    errors->Add(node.source(), "`" + std::string(key) + "` = " + Quote(v->get()) +
                                   " is not a date; write \"YYYY-MM-DD\"");
    return std::nullopt;
  }
  errors->Add(node.source(), "`" + std::string(key) + "` must be a date \"YYYY-MM-DD\"");
  return std::nullopt;
}

bool ParseKind(std::string_view s, ActorKind* kind) {
  static constexpr std::pair<std::string_view, ActorKind> kKinds[] = {
      {"country", ActorKind::kCountry},
      {"organization", ActorKind::kOrganization},
      {"person", ActorKind::kPerson},
      {"group", ActorKind::kGroup},
  };
  for (const auto& [name, k] : kKinds) {
    if (s == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

// Reports keys of `table` not in `known`, with a suggestion.
void CheckKeys(const toml::table& table, const std::vector<std::string_view>& known, std::string_view what,
               Errors* errors) {
  for (const auto& [key, node] : table) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    std::string near = Nearest(key.str(), known);
    std::string hint = near.empty() ? "known keys: " + Join({known.begin(), known.end()}, ", ")
                                    : "did you mean `" + near + "`?";
    errors->Add(node.source(), "unknown key `" + std::string(key.str()) + "` in " + std::string(what) + " (" +
                                   hint + ")");
  }
}

std::string OriginOf(std::string_view origin, const toml::source_region& where) {
  return std::string(origin) + ":" + std::to_string(where.begin.line);
}

// One [[actor]] as read, before it is applied.
struct ParsedActor {
  Actor actor;
  std::vector<Surface> forms;  // every surface as written, name first
  bool merge = false;
  bool has_name = false, has_kind = false, has_party = false, has_armed = false, has_female = false, has_until = false;
  toml::source_region where;
};

// The latest office: open-ended first, then the latest start.
const Office* LatestOffice(const std::vector<Office>& offices) {
  const Office* best = nullptr;
  for (const Office& o : offices) {
    if (best == nullptr) {
      best = &o;
      continue;
    }
    bool o_open = o.end.empty(), b_open = best->end.empty();
    if (o_open != b_open ? o_open : (o.start != best->start ? o.start > best->start : o.end > best->end)) best = &o;
  }
  return best;
}

std::string SpellOutKey(std::string_view key) {
  std::string out;
  bool start = true;
  for (char c : key) {
    if (c == '-') {
      out.push_back(' ');
      start = true;
      continue;
    }
    out.push_back(start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    start = false;
  }
  return out;
}

// True when `office` covers `date` (ISO; inclusive on both ends).
bool Covers(const Office& office, std::string_view date) {
  return (office.start.empty() || office.start <= date) && (office.end.empty() || date <= office.end);
}

}  // namespace

struct KnowledgeBase::ParsedFile {
  std::string origin;
  toml::table root;
  std::optional<Status> syntax_error;  // set when the text is no TOML
};

namespace {

KnowledgeBase::ParsedFile ParseFile(std::string_view text, std::string_view origin) {
  KnowledgeBase::ParsedFile file;
  file.origin = std::string(origin);
  try {
    file.root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    Errors errors(origin);
    errors.Add(e.source(), "TOML syntax error: " + std::string(e.description()));
    file.syntax_error = errors.ToStatus();
  }
  return file;
}

}  // namespace

Status KnowledgeBase::Apply(std::string_view text, std::string_view origin) {
  return ApplyParsed(ParseFile(text, origin));
}

// The snapshot generated at build time (generated/builtin_snapshot.cc). This weak
// default is what the snapshot tool itself links: no snapshot, parse the TOML.
__attribute__((weak)) std::string_view BuiltinSnapshot() { return {}; }

Result<KnowledgeBase> KnowledgeBase::LoadBuiltin() {
  if (std::string_view bytes = BuiltinSnapshot(); !bytes.empty()) {
    Result<KnowledgeBase> kb = FromSnapshot(bytes);
    if (kb.ok()) return kb;
  }
  return ParseBuiltin();
}

Result<KnowledgeBase> KnowledgeBase::ParseBuiltin() {
  std::vector<EmbeddedFile> files;
  for (const EmbeddedFile& file : ListEmbedded(kBuiltinDir)) {
    std::string_view path = file.path;
    if (path.size() >= 5 && path.substr(path.size() - 5) == ".toml") files.push_back(file);
  }
  // Parsing is most of the start-up: the files are parsed in parallel, then applied in order.
  std::vector<ParsedFile> parsed(files.size());
  auto parse_from = [&](std::size_t first, std::size_t stride) {
    for (std::size_t i = first; i < files.size(); i += stride)
      parsed[i] = ParseFile(std::string_view(files[i].data, files[i].size), files[i].path);
  };
  std::size_t workers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), 4);
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers && w < files.size(); ++w) threads.emplace_back(parse_from, w, workers);
  parse_from(0, workers);
  for (std::thread& t : threads) t.join();
  KnowledgeBase kb;
  for (const ParsedFile& file : parsed) {
    Status status = kb.ApplyParsed(file);
    if (!status.ok()) {
      return Status::Internal("the built-in dictionary is malformed (a bug in this build):\n" + status.message());
    }
  }
  kb.Reindex();  // once, after every file
  return kb;
}

Status KnowledgeBase::Overlay(std::string_view text, std::string_view origin) {
  AG_RETURN_IF_ERROR(Apply(text, origin));
  Reindex();
  return Status::Ok();
}

Status KnowledgeBase::ApplyParsed(const ParsedFile& file) {
  if (file.syntax_error) return *file.syntax_error;
  std::string_view origin = file.origin;
  Errors errors(origin);
  const toml::table& root = file.root;
  CheckKeys(root, {"actor", "title"}, "the file (expected [[actor]] and [[title]] tables)", &errors);

  // ---- [[actor]] ----
  std::vector<ParsedActor> parsed;
  std::map<std::string, toml::source_region> seen_here;
  if (const toml::node* node = root.get("actor")) {
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      errors.Add(node->source(), "`actor` must be an array of tables: write each entry as [[actor]]");
    } else {
      for (const toml::node& item : *array) {
        const toml::table* t = item.as_table();
        if (t == nullptr) {
          errors.Add(item.source(), "each [[actor]] entry must be a table");
          continue;
        }
        CheckKeys(*t,
                  {"id", "name", "kind", "party", "aliases", "context_aliases", "demonyms",
                   "demonyms_plural", "capital", "seats", "offices", "merge", "armed", "female",
                   "until", "part_of", "part_of_until", "home"},
                  "[[actor]]", &errors);
        ParsedActor p;
        p.where = t->source();
        if (const toml::node* m = t->get("merge")) {
          if (const auto* b = m->as_boolean()) {
            p.merge = b->get();
          } else {
            errors.Add(m->source(), "`merge` must be true or false");
          }
        }
        // a true/false key: its value, and that it was given (an overlay replaces only what it gives)
        auto flag = [&](const char* key, bool* value, bool* given) {
          const toml::node* m = t->get(key);
          if (!m) return;
          if (const auto* b = m->as_boolean()) {
            *value = b->get();
            *given = true;
          } else {
            errors.Add(m->source(), "`" + std::string(key) + "` must be true or false");
          }
        };
        flag("armed", &p.actor.armed, &p.has_armed);
        flag("female", &p.actor.female, &p.has_female);
        if (const toml::node* m = t->get("until")) {
          if (auto d = ReadDate(*m, "until", &errors)) {
            p.actor.until = *d;
            p.has_until = true;
          }
        }
        if (const toml::node* m = t->get("home")) {
          if (auto v = ReadString(*m, "home", &errors)) p.actor.home = *v;
        }
        if (const toml::node* m = t->get("part_of")) {
          if (auto v = ReadString(*m, "part_of", &errors)) p.actor.part_of = *v;
          const toml::node* u = t->get("part_of_until");
          if (u == nullptr) errors.Add(m->source(), "`part_of` needs `part_of_until` (the day it stopped)");
          else if (auto d = ReadDate(*u, "part_of_until", &errors)) p.actor.part_of_until = *d;
        }
        const toml::node* id_node = t->get("id");
        if (id_node == nullptr) {
          errors.Add(t->source(), "[[actor]] without `id`");
          continue;
        }
        auto id = ReadString(*id_node, "id", &errors);
        if (!id) continue;
        if (!ValidId(*id)) {
          errors.Add(id_node->source(), "`id` " + Quote(*id) + " must not contain spaces, quotes or commas");
          continue;
        }
        if (auto it = seen_here.find(*id); it != seen_here.end()) {
          errors.Add(id_node->source(), "duplicate id " + Quote(*id) + " (first defined at line " +
                                            std::to_string(it->second.begin.line) + ")");
          continue;
        }
        seen_here.emplace(*id, t->source());
        p.actor.id = *id;
        p.actor.origin = OriginOf(origin, t->source());
        if (const toml::node* n = t->get("name")) {
          if (auto s = ReadString(*n, "name", &errors)) {
            p.actor.name = *s;
            p.has_name = true;
          }
        }
        if (const toml::node* n = t->get("kind")) {
          if (auto s = ReadString(*n, "kind", &errors)) {
            if (ParseKind(*s, &p.actor.kind)) {
              p.has_kind = true;
            } else {
              errors.Add(n->source(), "`kind` = " + Quote(*s) + " is not one of country, organization, person, group");
            }
          }
        }
        if (const toml::node* n = t->get("party")) {
          if (auto s = ReadString(*n, "party", &errors)) {
            p.actor.party = *s;
            p.has_party = true;
          }
        }
        if (p.has_name) p.forms.push_back({p.actor.name, p.actor.id, NameForm::kName});
        static constexpr std::pair<std::string_view, NameForm> kForms[] = {
            {"aliases", NameForm::kName},          {"demonyms", NameForm::kDemonym},
            {"demonyms_plural", NameForm::kDemonymPlural}, {"capital", NameForm::kCapital},
            {"seats", NameForm::kSeat},            {"context_aliases", NameForm::kContextName},
        };
        for (const auto& [key, form] : kForms) {
          if (const toml::node* n = t->get(key)) {
            for (std::string& s : ReadStrings(*n, key, &errors)) p.forms.push_back({std::move(s), p.actor.id, form});
          }
        }
        if (const toml::node* n = t->get("offices")) {
          const toml::array* offices = n->as_array();
          if (offices == nullptr) {
            errors.Add(n->source(), "`offices` must be an array of { office = KEY, party = CODE, start = DATE }");
          } else {
            for (const toml::node& o : *offices) {
              const toml::table* ot = o.as_table();
              if (ot == nullptr) {
                errors.Add(o.source(), "each office must be a table { office = KEY, party = CODE, start = DATE }");
                continue;
              }
              CheckKeys(*ot, {"office", "party", "start", "end", "title"}, "an office", &errors);
              Office office;
              bool ok = true;
              for (std::string_view key : {"office", "party"}) {
                const toml::node* v = ot->get(key);
                if (v == nullptr) {
                  errors.Add(o.source(), "office without `" + std::string(key) + "`");
                  ok = false;
                  continue;
                }
                auto s = ReadString(*v, key, &errors);
                if (!s) {
                  ok = false;
                  continue;
                }
                (key == "office" ? office.key : office.party) = *s;
              }
              if (const toml::node* v = ot->get("title")) {
                if (auto s = ReadString(*v, "title", &errors)) office.title = *s;
              }
              if (const toml::node* v = ot->get("start")) {
                if (auto s = ReadDate(*v, "start", &errors)) office.start = *s; else ok = false;
              }
              if (const toml::node* v = ot->get("end")) {
                if (auto s = ReadDate(*v, "end", &errors)) office.end = *s; else ok = false;
              }
              if (ok && !office.start.empty() && !office.end.empty() && office.end < office.start) {
                errors.Add(o.source(), "office " + Quote(office.key) + " ends (" + office.end + ") before it starts (" +
                                           office.start + ")");
                ok = false;
              }
              if (ok) p.actor.offices.push_back(std::move(office));
            }
          }
        }
        if (!p.merge) {
          // Missing keys only: a present but malformed value has its own error above.
          if (!t->contains("name")) errors.Add(t->source(), "actor " + Quote(p.actor.id) + " has no `name`");
          if (!t->contains("kind")) {
            errors.Add(t->source(), "actor " + Quote(p.actor.id) +
                                        " has no `kind` (one of country, organization, person, group)");
          }
          bool person_with_offices = p.actor.kind == ActorKind::kPerson && t->contains("offices");
          if (p.has_kind && !t->contains("party") && !person_with_offices) {
            errors.Add(t->source(), "actor " + Quote(p.actor.id) +
                                        " has no `party` (the side it acts for, e.g. \"USA\"; persons may give "
                                        "`offices` instead)");
          }
        } else if (by_id_.find(p.actor.id) == by_id_.end()) {
          errors.Add(t->source(), "actor " + Quote(p.actor.id) +
                                      " has `merge = true` but no earlier dictionary defines that id");
        }
        parsed.push_back(std::move(p));
      }
    }
  }

  // ---- [[title]] ----
  std::vector<TitlePhrase> new_titles;
  std::vector<OfficeName> new_names;
  if (const toml::node* node = root.get("title")) {
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      errors.Add(node->source(), "`title` must be an array of tables: write each entry as [[title]]");
    } else {
      for (const toml::node& item : *array) {
        const toml::table* t = item.as_table();
        if (t == nullptr) {
          errors.Add(item.source(), "each [[title]] entry must be a table");
          continue;
        }
        CheckKeys(*t, {"office", "party", "phrases", "name"}, "[[title]]", &errors);
        std::string office, party, name;
        if (const toml::node* n = t->get("office")) {
          if (auto s = ReadString(*n, "office", &errors)) office = *s;
        } else {
          errors.Add(t->source(), "[[title]] without `office` (an office key such as \"foreign-minister\")");
        }
        if (const toml::node* n = t->get("party")) {
          if (auto s = ReadString(*n, "party", &errors)) party = *s;
        }
        if (const toml::node* n = t->get("name")) {
          if (auto s = ReadString(*n, "name", &errors)) name = *s;
        }
        std::vector<std::string> phrases;
        if (const toml::node* n = t->get("phrases")) {
          phrases = ReadStrings(*n, "phrases", &errors);
        } else if (name.empty()) {
          errors.Add(t->source(), "[[title]] without `phrases` (the words news uses for this office)");
        }
        if (office.empty()) continue;
        for (std::string& ph : phrases) new_titles.push_back({std::move(ph), office, party});
        if (!name.empty()) new_names.push_back({office, party, name});
      }
    }
  }

  if (!errors.empty()) return errors.ToStatus();

  // ---- apply: nothing changes unless the whole overlay is valid ----
  for (ParsedActor& p : parsed) {
    auto it = by_id_.find(p.actor.id);
    if (it == by_id_.end()) {
      by_id_.emplace(p.actor.id, actors_.size());
      actors_.push_back(p.actor);
      forms_[p.actor.id] = std::move(p.forms);
      continue;
    }
    Actor& old = actors_[it->second];
    if (!p.merge) {
      old = p.actor;
      forms_[p.actor.id] = std::move(p.forms);
      continue;
    }
    if (p.has_name) old.name = p.actor.name;
    if (p.has_kind) old.kind = p.actor.kind;
    if (p.has_party) old.party = p.actor.party;
    if (p.has_armed) old.armed = p.actor.armed;
    if (p.has_female) old.female = p.actor.female;
    if (p.has_until) old.until = p.actor.until;
    if (!p.actor.part_of.empty()) old.part_of = p.actor.part_of, old.part_of_until = p.actor.part_of_until;
    if (!p.actor.home.empty()) old.home = p.actor.home;
    for (Office& o : p.actor.offices) old.offices.push_back(std::move(o));
    std::vector<Surface>& forms = forms_[old.id];
    for (Surface& s : p.forms) {
      if (s.form == NameForm::kName && s.text == p.actor.name && !forms.empty()) {
        forms.insert(forms.begin(), std::move(s));  // the new canonical name first
      } else {
        forms.push_back(std::move(s));
      }
    }
  }
  for (TitlePhrase& t : new_titles) titles_.push_back(std::move(t));
  for (OfficeName& n : new_names) {
    auto same = [&](const OfficeName& o) { return o.office == n.office && o.party == n.party; };
    office_names_.erase(std::remove_if(office_names_.begin(), office_names_.end(), same), office_names_.end());
    office_names_.push_back(std::move(n));
  }
  origins_.emplace_back(origin);
  return Status::Ok();
}

void KnowledgeBase::Reindex() {
  std::sort(actors_.begin(), actors_.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
  by_id_.clear();
  for (std::size_t i = 0; i < actors_.size(); ++i) by_id_.emplace(actors_[i].id, i);

  surfaces_.clear();
  for (Actor& a : actors_) {
    // Display titles, a person's default party, and aliases = every other surface.
    for (Office& o : a.offices) {
      if (o.title.empty() || o.title == SpellOutKey(o.key)) o.title = OfficeTitle(o.key, o.party);
    }
    std::stable_sort(a.offices.begin(), a.offices.end(),
                     [](const Office& x, const Office& y) { return x.start < y.start; });
    if (a.party.empty()) {
      if (const Office* latest = LatestOffice(a.offices)) a.party = latest->party;
    }
    a.aliases.clear();
    std::set<std::pair<std::string, NameForm>> seen;
    for (const Surface& s : forms_[a.id]) {
      if (!seen.insert({s.text, s.form}).second) continue;
      surfaces_.push_back(s);
      if (s.text != a.name && std::find(a.aliases.begin(), a.aliases.end(), s.text) == a.aliases.end()) {
        a.aliases.push_back(s.text);
      }
    }
  }
  std::sort(surfaces_.begin(), surfaces_.end(), [](const Surface& x, const Surface& y) {
    return std::tie(x.text, x.actor_id, x.form) < std::tie(y.text, y.actor_id, y.form);
  });

  std::sort(titles_.begin(), titles_.end(), [](const TitlePhrase& x, const TitlePhrase& y) {
    return std::tie(x.text, x.office, x.party) < std::tie(y.text, y.office, y.party);
  });
  titles_.erase(std::unique(titles_.begin(), titles_.end(),
                            [](const TitlePhrase& x, const TitlePhrase& y) {
                              return x.text == y.text && x.office == y.office && x.party == y.party;
                            }),
                titles_.end());

  // Warnings: one name for several actors, parties that name no actor.
  warnings_.clear();
  std::map<std::string, std::set<std::string>> claims;
  for (const Surface& s : surfaces_)
    if (s.form != NameForm::kContextName)
      claims[FoldName(s.text)].insert(s.actor_id);  // (shared on purpose)
  for (const auto& [folded, ids] : claims) {
    if (ids.size() < 2) continue;
    std::vector<std::string> who;
    std::string text;
    for (const std::string& id : ids) {
      const Actor* a = Find(id);
      who.push_back(id + " (" + a->origin + ")");
      for (const Surface& s : forms_[id]) {
        if (text.empty() && FoldName(s.text) == folded) text = s.text;
      }
    }
    warnings_.push_back("the name " + Quote(text) + " is claimed by " + std::to_string(ids.size()) +
                        " actors: " + Join(who, ", ") + "; the mention finder will treat it as ambiguous");
  }
  std::map<std::string, std::string> dangling;  // party -> first user
  auto check_party = [&](const std::string& party, const std::string& user) {
    if (!party.empty() && by_id_.find(MapKey(party)) == by_id_.end() && !dangling.count(party))
      dangling[party] = user;
  };
  for (const Actor& a : actors_) {
    check_party(a.party, a.id + " (" + a.origin + ")");
    check_party(a.home, a.id + " (" + a.origin + ") as its home");
    for (const Office& o : a.offices) check_party(o.party, a.id + " (" + a.origin + ")");
  }
  for (const TitlePhrase& t : titles_) check_party(t.party, "the title " + Quote(t.text));
  for (const auto& [party, user] : dangling) {
    warnings_.push_back("party " + Quote(party) + " used by " + user + " is not the id of any actor");
  }
}

const Actor* KnowledgeBase::Find(std::string_view id) const {
  auto it = by_id_.find(MapKey(id));
  return it == by_id_.end() ? nullptr : &actors_[it->second];
}

bool KnowledgeBase::OfficeMatches(const Office& o, std::string_view office, std::string_view party) const {
  if (!party.empty() && o.party != party) return false;
  if (o.key == office) return true;
  // A finer office of titles.toml whose `name` is the title the person's entry
  // gives: "State Department Spokesperson" is a kind of "spokesperson".
  for (const OfficeName& n : office_names_) {
    if (n.office == office && (n.party.empty() || n.party == o.party) && n.name == o.title) return true;
  }
  return false;
}

bool KnowledgeBase::HoldsOffice(const Actor& actor, std::string_view date) const {
  return !date.empty() &&
         std::any_of(actor.offices.begin(), actor.offices.end(), [&](const Office& o) { return Covers(o, date); });
}

const Actor* KnowledgeBase::FamilyNameHolder(std::string_view family, std::string_view office,
                                              std::string_view date) const {
  if (date.empty() || family.empty()) return nullptr;
  const Actor* found = nullptr;
  for (const Actor& a : actors_) {
    if (a.kind != ActorKind::kPerson || a.name.size() <= family.size() || !a.name.ends_with(family) ||
        a.name[a.name.size() - family.size() - 1] != ' ')
      continue;
    bool holds = std::any_of(a.offices.begin(), a.offices.end(), [&](const Office& o) {
      return Covers(o, date) && (office.empty() || OfficeMatches(o, office, ""));
    });
    if (!holds) continue;
    if (found) return nullptr;  // two of that name in office: which one?
    found = &a;
  }
  return found;
}

std::optional<OfficeHolder> KnowledgeBase::HolderOf(std::string_view office, std::string_view party,
                                                     std::string_view date) const {
  // Candidates: (person, office) pairs that match key and party (any party when empty).
  const Actor* best = nullptr;
  const Office* best_office = nullptr;
  std::set<std::string> parties;
  int concurrent = 0;  // holders on `date` other than on a hand-over day
  for (const Actor& a : actors_) {
    for (const Office& o : a.offices) {
      if (!OfficeMatches(o, office, party)) continue;
      if (!date.empty() && !Covers(o, date)) continue;
      if (!date.empty() && o.start != date && o.end != date) ++concurrent;
      // Prefer the latest start (on a hand-over day the new holder), then open-ended, then id.
      bool better = best == nullptr;
      if (!better) {
        if (date.empty() && o.end.empty() != best_office->end.empty()) {
          better = o.end.empty();
        } else if (o.start != best_office->start) {
          better = o.start > best_office->start;
        }
      }
      if (better) {
        best = &a;
        best_office = &o;
      }
      parties.insert(o.party);
    }
  }
  if (best == nullptr) return std::nullopt;
  if (party.empty() && parties.size() > 1) return std::nullopt;  // "the emir": which state?
  if (concurrent > 1) return std::nullopt;  // "the US special envoy": several at once, which one?
  return OfficeHolder{best, date.empty()};
}

std::string KnowledgeBase::PartyOn(const Actor& actor, std::string_view date) const {
  if (date.empty()) return actor.party;
  const Office* best = nullptr;
  for (const Office& o : actor.offices) {
    if (Covers(o, date) && (best == nullptr || o.start > best->start)) best = &o;
  }
  if (best != nullptr) return best->party;
  // Out of office: the office left last before the date ("Anthony Lake" in December 2000, a US envoy until
  // the day before, not the UNICEF head he became in 2010), unless the dictionary gives the party itself
  // (a mediator out of office acts for his body: Ahtisaari for CMI)
  const Office* latest = LatestOffice(actor.offices);
  if (latest == nullptr || latest->party != actor.party) return actor.party;
  const Office* left = nullptr;
  for (const Office& o : actor.offices)
    if (!o.end.empty() && o.end <= date && (left == nullptr || o.end > left->end)) left = &o;
  return left != nullptr ? left->party : actor.party;
}

std::string KnowledgeBase::OfficeTitle(std::string_view office, std::string_view party) const {
  const OfficeName* general = nullptr;
  for (const OfficeName& n : office_names_) {
    if (n.office != office) continue;
    if (n.party == party) return n.name;
    if (n.party.empty()) general = &n;
  }
  return general != nullptr ? general->name : SpellOutKey(office);
}

std::vector<std::string> KnowledgeBase::OfficeKeys() const {
  std::set<std::string> keys;
  for (const TitlePhrase& t : titles_) keys.insert(t.office);
  return {keys.begin(), keys.end()};
}

std::vector<const Actor*> KnowledgeBase::Search(std::string_view query) const {
  std::string q = FoldName(query);
  if (q.empty()) return {};
  // tier 0: id, name or alias equals the query; 1: a title phrase or office key
  // equals it (its current holders); 2: a name starts with it; 3: contains it.
  std::map<std::string, int> tier;  // actor id -> best tier
  auto note = [&](const std::string& id, int t) {
    auto [it, inserted] = tier.emplace(id, t);
    if (!inserted) it->second = std::min(it->second, t);
  };
  for (const Actor& a : actors_) {
    if (FoldName(a.id) == q) note(a.id, 0);
  }
  for (const Surface& s : surfaces_) {
    std::string f = FoldName(s.text);
    if (f == q) {
      note(s.actor_id, 0);
    } else if (f.compare(0, q.size(), q) == 0) {
      note(s.actor_id, 2);
    } else if (q.size() >= 3 && f.find(q) != std::string::npos) {
      note(s.actor_id, 3);
    }
  }
  std::set<std::pair<std::string, std::string>> offices;  // (key, party)
  for (const TitlePhrase& t : titles_) {
    if (FoldName(t.text) == q) offices.insert({t.office, t.party});
  }
  for (const std::string& key : OfficeKeys()) {
    if (FoldName(key) == q) offices.insert({key, ""});
  }
  for (const auto& [key, party] : offices) {
    for (const Actor& a : actors_) {
      for (const Office& o : a.offices) {
        if (o.end.empty() && OfficeMatches(o, key, party)) note(a.id, 1);
      }
    }
  }
  std::vector<std::pair<int, const Actor*>> ranked;
  for (const auto& [id, t] : tier) ranked.push_back({t, Find(id)});
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });  // ids already sorted
  std::vector<const Actor*> out;
  for (const auto& r : ranked) out.push_back(r.second);
  return out;
}

std::vector<std::string> KnowledgeBase::Suggest(std::string_view query, int max) const {
  std::string q = FoldName(query);
  if (q.empty() || max <= 0) return {};
  int limit = std::clamp(static_cast<int>(q.size()) / 3, 1, 3);
  // One suggestion per actor (its closest name; on a tie its canonical name,
  // then an alias, then its id) and per title phrase.
  std::map<std::string, std::tuple<int, int, std::string>> best;  // key -> (distance, rank, text)
  auto consider = [&](const std::string& key, const std::string& text, int rank) {
    std::string folded = FoldName(text);
    int d = NameDistance(q, folded);
    if (d == 0 || d > limit) return;
    auto candidate = std::make_tuple(d, rank, text);
    auto [it, inserted] = best.emplace(key, candidate);
    if (!inserted && candidate < it->second) it->second = candidate;
  };
  for (const Actor& a : actors_) consider(a.id, a.id, 2);
  for (const Surface& s : surfaces_) {
    const Actor* a = Find(s.actor_id);
    consider(s.actor_id, s.text, a != nullptr && s.text == a->name ? 0 : 1);
  }
  for (const TitlePhrase& t : titles_) consider("title:" + FoldName(t.text), t.text, 1);
  std::vector<std::tuple<int, int, std::string>> ranked;
  for (const auto& [key, c] : best) ranked.push_back(c);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& r : ranked) {
    if (static_cast<int>(out.size()) >= max) break;
    if (std::find(out.begin(), out.end(), std::get<2>(r)) == out.end()) out.push_back(std::get<2>(r));
  }
  return out;
}


// ---------------------------------------------------------------- snapshot
namespace {

constexpr std::string_view kSnapshotMagic = "AGKB";
constexpr std::uint32_t kSnapshotVersion = 6;

// FNV-1a over every built-in dictionary file (path and bytes): a snapshot made
// from other dictionaries than the embedded ones is never used.
std::uint64_t BuiltinDigest() {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view bytes) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  };
  for (const EmbeddedFile& file : ListEmbedded(kBuiltinDir)) {
    mix(file.path);
    mix(std::string_view(file.data, file.size));
  }
  return h;
}

class SnapshotWriter {
 public:
  void U32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void U64(std::uint64_t v) {
    U32(static_cast<std::uint32_t>(v));
    U32(static_cast<std::uint32_t>(v >> 32));
  }
  void Str(std::string_view s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  std::uint32_t U32() {
    if (in_.size() < 4) return Fail();
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
    in_.remove_prefix(4);
    return v;
  }
  std::uint64_t U64() {
    std::uint64_t lo = U32();
    return lo | (static_cast<std::uint64_t>(U32()) << 32);
  }
  std::string Str() {
    std::uint32_t n = U32();
    if (!ok_ || in_.size() < n) return Fail(), std::string();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  // A count that cannot exceed the bytes left (each element takes at least 4).
  std::uint32_t Count() {
    std::uint32_t n = U32();
    return ok_ && n <= in_.size() / 4 ? n : Fail();
  }
  bool AtEnd() const { return in_.empty(); }

 private:
  std::uint32_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::string KnowledgeBase::Snapshot() const {
  SnapshotWriter w;
  w.Str(kSnapshotMagic);
  w.U32(kSnapshotVersion);
  w.U64(BuiltinDigest());
  w.U32(static_cast<std::uint32_t>(actors_.size()));
  for (const Actor& a : actors_) {
    w.Str(a.id);
    w.Str(a.name);
    w.U32(static_cast<std::uint32_t>(a.kind));
    w.Str(a.party);
    w.U32((a.armed ? 1 : 0) | (a.female ? 2 : 0));
    w.Str(a.until);
    w.Str(a.part_of);
    w.Str(a.part_of_until);
    w.Str(a.home);
    w.U32(static_cast<std::uint32_t>(a.offices.size()));
    for (const Office& o : a.offices) {
      w.Str(o.title);
      w.Str(o.key);
      w.Str(o.party);
      w.Str(o.start);
      w.Str(o.end);
    }
    w.Str(a.origin);
  }
  w.U32(static_cast<std::uint32_t>(forms_.size()));
  for (const auto& [id, forms] : forms_) {
    w.Str(id);
    w.U32(static_cast<std::uint32_t>(forms.size()));
    for (const Surface& f : forms) {
      w.Str(f.text);
      w.U32(static_cast<std::uint32_t>(f.form));
    }
  }
  w.U32(static_cast<std::uint32_t>(titles_.size()));
  for (const TitlePhrase& t : titles_) {
    w.Str(t.text);
    w.Str(t.office);
    w.Str(t.party);
  }
  w.U32(static_cast<std::uint32_t>(office_names_.size()));
  for (const OfficeName& n : office_names_) {
    w.Str(n.office);
    w.Str(n.party);
    w.Str(n.name);
  }
  w.U32(static_cast<std::uint32_t>(origins_.size()));
  for (const std::string& o : origins_) w.Str(o);
  return w.Take();
}

Result<KnowledgeBase> KnowledgeBase::FromSnapshot(std::string_view bytes) {
  SnapshotReader r(bytes);
  if (r.Str() != kSnapshotMagic || r.U32() != kSnapshotVersion)
    return Status::ParseError("not an actor dictionary snapshot (or one of another version)");
  if (r.U64() != BuiltinDigest()) return Status::ParseError("the snapshot was made from other dictionaries");
  KnowledgeBase kb;
  kb.actors_.resize(r.Count());
  for (Actor& a : kb.actors_) {
    a.id = r.Str();
    a.name = r.Str();
    std::uint32_t kind = r.U32();
    if (kind > static_cast<std::uint32_t>(ActorKind::kGroup)) return Status::ParseError("snapshot: bad actor kind");
    a.kind = static_cast<ActorKind>(kind);
    a.party = r.Str();
    std::uint32_t flags = r.U32();
    a.armed = (flags & 1) != 0;
    a.female = (flags & 2) != 0;
    a.until = r.Str();
    a.part_of = r.Str();
    a.part_of_until = r.Str();
    a.home = r.Str();
    a.offices.resize(r.Count());
    for (Office& o : a.offices) {
      o.title = r.Str();
      o.key = r.Str();
      o.party = r.Str();
      o.start = r.Str();
      o.end = r.Str();
    }
    a.origin = r.Str();
  }
  for (std::uint32_t n = r.Count(), i = 0; i < n && r.ok(); ++i) {
    std::string id = r.Str();
    std::vector<Surface>& forms = kb.forms_[id];
    forms.resize(r.Count());
    for (Surface& f : forms) {
      f.text = r.Str();
      f.actor_id = id;
      std::uint32_t form = r.U32();
      if (form > static_cast<std::uint32_t>(NameForm::kContextName))
        return Status::ParseError("snapshot: bad name form");
      f.form = static_cast<NameForm>(form);
    }
  }
  kb.titles_.resize(r.Count());
  for (TitlePhrase& t : kb.titles_) {
    t.text = r.Str();
    t.office = r.Str();
    t.party = r.Str();
  }
  kb.office_names_.resize(r.Count());
  for (OfficeName& o : kb.office_names_) {
    o.office = r.Str();
    o.party = r.Str();
    o.name = r.Str();
  }
  kb.origins_.resize(r.Count());
  for (std::string& o : kb.origins_) o = r.Str();
  if (!r.ok() || !r.AtEnd()) return Status::ParseError("snapshot: truncated or trailing bytes");
  kb.by_id_.clear();
  for (std::size_t i = 0; i < kb.actors_.size(); ++i) kb.by_id_.emplace(kb.actors_[i].id, i);
  kb.Reindex();
  return kb;
}

}  // namespace actorgraph
