#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <toml++/toml.h>

#include "core/embedded.h"
#include "mentions/mention.h"
#include "mentions/trie.h"

namespace actorgraph {

// Word classes (bits) of the mention lexicon.
enum : std::uint32_t {
  kGroupNoun = 1u << 0,
  kModifier = 1u << 1,
  kPersonHead = 1u << 2,
  kActNoun = 1u << 3,
  kPronPerson = 1u << 4,
  kPronThing = 1u << 5,
  kPronPlural = 1u << 6,
  kPronSpeaker = 1u << 7,
  kDescOrg = 1u << 8,
  kDescCountry = 1u << 9,
  kPlacePrep = 1u << 10,
  kRoleTitle = 1u << 11,
  kTitleModifier = 1u << 12,
  kDeterminer = 1u << 13,
  kNameParticle = 1u << 14,
  kNotName = 1u << 15,  // capitalised but never part of a person's name (days, months, function words)
  kListJoin = 1u << 16,
  kRegion = 1u << 17,
  kVictim = 1u << 18,  // a group noun of people who are acted upon ("civilians", "citizens")
  kPairHead = 1u << 19,  // the noun of a pair ("two ... neighbours"), for pairs with modifiers
  kEventNoun = 1u << 20,  // after a capital, names an event there ("the Pretoria deal", "the Minsk talks")
  kPronFeminine = 1u << 21,
  kPronMasculine = 1u << 22,
  kSeatedNoun = 1u << 23,  // a body named by where it sits ("officials in Washington")
  kArmedModifier = 1u << 24,  // "rebel", "insurgent": before a body or holding noun, the armed movement
  kOppositionModifier = 1u << 25,  // "opposition": likewise, the opposition
  kHolding = 1u << 26,  // "positions", "fighters": what an armed side holds or fields ("shelled rebel positions")
  kStateModifier = 1u << 27,  // "government": before a fighting noun or an act, the state at war at home
  kPairVerb = 1u << 28,  // "had", "said": after a bare "both", the pair as a subject ("both had accepted")
  kPlaceModifier = 1u << 29,  // "Caribbean", "besieged": before a place noun ("the besieged enclave")
};

// Phrase classes for the multi-word trie (payload values).
enum : std::uint32_t {
  kPhraseGroup = 1,
  kPhraseAct = 2,
  kPhrasePersonHead = 3,
  kPhraseDescOrg = 4,
  kPhraseDescCountry = 5,
  kPhrasePair = 6,
  kPhraseRole = 7,
  kPhraseDescForces = 8,
  kPhraseDescArmed = 9,
  kPhraseDescMediators = 10,
  kPhraseDescOpposition = 11,
  kPhraseCounted = 12,
  kPhraseDescNamed = 13,
  kPhraseRegional = 14,
  kPhraseDescPlace = 15,
  kPhraseGrouping = 16,
};

struct SurfaceInfo {
  const Actor* actor = nullptr;
  NameForm form = NameForm::kName;
  bool caps_required = false;   // "US": only as "US", never "us"
  bool upper_required = false;  // "Jordan": only capitalised
  bool place_only = false;      // a city of places.toml: its state's place, never an actor
  int era_from = 0, era_to = 0;  // a person's one-word alias ("Vance"): only in documents of these years (0: any)
};

struct MentionLexicon {
  std::vector<std::uint32_t> cls;  // by WordId
  TokenTrie names;                 // payload: index into surfaces
  std::vector<SurfaceInfo> surfaces;
  TokenTrie titles;                // payload: index into kb titles
  TokenTrie phrases;               // payload: kPhrase*
  std::map<WordId, std::vector<std::string>> regions;
  std::map<WordId, std::vector<std::string>> heads;  // "kingdom" -> the monarchies
  std::map<std::string, std::vector<std::string>> grouping_members;  // "e3" -> its fixed members
  WordId w_the = 0, w_of = 0, w_and = 0, w_comma = 0, w_s = 0, w_apos = 0, w_hyphen = 0,
         w_lparen = 0, w_rparen = 0, w_or = 0, w_slash = 0, w_capital = 0, w_both = 0, w_each = 0,
         w_two = 0, w_a = 0, w_an = 0, w_group = 0, w_including = 0, w_in = 0, w_ethnic = 0,
         w_so = 0, w_called = 0, w_pro = 0, w_anti = 0;

  std::uint32_t Cls(WordId w) const { return w < cls.size() ? cls[w] : 0; }
  bool Has(const Token& t, std::uint32_t c) const { return (Cls(t.word) & c) != 0; }
};

namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return r;
}

std::vector<WordId> Ids(std::string_view phrase, Vocabulary* vocab) {
  std::vector<WordId> ids;
  for (const std::string& k : TokenKeys(phrase)) ids.push_back(vocab->Add(k));
  return ids;
}

int FormRank(NameForm f) {
  switch (f) {
    case NameForm::kName: return 0;
    case NameForm::kContextName: return 0;
    case NameForm::kSeat: return 1;
    case NameForm::kCapital: return 2;
    case NameForm::kDemonymPlural: return 3;
    case NameForm::kDemonym: return 4;
  }
  return 5;
}

// The second half of a compound that names who leads or backs a body ("Saudi-backed", "army-led").
bool BackerWord(std::string_view w) {
  return w == "led" || w == "backed" || w == "aligned" || w == "supported" || w == "allied" || w == "run" ||
         w == "dominated" || w == "controlled";
}

// "al", "el", "ad", "ash", ...: the Arabic article a family name may be joined to by a hyphen.
bool IsArabicArticle(std::string_view w) {
  return w == "al" || w == "el" || w == "Al" || w == "El" || w == "ad" || w == "ash" || w == "as" || w == "at" ||
         w == "az" || w == "an" || w == "ar";
}

// The other spellings of a person's initials ("G. L. Peiris": "G.L. Peiris", "G L Peiris", "GL
// Peiris"; "John F. Kennedy": "John F Kennedy"); none when the name has no initials.
std::vector<std::string> InitialSpellings(std::string_view name) {
  std::vector<std::string> words;
  for (std::size_t b = 0; b < name.size();) {
    std::size_t e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
    if (e > b) words.emplace_back(name.substr(b, e - b));
    b = e + 1;
  }
  auto letters_of = [](const std::string& w, std::string* out) {  // "H.W." -> "HW"; "G" -> "G"
    if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return out->assign(w), true;
    if (w.size() < 2 || w.size() % 2) return false;
    out->clear();
    for (std::size_t i = 0; i < w.size(); i += 2) {
      if (w[i] < 'A' || w[i] > 'Z' || w[i + 1] != '.') return false;
      out->push_back(w[i]);
    }
    return true;
  };
  std::vector<std::string> spellings;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string run, l;
    std::size_t j = i;
    while (j < words.size() && letters_of(words[j], &l)) run += l, ++j;
    if (run.empty() || j == words.size())
      continue;  // (a name ends in its surname, never an initial)
    std::vector<std::string> forms(3);
    for (std::size_t k = 0; k < run.size(); ++k) {
      forms[0] += std::string(k ? " " : "") + run[k] + ".";
      forms[1] += std::string(1, run[k]) + ".";
      forms[2] += std::string(k ? " " : "") + run[k];
    }
    if (run.size() >= 2) forms.push_back(run);
    for (const std::string& f : forms) {
      std::string s;  // the words before the initials, this spelling of them, the words after
      for (std::size_t k = 0; k < i; ++k) s += words[k] + " ";
      s += f;
      for (std::size_t k = j; k < words.size(); ++k) s += " " + words[k];
      if (s != name) spellings.push_back(s);
    }
    break;  // (one run of initials per name)
  }
  return spellings;
}

int KindRank(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return 0;
    case ActorKind::kOrganization: return 1;
    case ActorKind::kGroup: return 2;
    case ActorKind::kCountry: return 3;
  }
  return 4;
}

}  // namespace

const Actor* DocumentActors::FindSurname(std::string_view name) const {
  auto same = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      char x = a[i], y = b[i];
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x | 0x20);
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y | 0x20);
      if (x != y) return false;
    }
    return true;
  };
  for (const Actor& a : actors) {
    for (const std::string& al : a.aliases)
      if (same(al, name)) return &a;
  }
  return nullptr;
}

const Actor* DocumentActors::FindGivenName(std::string_view given, int min_words) const {
  for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
    std::string_view name = (*it)->name;
    std::size_t space = name.find(' ');
    if (space == std::string_view::npos || name.substr(0, space) != given) continue;
    if (static_cast<int>(std::count(name.begin(), name.end(), ' ')) + 1 >= min_words) return *it;
  }
  return nullptr;
}

const Actor* DocumentActors::FindFamilyName(std::string_view family) const {
  // the family name may carry an article joined by a hyphen: "Jaafari" for "Bashar al-Jaafari"
  auto article = [](std::string_view head) {
    std::size_t space = head.rfind(' ');
    return space != std::string_view::npos && IsArabicArticle(head.substr(space + 1));
  };
  // ("Aquino" for "Benigno Aquino III": past a generational suffix)
  auto without_suffix = [](std::string_view name) {
    for (std::string_view suffix : {" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"})
      if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
    return name;
  };
  for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
    std::string_view name = without_suffix((*it)->name);
    if (name.size() <= family.size() || !name.ends_with(family)) continue;
    char before = name[name.size() - family.size() - 1];
    if (before == ' ' || (before == '-' && article(name.substr(0, name.size() - family.size() - 1)))) return *it;
  }
  return nullptr;
}

const Actor* DocumentActors::FindInnerName(std::string_view inner) const {
  const Actor* found = nullptr;
  for (const Actor* p : persons) {
    std::string_view name = p->name;
    std::size_t first = name.find(' '), last = name.rfind(' ');
    if (first == std::string_view::npos || first == last) continue;
    for (std::size_t b = first + 1; b < last;) {
      std::size_t e = name.find(' ', b);
      if (name.substr(b, e - b) == inner) {
        if (found && found != p) return nullptr;  // two persons share it: neither
        found = p;
      }
      b = e + 1;
    }
  }
  return found;
}

const Actor* DocumentActors::FindId(std::string_view id) const {
  for (const Actor& a : actors)
    if (a.id == id) return &a;
  return nullptr;
}

std::string KebabId(std::string_view name) {
  std::string id;
  bool dash = false;
  for (char c : name) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                 (static_cast<unsigned char>(c) >= 0x80);
    if (alnum) {
      if (dash && !id.empty()) id.push_back('-');
      dash = false;
      id.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c);
    } else {
      dash = true;
    }
  }
  return id;
}

MentionFinder::MentionFinder() : lex_(std::make_unique<MentionLexicon>()) {}
MentionFinder::MentionFinder(MentionFinder&&) noexcept = default;
MentionFinder& MentionFinder::operator=(MentionFinder&&) noexcept = default;
MentionFinder::~MentionFinder() = default;

const std::vector<std::string>* MentionFinder::Region(WordId word) const {
  auto it = lex_->regions.find(word);
  return it == lex_->regions.end() ? nullptr : &it->second;
}

