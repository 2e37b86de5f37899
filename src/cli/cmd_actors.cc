// `actorgraph actors`: look up the actor knowledge base (by name, alias, id or
// title, with "did you mean"), summarise it, and list the persons that articles
// introduce but the dictionary does not know (--unknown, --suggest).
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "actors/discovery.h"
#include "actors/text.h"
#include "cli/cli.h"
#include "cli/inputs.h"
#include "cli/knowledge.h"
#include "sentences/splitter.h"

namespace actorgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ActorsOptions {
  std::vector<std::string> args;  // the query words, or the inputs with --unknown
  std::vector<std::string> actor_files;
  std::string date;
  bool json = false;
  bool list = false;
  std::string kind;
  std::string party;
  bool unknown = false;
  bool suggest = false;
  int min_count = 1;
};

const char* FormName(NameForm form) {
  switch (form) {
    case NameForm::kName: return "alias";
    case NameForm::kDemonym: return "demonym";
    case NameForm::kDemonymPlural: return "demonym (plural)";
    case NameForm::kCapital: return "capital";
    case NameForm::kSeat: return "seat";
    case NameForm::kContextName: return "alias where its party is named";
  }
  return "alias";
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(sep) : "") + items[i];
  return out;
}

std::string PartyLabel(const KnowledgeBase& kb, const std::string& party) {
  if (party.empty()) return "(none)";
  const Actor* a = kb.Find(party);
  return a != nullptr && a->name != party ? party + " (" + a->name + ")" : party;
}

std::string Period(const Office& o) {
  std::string from = o.start.empty() ? "?" : o.start;
  return o.end.empty() ? "since " + from : from + " to " + o.end;
}

// Every surface of `a` other than its canonical name, grouped by form.
std::map<NameForm, std::vector<std::string>> NamesOf(const KnowledgeBase& kb, const Actor& a) {
  std::map<NameForm, std::vector<std::string>> names;
  for (const Surface& s : kb.surfaces()) {
    if (s.actor_id == a.id && !(s.form == NameForm::kName && s.text == a.name)) names[s.form].push_back(s.text);
  }
  return names;
}

void PrintCard(std::ostream& out, const KnowledgeBase& kb, const Actor& a, const std::string& date) {
  out << a.name << "  [" << a.id << "]\n";
  out << "  kind      " << ActorKindName(a.kind) << "\n";
  out << "  party     " << PartyLabel(kb, a.party);
  if (!date.empty() && a.kind == ActorKind::kPerson) {
    std::string on = kb.PartyOn(a, date);
    if (on != a.party) out << "; on " << date << ": " << PartyLabel(kb, on);
  }
  out << "\n";
  for (const auto& [form, texts] : NamesOf(kb, a)) {
    std::string label = std::string(FormName(form)) + (texts.size() > 1 && form == NameForm::kName ? "es" : "");
    if (form == NameForm::kName) label = texts.size() > 1 ? "aliases" : "alias";
    out << "  " << label << std::string(label.size() < 10 ? 10 - label.size() : 1, ' ') << Join(texts, ", ") << "\n";
  }
  for (std::size_t i = 0; i < a.offices.size(); ++i) {
    const Office& o = a.offices[i];
    out << (i == 0 ? "  offices   " : "            ") << o.title << " (" << o.key << ", " << o.party << "), "
        << Period(o) << "\n";
  }
  if (!a.origin.empty()) out << "  defined   " << a.origin << "\n";
}

Json ActorJson(const KnowledgeBase& kb, const Actor& a, const std::string& date) {
  Json j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["kind"] = ActorKindName(a.kind);
  j["party"] = a.party;
  if (!date.empty()) j["party_on_date"] = kb.PartyOn(a, date);
  Json names = Json::array();
  for (const auto& [form, texts] : NamesOf(kb, a)) {
    for (const std::string& t : texts) names.push_back({{"text", t}, {"form", FormName(form)}});
  }
  j["names"] = names;
  Json offices = Json::array();
  for (const Office& o : a.offices) {
    offices.push_back({{"title", o.title}, {"office", o.key}, {"party", o.party}, {"start", o.start}, {"end", o.end}});
  }
  j["offices"] = offices;
  j["origin"] = a.origin;
  return j;
}

bool Matches(const Actor& a, const ActorsOptions& o) {
  return (o.kind.empty() || o.kind == ActorKindName(a.kind)) && (o.party.empty() || o.party == a.party);
}

