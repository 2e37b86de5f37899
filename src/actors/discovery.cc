#include "actors/discovery.h"

#include <algorithm>
#include <array>

#include <utf8proc.h>

#include "actors/text.h"

namespace actorgraph {
namespace {

// Words that may precede a name and are not part of it.
constexpr std::array<std::string_view, 26> kHonorifics = {
    "Sheikh", "Sheik", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Prince", "Princess", "Sayyed", "Sayyid", "Ayatollah",
    "General", "Gen.", "Lt.", "Col.", "Maj.", "Brig.", "Adm.", "Admiral", "Rabbi", "Sir", "Dame", "Lord", "Mr", "Dr"};
// Lower-case parts of Arabic, Dutch, German, French, ... names.
constexpr std::array<std::string_view, 15> kParticles = {"al", "el", "bin", "ibn", "bint", "de", "da", "di",
                                                         "van", "von", "der", "den", "du", "la", "le"};
// Capitalised words that end a name: they begin the rest of the sentence.
constexpr std::array<std::string_view, 61> kStopWords = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
    "On", "In", "At", "And", "But", "Or", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
    "Who", "Which", "When", "While", "After", "Before", "During", "As", "For", "From", "To", "With", "Of", "By",
    "Said", "Says", "Told", "Also", "Today", "Tonight", "Yesterday", "Tomorrow", "Earlier"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The code point at `pos` and its length in bytes (U+FFFD, 1 for bad bytes).
utf8proc_int32_t At(std::string_view s, std::size_t pos, std::size_t* len) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                        static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
  if (n <= 0) {
    *len = 1;
    return 0xFFFD;
  }
  *len = static_cast<std::size_t>(n);
  return cp;
}

bool IsAlnum(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
         c == UTF8PROC_CATEGORY_ND;
}
bool IsUpper(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
bool IsApostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where the word starting at `pos` ends: letters, digits, marks, inner
// apostrophes and hyphens; a final '.' when the word is an initial ("J.").
std::size_t WordEnd(std::string_view s, std::size_t pos) {
  std::size_t i = pos, len = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = At(s, i, &len);
    if (IsAlnum(cp)) {
      i += len;
      continue;
    }
    if ((cp == '-' || IsApostrophe(cp)) && i > pos && i + len < s.size()) {
      std::size_t next_len = 0;
      if (IsAlnum(At(s, i + len, &next_len))) {
        i += len;
        continue;
      }
    }
    break;
  }
  if (i < s.size() && s[i] == '.' && i > pos) {
    std::size_t cps = 0;
    for (std::size_t j = pos; j < i; j += len) {
      At(s, j, &len);
      ++cps;
    }
    if (cps == 1 || In(kHonorifics, std::string(s.substr(pos, i - pos + 1)))) ++i;
  }
  return i;
}

// True when a word starts at `pos` (a letter or digit not inside another word).
bool WordStartsAt(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  if (!IsAlnum(At(s, pos, &len))) return false;
  if (pos == 0) return true;
  std::size_t back = pos - 1;
  while (back > 0 && (static_cast<unsigned char>(s[back]) & 0xC0) == 0x80) --back;
  utf8proc_int32_t prev = At(s, back, &len);
  return !IsAlnum(prev) && prev != '-' && !IsApostrophe(prev) && prev != '.';
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool EqualsAt(std::string_view text, std::size_t pos, std::string_view phrase, bool ignore_case) {
  if (text.size() - pos < phrase.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    char a = text[pos + i], b = phrase[i];
    if (ignore_case ? Lower(a) != Lower(b) : a != b) return false;
  }
  return true;
}

// The first word of a phrase or of the text at `pos` as an index key.
std::string FirstWord(std::string_view s, std::size_t pos = 0) {
  std::size_t e = pos;
  while (e < s.size() && !IsSpace(s[e]) && std::string_view(",;:!?()\"").find(s[e]) == std::string_view::npos) ++e;
  return std::string(s.substr(pos, e - pos));
}

// Bytes of "'s" / "’s" at `pos`, else 0.
std::size_t PossessiveAt(std::string_view s, std::size_t pos) {
  if (s.substr(pos, 2) == "'s") return 2;
  if (s.substr(pos, 4) == "\xE2\x80\x99s") return 4;
  return 0;
}

std::size_t SkipSpaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  return pos;
}

}  // namespace