Result<MentionFinder> MentionFinder::Create(const KnowledgeBase& kb, std::string_view mentions_toml,
                                            std::string_view origin, Vocabulary* vocab) {
  MentionFinder f;
  f.kb_ = &kb;
  MentionLexicon& L = *f.lex_;
  std::vector<std::pair<WordId, std::uint32_t>> classes;
  auto mark = [&](std::string_view phrase, std::uint32_t c, std::uint32_t phrase_class) {
    std::vector<WordId> ids = Ids(phrase, vocab);
    if (ids.empty()) return;
    if (ids.size() == 1) classes.push_back({ids[0], c});
    if (phrase_class) L.phrases.Insert(ids, phrase_class);
  };
  toml::table root;
  try {
    root = toml::parse(mentions_toml, std::string(origin));
  } catch (const toml::parse_error& e) {
    return Status::ParseError(std::string(origin) + ":" + std::to_string(e.source().begin.line) + ": " +
                              std::string(e.description()));
  }
  auto list = [&](std::string_view table, std::string_view key) {
    std::vector<std::string> out;
    if (const toml::array* a = root[table][key].as_array()) {
      for (const toml::node& n : *a)
        if (auto s = n.value<std::string>()) out.push_back(*s);
    }
    return out;
  };
  for (const std::string& s : list("groups", "nouns")) mark(s, kGroupNoun, kPhraseGroup);
  for (const std::string& s : list("groups", "victims")) mark(s, kGroupNoun | kVictim, kPhraseGroup);
  for (const std::string& s : list("groups", "modifiers")) mark(s, kModifier, 0);
  for (const std::string& s : list("groups", "person_heads")) mark(s, kPersonHead, kPhrasePersonHead);
  for (const std::string& s : list("groups", "seated")) mark(s, kSeatedNoun, 0);
  for (const std::string& s : list("acts", "nouns")) mark(s, kActNoun, kPhraseAct);
  for (const std::string& s : list("pronouns", "person")) mark(s, kPronPerson, 0);
  for (const std::string& s : list("pronouns", "feminine")) mark(s, kPronFeminine, 0);
  for (const std::string& s : list("pronouns", "masculine")) mark(s, kPronMasculine, 0);
  for (const std::string& s : list("pronouns", "thing")) mark(s, kPronThing, 0);
  for (const std::string& s : list("pronouns", "plural")) mark(s, kPronPlural, 0);
  for (const std::string& s : list("pronouns", "speaker")) mark(s, kPronSpeaker, 0);
  for (const std::string& s : list("descriptions", "organizations")) mark(s, kDescOrg, kPhraseDescOrg);
  for (const std::string& s : list("descriptions", "armed")) mark(s, kDescOrg, kPhraseDescArmed);
  for (const std::string& s : list("descriptions", "named")) mark(s, kDescOrg, kPhraseDescNamed);
  for (const std::string& s : list("descriptions", "countries")) mark(s, kDescCountry, kPhraseDescCountry);
  for (const std::string& s : list("descriptions", "pairs")) {
    mark(s, 0, kPhrasePair);
    // "the two South Caucasus neighbours": the pair's noun after modifiers
    std::vector<WordId> ids = Ids(s, vocab);
    if (ids.size() == 2 && (s.starts_with("two ") || s.starts_with("both "))) classes.push_back({ids[1], kPairHead});
  }
  for (const std::string& s : list("descriptions", "pair_verbs")) mark(s, kPairVerb, 0);
  for (const std::string& s : list("descriptions", "forces")) mark(s, 0, kPhraseDescForces);
  for (const std::string& s : list("descriptions", "places")) mark(s, 0, kPhraseDescPlace);
  for (const std::string& s : list("descriptions", "place_modifiers")) mark(s, kPlaceModifier, 0);
  for (const std::string& s : list("descriptions", "mediators")) mark(s, 0, kPhraseDescMediators);
  for (const std::string& s : list("descriptions", "groupings")) mark(s, 0, kPhraseGrouping);
  for (const std::string& s : list("descriptions", "opposition")) mark(s, 0, kPhraseDescOpposition);
  for (const std::string& s : list("descriptions", "armed_modifiers")) mark(s, kArmedModifier, 0);
  for (const std::string& s : list("descriptions", "opposition_modifiers")) mark(s, kOppositionModifier, 0);
  for (const std::string& s : list("descriptions", "holdings")) mark(s, kHolding, 0);
  for (const std::string& s : list("descriptions", "state_modifiers")) mark(s, kStateModifier, 0);
  for (const std::string& s : list("descriptions", "counted")) mark(s, 0, kPhraseCounted);
  for (const std::string& s : list("descriptions", "regional")) mark(s, 0, kPhraseRegional);
  for (const std::string& s : list("places", "prepositions")) mark(s, kPlacePrep, 0);
  for (const std::string& s : list("places", "event_nouns")) mark(s, kEventNoun, 0);
  for (const std::string& s : list("roles", "titles")) mark(s, kRoleTitle, kPhraseRole);
  for (const std::string& s : list("roles", "title_modifiers")) mark(s, kTitleModifier, 0);
  if (const toml::table* regions = root["regions"].as_table()) {
    for (const auto& [k, v] : *regions) {
      WordId w = vocab->Add(Lower(k.str()));
      classes.push_back({w, kRegion});
      if (const toml::array* a = v.as_array())
        for (const toml::node& n : *a)
          if (auto s = n.value<std::string>()) L.regions[w].push_back(*s);
    }
  }
  if (const toml::table* members = root["grouping_members"].as_table()) {
    for (const auto& [k, v] : *members)
      if (const toml::array* a = v.as_array())
        for (const toml::node& n : *a)
          if (auto s = n.value<std::string>()) L.grouping_members[Lower(k.str())].push_back(*s);
  }
  if (const toml::table* heads = root["heads"].as_table()) {
    for (const auto& [k, v] : *heads) {
      WordId w = vocab->Add(Lower(k.str()));
      if (const toml::array* a = v.as_array())
        for (const toml::node& n : *a)
          if (auto s = n.value<std::string>()) L.heads[w].push_back(*s);
    }
  }
  for (const char* w : {"the", "a", "an", "this", "that", "these", "those", "any", "some", "all", "both", "its", "their"})
    classes.push_back({vocab->Add(w), kDeterminer});
  for (const char* w : {"al", "el", "bin", "ibn", "van", "von", "de", "da", "du", "der", "abu", "abd", "ben", "bint", "le", "la", "di",
                        "arap", "del", "dos", "das", "do", "y", "ould", "wa", "bint"})
    classes.push_back({vocab->Add(w), kNameParticle});
  for (const char* w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "the", "a", "an", "in", "on", "at", "of", "and", "but", "he", "she",
                        "it", "they", "we", "i", "this", "that", "said", "says", "told", "who", "which", "for", "to",
                        "with", "from", "by", "as", "after", "before", "earlier", "later", "last", "next", "if",
                        "when", "while", "gaza", "west", "east", "north", "south", "strip", "bank"})
    classes.push_back({vocab->Add(w), kNotName});
  for (const char* w : {",", "and", "or", "/", "&"}) classes.push_back({vocab->Add(w), kListJoin});
  L.w_the = vocab->Add("the");
  L.w_of = vocab->Add("of");
  L.w_and = vocab->Add("and");
  L.w_or = vocab->Add("or");
  L.w_comma = vocab->Add(",");
  L.w_s = vocab->Add("'s");
  L.w_apos = vocab->Add("'");
  L.w_hyphen = vocab->Add("-");
  L.w_lparen = vocab->Add("(");
  L.w_rparen = vocab->Add(")");
  L.w_slash = vocab->Add("/");
  L.w_capital = vocab->Add("capital");
  L.w_in = vocab->Add("in");
  L.w_both = vocab->Add("both");
  L.w_each = vocab->Add("each");
  L.w_two = vocab->Add("two");
  L.w_a = vocab->Add("a");
  L.w_an = vocab->Add("an");
  L.w_group = vocab->Add("group");
  L.w_including = vocab->Add("including");
  L.w_ethnic = vocab->Add("ethnic");
  L.w_so = vocab->Add("so");
  L.w_called = vocab->Add("called");
  L.w_pro = vocab->Add("pro");
  L.w_anti = vocab->Add("anti");

  // Whether the name trie already holds a surface spelt `ids`.
  auto named = [&](const std::vector<WordId>& ids) {
    std::uint32_t node = 0;
    for (WordId w : ids)
      if (node = L.names.Child(node, w); !node) return false;
    return !L.names.Values(node).empty();
  };
  // Actor surfaces. Several actors may share one surface: keep them all, the
  // finder picks the most specific (name before capital before demonym; a
  // person or organisation before a state).
  for (const Surface& s : kb.surfaces()) {
    const Actor* a = kb.Find(s.actor_id);
    if (!a) continue;
    std::vector<std::string> keys = TokenKeys(s.text);
    if (keys.empty()) continue;
    std::vector<WordId> ids;
    for (const std::string& k : keys) ids.push_back(vocab->Add(k));
    SurfaceInfo info;
    info.actor = a;
    info.form = s.form;
    std::string first;
    for (char c : s.text) {
      if (c == ' ' || c == '-') break;
      first.push_back(c);
    }
    int letters = 0, uppers = 0;
    for (char c : first) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
      if (c >= 'A' && c <= 'Z') ++uppers;
    }
    info.caps_required = letters >= 2 && uppers == letters && first.find('.') == std::string::npos;
    info.upper_required = !first.empty() && first[0] >= 'A' && first[0] <= 'Z';
    // "Vance" in 1993 is not J.D. Vance: a person's one-word alias names them only from a decade before
    // their first dated office to a quarter of a century after their last
    if (a->kind == ActorKind::kPerson && ids.size() == 1 && s.text != a->name && !a->offices.empty()) {
      int from = 9999, to = 0;
      bool open = false;
      for (const Office& o : a->offices) {
        if (o.start.size() >= 4) from = std::min(from, std::atoi(o.start.substr(0, 4).c_str()));
        if (o.end.empty()) open = true;
        else if (o.end.size() >= 4) to = std::max(to, std::atoi(o.end.substr(0, 4).c_str()));
      }
      if (from != 9999) info.era_from = from - 10;
      if (!open && to > 0) info.era_to = to + 25;
    }
    L.names.Insert(ids, static_cast<std::uint32_t>(L.surfaces.size()));
    L.surfaces.push_back(info);
    // ("G L Peiris" for "G. L. Peiris": the initials as a writer may spell them, where no other
    // name has that spelling)
    if (a->kind != ActorKind::kPerson || s.form != NameForm::kName) continue;
    for (const std::string& spelling : InitialSpellings(s.text)) {
      std::vector<WordId> vids;
      for (const std::string& k : TokenKeys(spelling)) vids.push_back(vocab->Add(k));
      if (named(vids)) continue;
      L.names.Insert(vids, static_cast<std::uint32_t>(L.surfaces.size()));
      L.surfaces.push_back(info);
    }
  }
  // Cities of places.toml: places that stand for their state as a visit's host.
  // A surface the actor dictionary already has (a capital, a seat) keeps its meaning.
  if (std::optional<std::string_view> places = FindEmbedded("graphs/dictionaries/places.toml")) {
    toml::table proot;
    try {
      proot = toml::parse(*places, std::string("graphs/dictionaries/places.toml"));
    } catch (const toml::parse_error& e) {
      return Status::ParseError("graphs/dictionaries/places.toml:" + std::to_string(e.source().begin.line) + ": " +
                                std::string(e.description()));
    }
    for (const char* table : {"cities", "regions"}) {
      const toml::table* cities = proot[table].as_table();
      if (!cities) continue;
      for (const auto& [city, code] : *cities) {
        std::optional<std::string> id = code.value<std::string>();
        const Actor* a = id ? kb.Find(*id) : nullptr;
        if (!a) continue;  // a state this dictionary does not hold
        std::vector<std::string> keys = TokenKeys(std::string(city.str()));
        if (keys.empty()) continue;
        std::vector<WordId> ids;
        for (const std::string& k : keys) ids.push_back(vocab->Add(k));
        if (named(ids)) continue;
        SurfaceInfo info;
        info.actor = a;
        info.form = NameForm::kCapital;
        info.upper_required = true;
        info.place_only = true;
        L.names.Insert(ids, static_cast<std::uint32_t>(L.surfaces.size()));
        L.surfaces.push_back(info);
      }
    }
  }
  L.names.IndexHyphen(L.w_hyphen);  // (names are all in: hyphen-free walks may start)
  for (std::size_t i = 0; i < kb.titles().size(); ++i) {
    std::vector<WordId> ids = Ids(kb.titles()[i].text, vocab);
    if (!ids.empty()) L.titles.Insert(ids, static_cast<std::uint32_t>(i));
  }
  L.cls.assign(vocab->size() + 1, 0);
  for (auto [w, c] : classes) {
    if (w >= L.cls.size()) L.cls.resize(w + 1, 0);
    L.cls[w] |= c;
  }
  return f;
}

namespace {

// Per-call working state of Find().
struct FindCtx {
  const MentionLexicon& L;
  const KnowledgeBase& kb;
  std::string_view text;
  const std::vector<Token>& t;
  std::string_view date;
  DocumentActors* doc;
  std::vector<Mention>* out;
  int n;

  std::string_view Text(int i) const { return text.substr(t[i].begin, t[i].end - t[i].begin); }
  std::string TextRange(int a, int b) const {
    return std::string(text.substr(t[a].begin, t[b - 1].end - t[a].begin));
  }
  bool Is(int i, WordId w) const { return i >= 0 && i < n && t[i].word == w; }
  // "ethnic Armenians": the word before `i` makes a demonym a people, not a state
  bool AfterEthnic(int i) const { return i > 0 && t[i - 1].word == L.w_ethnic; }
  bool Cls(int i, std::uint32_t c) const { return i >= 0 && i < n && L.Has(t[i], c); }
  // "accused the rebels of atrocities": the "of" after the object of an accusation is its charge
  bool AccusedOf(int i) const { return i > 0 && Lower(Text(i - 1)).starts_with("accus"); }