int Finish(std::ostream& out, int code) {
  out.flush();
  if (!out) {
    PrintError("cannot write to standard output");
    return kExitFailure;
  }
  return code;
}

// ---- no query: a summary, or --list ------------------------------------------

int RunSummary(const CliState& state, const KnowledgeBase& kb, const ActorsOptions& o) {
  std::ostream& out = std::cout;
  std::vector<const Actor*> chosen;
  for (const Actor& a : kb.actors()) {
    if (Matches(a, o)) chosen.push_back(&a);
  }
  if (o.list) {
    if (o.json) {
      Json all = Json::array();
      for (const Actor* a : chosen) all.push_back(ActorJson(kb, *a, o.date));
      out << all.dump(2) << "\n";
    } else {
      out << "id\tkind\tparty\tname\n";
      for (const Actor* a : chosen) out << a->id << '\t' << ActorKindName(a->kind) << '\t' << a->party << '\t' << a->name << '\n';
    }
    return Finish(out, kExitOk);
  }
  std::map<std::string, int> by_kind;
  std::map<std::string, int> by_party;
  for (const Actor* a : chosen) {
    ++by_kind[ActorKindName(a->kind)];
    ++by_party[a->party];
  }
  std::vector<std::pair<int, std::string>> parties;
  for (const auto& [p, n] : by_party) parties.push_back({-n, p});
  std::sort(parties.begin(), parties.end());
  std::vector<std::string> keys = kb.OfficeKeys();
  if (o.json) {
    Json j;
    j["actors"] = chosen.size();
    j["by_kind"] = by_kind;
    j["by_party"] = by_party;
    j["names"] = kb.surfaces().size();
    j["title_phrases"] = kb.titles().size();
    j["office_keys"] = keys;
    j["files"] = kb.origins();
    j["warnings"] = kb.warnings();
    out << j.dump(2) << "\n";
    return Finish(out, kExitOk);
  }
  out << chosen.size() << " actors";
  if (!o.kind.empty() || !o.party.empty()) out << " (filtered)";
  out << ", " << kb.surfaces().size() << " names, " << kb.titles().size() << " title phrases for " << keys.size()
      << " offices\n\nby kind\n";
  for (const auto& [k, n] : by_kind) out << "  " << k << std::string(14 - k.size(), ' ') << n << "\n";
  out << "\nby party (largest first";
  if (parties.size() > 15) out << "; 15 of " << parties.size();
  out << ")\n";
  for (std::size_t i = 0; i < parties.size() && i < 15; ++i) {
    std::string label = PartyLabel(kb, parties[i].second);
    out << "  " << label << std::string(label.size() < 34 ? 34 - label.size() : 1, ' ') << -parties[i].first << "\n";
  }
  out << "\nfiles\n";
  for (const std::string& f : kb.origins()) out << "  " << f << "\n";
  if (!kb.warnings().empty()) {
    out << "\n" << kb.warnings().size() << " warnings (names shared by several actors, unknown parties)";
    if (state.global.verbosity >= 2) {
      out << ":\n";
      for (const std::string& w : kb.warnings()) out << "  " << w << "\n";
    } else {
      out << "; run with -v to list them\n";
    }
  }
  out << "\nLook one up with `actorgraph actors NAME`, list them with `actorgraph actors --list`.\n";
  return Finish(out, kExitOk);
}

// ---- a query ---------------------------------------------------------------------