std::string PersonId(std::string_view name) {
  std::string folded = FoldName(name), id;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum || (static_cast<unsigned char>(c) >= 0x80)) {
      id.push_back(c);
    } else if (!id.empty() && id.back() != '-') {
      id.push_back('-');
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

ActorDiscoverer::ActorDiscoverer(const KnowledgeBase& kb) : kb_(kb) {
  for (const Surface& s : kb.surfaces()) {
    const Actor* a = kb.Find(s.actor_id);
    if (a == nullptr) continue;
    if (a->kind == ActorKind::kPerson) {
      persons_[FoldName(s.text)].push_back(a);
      continue;
    }
    if (s.form == NameForm::kName || s.form == NameForm::kDemonym) {
      nationalities_[FirstWord(s.text)].push_back({s.text, a, nullptr});
    }
    if (s.text.find(' ') == std::string::npos) stoppers_.emplace(s.text, a);
  }
  for (const TitlePhrase& t : kb.titles()) titles_[LowerAscii(FirstWord(t.text))].push_back({t.text, nullptr, &t});
}

const ActorDiscoverer::Phrase* ActorDiscoverer::Match(const std::map<std::string, std::vector<Phrase>>& index,
                                                      std::string_view text, std::size_t pos, bool ignore_case,
                                                      std::size_t* end) const {
  std::string key = FirstWord(text, pos);
  std::vector<std::string> keys = {key};
  for (std::size_t n : {std::size_t{2}, std::size_t{4}}) {  // "Iran's": try "Iran"
    if (key.size() > n && PossessiveAt(key, key.size() - n) == n) keys.push_back(key.substr(0, key.size() - n));
  }
  if (key.size() > 1 && key.back() == '.') keys.push_back(key.substr(0, key.size() - 1));  // end of sentence
  const Phrase* best = nullptr;
  for (std::string k : keys) {
    if (ignore_case) k = LowerAscii(k);
    auto it = index.find(k);
    if (it == index.end()) continue;
    for (const Phrase& p : it->second) {
      if (!EqualsAt(text, pos, p.text, ignore_case)) continue;
      std::size_t e = pos + p.text.size(), len = 0;
      if (e < text.size() && IsAlnum(At(text, e, &len))) continue;  // "Emirate" is not "Emir"
      if (best == nullptr || p.text.size() > best->text.size()) {
        best = &p;
        *end = e;
      }
    }
  }
  return best;
}

std::vector<Discovery> ActorDiscoverer::Find(std::string_view text, std::string_view date) const {
  std::vector<Discovery> found;
  std::size_t pos = 0, len = 0;
  while (pos < text.size()) {
    if (!WordStartsAt(text, pos)) {
      At(text, pos, &len);
      pos += len;
      continue;
    }
    std::size_t start = pos;
    // "former Israeli Prime Minister ...": the party holds, the office does not.
    bool former = false;
    std::size_t lead = pos;
    if (EqualsAt(text, pos, "former ", true) || EqualsAt(text, pos, "ex-", true)) {
      former = true;
      lead = SkipSpaces(text, pos + (text[pos + 2] == '-' ? 3 : 7));
    }
    // Either a title that names its party ("Secretary of State", "Hamas leader")
    // or a nationality followed by a title ("Iranian foreign minister").
    std::string party;
    const TitlePhrase* title = nullptr;
    std::size_t title_begin = lead, title_end = 0;
    std::size_t e1 = 0;
    if (const Phrase* t = Match(titles_, text, lead, true, &e1); t != nullptr && !t->title->party.empty()) {
      title = t->title;
      title_end = e1;
      party = title->party;
    }
    std::size_t e2 = 0;
    if (const Phrase* nat = Match(nationalities_, text, lead, false, &e2)) {
      std::size_t after = SkipSpaces(text, e2 + PossessiveAt(text, e2));
      std::size_t e3 = 0;
      if (const Phrase* t = Match(titles_, text, after, true, &e3); t != nullptr && e3 > title_end) {
        title = t->title;
        title_begin = after;
        title_end = e3;
        party = title->party.empty() ? nat->actor->party : title->party;
      }
    }
    if (title == nullptr || party.empty()) {
      pos = WordEnd(text, pos);
      if (pos == start) pos = start + 1;
      continue;
    }
    // "Prime Minister and Foreign Minister": chained titles, the first is the office.
    std::size_t cursor = title_end;
    for (;;) {
      std::size_t a = SkipSpaces(text, cursor);
      if (!EqualsAt(text, a, "and ", true)) break;
      std::size_t e4 = 0;
      if (Match(titles_, text, SkipSpaces(text, a + 4), true, &e4) == nullptr) break;
      cursor = e4;
    }
    // The name: capitalised words (with particles and initials), after honorifics.
    std::size_t p = SkipSpaces(text, cursor);
    if (p == cursor) {  // the title must be followed by a space
      pos = title_end;
      continue;
    }
    std::size_t name_begin = std::string::npos, name_end = 0;
    int capitalised = 0;
    std::vector<std::pair<std::size_t, std::size_t>> tokens;
    for (;;) {
      if (p >= text.size() || !WordStartsAt(text, p)) break;
      std::size_t we = WordEnd(text, p);
      std::string word(text.substr(p, we - p));
      std::size_t possessive = 0;
      for (std::size_t n : {std::size_t{2}, std::size_t{4}}) {
        if (word.size() > n && PossessiveAt(word, word.size() - n) == n) possessive = n;
      }
      std::string bare = word.substr(0, word.size() - possessive);
      utf8proc_int32_t first = At(text, p, &len);
      bool particle = In(kParticles, bare);
      bool prefixed = (bare.rfind("al-", 0) == 0 || bare.rfind("el-", 0) == 0) && bare.size() > 3;
      if (name_begin == std::string::npos && In(kHonorifics, bare)) {
        p = SkipSpaces(text, we);
        continue;
      }
      bool upper = IsUpper(first) || prefixed;
      if (!particle && (!upper || In(kStopWords, bare))) break;
      if (capitalised > 0 && !particle && stoppers_.count(bare)) break;  // a place or body begins
      if (name_begin == std::string::npos) name_begin = p;
      tokens.push_back({p, p + bare.size()});
      if (!particle) ++capitalised;
      p = we;
      if (possessive > 0) break;
      std::size_t next = SkipSpaces(text, p);
      if (next == p || next - p > 1) break;  // one space between the words of a name
      p = next;
    }
    while (!tokens.empty() && In(kParticles, std::string(text.substr(tokens.back().first,
                                                                      tokens.back().second - tokens.back().first)))) {
      tokens.pop_back();
    }
    if (capitalised < 2 || tokens.empty()) {
      pos = title_end;
      continue;
    }
    name_end = tokens.back().second;
    Discovery d;
    d.begin = start;
    d.end = name_end;
    d.name_begin = name_begin;
    d.name_end = name_end;
    d.title = std::string(text.substr(title_begin, title_end - title_begin));
    d.former = former;
    std::string name(text.substr(name_begin, name_end - name_begin));
    std::string surname(text.substr(tokens.back().first, tokens.back().second - tokens.back().first));
    d.actor.id = PersonId(name);
    d.actor.name = name;
    d.actor.kind = ActorKind::kPerson;
    d.actor.party = party;
    d.actor.discovered = true;
    if (surname != name) d.actor.aliases.push_back(surname);
    if (!former) {
      Office office;
      office.key = title->office;
      office.party = party;
      office.title = kb_.OfficeTitle(title->office, party);
      d.actor.offices.push_back(office);
    }
    // Known already? By the full name, or by the surname of someone with that office.
    if (auto it = persons_.find(FoldName(name)); it != persons_.end()) {
      d.known = it->second.front();
    } else if (auto it2 = persons_.find(FoldName(surname)); it2 != persons_.end()) {
      for (const Actor* a : it2->second) {
        for (const Office& o : a->offices) {
          if (o.party == party && o.key == title->office) d.known = a;
        }
      }
    }
    if (!former && !date.empty()) {
      auto holder = kb_.HolderOf(title->office, party, date);
      if (holder && holder->person != d.known) d.dictionary_holder = holder->person;
    }
    found.push_back(std::move(d));
    pos = name_end;
  }
  return found;
}

std::vector<Discovery> DiscoverActors(std::string_view sentence, const KnowledgeBase& kb, std::string_view date) {
  return ActorDiscoverer(kb).Find(sentence, date);
}

}  // namespace actorgraph