  // Longest actor-name match at i honouring case rules; returns length and best surface.
  // Memoised per sentence: the finder asks the same position many times.
  std::vector<int>* memo_len;
  std::vector<const SurfaceInfo*>* memo_best;
  int year = 0;  // the document's year (0: unknown), for the eras of one-word aliases
  int NameAt(int i, const SurfaceInfo** best) const {
    if (i >= n || t[i].Is(Token::kPunct) || t[i].word == kUnknownWord) return 0;
    int& ml = (*memo_len)[i];
    if (ml == -2) ml = NameAtUncached(i, &(*memo_best)[i]);
    *best = (*memo_best)[i];
    return ml;
  }
  // A former state's capital, seats and demonyms name it only up to its last day ("Moscow" is the
  // Soviet Union's in 1987, Russia's in 1995); its names always do ("the Soviet Union collapsed").
  bool InPeriod(const SurfaceInfo& s) const {
    if (s.actor->until.empty() || s.form == NameForm::kName) return true;
    return !date.empty() && date <= s.actor->until;
  }
  int NameAtUncached(int i, const SurfaceInfo** best) const {
    // the case rules and the period of a surface at i
    auto fits = [&](const SurfaceInfo& s) {
      if (year && ((s.era_from && year < s.era_from) || (s.era_to && year > s.era_to))) return false;
      // ("House of Representatives" is Libya's only in a story that has named Libya)
      if (s.form == NameForm::kContextName && !doc->parties.count(s.actor->party) &&
          (s.actor->home.empty() || !doc->parties.count(s.actor->home)))
        return false;
      return !(s.caps_required && !t[i].Is(Token::kAllCaps)) && !(s.upper_required && !t[i].Is(Token::kUpper)) &&
             InPeriod(s);
    };
    std::uint32_t node = 0;
    int len = L.names.LongestHyphenFree(t, i, L.w_hyphen, &node, [&](std::uint32_t nd, int) {
      for (std::uint32_t v : L.names.Values(nd))
        if (fits(L.surfaces[v])) return true;
      return false;
    });
    if (!len) return 0;
    const SurfaceInfo* pick = nullptr;
    for (std::uint32_t v : L.names.Values(node)) {
      const SurfaceInfo& s = L.surfaces[v];
      if (!fits(s)) continue;
      // ("Moscow" in 1987: the state of that period before the one that kept the capital) (a name
      // that fits by its context before one that does not need it)
      auto rank = [](const SurfaceInfo& x) {
        return std::make_tuple(FormRank(x.form), x.form != NameForm::kContextName, x.actor->until.empty(),
                               KindRank(x.actor->kind), x.actor->id);
      };
      if (!pick || rank(s) < rank(*pick)) pick = &s;
    }
    if (!pick) return 0;
    // "President Xi Jinping": an alias with a title ("President Xi") gives way to the full name after
    // the title, which the title rule reads ("the Polisario Front": as does "the Polisario" to the name)
    if (len >= 2 && i + 1 < n) {
      const SurfaceInfo* inner = nullptr;
      int l2 = NameAt(i + 1, &inner);
      if (l2 && i + 1 + l2 > i + len && inner->actor == pick->actor) return 0;
    }
    // "South American leaders", "the East China Sea": a state's name or demonym inside a region's or a
    // sea's name is no mention of the state
    if (pick->actor->kind == ActorKind::kCountry && pick->form != NameForm::kCapital && pick->form != NameForm::kSeat) {
      static const std::set<std::string> kCompass = {"south", "north", "east", "west", "latin", "central",
                                                     "southeast", "northeast", "southwest", "northwest"};
      bool region_before = i > 0 && t[i - 1].Is(Token::kUpper) && kCompass.count(Lower(Text(i - 1))) > 0;
      bool sea_after = i + len < n && t[i + len].Is(Token::kUpper) &&
                       (Lower(Text(i + len)) == "sea" || Lower(Text(i + len)) == "ocean");
      if (region_before || sea_after) return 0;
    }
    // "pro-Russian separatists", "anti-American protesters": a demonym after "pro-" or "anti-"
    // names whom someone sides with or against, not who they are
    if ((pick->form == NameForm::kDemonym || pick->form == NameForm::kDemonymPlural) && i >= 2 &&
        t[i - 1].word == L.w_hyphen && (t[i - 2].word == L.w_pro || t[i - 2].word == L.w_anti))
      return 0;
    *best = pick;
    return len;
  }
  // The longest demonym surface at i (shorter than a name that contains it).
  int DemonymAt(int i, const SurfaceInfo** best) const {
    std::uint32_t node = 0;
    int found = 0;
    for (int j = i; j < n; ++j) {
      node = L.names.Child(node, t[j].word);
      if (!node) break;
      for (std::uint32_t v : L.names.Values(node)) {
        const SurfaceInfo& s = L.surfaces[v];
        if (s.form == NameForm::kDemonym && (!s.upper_required || t[i].Is(Token::kUpper)) && InPeriod(s)) {
          found = j + 1 - i;
          *best = &s;
        }
      }
    }
    return found;
  }
  int TitleAt(int i, const TitlePhrase** best) const {
    if (i >= n) return 0;
    std::uint32_t node = 0;
    int len = L.titles.Longest(t, i, &node);
    if (!len) return 0;
    *best = &kb.titles()[L.titles.Values(node).front()];
    return len;
  }
  int PhraseAt(int i, std::uint32_t cls) const {
    if (i >= n) return 0;
    std::uint32_t node = 0;
    return L.phrases.Longest(t, i, &node, [&](std::uint32_t nd, int) {
      for (std::uint32_t v : L.phrases.Values(nd))
        if (v == cls) return true;
      return false;
    });
  }

  std::string PartyOf(const Actor& a) const {
    if (a.kind == ActorKind::kPerson) return kb.PartyOn(a, date);
    return a.party.empty() ? a.id : a.party;
  }

  // A stated party (from a nationality or state before the title) that a known person does not
  // hold on the document's date.
  // Both must be states ("the group's Gaza chief" is Hamas's, a U.N. envoy may be anyone's).
  bool OtherParty(const std::string& party, const Actor& person) const {
    if (party.empty()) return false;
    std::string held = PartyOf(person);
    if (held.empty() || held == party) return false;
    const Actor* a = kb.Find(party);
    const Actor* b = kb.Find(held);
    return a && b && a->kind == ActorKind::kCountry && b->kind == ActorKind::kCountry;
  }

  // Capitalised name words after a title: "Pamela Jayapal", "Jean-Pierre", "al-Sisi".
  int UnknownNameAt(int i) const {
    int j = i, words = 0;
    while (j < n && words < 4) {
      const Token& k = t[j];
      if (k.Is(Token::kPunct)) {
        if (k.word == L.w_hyphen && !k.Is(Token::kSpaceBefore) && j + 1 < n && !t[j + 1].Is(Token::kSpaceBefore) &&
            words > 0 && !t[j + 1].Is(Token::kPunct)) {
          j += 2;
          continue;
        }
        // "Vladimir V. Putin": a middle initial's full stop, with more of the name after it
        if (Text(j) == "." && words > 0 && Text(j - 1).size() == 1 && j + 1 < n && t[j + 1].Is(Token::kUpper) &&
            !L.Has(t[j + 1], kNotName | kRoleTitle)) {
          ++j;
          continue;
        }
        break;
      }
      if (k.Is(Token::kUpper) && !k.Is(Token::kNumber) && !L.Has(k, kNotName | kRoleTitle)) {
        ++words;
        ++j;
        continue;
      }
      // a surname that is also a title word, last in the name: "Tom King", "Hun Sen", "John Major"
      if (k.Is(Token::kUpper) && !k.Is(Token::kAllCaps) && L.Has(k, kRoleTitle) && !L.Has(k, kNotName) &&
          words > 0 && (j + 1 >= n || !t[j + 1].Is(Token::kUpper))) {
        ++words;
        ++j;
        break;
      }
      if (L.Has(k, kNameParticle) && words > 0 && j + 1 < n) {
        ++j;
        continue;
      }
      break;
    }
    while (j > i && (L.Has(t[j - 1], kNameParticle) || t[j - 1].word == L.w_hyphen)) --j;
    return words > 0 ? j - i : 0;
  }

  bool PlaceContext(int i) const {
    if (i <= 0) return false;
    if (L.Has(t[i - 1], kPlacePrep)) return true;
    if (t[i - 1].word == L.w_capital) return true;
    // "into besieged Sarajevo": one lower-case adjective after the preposition
    // (not after "from": "soldiers from neighbouring Eritrea" are Eritrea's)
    if (i >= 2 && !t[i - 1].Is(Token::kUpper) && L.Has(t[i - 2], kPlacePrep) && Text(i - 2) != "from") {
      std::string_view w = Text(i - 1);
      // (not a region of it: "the fighting in eastern Congo" is no venue of the talks)
      if (w == "besieged" || w == "embattled" || w == "neighbouring" || w == "neighboring") return true;
    }
    // "Doha, Qatar": a state right after a place of its own and a comma (not "In a rebuke to
    // Washington, China cut ties")
    if (t[i - 1].word == L.w_comma && i >= 2 && !out->empty() && out->back().last == i - 1 &&
        out->back().place) {
      const SurfaceInfo* si = nullptr;
      return !NameAt(i, &si) || out->back().party.empty() ||
             PartyOf(*si->actor) == out->back().party;
    }
    return false;
  }

  Mention& Push(int first, int last, MentionType type) {
    out->emplace_back();
    Mention& m = out->back();
    m.first = first;
    m.last = last;
    m.type = type;
    return m;
  }

  void SetActor(Mention& m, const Actor* a) {
    m.actor = a;
    m.kind = a->kind;
    m.party = PartyOf(*a);
    if (auto it = doc->acts_for.find(a->id); it != doc->acts_for.end()) m.party = it->second;
    m.name = a->name;
    if (a->kind == ActorKind::kPerson && !a->discovered) doc->persons.push_back(a);
  }

  // "the Serbs" after "Bosnian Serbs", "the Croats" after "Bosnian Croats": the body named last in
  // the document whose name or an alias is one word before this plural demonym; nullptr if none
  const Actor* BodyOfPeople(std::string_view plural) const {
    std::string tail = " " + Lower(plural);
    auto people = [&](const Actor* a) {
      if (!a || a->kind != ActorKind::kOrganization) return false;
      auto ends = [&](const std::string& name) {
        std::string l = Lower(name);
        return l.size() > tail.size() &&
               l.compare(l.size() - tail.size(), tail.size(), tail) == 0 &&
               std::count(l.begin(), l.end(), ' ') == 1;
      };
      return ends(a->name) || std::any_of(a->aliases.begin(), a->aliases.end(), ends);
    };
    // (this sentence's mentions first, named or as a group: "Bosnian Serb positions", then the
    // bodies of earlier sentences)
    for (auto m = out->rbegin(); m != out->rend(); ++m) {
      const Actor* a = m->actor;
      if (!a && !m->party.empty()) a = kb.Find(m->party);
      if (people(a)) return a;
    }
    for (auto it = doc->bodies.rbegin(); it != doc->bodies.rend(); ++it)
      if (people(*it)) return *it;
    return nullptr;
  }

  // "UN envoy Cyrus Vance" in 1992: a known person out of office whose title names a body acts for that
  // body (the dictionary knows his past offices, the text his present role)
  void TitleBody(Mention& m, const std::string& party, bool not_holder) {
    if (not_holder || party.empty() || party == m.party || !m.actor || m.actor->kind != ActorKind::kPerson) return;
    const Actor* body = kb.Find(party);
    if (body && body->kind == ActorKind::kOrganization && !kb.HoldsOffice(*m.actor, date)) {
      m.party = party;
      doc->acts_for[m.actor->id] = party;
    }
    // ("Finnish President Martti Ahtisaari" in June 1999, also the EU's envoy then: of two offices
    // held on the day, the one the title names)
    if (body && body->kind == ActorKind::kCountry && !date.empty() &&
        std::any_of(m.actor->offices.begin(), m.actor->offices.end(), [&](const Office& o) {
          return o.party == party && (o.start.empty() || o.start <= date) &&
                 (o.end.empty() || date < o.end);
        }))
      m.party = party;
  }

  // The mention [start, end) of the person named by tokens [a, b) after a title; returns `end`.
  int PushPerson(int start, int a, int b, int end, const std::string& party, const std::string& office,
                 const std::string& title_words) {
    const Actor* p = Discover(a, b, party, office, title_words);
    Mention& m = Push(start, end, MentionType::kName);
    SetActor(m, p);
    if (m.party.empty()) m.party = party;
    m.office = office;
    m.title = title_words;
    m.discovered = p->discovered;
    return end;
  }

  // Adds a discovered person (or finds the one already discovered).
  const Actor* Discover(int a, int b, const std::string& party, const std::string& office, const std::string& title) {
    std::string name = TextRange(a, b);
    std::string id = KebabId(name);
    // (a known person of another party than the one stated is someone else of that name)
    const Actor* known = kb.Find(id);
    if (known && !OtherParty(party, *known)) return known;
    if (known) id += "-" + Lower(party);
    if (const Actor* seen = doc->FindId(id)) return seen;
    // "Seyyed Abbas Araghchi": a known person's full name at the end of the unknown one
    // (two words at least: "Hafez al-Assad" is not "al-Assad")
    for (int q = a + 1; q + 2 <= b; ++q) {
      const SurfaceInfo* s = nullptr;
      bool words = false;
      for (int k = q + 1; k < b; ++k) words = words || t[k].Is(Token::kSpaceBefore);
      if (words && NameAt(q, &s) == b - q && s->actor->kind == ActorKind::kPerson && s->form == NameForm::kName &&
          !OtherParty(party, *s->actor))
        return s->actor;
    }
    // "Vladimir V. Putin", "Antony J. Blinken": the name without its middle initial
    if (b - a >= 3) {
      std::string short_name = std::string(Text(a)) + " " + std::string(Text(b - 1));
      if (const Actor* k = kb.Find(KebabId(short_name)); k && k->kind == ActorKind::kPerson && !OtherParty(party, *k))
        return k;
    }
    // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": the given name of one named before
    if (b - a == 1)
      if (const Actor* p = doc->FindGivenName(Text(a)); p && !OtherParty(party, *p)) return p;
    // "President Bush" in 2008: the one person of that family name in such an office on the date
    if (b - a == 1)
      if (const Actor* p = kb.FamilyNameHolder(Text(a), office, date); p && !OtherParty(party, *p)) return p;
    // "Mr. Mora" after "Enrique Mora": the family name of one named before in this document
    if (b - a == 1) {
      const Actor* p = doc->FindSurname(Text(a));
      if (!p || p->kind != ActorKind::kPerson) p = doc->FindFamilyName(Text(a));
      if (p && !OtherParty(party, *p)) return p;
    }
    Actor p;
    p.id = id;
    p.name = name;
    p.kind = ActorKind::kPerson;
    p.party = party;
    p.discovered = true;
    std::string last(Text(b - 1));
    p.aliases.push_back(last);
    if (b - a >= 2) p.aliases.push_back(name);
    if (!office.empty() || !title.empty()) p.offices.push_back({title, office, party, "", ""});
    doc->actors.push_back(std::move(p));
    return &doc->actors.back();
  }

  // A party adjective item at i: a demonym or a state/organisation name used
  // attributively. Returns its length and sets the actor.
  int PartyItemAt(int i, const Actor** actor, bool* is_demonym, bool joined = false) const {
    const SurfaceInfo* s = nullptr;
    int len = NameAt(i, &s);
    if (!len) return 0;
    // "Israeli military", "Israeli troops": a demonym and a group noun name the
    // state's body (party level), even when the dictionary lists them as an alias
    if (s->form == NameForm::kName && len >= 2) {
      const SurfaceInfo* d = nullptr;
      int dl = DemonymAt(i, &d);
      if (dl > 0 && dl < len) {
        bool rest_generic = true;
        for (int k = i + dl; k < i + len; ++k)
          rest_generic = rest_generic && (L.Has(t[k], kGroupNoun | kModifier) || t[k].word == L.w_the);
        if (rest_generic) {
          *actor = d->actor;
          *is_demonym = true;
          return dl;
        }
      }
    }
    if (s->form == NameForm::kDemonymPlural) return 0;
    // "Israeli and Hamas negotiators": an alias ending in a group noun ("Hamas negotiators") after
    // a join gives up its noun, which the whole list shares ("South Korean and U.S. forces": down
    // to the state's name when the alias is its body's)
    const Actor* core_actor = s->actor;
    if (joined && s->form == NameForm::kName && len >= 2) {
      std::uint32_t node = 0;
      int core = 0;
      for (int j = i; j < i + len - 1; ++j) {
        node = L.names.Child(node, t[j].word);
        if (!node) break;
        for (std::uint32_t v : L.names.Values(node)) {
          const SurfaceInfo& sv = L.surfaces[v];
          if (sv.form != NameForm::kName) continue;
          if (sv.actor == s->actor ||
              (sv.actor->kind == ActorKind::kCountry && PartyOf(*sv.actor) == PartyOf(*s->actor))) {
            core = j + 1 - i;
            core_actor = sv.actor;
          }
        }
      }
      bool rest_generic = core > 0;
      for (int k = i + core; rest_generic && k < i + len; ++k) rest_generic = L.Has(t[k], kGroupNoun | kModifier);
      if (rest_generic) len = core;
      else
        core_actor = s->actor;
    }
    *actor = core_actor;
    *is_demonym = s->form == NameForm::kDemonym;
    return len;
  }