int RunQuery(const KnowledgeBase& kb, const ActorsOptions& o) {
  std::ostream& out = std::cout;
  std::string query = Join(o.args, " ");
  std::string folded = FoldName(query);
  // Titles first: "Secretary of State" resolves to a holder on --date.
  struct TitleHit {
    const TitlePhrase* title;
    std::optional<OfficeHolder> holder;
  };
  std::vector<TitleHit> titles;
  std::set<std::pair<std::string, std::string>> seen_offices;  // "Secretary of State" and "secretary of state"
  for (const TitlePhrase& t : kb.titles()) {
    if (FoldName(t.text) != folded || !seen_offices.insert({t.office, t.party}).second) continue;
    std::string party = t.party.empty() ? o.party : t.party;
    titles.push_back({&t, party.empty() ? std::nullopt : kb.HolderOf(t.office, party, o.date)});
  }
  std::vector<const Actor*> exact, other;
  for (const Actor* a : kb.Search(query)) {
    if (!Matches(*a, o)) continue;
    bool is_exact = FoldName(a->id) == folded || FoldName(a->name) == folded ||
                    std::any_of(a->aliases.begin(), a->aliases.end(),
                                [&](const std::string& s) { return FoldName(s) == folded; });
    // A person found through a title is shown by the title's holder line instead.
    bool by_title = !is_exact && std::any_of(titles.begin(), titles.end(), [&](const TitleHit& t) {
      return std::any_of(a->offices.begin(), a->offices.end(),
                         [&](const Office& of) { return of.key == t.title->office; });
    });
    if (!by_title) (is_exact ? exact : other).push_back(a);
  }
  if (titles.empty() && exact.empty() && other.empty()) {
    std::vector<std::string> near = kb.Suggest(query, 3);
    if (o.json) {
      out << Json({{"query", query}, {"actors", Json::array()}, {"suggestions", near}}).dump(2) << "\n";
      Finish(out, kExitFailure);
    }
    std::string msg = "no actor or title matches \"" + query + "\"";
    if (!o.kind.empty() || !o.party.empty()) msg += " with the --kind/--party filter";
    if (!near.empty()) {
      msg += "; did you mean " + Join([&] {
        std::vector<std::string> q;
        for (const std::string& s : near) q.push_back("\"" + s + "\"");
        return q;
      }(), ", ") + "?";
    } else {
      msg += " (run `actorgraph actors --list` to see every actor)";
    }
    PrintError(msg);
    return kExitFailure;
  }
  if (o.json) {
    Json j;
    j["query"] = query;
    if (!o.date.empty()) j["date"] = o.date;
    Json tj = Json::array();
    for (const TitleHit& t : titles) {
      Json x = {{"text", t.title->text}, {"office", t.title->office}, {"party", t.title->party}};
      if (t.holder) {
        x["holder"] = t.holder->person->id;
        x["guessed"] = t.holder->guessed;
      }
      tj.push_back(x);
    }
    j["titles"] = tj;
    Json aj = Json::array();
    for (const Actor* a : exact) aj.push_back(ActorJson(kb, *a, o.date));
    for (const Actor* a : other) aj.push_back(ActorJson(kb, *a, o.date));
    j["actors"] = aj;
    out << j.dump(2) << "\n";
    return Finish(out, kExitOk);
  }
  std::set<const Actor*> shown;
  for (const TitleHit& t : titles) {
    out << "\"" << t.title->text << "\" is a title of the office " << t.title->office;
    std::string party = t.title->party.empty() ? o.party : t.title->party;
    if (!party.empty()) out << " of " << PartyLabel(kb, party);
    out << "\n";
    if (party.empty()) {
      out << "  the phrase names no state: give --party CODE (and --date) to see who held it\n";
    } else if (t.holder) {
      out << "  holder " << (o.date.empty() ? "(latest; no --date given)" : "on " + o.date) << ": "
          << t.holder->person->name << " [" << t.holder->person->id << "]\n";
      if (exact.empty() || std::find(exact.begin(), exact.end(), t.holder->person) == exact.end()) {
        exact.insert(exact.begin(), t.holder->person);
      }
    } else {
      out << "  the dictionary knows no holder" << (o.date.empty() ? "" : " on " + o.date)
          << " (add one with --actors FILE)\n";
    }
    out << "\n";
  }
  for (const Actor* a : exact) {
    if (!shown.insert(a).second) continue;
    PrintCard(out, kb, *a, o.date);
    out << "\n";
  }
  if (exact.empty() && other.size() <= 3) {
    for (const Actor* a : other) {
      PrintCard(out, kb, *a, o.date);
      out << "\n";
    }
  } else if (!other.empty()) {
    out << (exact.empty() ? "" : "also ") << "matching \"" << query << "\" (" << other.size() << "):\n";
    for (std::size_t i = 0; i < other.size() && i < 25; ++i) {
      out << "  " << other[i]->id << "  " << other[i]->name << "  (" << ActorKindName(other[i]->kind) << ", "
          << other[i]->party << ")\n";
    }
    if (other.size() > 25) out << "  ... and " << other.size() - 25 << " more (narrow with --kind or --party)\n";
  }
  return Finish(out, kExitOk);
}

// ---- --unknown: persons introduced in the articles but not in the dictionary ----

struct Unknown {
  Discovery first;         // the first occurrence (its actor, title)
  std::string doc;         // where it was first seen
  int sentence = 0;
  std::string evidence;
  std::string date;        // earliest article date seen
  int count = 0;
  std::set<std::string> docs;
};