  // "delegation", "negotiators", "negotiating team", "side" at i: who sits at a table for a government.
  int NegotiatingBody(int i) const {
    std::string w = i < n ? Lower(Text(i)) : "";
    if (w == "delegation" || w == "delegations" || w == "negotiators" || w == "team" || w == "side" ||
        w == "representatives" || w == "envoys" || w == "envoy")
      return 1;
    return w == "negotiating" && i + 1 < n && Lower(Text(i + 1)) == "team" ? 2 : 0;
  }

  // The end of "guerrilla group", "rebel movement", "group" at i, a body's description after its
  // name (up to two armed modifiers before the head); i if none or if more of a name follows
  // ("group of").
  int OrgDescriptorEnd(int i) const {
    int q = i;
    while (q < n && q < i + 2 && Cls(q, kArmedModifier)) ++q;
    int hl = q < n ? std::max(PhraseAt(q, kPhraseDescOrg), PhraseAt(q, kPhraseDescArmed)) : 0;
    if (!hl) return i;
    int e = q + hl;
    if (e < n &&
        (t[e].word == L.w_of || t[e].Is(Token::kUpper) || Cls(e, kGroupNoun | kRoleTitle) ||
         PhraseAt(e, kPhraseRole) || t[e].word == L.w_hyphen))
      return i;
    return e;
  }

  // "from both sides", "of the two sides" at i: whose body a noun before it is ("military commanders from
  // both sides" are the sides', not the army named last)
  bool OfBothSides(int i) const {
    if (i + 1 >= n || (Lower(Text(i)) != "from" && t[i].word != L.w_of)) return false;
    int j = i + 1;
    return PhraseAt(j, kPhrasePair) || (t[j].word == L.w_the && PhraseAt(j + 1, kPhrasePair));
  }

  void Run();
  void AppositionNames(std::size_t from);
  void ForeignInstitutions(std::size_t from);
  void SeatedBodies(std::size_t from);
  bool TryPartyRun(int* i);
  bool TryTitle(int* i, int start, const std::vector<const Actor*>& prefix);
};

// "senior Israeli, Qatari and Egyptian officials", "US and Israeli officials",
// "Egyptian Foreign Minister Sameh Shoukry", "the Palestinian group Hamas",
// "any Israeli military action".
bool FindCtx::TryPartyRun(int* pi) {
  int i = *pi;
  int start = i;
  // "ethnic Armenian positions", "the ethnic Albanians": a people, not the state of that name
  for (int k = i; k < n && k < i + 3 && (k == i || Cls(k - 1, kDeterminer | kModifier | kTitleModifier)); ++k)
    if (AfterEthnic(k)) return false;
  bool definite = false;
  const SurfaceInfo* name_here = nullptr;
  // ("New Delhi" is a name, not "new" and the seat "Delhi")
  while (i < n && (Cls(i, kDeterminer) || Cls(i, kModifier) || Cls(i, kTitleModifier)) && !Cls(i, kPronThing) &&
         !(t[i].Is(Token::kUpper) && NameAt(i, &name_here))) {
    if (t[i].word == L.w_the) definite = true;
    ++i;
  }
  std::vector<std::pair<int, int>> spans;
  std::vector<const Actor*> items;
  bool any_demonym = false;
  bool first_demonym = false;  // the run opens with a demonym, not a name
  int j = i;
  while (j < n) {
    const Actor* a = nullptr;
    bool dem = false;
    int len = PartyItemAt(j, &a, &dem, any_demonym);
    if (!len) break;
    // "visits to New Delhi and Islamabad, and Iranian ...": a capital named as a place starts no run
    // ("to New Delhi and Islamabad, and Iranian ...": nor one listed after a place)
    bool after_place = j > 0 && (t[j - 1].word == L.w_and || t[j - 1].word == L.w_comma) && !out->empty() &&
                       out->back().place && (out->back().last == j - 1 || (out->back().last == j - 2 && t[j - 2].word == L.w_comma));
    if (!dem && (PlaceContext(j) || after_place)) {
      const SurfaceInfo* si = nullptr;
      if (NameAt(j, &si) && (si->form == NameForm::kCapital || si->place_only)) break;
    }
    // "Israel's": possessive state before a title ("Israel's Prime Minister")
    int after = j + len;
    if (after < n && (t[after].word == L.w_s) && a->kind == ActorKind::kCountry) ++after;
    // "Saudi-led coalition warplanes": the leader's forces (not "Russian-backed separatists")
    // ("the Tripoli-based government": a government seated in a state's capital is that state's; not
    // "the Pakistan-based militant group")
    auto capital_based = [&]() {
      const SurfaceInfo* si = nullptr;
      if (dem || !NameAt(j, &si) || si->form != NameForm::kCapital || Text(after + 1) != "based") return false;
      std::string_view h = Text(after + 2);
      return h == "government" || h == "authorities" || h == "administration" || h == "parliament" || h == "cabinet";
    };
    if (after + 2 < n && t[after].word == L.w_hyphen && !t[after].Is(Token::kSpaceBefore) &&
        (Text(after + 1) == "led" || capital_based()) &&
        (Cls(after + 2, kGroupNoun | kModifier) || PhraseAt(after + 2, kPhraseGroup)))
      after += 2;
    spans.push_back({j, j + len});
    items.push_back(a);
    if (items.size() == 1) first_demonym = dem;
    any_demonym = any_demonym || dem;
    j = after;
    // a person is never one of a list of nationalities ("Massad Boulos, Trump's adviser")
    if (a->kind == ActorKind::kPerson) break;
    // joined by ",", "and", ", and", "/"
    int k = j;
    if (k < n && (t[k].word == L.w_comma || t[k].word == L.w_slash)) ++k;
    if (k < n && (t[k].word == L.w_and || t[k].word == L.w_or)) ++k;
    if (k == j) break;
    const Actor* a2 = nullptr;
    bool d2 = false;
    int m = k;
    while (m < n && Cls(m, kModifier)) ++m;
    if (!PartyItemAt(m, &a2, &d2)) break;
    j = m;
  }
  if (items.empty()) return false;
  int head = j;
  // "Thai F-16 jets", "Russian Su-24 bombers": a model designation before the group noun
  if (head + 3 < n && t[head].Is(Token::kUpper) && Text(head).size() <= 4 && t[head + 1].word == L.w_hyphen &&
      !t[head + 1].Is(Token::kSpaceBefore) && !t[head + 2].Is(Token::kSpaceBefore) && t[head + 2].Is(Token::kNumber) &&
      PhraseAt(head + 3, kPhraseGroup))
    head += 3;
  while (head < n && (Cls(head, kModifier) || Cls(head, kTitleModifier)) && !(Cls(head, kGroupNoun) && !Cls(head + 1, kGroupNoun | kModifier | kRoleTitle))) ++head;
  // "Taiwan's Nationalist government", "Britain's Conservative government": a capitalised word no
  // dictionary knows, between a possessive state and a group noun, is a modifier too
  {
    const SurfaceInfo* si = nullptr;
    const TitlePhrase* tp = nullptr;
    if (head + 1 < n && head >= j && head > 0 && t[head - 1].word == L.w_s && t[head].Is(Token::kUpper) && !t[head].Is(Token::kPunct) &&
        !NameAt(head, &si) && !TitleAt(head, &tp) && !PhraseAt(head, kPhraseRole) &&
        PhraseAt(head + 1, kPhraseGroup) && !PhraseAt(head + 1, kPhrasePersonHead))
      ++head;
  }
  // apposition: "the Palestinian group Hamas", "Israeli Prime Minister Benjamin Netanyahu"
  {
    int h = head;
    int dl = PhraseAt(h, kPhraseDescOrg);
    if (dl) h += dl;
    const SurfaceInfo* s = nullptr;
    if (h > head && NameAt(h, &s) && s->form == NameForm::kName && s->actor->kind != ActorKind::kCountry) {
      int len = NameAt(h, &s);
      Mention& m = Push(start, h + len, MentionType::kName);
      SetActor(m, s->actor);
      *pi = h + len;
      return true;
    }
  }
  // title: person or description
  // ("Ankara and U.N. Secretary-General X": a title after a list of names belongs to the last
  // name only, so the name pass takes the list apart)
  if (items.size() > 1 && !any_demonym) {
    const TitlePhrase* tp = nullptr;
    for (int h = j; h <= head && h < n; ++h)
      if (TitleAt(h, &tp) || PhraseAt(h, kPhraseRole)) return false;
  }
  if (items.size() == 1 || !any_demonym) {
    if (TryTitle(pi, start, items)) return true;
  }
  // "flew to the Georgian capital": the capital of the state the demonym names, as a place
  if (items.size() == 1 && any_demonym && items[0]->kind == ActorKind::kCountry && head < n &&
      Lower(Text(head)) == "capital") {
    Mention& m = Push(start, head + 1, MentionType::kName);
    SetActor(m, items[0]);
    m.capital = true;
    m.place = true;
    *pi = head + 1;
    return true;
  }
  // "flew to the Nigerian city of Calabar": a town the dictionaries do not know, named after its state's
  // demonym and a place noun, is a place of that state
  if (items.size() == 1 && any_demonym && items[0]->kind == ActorKind::kCountry && head + 2 < n &&
      t[head + 1].word == L.w_of && t[head + 2].Is(Token::kUpper) && !t[head + 2].Is(Token::kPunct)) {
    std::string noun = Lower(Text(head));
    const SurfaceInfo* si = nullptr;
    if ((noun == "city" || noun == "town" || noun == "port" || noun == "village" || noun == "province" ||
         noun == "region" || noun == "district" || noun == "state") &&
        !NameAt(head + 2, &si)) {
      int e = head + 3;
      while (e < n && t[e].Is(Token::kUpper) && !t[e].Is(Token::kPunct) && e < head + 5) ++e;
      Mention& m = Push(start, e, MentionType::kName);
      SetActor(m, items[0]);
      m.place = true;
      *pi = e;
      return true;
    }
  }
  int gl = PhraseAt(head, kPhraseGroup);
  // ("the Hamas militant group": an armed movement's name, a member noun and what the body is, is
  // the body)
  if (gl && items.size() == 1 && items[0]->kind == ActorKind::kOrganization && !any_demonym &&
      Cls(head, kArmedModifier)) {
    int h = OrgDescriptorEnd(head);
    if (h > head + gl) {
      Mention& m = Push(start, h, MentionType::kName);
      SetActor(m, items[0]);
      if (h < n && t[h].word == L.w_s) m.possessive = true;
      *pi = h;
      return true;
    }
  }
  bool country_items_only = !any_demonym;
  // "the Indian side of the Line of Control": a side of a border or a line is land, which can be attacked
  // but does not act (not "accused the Armenian side of")
  auto line_after = [&](int k) {
    if (k < n && t[k].word == L.w_the) ++k;
    std::string w = k < n ? Lower(Text(k)) : "";
    return w == "border" || w == "frontier" || w == "line" || w == "boundary" || w == "river";
  };
  bool land = gl == 1 && Lower(Text(head)) == "side" && head + 2 < n && t[head + 1].word == L.w_of && line_after(head + 2);
  // ("Georgia's rebel regions of X": a singular armed noun before a plural noun is its modifier)
  if (gl == 1 && Cls(head, kArmedModifier) && head + 1 < n && !t[head + 1].Is(Token::kUpper) &&
      !t[head + 1].Is(Token::kPunct) && !t[head + 1].Is(Token::kNumber)) {
    std::string next = Lower(Text(head + 1));
    if (next.size() > 4 && next.back() == 's' && next[next.size() - 2] != 's' && next != "says")
      return false;
  }
  if (gl) {
    bool person_head = PhraseAt(head, kPhrasePersonHead) == gl;
    bool singular = person_head || (Text(head + gl - 1).size() > 0 && Text(head + gl - 1).back() != 's');
    // "his Syrian counterpart Walid al-Moualem": a person head of one state before a name is that person
    if (person_head && items.size() == 1 && head + gl < n && t[head + gl].Is(Token::kUpper)) {
      std::string party = PartyOf(*items[0]);
      std::string words = Lower(std::string(Text(head + gl - 1)));
      const SurfaceInfo* ps = nullptr;
      int pl = NameAt(head + gl, &ps);
      if (pl && ps->actor->kind == ActorKind::kPerson && ps->form == NameForm::kName &&
          kb.PartyOn(*ps->actor, date) == party) {
        Mention& m = Push(start, head + gl + pl, MentionType::kName);
        SetActor(m, ps->actor);
        *pi = head + gl + pl;
        return true;
      }
      int ul = pl ? 0 : UnknownNameAt(head + gl);
      if (ul >= 2) {
        *pi = PushPerson(start, head + gl, head + gl + ul, head + gl + ul, party, "", words);
        return true;
      }
    }
    // ("Somali militants", "Congo rebels": states only; not "Israel and Hezbollah guerrillas")
    bool states_only = std::all_of(items.begin(), items.end(),
                                   [](const Actor* x) { return x->kind == ActorKind::kCountry; });
    for (std::size_t k = 0; k < items.size(); ++k) {
      const Actor* a = items[k];
      std::string party = PartyOf(*a);
      bool last = k + 1 == items.size();
      int first = k == 0 ? start : spans[k].first;
      Mention& m = Push(first, last ? head + gl : spans[k].second, MentionType::kGroup);
      m.party = party;
      m.kind = ActorKind::kGroup;
      m.singular_head = singular;
      m.victim = Cls(head + gl - 1, kVictim) || land;
      std::string noun(
          text.substr(t[head].begin, t[head + gl - 1].end - t[head].begin));  // ("coast guard")
      m.name = a->name + " " + noun;
      m.demonym = spans[k].second - spans[k].first >= 1;
      if (definite && person_head && items.size() == 1) {
        m.type = MentionType::kDescription;
        m.desc = "person";
      }
      // "Somali militants", "Yemeni rebels": a state's armed opposition, not the state; the armed
      // movement at home there named last
      if (states_only && PhraseAt(head, kPhraseDescArmed) == gl) {
        m.type = MentionType::kDescription;
        m.desc = "armed";
        m.region = {party};
        m.party.clear();
      }
    }
    *pi = head + gl;
    return true;
  }
  int al = PhraseAt(head, kPhraseAct);
  if (al && any_demonym) {
    for (std::size_t k = 0; k < items.size(); ++k) {
      bool last = k + 1 == items.size();
      Mention& m = Push(k == 0 ? start : spans[k].first, last ? head + al : spans[k].second, MentionType::kAdjectival);
      m.party = PartyOf(*items[k]);
      m.kind = ActorKind::kGroup;
      m.name = items[k]->name;
      m.demonym = true;
    }
    *pi = head + al;
    return true;
  }
  // descriptions: "the Gulf country" is handled elsewhere; "the Egyptian
  // official" above. A bare demonym is no actor ("Palestinian prisoners").
  // "Liberia's Ellen Johnson Sirleaf, Nigeria's Muhammadu Buhari": a state's own known person is one
  // mention, so a list of them stays one list
  if (items.size() == 1 && items[0]->kind == ActorKind::kCountry && spans[0].second + 1 == head && head < n &&
      t[spans[0].second].word == L.w_s) {
    const SurfaceInfo* ps = nullptr;
    int pl = NameAt(head, &ps);
    if (pl && ps->actor->kind == ActorKind::kPerson && ps->form == NameForm::kName &&
        kb.PartyOn(*ps->actor, date) == PartyOf(*items[0])) {
      Mention& m = Push(start, head + pl, MentionType::kName);
      SetActor(m, ps->actor);
      if (head + pl < n && t[head + pl].word == L.w_s) m.possessive = true;
      *pi = head + pl;
      return true;
    }
  }
  if (country_items_only) return false;  // plain names: the name pass handles them
  // ("sites in Pakistan and Pakistani Kashmir": a run that opens with a name and ends in a place of
  // its own is no list of parties; the name pass takes the name)
  if (!first_demonym && head < n && t[head].Is(Token::kUpper) && !t[head].Is(Token::kPunct))
    return false;
  // demonym followed by a hyphen compound ("Qatari-brokered"): keep as a compound mention
  if (items.size() == 1 && spans[0].second < n && t[spans[0].second].word == L.w_hyphen &&
      !t[spans[0].second].Is(Token::kSpaceBefore)) {
    Mention& m = Push(spans[0].first, spans[0].second, MentionType::kName);
    SetActor(m, items[0]);
    m.compound = true;
    m.demonym = true;
    *pi = spans[0].second;
    return true;
  }
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (spans[k].second - spans[k].first < 1) continue;
    Mention& m = Push(spans[k].first, spans[k].second, MentionType::kAdjectival);
    m.party = PartyOf(*items[k]);
    m.kind = ActorKind::kGroup;
    m.name = items[k]->name;
    m.demonym = true;
    m.bare = true;
  }
  *pi = j > *pi ? j : *pi + 1;
  return true;
}

// title [Name]: "Secretary of State Antony Blinken", "President Joe Biden",
// "Democratic Senator Chris Van Hollen", "the Secretary".
bool FindCtx::TryTitle(int* pi, int start, const std::vector<const Actor*>& prefix) {
  int i = *pi;
  // skip the prefix run we were given
  if (!prefix.empty()) {
    while (i < n && (Cls(i, kDeterminer) || Cls(i, kModifier) || Cls(i, kTitleModifier))) ++i;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      const SurfaceInfo* s = nullptr;
      int len = NameAt(i, &s);
      if (!len) break;
      i += len;
      if (i < n && t[i].word == L.w_s) ++i;
      // "Macron of France, Prime Minister Keir Starmer": a comma after the last item is no join
      if (k + 1 < prefix.size() && i < n && (t[i].word == L.w_comma || t[i].word == L.w_and)) ++i;
    }
  } else {
    while (i < n && (Cls(i, kDeterminer) || Cls(i, kTitleModifier)) && !Cls(i, kPronThing)) ++i;
  }
  // "Deputy President X": a modifier that is a title too gives way to the title after it
  // "Deputy Foreign Minister X": also before another modifier or a title phrase; a deputy or a
  // former holder is not the holder of the office
  bool not_holder = false;
  const TitlePhrase* any_title = nullptr;
  // "South Korean Unification Minister X": a capitalised word the lexicon does not know, right before a
  // role word, is a portfolio
  {
    const SurfaceInfo* si = nullptr;
    if (!prefix.empty() && i + 1 < n && t[i].Is(Token::kUpper) && !t[i].Is(Token::kPunct) && !L.Has(t[i], kNotName) &&
        !Cls(i, kTitleModifier) && !PhraseAt(i, kPhraseRole) && !TitleAt(i, &any_title) && !NameAt(i, &si) &&
        (PhraseAt(i + 1, kPhraseRole) || TitleAt(i + 1, &any_title)))
      ++i;
  }
  while (i < n && Cls(i, kTitleModifier) &&
         (!Cls(i, kRoleTitle) || (i + 1 < n && (PhraseAt(i + 1, kPhraseRole) || Cls(i + 1, kTitleModifier) ||
                                                TitleAt(i + 1, &any_title))))) {
    std::string w = Lower(Text(i));
    if (w == "deputy" || w == "former" || w == "assistant" || w == "ex" || w == "then" || w == "late" ||
        (w == "vice" && !(i + 1 < n && Lower(Text(i + 1)) == "president")))
      not_holder = true;
    ++i;
  }
  // "the former South African president", "Sudan's then president": a past holder, named before the state
  for (int k = start; k < i && !not_holder; ++k) {
    std::string w = Lower(Text(k));
    not_holder = w == "former" || w == "ex" || w == "then" || w == "late";
  }
  const TitlePhrase* tp = nullptr;
  int tl = TitleAt(i, &tp);
  int rl = 0;
  if (!tl) {
    rl = PhraseAt(i, kPhraseRole);
    if (!rl) return false;
    // role words from mentions.toml: capitalised ("Senator X", "the Secretary"),
    // after a nationality ("Israeli opposition leader X") or before a full name
    if (!t[i].Is(Token::kUpper) && prefix.empty()) {
      const SurfaceInfo* s0 = nullptr;
      int nl0 = NameAt(i + rl, &s0);
      bool person_next = nl0 && s0->actor->kind == ActorKind::kPerson;
      int ul0 = UnknownNameAt(i + rl);
      // ("The commander also enjoys": a definite singular role with no name after it is a
      // description of the person last introduced with it) (not in apposition: "Mbeki, the regional
      // mediator in Zimbabwe's crisis, presented")
      bool described = t[start].word == L.w_the && (start == 0 || t[start - 1].word != L.w_comma) &&
                       i + rl < n && !t[i + rl].Is(Token::kUpper) && t[i + rl].word != L.w_of &&
                       Text(i + rl - 1).back() != 's';
      if (!person_next && ul0 < 2 && !described) return false;
    }
  }
  int len = tl ? tl : rl;
  int after = i + len;
  // "Mr. Putin", "Gen. Burhan": the full stop of an abbreviated title
  if (after + 1 < n && Text(after) == "." && Text(after - 1).size() <= 4 && t[after + 1].Is(Token::kUpper)) ++after;
  std::string office = tp && !not_holder ? tp->office : "";
  std::string party = prefix.size() == 1 ? PartyOf(*prefix[0]) : (tp ? tp->party : "");
  // "US President Bill Clinton's special envoy Anthony Lake": the envoy of a person acts for that person's side
  if (party.empty() && prefix.empty() && start >= 2 && t[start - 1].word == L.w_s && !out->empty() &&
      out->back().last == start - 1 && out->back().kind == ActorKind::kPerson)
    party = out->back().party;
  // "In Oslo, Deputy Foreign Minister Vidar Helgesen said": a state's title with no state named, right
  // after the place that opens the sentence, is that place's state's
  if (party.empty() && prefix.empty() && start >= 3 && t[start - 1].word == L.w_comma && Lower(Text(0)) == "in") {
    const SurfaceInfo* at = nullptr;
    int pl = NameAt(1, &at);
    if (pl && 1 + pl == start - 1 && (at->form == NameForm::kCapital || at->actor->kind == ActorKind::kCountry))
      party = PartyOf(*at->actor);
  }
  // "Syria welcomed the proposal, Foreign Minister Walid al-Moualem said": a state's title with no state
  // named, for the speaker of a report on the state that opens the sentence, is that state's
  if (party.empty() && prefix.empty() && start >= 3 && t[start - 1].word == L.w_comma) {
    const SurfaceInfo* st = nullptr;
    int sl = NameAt(0, &st);
    int ul = UnknownNameAt(after);
    std::string_view v = ul ? Text(after + ul) : std::string_view();
    if (sl && st->actor->kind == ActorKind::kCountry && st->form == NameForm::kName && after + ul < n &&
        (v == "said" || v == "says" || v == "told" || v == "added"))
      party = PartyOf(*st->actor);
  }
  std::string title_words;
  for (int k = i; k < after; ++k) {
    if (!title_words.empty()) title_words.push_back(' ');
    title_words += std::string(Text(k));
  }
  title_words = Lower(title_words);
  // a known name that begins with the title word: "Sheikh Tamim", "Emir Tamim"
  {
    const SurfaceInfo* whole = nullptr;
    int wl = NameAt(i, &whole);
    if (wl > after - i && whole->actor->kind == ActorKind::kPerson) {
      // "Saudi Arabia's King Abdullah" is not Jordan's: a nationality that contradicts the known
      // person's party names another person of that name
      if (!not_holder && OtherParty(party, *whole->actor)) {
        *pi = PushPerson(start, after, i + wl, i + wl, party, office, title_words);
        return true;
      }
      Mention& m = Push(start, i + wl, MentionType::kName);
      SetActor(m, whole->actor);
      TitleBody(m, party, not_holder);
      m.office = office;
      m.title = title_words;
      *pi = i + wl;
      return true;
    }
    // "the General National Congress": a known body whose name begins with a title word is no title
    if (wl > after - i && prefix.empty()) return false;
  }
  // a known name after the title
  const SurfaceInfo* s = nullptr;
  int nl = NameAt(after, &s);
  if (nl && s->actor->kind == ActorKind::kPerson && s->form == NameForm::kName) {
    if (!not_holder && OtherParty(party, *s->actor)) {
      *pi = PushPerson(start, after, after + nl, after + nl, party, office, title_words);
      return true;
    }
    Mention& m = Push(start, after + nl, MentionType::kName);
    SetActor(m, s->actor);
    TitleBody(m, party, not_holder);
    m.office = office;
    m.title = title_words;
    *pi = after + nl;
    return true;
  }
  // "CIA Director William Burns" etc. with an organisation before: party of the org
  int ul = UnknownNameAt(after);
  if (ul && !(nl && s->actor->kind != ActorKind::kPerson)) {
    // "King Hussein of Jordan": the state after the name (part of the mention)
    int of_state = 0;
    if (party.empty() && after + ul + 1 < n && t[after + ul].word == L.w_of) {
      const SurfaceInfo* st = nullptr;
      int sl = NameAt(after + ul + 1, &st);
      if (sl && st->actor->kind == ActorKind::kCountry && st->form == NameForm::kName) {
        party = PartyOf(*st->actor);
        of_state = 1 + sl;
      }
    }
    // Avoid taking a following sentence word: require the name to be adjacent.
    *pi = PushPerson(start, after, after + ul, after + ul + of_state, party, office, title_words);
    return true;
  }
  // "Iran's deputy foreign minister, Kazem Gharibabadi, said": the name in apposition is the person
  // ("Kuwait's ambassador in Washington, Sheikh Saud Nasser al-Sabah, said": past where the post is)
  int comma = after;
  if (comma + 2 < n && Text(comma) == "in") {
    const SurfaceInfo* at = nullptr;
    if (int pl = NameAt(comma + 1, &at); pl && (at->form == NameForm::kCapital || at->actor->kind == ActorKind::kCountry))
      comma += 1 + pl;
  }
  if (!party.empty() && comma + 1 < n && t[comma].word == L.w_comma) {
    // (an honorific before the name: "Sheikh Saud Nasser al-Sabah")
    int q = comma + 1;
    const TitlePhrase* honorific = nullptr;
    if (q + 1 < n && t[q].Is(Token::kUpper) && (TitleAt(q, &honorific) == 1 || PhraseAt(q, kPhraseRole) == 1 ||
                                                 Cls(q, kTitleModifier)) &&
        UnknownNameAt(q + 1) >= 2)
      ++q;
    int al = UnknownNameAt(q);
    int end = q + al;
    bool closed = end >= n || t[end].word == L.w_comma || t[end].Is(Token::kPunct) ||
                  (!t[end].Is(Token::kUpper) && !Cls(end, kNameParticle));
    if (al >= 2 && closed && !NameAt(q, &s)) {
      *pi = PushPerson(start, q, end, end, party, office, title_words);
      return true;
    }
  }
  // No name: a description ("the Secretary", "Egyptian Foreign Minister"), but an honorific
  // alone is none ("Mr. Netanyahu's office": the office is the name)
  {
    std::string h = Lower(Text(i));
    if (!tl && (h == "mr" || h == "mrs" || h == "ms" || h == "dr" || h == "mr." || h == "mrs." || h == "ms."))
      return false;
  }
  bool definite = start < n && (t[start].word == L.w_the);
  bool capitalised = t[i].Is(Token::kUpper);
  if (!definite && !capitalised && prefix.empty()) return false;
  // "the prime minister of Latvia": the state after "of" is the title's
  // ("the current chairman of the OSCE", "the head of the IAEA": a body's too)
  if (party.empty() && after + 1 < n && t[after].word == L.w_of) {
    const SurfaceInfo* st = nullptr;
    int at = after + 1;
    if (at + 1 < n && t[at].word == L.w_the) ++at;
    int sl = NameAt(at, &st);
    bool state = sl && at == after + 1 && st->actor->kind == ActorKind::kCountry;
    bool body = sl && st->actor->kind == ActorKind::kOrganization && !PartyOf(*st->actor).empty();
    if ((state || body) && st->form == NameForm::kName) {
      party = PartyOf(*st->actor);
      after = at + sl;
    }
  }
  // plural titles are groups, handled by the group pass
  if (!party.empty() && !office.empty()) {
    if (auto holder = kb.HolderOf(office, party, date)) {
      Mention& m = Push(start, after, MentionType::kName);
      SetActor(m, holder->person);
      m.office = office;
      m.title = title_words;
      *pi = after;
      return true;
    }
  }
  Mention& m = Push(start, after, MentionType::kDescription);
  m.desc = "title";
  m.office = office;
  m.title = title_words;
  m.party = party;
  m.kind = ActorKind::kPerson;
  m.name = title_words;
  *pi = after;
  return true;
}