std::string TomlString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string OneLine(std::string_view s, std::size_t max) {
  std::string out;
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  if (out.size() > max) {
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    out = out.substr(0, cut) + "...";
  }
  return out;
}

int RunUnknown(const CliState& state, const KnowledgeBase& kb, const ActorsOptions& o) {
  int code = kExitOk;
  std::optional<Corpus> corpus = ReadInputs(state, o.args, &code);
  if (!corpus) return code;
  ActorDiscoverer discoverer(kb);
  std::map<std::string, Unknown> found;
  for (const Document& doc : corpus->documents) {
    for (const Sentence& s : SplitSentences(doc.text)) {
      std::string_view text = s.View(doc.text);
      for (Discovery& d : discoverer.Find(text, doc.date)) {
        if (d.known != nullptr) continue;
        Unknown& u = found[d.actor.id];
        if (u.count == 0) {
          u.doc = doc.id;
          u.sentence = s.index;
          u.evidence = std::string(text);
          u.first = std::move(d);
        }
        if (!doc.date.empty() && (u.date.empty() || doc.date < u.date)) u.date = doc.date;
        ++u.count;
        u.docs.insert(doc.id);
      }
    }
  }
  std::vector<const Unknown*> ranked;
  for (const auto& [id, u] : found) {
    if (u.count >= o.min_count) ranked.push_back(&u);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Unknown* a, const Unknown* b) { return a->count > b->count; });
  std::ostream& out = std::cout;
  if (o.json) {
    Json all = Json::array();
    for (const Unknown* u : ranked) {
      const Actor& a = u->first.actor;
      Json j = {{"id", a.id}, {"name", a.name}, {"party", a.party}, {"count", u->count},
                {"documents", u->docs.size()}, {"title", u->first.title}, {"office", a.offices.empty() ? "" : a.offices[0].key},
                {"former", u->first.former}, {"doc", u->doc}, {"sentence", u->sentence}, {"evidence", u->evidence}};
      if (u->first.dictionary_holder != nullptr) j["dictionary_holder"] = u->first.dictionary_holder->id;
      all.push_back(j);
    }
    out << all.dump(2) << "\n";
  } else if (o.suggest) {
    out << "# Persons found in " << corpus->documents.size()
        << (corpus->documents.size() == 1 ? " document" : " documents") << " that the actor dictionary does not know.\n"
        << "# Check each entry, then save this as a file and pass it with --actors FILE\n"
        << "# (or add it to graphs/dictionaries/actors/people.toml). Start dates are the first\n"
        << "# article date the person was seen in office: correct them to the real start.\n";
    for (const Unknown* u : ranked) {
      const Actor& a = u->first.actor;
      out << "\n# seen " << u->count << (u->count == 1 ? " time" : " times") << ", e.g. " << u->doc << " sentence "
          << u->sentence << ": " << OneLine(u->evidence, 160) << "\n";
      if (u->first.dictionary_holder != nullptr) {
        out << "# note: the dictionary gives this office to " << u->first.dictionary_holder->name << " ["
            << u->first.dictionary_holder->id << "] on that date\n";
      }
      out << "[[actor]]\nid = " << TomlString(a.id) << "\nname = " << TomlString(a.name) << "\nkind = \"person\"\n";
      if (!a.aliases.empty()) {
        std::vector<std::string> quoted;
        for (const std::string& al : a.aliases) quoted.push_back(TomlString(al));
        out << "aliases = [" << Join(quoted, ", ") << "]\n";
      }
      if (a.offices.empty()) {
        out << "party = " << TomlString(a.party) << "  # a former office-holder: add the office if known\n";
      } else {
        const Office& of = a.offices[0];
        out << "offices = [\n  { office = " << TomlString(of.key) << ", party = " << TomlString(of.party);
        if (!u->date.empty()) out << ", start = " << TomlString(u->date);
        out << " },\n]\n";
      }
    }
  } else if (ranked.empty()) {
    out << "No unknown persons: every \"nationality + title + name\" in " << corpus->documents.size()
        << " documents names someone the dictionary knows.\n";
  } else {
    out << ranked.size() << (ranked.size() == 1 ? " person" : " persons")
        << " introduced in the articles but unknown to the dictionary (most frequent first):\n";
    for (const Unknown* u : ranked) {
      const Actor& a = u->first.actor;
      out << "\n" << a.name << "  [" << a.id << "]  " << a.party << ", "
          << (u->first.former ? "former " : "") << u->first.title << "  x" << u->count;
      if (u->docs.size() > 1) out << " in " << u->docs.size() << " documents";
      out << "\n  " << u->doc << " sentence " << u->sentence << ": " << OneLine(u->evidence, 200) << "\n";
      if (u->first.dictionary_holder != nullptr) {
        out << "  note: the dictionary gives this office to " << u->first.dictionary_holder->name << " on "
            << u->date << "\n";
      }
    }
    out << "\nRun again with --suggest to get them as dictionary entries for --actors FILE.\n";
  }
  int rc = Finish(out, kExitOk);
  if (rc != kExitOk) return rc;
  PrintInputSummary(state, *corpus);
  return InputExitCode(*corpus);
}