// "Ahmad Jarba, president of the Syrian opposition, said", "Salem Khanbashi, a senior Yemeni official,
// said": an unknown name right before a comma and a titled description of one party is that person.
// Mentions found since `from` stay in token order.
void FindCtx::AppositionNames(std::size_t from) {
  std::vector<char> covered(n + 1, 0);
  for (std::size_t k = from; k < out->size(); ++k)
    for (int x = (*out)[k].first; x < (*out)[k].last && x < n; ++x) covered[x] = 1;
  std::size_t end = out->size();
  for (std::size_t k = from; k < end; ++k) {
    const Mention m = (*out)[k];
    // ("president of the Syrian National Coalition": a group of one role word of a body)
    bool role_group = m.type == MentionType::kGroup && (Cls(m.first, kRoleTitle) || PhraseAt(m.first, kPhraseRole)) &&
                      !Text(m.first).ends_with("s");
    bool person_like = (m.type == MentionType::kDescription && m.kind == ActorKind::kPerson) ||
                       (m.type == MentionType::kGroup && m.singular_head) || role_group;
    int opening = m.first;  // where the apposition starts
    // "Stephanie Williams, the acting head of the UN Support Mission": a role of a body or state
    int of = m.first - 1;
    if (of > 0 && t[of].word == L.w_the) --of;
    if (!person_like && m.type == MentionType::kName && !m.party.empty() && m.kind != ActorKind::kPerson &&
        of >= 3 && t[of].word == L.w_of) {
      int r = of - 1;
      if (r >= 0 && t[r].word == L.w_the) --r;
      bool role = r >= 0 && (Cls(r, kRoleTitle) || PhraseAt(r, kPhraseRole));
      int q = r;
      while (role && q > 0 && (Cls(q - 1, kTitleModifier | kModifier | kDeterminer) || Cls(q - 1, kRoleTitle)) &&
             !covered[q - 1] && r - q < 4)
        --q;
      if (role) {
        person_like = true;
        opening = q;
      }
    }
    if (!person_like || m.party.empty() || opening < 3 || t[opening - 1].word != L.w_comma) continue;
    // an apposition closes with a comma ("X, the AU envoy for the Horn, said"); ", the Finnish leader
    // said" after a name is a new clause's subject
    bool closed = false;
    for (int q = m.last; q < n && q < m.last + 10; ++q) {
      if (t[q].word == L.w_comma) {
        closed = true;
        break;
      }
      // (or the sentence ends with it: "mediated by X, the head of the UN mission (UNSMIL).")
      if (Text(q) == "." || Text(q) == "(") {
        closed = true;
        break;
      }
      if (t[q].Is(Token::kPunct) && t[q].word != L.w_hyphen && t[q].word != L.w_s && t[q].word != L.w_apos) break;
      if (Lower(Text(q)) == "said" || Lower(Text(q)) == "says" || Lower(Text(q)) == "told") break;
    }
    if (!closed) continue;
    int b = opening - 1;  // the comma
    // "Obasanjo, the AU High Representative for the Horn of Africa,": a known person out of office acts
    // in this text for the body the apposition names
    for (std::size_t q = from; q < end; ++q) {
      Mention& x = (*out)[q];
      if (x.last != b || x.type != MentionType::kName || !x.actor || x.actor->kind != ActorKind::kPerson ||
          x.actor->discovered || x.party == m.party || kb.HoldsOffice(*x.actor, date))
        continue;
      x.party = m.party;
    }
    int a = b;
    while (a > 0 && b - a < 5 && !covered[a - 1] && (t[a - 1].Is(Token::kUpper) || Cls(a - 1, kNameParticle) ||
                                                     t[a - 1].word == L.w_hyphen))
      --a;
    if (a == b || covered[a] || (a > 0 && t[a - 1].Is(Token::kUpper) && !t[a - 1].Is(Token::kPunct))) continue;
    if (UnknownNameAt(a) != b - a || b - a < 2) continue;
    const SurfaceInfo* si = nullptr;
    if (NameAt(a, &si)) continue;
    const Actor* p = Discover(a, b, m.party, m.office, m.title);
    Mention& pm = Push(a, b, MentionType::kName);
    SetActor(pm, p);
    if (pm.party.empty()) pm.party = m.party;
    pm.discovered = p->discovered;
    for (int x = a; x < b; ++x) covered[x] = 1;
  }
  if (out->size() > end)
    std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(from), out->end(),
                     [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

void FindCtx::Run() {
  int i = 0;
  while (i < n) {
    const Token& k = t[i];
    // a lower-case word no dictionary knows starts nothing
    if (k.Is(Token::kPunct) || (k.word == kUnknownWord && !k.Is(Token::kUpper))) {
      ++i;
      continue;
    }
    // pronouns ("us" but not "US")
    if (!k.Is(Token::kAllCaps)) {
      std::uint32_t c = L.Cls(k.word);
      PronounClass pc = (c & kPronPerson)   ? PronounClass::kPerson
                        : (c & kPronThing)  ? PronounClass::kThing
                        : (c & kPronPlural) ? PronounClass::kPlural
                        : (c & kPronSpeaker) ? PronounClass::kSpeaker
                                              : PronounClass::kNone;
      if (pc != PronounClass::kNone) {
        Mention& m = Push(i, i + 1, MentionType::kPronoun);
        m.pronoun = pc;
        m.gender = (c & kPronFeminine) ? 'f' : (c & kPronMasculine) ? 'm' : 0;
        std::string_view w = Text(i);
        m.possessive = w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "His" ||
                       w == "Her" || w == "Its" || w == "Their" || w == "Our";
        ++i;
        continue;
      }
    }
    // "Army warplanes bombed", "army air strikes on": the armed forces named last, without "the"
    if (int fl = PhraseAt(i, kPhraseDescForces);
        fl && (i == 0 || !(Cls(i - 1, kDeterminer | kModifier | kTitleModifier) || t[i - 1].Is(Token::kUpper) ||
                           t[i - 1].word == L.w_s)) &&
        i + fl < n && (Cls(i + fl, kGroupNoun | kActNoun) || PhraseAt(i + fl, kPhraseGroup) || PhraseAt(i + fl, kPhraseAct)) &&
        !Cls(i + fl, kRoleTitle) && !OfBothSides(i + fl + std::max(1, PhraseAt(i + fl, kPhraseGroup)))) {
      Mention& m = Push(i, i + fl, MentionType::kDescription);
      m.desc = "forces";
      i += fl;
      continue;
    }
    // "shelled rebel positions", "Opposition fighters killed": a bare modifier before a body or holding noun
    // is the armed movement (the opposition) named last
    // (not a name: "the opposition Forces for Freedom and Change"; not "opposition delegations")
    // ("Government troops shelled", "a government offensive": the state an armed movement named last fights)
    bool state_modifier = Cls(i, kStateModifier) && i + 1 < n && Cls(i + 1, kActNoun | kHolding);
    if ((state_modifier || (Cls(i, kArmedModifier | kOppositionModifier) && i + 1 < n && Cls(i + 1, kHolding))) &&
        !t[i + 1].Is(Token::kUpper) && !PhraseAt(i, kPhraseRole) &&
        !(i > 0 && t[i - 1].Is(Token::kUpper) && !t[i - 1].Is(Token::kPunct) && !Cls(i - 1, kDeterminer))) {
      // (a held noun is the mention's too: "the federal army and Tigrayan forces" is one list; not
      // an act: "a government offensive" is the attack's trigger)
      int e = Cls(i + 1, kHolding) ? i + 2 : i + 1;
      Mention& m = Push(i, e, MentionType::kDescription);
      m.desc = state_modifier ? "home-state" : Cls(i, kOppositionModifier) ? "opposition" : "armed";
      i = e;
      continue;
    }
    // definite descriptions: "the two leaders", "the Gulf country", "the movement"
    bool each = k.word == L.w_each;  // ("each side")
    if (k.word == L.w_the || k.word == L.w_both || each) {
      int j = i + (k.word == L.w_the ? 1 : 0);
      int pl = PhraseAt(j, kPhrasePair);
      if (!pl && (k.word == L.w_both || each)) pl = PhraseAt(i, kPhrasePair), j = i;
      if (!pl && each) {
        ++i;
        continue;
      }
      // "pressing both to agree", "urged both to": a bare "both" after a verb is the pair named
      // last
      if (!pl && k.word == L.w_both && i > 0 && i + 1 < n && !t[i - 1].Is(Token::kUpper) &&
          !t[i - 1].Is(Token::kPunct) && !Cls(i - 1, kDeterminer) && t[i - 1].word != L.w_and &&
          (Text(i + 1) == "to" || t[i + 1].Is(Token::kPunct)))
        pl = 1, j = i;
      // ("..., and that both had accepted the proposal", "Both agreed": a bare "both" before a verb
      // is the pair as a subject)
      if (!pl && k.word == L.w_both && i + 1 < n && !t[i + 1].Is(Token::kUpper) &&
          (i == 0 || t[i - 1].Is(Token::kPunct) || t[i - 1].word == L.w_and ||
           Lower(Text(i - 1)) == "that")) {
        std::string next = Lower(std::string(Text(i + 1)));
        if (Cls(i + 1, kPairVerb) || (next.size() > 4 && next.ends_with("ed"))) pl = 1, j = i;
      }
      // "the two South Caucasus neighbours", "both warring parties": up to three words before the noun
      if (!pl && j < n && (Lower(Text(j)) == "two" || Lower(Text(j)) == "both")) {
        for (int q = j + 1; q < n && q <= j + 3; ++q) {
          if (Cls(q, kPairHead)) {
            pl = q + 1 - j;
            break;
          }
          if (!(t[q].Is(Token::kUpper) || Cls(q, kModifier)) || t[q].Is(Token::kPunct)) break;
        }
      }
      if (pl) {
        Mention& m = Push(i, j + pl, MentionType::kDescription);
        m.desc = "pair";
        i = j + pl;
        continue;
      }
      // "between the government and the opposition": the opposition named last (not "the opposition leader",
      // "the opposition of X")
      if (int ol = k.word == L.w_the ? PhraseAt(j, kPhraseDescOpposition) : 0;
          ol && !(j + ol < n && (t[j + ol].word == L.w_of || t[j + ol].Is(Token::kUpper) || Cls(j + ol, kRoleTitle) ||
                                 PhraseAt(j + ol, kPhraseRole) || PhraseAt(j + ol, kPhraseGroup) || t[j + ol].word == L.w_s ||
                                 t[j + ol].word == L.w_hyphen))) {
        Mention& m = Push(i, j + ol, MentionType::kDescription);
        m.desc = "opposition";
        i = j + ol;
        continue;
      }
      // "urged the mediators to": the mediators named last (not "the mediators' proposal" or "mediators from")
      if (int ml = k.word == L.w_the ? PhraseAt(j, kPhraseDescMediators) : 0;
          ml && !(j + ml < n && (t[j + ml].word == L.w_of || Text(j + ml) == "from" || t[j + ml].Is(Token::kUpper)))) {
        Mention& m = Push(i, j + ml, MentionType::kDescription);
        m.desc = "mediators";
        i = j + ml;
        continue;
      }
      // "the Quad", "the so-called troika": a grouping of states, those its document names as its
      // members
      if (k.word == L.w_the) {
        int g = j;
        if (g + 2 < n && t[g].word == L.w_so && t[g + 1].word == L.w_hyphen &&
            t[g + 2].word == L.w_called)
          g += 3;
        if (int gl = g < n ? PhraseAt(g, kPhraseGrouping) : 0) {
          Mention& m = Push(i, g + gl, MentionType::kDescription);
          m.desc = "grouping";
          // (the grouping's key: its words but a last "group", "countries", "states" or "powers",
          // so that "the Quad group" and "the Quad" are one)
          int e = g + gl;
          if (gl > 1) {
            std::string last = Lower(Text(e - 1));
            if (last == "group" || last == "countries" || last == "states" || last == "powers") --e;
          }
          m.title = Lower(Text(g));
          for (int q = g + 1; q < e; ++q) m.title += " " + Lower(Text(q));
          if (auto it = L.grouping_members.find(m.title); it != L.grouping_members.end())
            m.region = it->second;
          m.kind = ActorKind::kGroup;
          i = g + gl;
          continue;
        }
      }
      // "the South returned fire" after North Korea: a half of a divided state, capitalised, is the state of
      // that half named before ([heads] north, south)
      if (k.word == L.w_the && t[j].Is(Token::kUpper) && !(j + 1 < n && t[j + 1].Is(Token::kUpper)) &&
          (Lower(Text(j)) == "north" || Lower(Text(j)) == "south")) {
        if (auto it = L.heads.find(t[j].word); it != L.heads.end()) {
          Mention& m = Push(i, j + 1, MentionType::kDescription);
          m.desc = "country";
          m.region = it->second;
          i = j + 1;
          continue;
        }
      }
      // "pounded targets across the enclave": the place named last ("Gaza"), not "the city of X",
      // "the enclave's residents" or "the Strip" of a name
      // ("the Caribbean island", "the besieged enclave": past one modifier)
      int pj = j + 1 < n && Cls(j, kPlaceModifier) && PhraseAt(j + 1, kPhraseDescPlace) ? j + 1 : j;
      if (int pl = k.word == L.w_the ? PhraseAt(pj, kPhraseDescPlace) : 0) {
        int e = pj + pl;
        bool more =
            e < n && (t[e].word == L.w_of || t[e].word == L.w_s || t[e].word == L.w_hyphen ||
                      t[e].Is(Token::kUpper) || Cls(e, kGroupNoun | kModifier));
        if (!more && !t[pj].Is(Token::kUpper)) {
          Mention& m = Push(i, e, MentionType::kDescription);
          m.desc = "place";
          m.place = true;
          i = e;
          continue;
        }
      }
      // "the Nordic countries", "the Gulf states": the states of that region named last
      if (k.word == L.w_the && j + 1 < n && (L.Cls(t[j].word) & kRegion) &&
          t[j].Is(Token::kUpper)) {
        if (int nl = PhraseAt(j + 1, kPhraseRegional)) {
          Mention& m = Push(i, j + 1 + nl, MentionType::kDescription);
          m.desc = "regional";
          m.region = L.regions.find(t[j].word)->second;
          m.kind = ActorKind::kGroup;
          i = j + 1 + nl;
          continue;
        }
      }
      // "the four countries", "the three presidents": as many parties named before
      if (k.word == L.w_the && j + 1 < n) {
        static const char* kCounts[] = {"three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        std::string num = Lower(Text(j));
        int nl = PhraseAt(j + 1, kPhraseCounted);
        for (int c = 0; c < 8 && nl; ++c)
          if (num == kCounts[c]) {
            Mention& m = Push(i, j + 1 + nl, MentionType::kDescription);
            m.desc = "count";
            m.title = std::to_string(c + 3);
            m.kind = ActorKind::kGroup;
            i = j + 1 + nl;
            break;
          }
        if (nl && i == j + 1 + nl) continue;
      }
      // "the army said": the armed forces named last ("the Sudanese army"), not "the army chief"
      if (int fl = PhraseAt(j, kPhraseDescForces); fl && k.word == L.w_the) {
        int e = j + fl;
        // "the army of Sudan" names another; "accused the army of violating" does not
        bool of_noun = e + 1 < n && t[e].word == L.w_of && !AccusedOf(i) &&
                       !(Text(e + 1).size() > 4 && Text(e + 1).ends_with("ing"));
        bool head_of_more = e < n && (of_noun || t[e].word == L.w_hyphen ||
                                      Cls(e, kRoleTitle | kGroupNoun | kModifier | kActNoun) ||
                                      PhraseAt(e, kPhraseRole) || PhraseAt(e, kPhraseGroup));
        if (!head_of_more) {
          Mention& m = Push(i, e, MentionType::kDescription);
          m.desc = "forces";
          i = e;
          continue;
        }
      }
      const std::vector<std::string>* region = nullptr;
      int r = j;
      // ("the government": a modifier that is the description itself ends the run)
      while (r < n && Cls(r, kModifier) &&
             !((PhraseAt(r, kPhraseDescCountry) || PhraseAt(r, kPhraseDescOrg) || PhraseAt(r, kPhraseDescArmed) ||
                PhraseAt(r, kPhraseDescNamed)) &&
               !(r + 1 < n && (Cls(r + 1, kModifier | kGroupNoun) || PhraseAt(r + 1, kPhraseDescCountry)))))
        ++r;
      if (r < n && (L.Cls(t[r].word) & kRegion)) {
        auto it = L.regions.find(t[r].word);
        region = &it->second;
        ++r;
      }
      const SurfaceInfo* s0 = nullptr;
      int dem_len = 0;
      if (!region && NameAt(r, &s0) && s0->form == NameForm::kDemonym) dem_len = NameAt(r, &s0);
      // "the U.S.-led alliance": a leader's compound before the noun (the alliance named before)
      int led = 0;
      // ("the Saudi-backed government": a backer's demonym says nothing of whose government it is)
      if (dem_len && r + dem_len + 1 < n && t[r + dem_len].word == L.w_hyphen && !t[r + dem_len].Is(Token::kSpaceBefore)) {
        if (BackerWord(Text(r + dem_len + 1))) {
          led = dem_len + 2;
          dem_len = 0;
        }
      }
      if (!region && !dem_len && !led) {
        const SurfaceInfo* sl = nullptr;
        int nl = NameAt(r, &sl);
        if (nl && r + nl + 1 < n && t[r + nl].word == L.w_hyphen && !t[r + nl].Is(Token::kSpaceBefore) &&
            (Text(r + nl + 1) == "led" || Text(r + nl + 1) == "backed"))
          led = nl + 2;
        // ("the army-led government", "the military-backed authorities": a lower-case leader, maybe taken
        // for a modifier above)
        int q = !nl && r > j && t[r].word == L.w_hyphen ? r - 1 : r;
        if (!nl && q + 2 < n && !t[q].Is(Token::kUpper) && !t[q].Is(Token::kPunct) && t[q + 1].word == L.w_hyphen &&
            !t[q + 1].Is(Token::kSpaceBefore) && BackerWord(Text(q + 2)))
          led = q + 3 - r;
      }
      int h = r + dem_len + led;
      // ("the government delegation": the description is the modifier before a body noun)
      if (!region && !dem_len && !led && h > j && Lower(Text(h - 1)) == "government" && NegotiatingBody(h)) --h;
      int al = PhraseAt(h, kPhraseDescArmed);
      // (not "the African Union", "the Congress": names)
      int nl = h == j && !t[h].Is(Token::kUpper) ? PhraseAt(h, kPhraseDescNamed) : 0;
      int ol = std::max({PhraseAt(h, kPhraseDescOrg), al, nl}), cl = PhraseAt(h, kPhraseDescCountry);
      const SurfaceInfo* s1 = nullptr;
      bool apposition = (ol || cl) && NameAt(h + std::max(ol, cl), &s1) > 0;
      // ("the Organization for Security and Co-operation in Europe": a name that opens with the noun)
      if ((ol || cl) && NameAt(h, &s1) > std::max(ol, cl)) apposition = true;
      // ("the Central African Republic": a name that ends with the noun)
      if ((ol || cl) && h > j && NameAt(j, &s1) >= h + std::max(ol, cl) - j) apposition = true;
      // ("the federal government", "the interim authorities", "the former rebels": modifiers only, no other name)
      bool lower_modifiers = (cl || ol) && h == r && r > j;
      for (int q = j; q < r && lower_modifiers; ++q) lower_modifiers = !t[q].Is(Token::kUpper);
      // ("the Houthi authorities": a movement's demonym names the movement's body, not a state's description)
      bool movement_demonym = dem_len && s0->actor->kind != ActorKind::kCountry && cl > ol;
      if ((ol || cl) && !apposition && !movement_demonym && (region || dem_len || led || h == j || lower_modifiers)) {
        // "the group said" but not "the group of" (Sudan); "the government of imposing" is fine
        int len = std::max(ol, cl);
        bool of_name = h + len + 1 < n && t[h + len].word == L.w_of && !AccusedOf(i) &&
                       !(Text(h + len + 1).size() > 4 && Text(h + len + 1).ends_with("ing"));
        // "the Saudi-backed government of President Hadi": a state's body named by whom it serves is that
        // person's state's (one mention, through the name)
        if (of_name && cl > ol) {
          int q = h + len + 1;
          const TitlePhrase* tp = nullptr;
          int tl = TitleAt(q, &tp);
          if (!tl && Cls(q, kRoleTitle)) tl = PhraseAt(q, kPhraseRole);
          const SurfaceInfo* ps = nullptr;
          int pl = NameAt(q + tl, &ps);
          if (pl && ps->actor->kind == ActorKind::kPerson && !kb.PartyOn(*ps->actor, date).empty()) {
            Mention& m = Push(i, q + tl + pl, MentionType::kDescription);
            m.desc = "country";
            m.party = kb.PartyOn(*ps->actor, date);
            i = q + tl + pl;
            continue;
          }
        }
        if (!of_name) {
          // ("the paramilitary chief", "the government spokesman": a person who speaks or acts for it)
          if (h + len < n) {
            std::string next = Lower(Text(h + len));
            if (next == "chief" || next == "leader" || next == "commander" || next == "spokesman" ||
                next == "spokeswoman" || next == "spokesperson")
              ++len;
            // ("the government delegation", "the government negotiators": the state's own body)
            else if (cl > ol && Lower(Text(h + len - 1)) == "government" && NegotiatingBody(h + len))
              len += NegotiatingBody(h + len);
          }
          Mention& m = Push(i, h + len, MentionType::kDescription);
          m.desc = al && al >= cl ? "armed" : nl && nl >= cl ? "named" : ol >= cl ? "organization" : "country";
          if (!region && cl > ol) {  // "the kingdom": a monarchy
            auto it = L.heads.find(t[h + len - 1].word);
            if (it != L.heads.end()) region = &it->second;
          }
          if (region) m.region = *region;
          if (dem_len) m.party = PartyOf(*s0->actor);
          i = h + len;
          continue;
        }
      }
    }
    int save = static_cast<int>(out->size());
    int j = i;
    if (TryPartyRun(&j)) {
      if (static_cast<int>(out->size()) > save || j > i) {
        i = std::max(j, i + 1);
        continue;
      }
    }
    j = i;
    if (TryTitle(&j, i, {})) {
      i = j;
      continue;
    }
    // group noun + of + states: "foreign ministers of Egypt, Qatar and Jordan"
    {
      int h = i;
      while (h < n && (Cls(h, kDeterminer) || Cls(h, kModifier))) ++h;
      int gl = PhraseAt(h, kPhraseGroup);
      const SurfaceInfo* s = nullptr;
      // "rebels of the RSF": a determiner may follow "of"
      int q = h + gl + 1;
      if (gl && q < n && t[q].word == L.w_the && !NameAt(q, &s)) ++q;
      if (gl && h + gl < n && t[h + gl].word == L.w_of && NameAt(q, &s) &&
          (s->actor->kind == ActorKind::kCountry || s->actor->kind == ActorKind::kOrganization) &&
          s->form == NameForm::kName) {
        int nl = NameAt(q, &s);
        Mention& m = Push(i, q + nl, MentionType::kGroup);
        m.party = PartyOf(*s->actor);
        m.kind = ActorKind::kGroup;
        m.name = s->actor->name + " " + std::string(Text(h + gl - 1));
        i = q + nl;
        continue;
      }
    }
    // "North and South Korea", "East and West Germany": the first of two names sharing their last
    // words, written once
    if (k.Is(Token::kUpper) && i + 3 < n && t[i + 1].word == L.w_and) {
      const SurfaceInfo* s2 = nullptr;
      int l2 = NameAt(i + 2, &s2);
      const SurfaceInfo* s0 = nullptr;
      if (l2 >= 2 && s2->form == NameForm::kName && !NameAt(i, &s0)) {
        std::vector<Token> joined{k};
        joined.insert(joined.end(), t.begin() + i + 3, t.begin() + i + 2 + l2);
        std::uint32_t node = 0;
        if (L.names.Longest(joined, 0, &node) == static_cast<int>(joined.size())) {
          const SurfaceInfo* pick = nullptr;
          for (std::uint32_t v : L.names.Values(node))
            if (L.surfaces[v].form == NameForm::kName &&
                L.surfaces[v].actor->kind == s2->actor->kind && L.surfaces[v].actor != s2->actor &&
                InPeriod(L.surfaces[v]))
              pick = &L.surfaces[v];
          if (pick) {
            Mention& m = Push(i, i + 1, MentionType::kName);
            SetActor(m, pick->actor);
            ++i;
            continue;
          }
        }
      }
    }
    // names
    const SurfaceInfo* s = nullptr;
    int len = NameAt(i, &s);
    // ("ethnic Armenians": a people, not the state)
    if (len && (s->form == NameForm::kDemonym || s->form == NameForm::kDemonymPlural) && AfterEthnic(i)) {
      i += len;
      continue;
    }
    // "the Sudan People's Liberation Movement": an alias that opens with "the" gives way to a name
    // that starts right after it and ends beyond it ("the East African bloc IGAD")
    if (len >= 2 && t[i].word == L.w_the) {
      const SurfaceInfo* s2 = nullptr;
      int len2 = NameAt(i + 1, &s2);
      if (1 + len2 > len) {
        ++i;
        continue;
      }
    }
    // "Wagner" after "Foreign Minister Therese Kayikwamba Wagner": the person of this document,
    // not the dictionary's one-word name of a body
    const Actor* named_person = nullptr;
    if (len == 1 && s->actor->kind != ActorKind::kPerson && s->form == NameForm::kName) {
      named_person = doc->actors.empty() ? nullptr : doc->FindSurname(Text(i));
      if (!named_person) named_person = doc->FindFamilyName(Text(i));
    }
    // "Mullah Abdul Ghani Baradar": a one-word name of a known person right after an unknown
    // capitalised word is part of someone else's name
    if (len == 1 && s->actor->kind == ActorKind::kPerson && s->form == NameForm::kName && i > 0 &&
        t[i - 1].Is(Token::kUpper) && !t[i - 1].Is(Token::kPunct)) {
      const SurfaceInfo* p = nullptr;
      const TitlePhrase* tp = nullptr;
      if (!NameAt(i - 1, &p) && !TitleAt(i - 1, &tp) && !PhraseAt(i - 1, kPhraseRole) &&
          !Cls(i - 1, kDeterminer | kModifier | kTitleModifier | kRoleTitle | kNotName))
        len = 0;
    }
    if (named_person) {
      Mention& m = Push(i, i + 1, MentionType::kName);
      SetActor(m, named_person);
      m.discovered = named_person->discovered;
      if (i + 1 < n && t[i + 1].word == L.w_s) m.possessive = true;
      ++i;
      continue;
    }
    if (len) {
      if (s->form == NameForm::kDemonym) {  // a bare demonym adjective: only a nominal trigger's source
        Mention& m = Push(i, i + len, MentionType::kAdjectival);
        m.party = PartyOf(*s->actor);
        m.kind = ActorKind::kGroup;
        m.name = s->actor->name;
        m.demonym = true;
        m.bare = true;
        i += len;
        continue;
      }
      Mention& m = Push(i, i + len, MentionType::kName);
      SetActor(m, s->actor);
      m.capital = s->form == NameForm::kCapital || s->form == NameForm::kSeat;
      if (s->form == NameForm::kDemonymPlural) {
        m.type = MentionType::kGroup;
        m.kind = ActorKind::kGroup;
        m.actor = nullptr;
        m.name = std::string(Text(i));
        if (const Actor* people = len == 1 ? BodyOfPeople(Text(i)) : nullptr) {
          m.type = MentionType::kName;
          SetActor(m, people);
        }
      }
      int e = i + len;
      if (s->actor->kind == ActorKind::kCountry || m.capital)
        m.place = s->place_only || PlaceContext(i) || (m.capital && e < n && Cls(e, kEventNoun));
      // ("the FARC guerrilla group", "the Hamas group": a body named with what it is)
      if (s->actor->kind == ActorKind::kOrganization && s->form == NameForm::kName) {
        int h = OrgDescriptorEnd(e);
        if (h > e) m.last = e = h;
      }
      if (e < n && (t[e].word == L.w_s || (t[e].word == L.w_apos && !t[e].Is(Token::kSpaceBefore)))) m.possessive = true;
      // hyphen compounds: "Israel-Hamas war"
      if ((e < n && t[e].word == L.w_hyphen && !t[e].Is(Token::kSpaceBefore) && e + 1 < n &&
           !t[e + 1].Is(Token::kSpaceBefore)) ||
          (i > 0 && t[i - 1].word == L.w_hyphen && !t[i].Is(Token::kSpaceBefore) &&
           !t[i - 1].Is(Token::kSpaceBefore)))
        m.compound = true;
      // "the National Liberation Army (ELN)": a name the dictionary knows only in part, before its known
      // short form in parentheses, is that actor's too
      // (over a group read from a demonym in it: "the Libyan National Army (LNA)" is not a Libyan army)
      bool absorbed = false;
      if (i >= 3 && t[i - 1].word == L.w_lparen && e < n && t[e].word == L.w_rparen) {
        const Mention* prev = out->size() >= 2 ? &(*out)[out->size() - 2] : nullptr;
        bool cross = prev && prev->last == i - 1 && prev->type == MentionType::kGroup && !prev->actor;
        int b = i - 1;
        while (b - 1 >= 0 && i - 1 - (b - 1) <= 8 &&
               (t[b - 1].Is(Token::kUpper) || Text(b - 1) == "of" || Text(b - 1) == "for") &&
               !t[b - 1].Is(Token::kPunct) && (!prev || prev->last <= b - 1 || cross))
          --b;
        // (not from a connector or an article: "The Libyan National Army (LNA) said")
        while (b < i - 1 && (!t[b].Is(Token::kUpper) || Cls(b, kDeterminer))) ++b;
        if (i - 1 - b >= 2) {
          std::string phrase = Lower(TextRange(b, i - 1));
          auto starts = [&](const std::string& name) { return Lower(name).rfind(phrase, 0) == 0; };
          bool known = starts(s->actor->name);
          for (const std::string& a : s->actor->aliases) known = known || starts(a);
          // (the group must lie inside the name, but for its article)
          if (cross && prev->last > b) {
            int pf = prev->first;
            while (pf < b && Cls(pf, kDeterminer)) ++pf;
            known = known && pf >= b;
            absorbed = known;
            if (absorbed) b = prev->first;
          }
          if (known) {
            m.first = b;
            m.last = e + 1;
            // ("the National Liberation Army (ELN) rebels": a group noun after it is its members)
            if (m.last < n && Cls(m.last, kGroupNoun) && !(m.last + 1 < n && Cls(m.last + 1, kGroupNoun))) ++m.last;
            e = m.last;
            if (e < n && (t[e].word == L.w_s || (t[e].word == L.w_apos && !t[e].Is(Token::kSpaceBefore))))
              m.possessive = true;
          }
        }
      }
      // "the Islamic Resistance Movement (Hamas)": the parenthesis repeats it
      if (e + 2 < n && t[e].word == L.w_lparen) {
        const SurfaceInfo* s2 = nullptr;
        int l2 = NameAt(e + 1, &s2);
        if (l2 && e + 1 + l2 < n && t[e + 1 + l2].word == L.w_rparen &&
            (s2->actor == s->actor || PartyOf(*s2->actor) == m.party)) {
          m.last = e + 2 + l2;
          e = m.last;
        }
      }
      if (absorbed) out->erase(out->end() - 2);  // (after the last use of `m`)
      i = e;
      continue;
    }
    // "Kim, who arrived in Vietnam", "but Xi rebuffed him": the family name, written first, of a person
    // named before in this document ("Kim Jong Un"; a short name of three or more words, or of two
    // words when it is very short: "Xi Jinping", "Hun Manet", "Wang Yi")
    if (k.Is(Token::kUpper) && !L.Has(k, kNotName) && Text(i).size() <= 5 && !(i + 1 < n && t[i + 1].Is(Token::kUpper))) {
      if (const Actor* a = doc->FindGivenName(Text(i), /*min_words=*/Text(i).size() <= 4 ? 2 : 3)) {
        Mention& m = Push(i, i + 1, MentionType::kName);
        SetActor(m, a);
        if (i + 1 < n && t[i + 1].word == L.w_s) m.possessive = true;
        ++i;
        continue;
      }
    }
    // surname of a person discovered earlier in this document, or of a known person named in full
    // before ("Michel, who has hosted" after "Charles Michel")
    if (k.Is(Token::kUpper) && !L.Has(k, kNotName)) {
      const Actor* a = doc->actors.empty() ? nullptr : doc->FindSurname(Text(i));
      if (!a && Text(i).size() >= 3 && !(i + 1 < n && t[i + 1].Is(Token::kUpper))) a = doc->FindFamilyName(Text(i));
      if (!a && Text(i).size() >= 4 && !(i + 1 < n && t[i + 1].Is(Token::kUpper)) &&
          !(i > 0 && t[i - 1].Is(Token::kUpper) && !t[i - 1].Is(Token::kPunct)))
        a = doc->FindInnerName(Text(i));
      if (a) {
        // with its article: "al-Jaafari"
        bool article = i >= 2 && t[i - 1].word == L.w_hyphen && IsArabicArticle(Text(i - 2));
        Mention& m = Push(article ? i - 2 : i, i + 1, MentionType::kName);
        SetActor(m, a);
        if (m.party.empty()) m.party = a->party;
        m.discovered = a->discovered;
        if (i + 1 < n && t[i + 1].word == L.w_s) m.possessive = true;
        ++i;
        continue;
      }
    }
    ++i;
  }
}

}  // namespace

// "officials in Washington", "military officials in Bujumbura": a body named by the capital or seat it
// sits in is that state's (not "talks in Cairo", not "Israeli officials in Cairo", whose state is named).
void FindCtx::SeatedBodies(std::size_t from) {
  for (std::size_t k = from; k < out->size(); ++k) {
    Mention& m = (*out)[k];
    if (m.type != MentionType::kName || !m.capital || m.first < 2 || t[m.first - 1].word != L.w_in ||
        !L.Has(t[m.first - 2], kSeatedNoun))
      continue;
    int j = m.first - 2;
    if (k > from && (*out)[k - 1].last > j) continue;  // a named body's own noun
    // ("Military officials in Bujumbura": a modifier read alone as "the military" is part of this one)
    bool absorb = false;
    while (j > 0 && L.Has(t[j - 1], kModifier)) {
      if (k > from && (*out)[k - 1].last == j) {
        const Mention& prev = (*out)[k - 1];
        if (absorb || prev.type != MentionType::kDescription || prev.first != j - 1) break;
        absorb = true;
      }
      --j;
    }
    // (what comes before opens the phrase: not "a meeting of armed group leaders in Khartoum")
    if (j > 0 && !t[j - 1].Is(Token::kPunct) && !L.Has(t[j - 1], kDeterminer)) {
      std::string w = Lower(Text(j - 1));
      if (w != "and" && w != "or" && w != "but" && w != "that" && w != "said" && w != "told" && w != "by" &&
          w != "with" && w != "from" && w != "to" && w != "among" && w != "while")
        continue;
    }
    const Actor* state = kb.Find(m.party);
    if (!state || state->kind != ActorKind::kCountry) continue;
    m.name = state->name + " " + Lower(Text(m.first - 2));
    m.first = j;
    m.type = MentionType::kGroup;
    m.actor = nullptr;
    m.kind = ActorKind::kGroup;
    m.party = PartyOf(*state);
    m.capital = false;
    m.place = false;
    if (absorb) {
      out->erase(out->begin() + static_cast<long>(k) - 1);
      --k;
    }
  }
}

// "the Indonesian House of Representatives", "the Indian National Congress": a state's institution named
// with another state's demonym before it (and perhaps a capitalised word) is that other state's body.
void FindCtx::ForeignInstitutions(std::size_t from) {
  for (std::size_t k = from; k < out->size(); ++k) {
    Mention& m = (*out)[k];
    if (m.type != MentionType::kName || !m.actor || m.actor->kind != ActorKind::kOrganization) continue;
    const Actor* owner = kb.Find(m.party);
    if (!owner || owner->kind != ActorKind::kCountry) continue;
    int j = m.first - 1;
    while (j >= 0 && m.first - j <= 2 && t[j].Is(Token::kUpper) && !t[j].Is(Token::kPunct) && !L.Has(t[j], kNotName)) {
      const SurfaceInfo* si = nullptr;
      if (NameAt(j, &si) == 1 && si->form == NameForm::kDemonym) break;
      --j;
    }
    if (j < 0 || m.first - j > 2) continue;
    const SurfaceInfo* si = nullptr;
    if (NameAt(j, &si) != 1 || si->form != NameForm::kDemonym || si->actor->kind != ActorKind::kCountry ||
        si->actor->id == m.party)
      continue;
    // (the demonym's own mention, if any, is part of this one now)
    std::size_t before = k;
    while (before > from && (*out)[before - 1].last > j) --before;
    m.first = j;
    m.type = MentionType::kGroup;
    m.name = si->actor->name + " " + m.actor->name;
    m.actor = nullptr;
    m.kind = ActorKind::kGroup;
    m.party = PartyOf(*si->actor);
    m.office.clear();
    m.title.clear();
    if (before < k) {
      out->erase(out->begin() + static_cast<long>(before), out->begin() + static_cast<long>(k));
      k = before;
    }
  }
}

void MentionFinder::Find(std::string_view text, const std::vector<Token>& tokens, std::string_view date,
                         DocumentActors* doc_actors, std::vector<Mention>* out) const {
  std::size_t first = out->size();
  thread_local std::vector<int> memo_len;
  thread_local std::vector<const SurfaceInfo*> memo_best;
  memo_len.assign(tokens.size() + 1, -2);
  memo_best.assign(tokens.size() + 1, nullptr);
  FindCtx ctx{*lex_, *kb_, text, tokens, date, doc_actors, out, static_cast<int>(tokens.size()), &memo_len, &memo_best};
  for (int k = 0; k < 4 && date.size() >= 4 && date[k] >= '0' && date[k] <= '9'; ++k) ctx.year = ctx.year * 10 + (date[k] - '0');
  ctx.Run();
  ctx.AppositionNames(first);
  ctx.ForeignInstitutions(first);
  ctx.SeatedBodies(first);
  const MentionLexicon& L = *lex_;
  int n = static_cast<int>(tokens.size());
  for (std::size_t k = first; k < out->size(); ++k) {
    Mention& m = (*out)[k];
    int e = m.last;
    if (m.type != MentionType::kPronoun && e < n &&
        (tokens[e].word == L.w_s || (tokens[e].word == L.w_apos && !tokens[e].Is(Token::kSpaceBefore))))
      m.possessive = true;
    bool hy_after = e + 1 < n && tokens[e].word == L.w_hyphen && !tokens[e].Is(Token::kSpaceBefore) &&
                    !tokens[e + 1].Is(Token::kSpaceBefore) && !tokens[e + 1].Is(Token::kPunct);
    bool hy_before = m.first >= 2 && tokens[m.first - 1].word == L.w_hyphen &&
                     !tokens[m.first - 1].Is(Token::kSpaceBefore) && !tokens[m.first].Is(Token::kSpaceBefore);
    if (hy_after || hy_before) m.compound = true;
    if (!m.party.empty()) doc_actors->parties.insert(m.party);
    const Actor* body = m.actor ? m.actor : m.party.empty() ? nullptr : kb_->Find(m.party);
    if (body && body->kind == ActorKind::kOrganization &&
        (doc_actors->bodies.empty() || doc_actors->bodies.back() != body))
      doc_actors->bodies.push_back(body);
  }
}

}  // namespace actorgraph