int RunActors(const CliState& state, const ActorsOptions& o) {
  if (!o.date.empty() && !IsIsoDate(o.date)) {
    PrintError("--date " + o.date + " is not a date; write YYYY-MM-DD, e.g. --date 2024-08-20");
    return kExitUsage;
  }
  if (o.suggest && o.json) {
    PrintError("--suggest prints TOML and --json prints JSON: choose one");
    return kExitUsage;
  }
  int code = kExitOk;
  std::optional<KnowledgeBase> kb = LoadKnowledgeForCli(state, o.actor_files, &code);
  if (!kb) return code;
  if (o.unknown) return RunUnknown(state, *kb, o);
  if (o.args.empty()) return RunSummary(state, *kb, o);
  return RunQuery(*kb, o);
}

}  // namespace

void SetupActors(CLI::App& app, CliState& state) {
  auto options = std::make_shared<ActorsOptions>();
  CLI::App* sub = app.add_subcommand(
      "actors",
      "Look up the actor knowledge base: `actors QUERY` finds actors by name, alias, id or title\n"
      "(\"Blinken\", \"IDF\", \"Secretary of State\") and shows their aliases, party, kind and dated\n"
      "offices; with no QUERY, a summary by kind and party. `actors --unknown [INPUT...]` lists the\n"
      "persons articles introduce (\"Iranian Foreign Minister ...\") that the dictionary does not know.");
  sub->add_option("QUERY", options->args,
                  "Name, alias, id or title to look up (several words are joined); with --unknown: the\n"
                  "INPUT files or directories to read (default: the built-in sample corpus)")
      ->type_name("");
  AddActorsOption(sub, &options->actor_files);
  sub->add_option("--date", options->date,
                  "Resolve titles and parties on this date (YYYY-MM-DD); default: the latest holder")
      ->type_name("DATE");
  sub->add_flag("--json", options->json, "Print JSON instead of text");
  sub->add_flag("--list", options->list, "List every actor (id, kind, party, name), filtered by --kind/--party");
  sub->add_option("--kind", options->kind, "Only actors of this kind")
      ->check(CLI::IsMember({"country", "organization", "person", "group"}))
      ->type_name("KIND");
  sub->add_option("--party", options->party, "Only actors of this party (e.g. USA, HAMAS); also resolves "
                                             "titles that name no state")
      ->type_name("CODE");
  sub->add_flag("--unknown", options->unknown,
                "Read articles and list the persons introduced by nationality + title + name that the\n"
                "dictionary does not know, with counts and an example sentence");
  sub->add_flag("--suggest", options->suggest,
                "With --unknown: print them as [[actor]] entries ready for an --actors FILE");
  sub->add_option("--min-count", options->min_count, "With --unknown: only persons seen at least N times")
      ->check(CLI::PositiveNumber)
      ->type_name("N");
  sub->footer(
      "Examples:\n"
      "  actorgraph actors                              summary of the built-in dictionary\n"
      "  actorgraph actors Blinken                      one actor with aliases and offices\n"
      "  actorgraph actors \"Secretary of State\" --date 2024-08-20\n"
      "  actorgraph actors --list --kind organization --party UN\n"
      "  actorgraph actors --unknown articles/ --suggest > more-actors.toml\n"
      "  actorgraph extract articles/ --actors more-actors.toml\n"
      "Exit codes: 0 found; 1 no match (with suggestions) or a malformed --actors file;\n"
      "2 usage error; 3 missing input or --actors file; 4 some documents were skipped.");
  state.commands.push_back({sub, [&state, options] {
                              if (options->suggest && !options->unknown) options->unknown = true;
                              return RunActors(state, *options);
                            }});
}

}  // namespace actorgraph::cli
