// The relation extractor: a shallow, linear-time clause analysis over actor
// mentions. Per sentence: tokens -> mentions -> coordinated lists -> triggers
// (from triggers.toml) -> roles (subject, object, "between", passive "by",
// relative and participial clauses, reported speech) -> modality -> relations.
// Coreference state (pronouns, descriptions, "the proposal") runs across the
// sentences of one document and never outlives it.
#include "relations/extractor.h"

#include <algorithm>
#include <cstdio>
#include <climits>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

#include "core/embedded.h"
#include "mentions/mention.h"
#include "mentions/tokenizer.h"
#include "relations/trigger_lexicon.h"
#include "sentences/splitter.h"

namespace actorgraph {

struct ExtractorData {
  ExtractorData(Vocabulary v, MentionFinder f, TriggerLexicon t)
      : vocab(std::move(v)), finder(std::move(f)), triggers(std::move(t)) {}
  Vocabulary vocab;
  MentionFinder finder;
  TriggerLexicon triggers;
  // frequently used words
  WordId w_comma, w_the, w_s, w_apos, w_hyphen, w_with, w_by, w_that, w_to, w_quote, w_semicolon, w_colon,
      w_of, w_from, w_and, w_ahead, w_lparen, w_rparen, w_it, w_this, w_what, w_not, w_between, w_here, w_in, w_for;
};

namespace {

// AG_DEBUG=1 prints every trigger the clause analysis tries (to stderr).
const bool kDebug = std::getenv("AG_DEBUG") != nullptr;

constexpr double kIndirectPenalty = 0.85;  // a role filled through a pronoun or description
constexpr double kDistantPenalty = 0.9;    // a subject taken from the main clause or a fronted phrase

// An interned string (see AtomTable): copied and compared as a pointer. Refs are copied and
// compared many times a sentence; their strings would otherwise be allocated and compared byte by
// byte each time.
class Atom {
 public:
  Atom() = default;
  const std::string& str() const { return p_ ? *p_ : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const { return str(); }    // NOLINT(google-explicit-constructor)
  bool empty() const { return p_ == nullptr; }
  friend bool operator==(const Atom& a, const Atom& b) { return a.p_ == b.p_; }
  friend bool operator==(const Atom& a, std::string_view b) { return a.str() == b; }
  friend bool operator<(const Atom& a, const Atom& b) { return a.str() < b.str(); }

 private:
  friend class AtomTable;
  explicit Atom(const std::string* p) : p_(p) {}
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }
  const std::string* p_ = nullptr;  // null for the empty string
};

// The strings of one document's Refs, each stored once: equal text, equal Atom.
class AtomTable {
 public:
  Atom operator()(std::string_view text) {
    if (text.empty()) return Atom();
    auto it = set_.find(text);
    if (it == set_.end()) it = set_.emplace(text).first;
    return Atom(&*it);
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> set_;
};

// A resolved actor.
struct Ref {
  Atom id, name, party;
  ActorKind kind = ActorKind::kCountry;
  bool indirect = false;  // through a pronoun or a description
  Span span;              // where this sentence names it
  bool person() const { return kind == ActorKind::kPerson; }
};

Ref RefOf(const Mention& m, AtomTable& atom) {
  Ref r;
  if (m.actor) {
    r.id = atom(m.actor->id);
    r.name = atom(m.actor->name);
    r.kind = m.actor->kind;
    r.party = atom(m.party.empty() ? m.actor->party : m.party);
  } else {
    r.id = atom(m.party);
    r.name = atom(m.name.empty() ? m.party : m.name);
    r.kind = ActorKind::kGroup;
    r.party = atom(m.party);
  }
  return r;
}

// An entity of the coreference history.
struct Entity {
  Ref ref;
  std::string title;   // words of the title it came with
  std::string office;  // office key of that title ("army-chief")
  int sentence = 0;
  bool place = false;
  bool body = false;  // a singular unnamed body ("Pakistan's military", "the Egyptian government"): an "it"
};

// Per-document state: everything coreference needs, nothing else.
struct DocState {
  std::set<std::string> place_parties;  // the states of the places named so far
  std::vector<Entity> history;
  std::vector<Ref> prev_subject;  // main subject of the last sentence that had one
  int prev_subject_sentence = -10;
  std::vector<Ref> proposal_authors;
  int proposal_sentence = -10;  // the sentence that set proposal_authors
  std::vector<Ref> responders;
  std::vector<Ref> accepters;  // who last accepted something, in sentence accept_sentence
  int accept_sentence = -10;
  std::vector<Ref> demanders;  // the source of the last demand (CAMEO 10x)
  std::vector<Ref> attack_pair;  // the attacker and the attacked of the last attack asserted
  int attack_sentence = -10;
  std::vector<Ref> critics;    // the source of the last criticism or accusation asserted
  std::vector<Ref> criticized; // and its target
  int critics_sentence = -10;
  std::vector<Ref> mediators;  // the mediators of the last mediation ("urged the mediators")
  std::set<std::string> mediator_parties;  // every party that mediated in the document (no side of "both sides")
  std::vector<Ref> proposers, proposed_to;  // the last asserted proposal's sources and targets ("X replied")
  int propose_sentence = -10;
  std::vector<Ref> urgers, urged;  // the last urge's sources and targets ("pressed X to ...; X refused to")
  int urge_sentence = -10;
  int demand_sentence = -10;
  std::vector<Ref> pair;  // last mediation parties
  int pair_sentence = -10;
  // how often each two parties were named as the two sides of something (a mediation, a meeting, a
  // subject pair): "both parties" later in a long article are most often its main two sides
  struct PairStat {
    int count = 0, first = -1, last = -1;
    std::vector<Ref> refs;
  };
  std::map<std::pair<std::string, std::string>, PairStat> pair_stats;
  struct PartySet {
    std::vector<Ref> parties;
    bool persons = false;  // the list named a person ("Presidents of A, B and C", "Xi, Putin and Modi")
  };
  std::vector<PartySet> sets;  // lists of three or more parties named so far ("the four countries")
  std::vector<Ref> attackers;  // the source of the last attack ("condemned the attack")
  int attackers_sentence = -10;
  std::vector<Ref> agents;     // the source of the last act other than a meeting ("condemned the move")
  int agents_sentence = -10;
  std::vector<Ref> met_all;    // everyone in the meetings of one sentence ("... Together they called")
  int met_all_sentence = -10;
  std::vector<Ref> met;   // the two persons of the last meeting ("the two leaders")
  int met_sentence = -10;  // the sentence that set `met`
  std::vector<Ref> sides;  // the parties of the last mediation or meeting ("the next round")
  int sides_sentence = -10;  // where a meeting or mediation last set `sides`
  std::vector<Ref> several;  // a state and its movements named together last ("the government, LURD and MODEL")
  std::map<std::string, std::vector<Ref>> venue_sides;  // "talks in Riyadh" -> their sides ("the Riyadh talks")
  std::map<std::string, int> venue_sentence;           // where venue_sides was last set
  std::vector<Ref> prev_speaker;
  std::map<std::string, std::vector<Ref>> groupings;  // "quad" -> the states named as its members
  DocumentActors actors;
};

// A coordinated list of mentions: "the US, Qatar and Egypt".
struct List {
  int first = 0, last = 0;  // tokens [first, last)
  std::vector<int> members;  // mention indices
  int marker = -1;           // token index of the word before the list (after determiners), -1 at start
  bool place = false;
  bool usable = true;        // can be a subject or target (not compound, not bare)
  bool possessive = false;
  bool adjectival = false;
  bool closed_by_and = false;  // the last member was joined by "and" ("A, B and the C")
  bool has_and = false;      // joined once by "and": a second "and" starts a new clause ("A and B, and C has")
  bool appositive = false;   // a title and the name after its comma ("Egypt's foreign minister, Sameh Shoukry")
  bool body = false;         // a possessor's body ("Hamas's negotiators"): the list stands for the possessor
  int resume = -1;           // token after an apposition the list goes on past ("A, led by X, and B")
};

struct Sentence {
  int index = 0;
  std::size_t begin = 0, end = 0;
  std::vector<Token> t;
  std::vector<Mention> m;
  std::vector<std::vector<Ref>> refs;  // per mention
  std::vector<List> lists;
  std::vector<int> tok_list;     // token -> list or -1
  std::vector<int> tok_mention;  // token -> mention or -1
  std::vector<char> in_quote;
  std::vector<Ref> speaker;
  int speaker_list = -1;
};

bool EndsWith(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = w[w.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != suffix[i]) return false;
  }
  return true;
}
bool IsIng(std::string_view w) { return w.size() > 4 && EndsWith(w, "ing"); }

// The second half of a compound that names who brokered an accord ("UN-brokered", "US-mediated").
bool BrokeringWord(std::string_view h) { return h == "brokered" || h == "mediated" || h == "sponsored"; }

// The second half of a compound that says who backs or hosts a body, not who leads it: "Iran-backed",
// "UN-recognised", "Pakistan-based" (not "Saudi-led").
bool ModifierCompound(std::string_view h) {
  return h == "based" || h == "backed" || h == "aligned" || h == "allied" || h == "funded" || h == "armed" ||
         h == "supported" || h == "affiliated" || h == "recognised" || h == "recognized";
}

std::string AsciiLower(std::string_view w) {
  std::string x(w);
  for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return x;
}

class Run {
 public:
  Run(const ExtractorData& d, const KnowledgeBase& kb, const Document& doc, Extraction* out,
      std::vector<MentionRecord>* mentions_out)
      : d_(d), kb_(kb), doc_(doc), out_(out), mentions_out_(mentions_out) {}

  void Go() {
    ResolveDateline();
    Sentences sentences = SplitSentences(doc_.text);
    Sentence s;
    for (const auto& sent : sentences) {
      s.index = sent.index;
      s.begin = sent.begin;
      s.end = sent.end;
      ProcessSentence(&s);
    }
    // persons learnt from this text, for the caller's actor table
    for (const Actor& a : st_.actors.actors) out_->discovered.push_back(a);
  }

 private:
  const ExtractorData& d_;
  const KnowledgeBase& kb_;
  const Document& doc_;
  Extraction* out_;
  std::vector<MentionRecord>* mentions_out_;
  mutable AtomTable atom_;  // (before st_, whose Refs point into it)
  DocState st_;
  std::string scratch_;
  int mediation_count_ = 0;
  mutable bool in_of_ = false;              // AuthorTarget is reading what a proposal noun is "of"
  mutable std::vector<Ref> proposal_seen_;  // an author named by a possessive in this sentence
  mutable bool proposal_from_ = false;      // AuthorTarget found "a proposal (received) from/by X"
  mutable bool demand_from_ = false;        // ... or "an ultimatum from X": X demanded it of the responder
  mutable bool bare_proposal_ = false;      // ... or a proposal noun naming no author ("the offer")
  mutable bool accusation_from_ = false;    // ... or "accusations by X": X accused the responder
  mutable bool judged_proposal_ = false;    // Judged found a proposal judged ("called the plan absurd")
  // meetings said by handing something over, kept after the sentence if no rule met the two
  std::vector<Relation> in_hands_;
  // proposals of this sentence that named no one they were put to (AnsweredProposals reads them)
  struct Untargeted {
    std::vector<Ref> authors;
    int ti = 0, te = 0;
    std::string rule;
    double conf = 1.0;
  };
  std::vector<Untargeted> untargeted_;
  std::size_t sentence_first_relation_ = 0;  // the first relation of the sentence being read
  std::optional<Mention> here_;  // the dateline's place, for "here"
  int mediator_body_ = -1;  // "mediated by X on behalf of ECOWAS": the list of the body the agent acts for

  // ---------------------------------------------------------------- helpers
  std::uint32_t C(const Sentence& s, int i) const { return d_.triggers.Cls(s.t[i].word); }
  bool W(const Sentence& s, int i, WordId w) const { return i >= 0 && i < static_cast<int>(s.t.size()) && s.t[i].word == w; }
  std::string_view Text(const Sentence& s, int a, int b) const {
    return std::string_view(doc_.text).substr(s.t[a].begin, s.t[b - 1].end - s.t[a].begin);
  }
  // Is a phrase of class `cls` at token i (its length in *len)? A date inside a phrase of several
  // words is skipped ("threatened on Thursday to").
  bool PhraseIs(const Sentence& s, int i, std::uint32_t cls, int* len) const {
    const TokenTrie& P = d_.triggers.phrases();
    int n = static_cast<int>(s.t.size());
    std::uint32_t node = 0;
    int best = 0;
    for (int j = i; j < n; ++j) {
      std::uint32_t next = P.Child(node, s.t[j].word);
      if (!next && node && j > i) {
        int k = j;
        while (k < n && k < j + 3 && ((C(s, k) & kWTime) || s.t[k].Is(Token::kNumber))) ++k;
        if (k > j && k < n) {
          next = P.Child(node, s.t[k].word);
          if (next) j = k;
        }
      }
      node = next;
      if (!node) break;
      for (std::uint32_t v : P.Values(node))
        if (v == cls) {
          best = j + 1 - i;
          break;
        }
    }
    if (len) *len = best;
    return best > 0;
  }
  // A cue of several words ending in "to" before a noun phrase, not a verb: "a peace plan to Britain",
  // "due to the fighting" (not "plans to visit").
  bool ToBeforeNoun(const Sentence& s, int i, int len) const {
    int n = static_cast<int>(s.t.size());
    int k = i + len;
    if (len < 2 || s.t[k - 1].word != d_.w_to || k >= n) return false;
    return s.tok_list[k] >= 0 || s.t[k].Is(Token::kUpper) || (C(s, k) & (kWDeterminer | kWQuantifier)) ||
           s.t[k].Is(Token::kNumber);
  }

  // "talks in May", "GENEVA, May 1": the month, not the modal.
  bool MonthMay(const Sentence& s, int i) const {
    return s.t[i].Is(Token::kUpper) && AsciiLower(Text(s, i, i + 1)) == "may" &&
           (i > 0 || (i + 1 < static_cast<int>(s.t.size()) && s.t[i + 1].Is(Token::kNumber)));
  }

  // 1 if token i is a lowercase adverb in -ly ("positively"), else 0.
  int Adverb(const Sentence& s, int i) const {
    std::string_view w = Text(s, i, i + 1);
    return w.size() >= 5 && EndsWith(w, "ly") && !s.t[i].Is(Token::kUpper) && s.tok_mention[i] < 0 ? 1 : 0;
  }
  bool IsPrep(const Sentence& s, int i) const { return i >= 0 && (C(s, i) & kWPreposition); }

  // ---------------------------------------------------------------- dateline
  // "ARUSHA, Tanzania (AP) -": the dateline's place, as the mention "in Arusha" would name it
  void ResolveDateline() {
    if (doc_.dateline.empty()) return;
    std::string text = "in " + doc_.dateline;
    std::vector<Token> toks;
    std::string scratch;
    Tokenize(text, 0, text.size(), d_.vocab, &toks, &scratch);
    std::vector<Mention> found;
    DocumentActors none;
    d_.finder.Find(text, toks, doc_.date, &none, &found);
    if (found.size() == 1 && found[0].first == 1 && found[0].last == static_cast<int>(toks.size()) &&
        found[0].place && !found[0].party.empty() && found[0].actor && found[0].actor->kind == ActorKind::kCountry)
      here_ = found[0];
  }

  // "signed an accord here", "who flew in for the ceremony": the dateline's place, written as "in here" and
  // "flew in to here" with zero-width words, so the clause analysis reads them as "in Arusha", "to Arusha".
  // Returns the token indices of the places.
  std::vector<int> DatelinePlaces(Sentence* sp) const {
    std::vector<int> at;
    if (!here_) return at;
    Sentence& s = *sp;
    auto virtual_token = [](std::uint32_t begin, std::uint32_t end, WordId w) {
      Token t;
      t.begin = begin;
      t.end = end;
      t.word = w;
      t.flags = Token::kSpaceBefore;
      return t;
    };
    for (int i = 0; i < static_cast<int>(s.t.size()); ++i) {
      int n = static_cast<int>(s.t.size());
      std::string_view next = i + 1 < n ? Text(s, i + 1, i + 2) : std::string_view();
      if (s.t[i].word == d_.w_here && !s.t[i].Is(Token::kUpper) && next != "is" && next != "are" &&
          next != "and" && next != "'s") {
        if (!(i > 0 && IsPrep(s, i - 1))) {
          s.t.insert(s.t.begin() + i, virtual_token(s.t[i].begin, s.t[i].begin, d_.w_in));
          ++i;
        }
        at.push_back(i);
        continue;
      }
      // "flew in from Nigeria", "flew in for the ceremony": "in" with no place of its own
      std::string_view prev = i > 0 ? Text(s, i - 1, i) : std::string_view();
      // (only while the article has named no place of another state: "NAIROBI - ... signed in Jeddah ...
      // Guterres, who flew in for the occasion" flew to Jeddah)
      bool elsewhere = std::any_of(st_.place_parties.begin(), st_.place_parties.end(),
                                   [&](const std::string& p) { return p != here_->party; });
      if (s.t[i].word == d_.w_in && !elsewhere && (prev == "flew" || prev == "flown" || prev == "fly" || prev == "flies") &&
          (i + 1 >= n || (s.t[i + 1].Is(Token::kPunct) && s.t[i + 1].word != d_.w_hyphen) ||
           (IsPrep(s, i + 1) && !s.t[i + 1].Is(Token::kUpper)))) {
        std::uint32_t e = s.t[i].end;
        s.t.insert(s.t.begin() + i + 1, virtual_token(e, e, d_.w_to));
        s.t.insert(s.t.begin() + i + 2, virtual_token(s.t[i].begin, e, d_.w_here));
        at.push_back(i + 2);
        i += 2;
      }
    }
    return at;
  }

  // 'support for Pakistan in "safeguarding its legitimate rights" over Kashmir during talks with X': quotes
  // around a few words inside a clause (no punctuation or reporting verb within, words on both sides) mark
  // a borrowed phrase, not speech; they are dropped so the clause reads on across them.
  void DropScareQuotes(Sentence* sp) const {
    std::vector<Token>& t = sp->t;
    if (std::none_of(t.begin(), t.end(), [&](const Token& k) { return k.word == d_.w_quote; })) return;
    int n = static_cast<int>(t.size());
    std::vector<char> drop(n, 0);
    for (int open = 1; open < n; ++open) {
      if (t[open].word != d_.w_quote) continue;
      int close = open + 1;
      while (close < n && close <= open + 7 && t[close].word != d_.w_quote && !t[close].Is(Token::kPunct) &&
             !(d_.triggers.Cls(t[close].word) & kWReporting))
        ++close;
      if (close >= n || close == open + 1 || t[close].word != d_.w_quote) continue;
      bool inside = !t[open - 1].Is(Token::kPunct) && close + 1 < n && !t[close + 1].Is(Token::kPunct);
      if (inside) drop[open] = drop[close] = 1;
      open = close;
    }
    int w = 0;
    for (int i = 0; i < n; ++i)
      if (!drop[i]) t[w++] = t[i];
    t.resize(w);
  }

  // ---------------------------------------------------------------- sentence
  void ProcessSentence(Sentence* sp) {
    Sentence& s = *sp;
    s.t.clear();
    s.m.clear();
    s.refs.clear();
    s.lists.clear();
    s.speaker.clear();
    s.speaker_list = -1;
    Tokenize(doc_.text, s.begin, s.end, d_.vocab, &s.t, &scratch_);
    int n = static_cast<int>(s.t.size());
    if (n == 0) return;
    DropScareQuotes(&s);
    std::vector<int> here = DatelinePlaces(&s);
    n = static_cast<int>(s.t.size());
    d_.finder.Find(doc_.text, s.t, doc_.date, &st_.actors, &s.m);
    for (int h : here) {
      Mention m = *here_;
      m.first = h;
      m.last = h + 1;
      auto pos = std::find_if(s.m.begin(), s.m.end(), [&](const Mention& x) { return x.first > h; });
      if (pos != s.m.begin() && std::prev(pos)->last > h) continue;  // inside another mention
      s.m.insert(pos, m);
    }
    for (const Mention& m : s.m)
      if (m.place && !m.party.empty()) st_.place_parties.insert(m.party);
    s.tok_mention.assign(n, -1);
    for (int k = 0; k < static_cast<int>(s.m.size()); ++k)
      for (int i = s.m[k].first; i < s.m[k].last; ++i) s.tok_mention[i] = k;
    s.in_quote.assign(n, 0);
    bool q = false;
    for (int i = 0; i < n; ++i) {
      if (s.t[i].word == d_.w_quote) {
        q = !q;
        continue;
      }
      s.in_quote[i] = q;
    }
    BuildLists(&s);
    if (kDebug)
      for (const List& L : s.lists) {
        std::fprintf(stderr, "  list [%d,%d) usable=%d marker=%d:", L.first, L.last, L.usable, L.marker);
        for (int k : L.members) std::fprintf(stderr, " '%s'", std::string(Text(s, s.m[k].first, s.m[k].last)).c_str());
        std::fprintf(stderr, "\n");
      }
    FindSpeaker(&s);
    Resolve(&s);
    FindRelations(&s);
    Remember(&s);
  }

  // ", led by General Burhan, and" (or after a person, ", the commander of India's 14 Corps, and"): the
  // token of the comma that closes the apposition starting at token i, when "and" and an actor follow
  // it; else -1.
  int ListApposition(const Sentence& s, int i, bool after_person) const {
    int n = static_cast<int>(s.t.size());
    if (i + 3 >= n || s.t[i].word != d_.w_comma) return -1;
    int from = -1;
    std::string_view v = Text(s, i + 1, i + 2);
    if (W(s, i + 2, d_.w_by) && (v == "led" || v == "headed" || v == "chaired" || v == "commanded" ||
                                  v == "represented" || v == "accompanied")) {
      from = i + 3;
    } else if (after_person && s.t[i + 1].word == d_.w_the) {
      // (a title of plain words, then "of": "the director of", "the current chair of")
      int j = i + 2;
      while (j < n && j < i + 5 && s.tok_mention[j] < 0 && IsPlainWord(s, j)) ++j;
      if (j > i + 2 && j < n && W(s, j, d_.w_of)) from = j + 1;
    }
    if (from < 0) return -1;
    for (int j = from; j < n && j < i + 16; ++j) {
      if (s.t[j].word == d_.w_comma) {
        int next = j + 2;
        if (next < n && (C(s, next) & kWDeterminer)) ++next;
        return next < n && W(s, j + 1, d_.w_and) && s.tok_mention[next] >= 0 ? j : -1;
      }
      if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_hyphen && s.t[j].word != d_.w_s && s.t[j].word != d_.w_apos)
        return -1;
    }
    return -1;
  }

  // Groups mentions into coordinated lists.
  void BuildLists(Sentence* sp) {
    Sentence& s = *sp;
    int n = static_cast<int>(s.t.size());
    s.tok_list.assign(n, -1);
    int absorbed_until = -1;  // mentions before this token are part of a list's apposition
    for (int k = 0; k < static_cast<int>(s.m.size()); ++k) {
      const Mention& m = s.m[k];
      if (m.first < absorbed_until) continue;
      // "between the army, led by General Burhan, and the RSF": the leader named in a participle's
      // apposition belongs to the member before it, and the list goes on after the apposition
      if (!s.lists.empty() && s.lists.back().usable && !s.lists.back().possessive && m.first > s.lists.back().last) {
        int end = ListApposition(s, s.lists.back().last,
                                  s.m[s.lists.back().members.back()].kind == ActorKind::kPerson);
        if (end > 0) s.lists.back().resume = end;
        if (end > m.first) {
          absorbed_until = end;
          continue;
        }
      }
      bool possessive_pronoun = m.type == MentionType::kPronoun && m.possessive;  // "his office"
      // "A and his Pakistani counterpart B": the pronoun is a determiner of the next mention
      if (possessive_pronoun && k + 1 < static_cast<int>(s.m.size()) && s.m[k + 1].first == m.last) continue;
      bool usable = !m.compound && !m.bare && !possessive_pronoun;
      bool joined = false;
      if (!s.lists.empty() && usable) {
        List& L = s.lists.back();
        // ("Officials from Egypt, along with US officials,": a state a body comes from is no place)
        int from = L.first - 1;
        while (from > 0 && (C(s, from) & kWDeterminer) && s.tok_mention[from] < 0) --from;
        bool body_from = L.place && from >= 1 && s.tok_mention[from] < 0 &&
                         s.tok_mention[from - 1] < 0 &&
                         (s.t[from].word == d_.w_from || s.t[from].word == d_.w_of) &&
                         IsBodyNoun(AsciiLower(Text(s, from - 1, from)));
        bool place_ok = L.place == m.place || (L.place && m.type == MentionType::kName) ||
                        (!L.place && m.place && m.type == MentionType::kName) || body_from;
        // "the Sudanese Armed Forces (SAF) and the RSF": an acronym in brackets names the member before it
        if (L.usable && !L.possessive && m.first == L.last + 1 && s.t[L.last].word == d_.w_lparen && m.last < n &&
            s.t[m.last].word == d_.w_rparen && s.m[L.members.back()].party == m.party && !m.party.empty()) {
          if (m.type == MentionType::kName && s.m[L.members.back()].type != MentionType::kName) L.members.back() = k;
          L.last = m.last + 1;
          continue;
        }
        if (L.usable && place_ok && !L.possessive) {
          int i = std::max(L.last, L.resume);
          bool saw_join = false, saw_and = false, saw_comma = false, including = false, titled_comma = false;
          // "President Emmanuel Macron of France, Prime Minister Keir Starmer of Britain": the
          // person's own state ("the Phnom Penh government of Prime Minister Hun Sen and the Khmer
          // Rouge": or the body's own leader)
          if (i + 1 < n && W(s, i, d_.w_of) && s.m[k].first == i + 1) {
            const Mention& prev = s.m[L.members.back()];
            if (!prev.party.empty() && m.party == prev.party &&
                ((prev.kind == ActorKind::kPerson && m.kind == ActorKind::kCountry) ||
                 (prev.kind != ActorKind::kPerson && m.kind == ActorKind::kPerson))) {
              L.last = m.last;
              continue;
            }
          }
          // a short lower-case tail after a member: "the UAE minister of state for international cooperation"
          if (i < n && (W(s, i, d_.w_of) || s.t[i].word == d_.w_for)) {
            int j = i;
            while (j < n && j - i < 6 && !s.t[j].Is(Token::kUpper) && !s.t[j].Is(Token::kPunct) &&
                   s.tok_mention[j] < 0 && s.t[j].word != d_.w_and)
              ++j;
            if (j < n && (s.t[j].word == d_.w_comma || s.t[j].word == d_.w_and)) i = j;
          }
          while (i < m.first) {
            int len = 0;
            if (PhraseIs(s, i, kPIncluding, &len)) {
              including = true;
              saw_join = true;
              i += len;
            } else if (PhraseIs(s, i, kPListJoin, &len)) {
              // "the mediation between A and B together with C": after a pair closed by "and", a
              // co-agent phrase names another participant, not a third side
              int b = L.first - 1;
              while (b > 0 && (C(s, b) & kWDeterminer)) --b;
              if (len > 1 && L.closed_by_and && L.members.size() >= 2 && b >= 0 && s.t[b].word == d_.w_between) break;
              saw_join = true;
              if (s.t[i].word != d_.w_comma) saw_and = true;
              else saw_comma = true;
              i += len;
            } else if (saw_join && i + 1 < m.first && W(s, i + 1, d_.w_of) &&
                       (Text(s, i, i + 1) == "heads" || Text(s, i, i + 1) == "leaders" ||
                        Text(s, i, i + 1) == "representatives" || Text(s, i, i + 1) == "envoys" ||
                        Text(s, i, i + 1) == "chiefs" || Text(s, i, i + 1) == "delegations")) {
              i += 2;  // ("as well as the heads of the UN, the AU and the EU": the bodies they head)
            } else if (saw_join && (m.type == MentionType::kName || m.type == MentionType::kGroup) &&
                       (m.kind == ActorKind::kOrganization || m.kind == ActorKind::kGroup) && CommonNounBefore(s, i, m.first)) {
              // ("and the two rebel groups, LURD and MODEL,": the names are the noun's apposition)
              titled_comma = titled_comma || s.t[m.first - 1].word == d_.w_comma ||
                             (m.first >= 2 && s.t[m.first - 2].word == d_.w_comma);
              i = m.first;  // ("the government and the rebel groups LURD and MODEL", "and the pro-democracy alliance
                            // Forces of Freedom and Change": a common noun before a name)
            } else if (saw_join && m.type == MentionType::kName && m.kind == ActorKind::kPerson && TitleBeforeComma(s, i, m.first)) {
              i = m.first;  // ("Koirala and the Maoist leader, Pushpa Kamal Dahal,": a title the dictionary does not know)
              titled_comma = true;
            } else if ((C(s, i) & kWDeterminer) || (saw_join && IsDirectionAdj(s, i)) ||
                       (saw_and && s.t[i - 1].word == d_.w_and && i + 1 == m.first &&
                        m.type == MentionType::kName && m.kind == ActorKind::kPerson &&
                        m.last - m.first >= 2 && !s.t[m.first].Is(Token::kUpper) &&
                        IsPlainWord(s, i) && !Participle(s, i))) {
              ++i;  // ("Serraj and eastern commander Khalifa Haftar", "and senior Hamas official
                    // X", "and paramilitary leader X": a modifier before a titled person)
            } else {
              break;
            }
          }
          // ("solidarity with Doha, and the GCC Secretary General, Jasem Albudaiwi, said": after ",
          // and", a member that a verb follows, past its apposition, is the subject of a new
          // clause, not one more object of the preposition)
          int before_list = L.first - 1;
          while (before_list > 0 && (C(s, before_list) & kWDeterminer)) --before_list;
          if (i == m.first && saw_comma && saw_and && before_list >= 0 && IsPrep(s, before_list)) {
            int e = m.last;
            if (e + 1 < n && s.t[e].word == d_.w_comma && s.tok_mention[e + 1] >= 0 &&
                s.m[s.tok_mention[e + 1]].type == MentionType::kName) {
              e = s.m[s.tok_mention[e + 1]].last;
              if (e < n && s.t[e].word == d_.w_comma) ++e;
              if (e < n && s.tok_mention[e] < 0 && ((C(s, e) & kWReporting) || Participle(s, e)))
                i = -1;
            }
          }
          // "his Egyptian counterpart Sameh Shoukry": an unnamed body right before a person's
          // name is that person
          if (i == m.first && !saw_join && !L.members.empty() && s.m[L.members.back()].last == m.first &&
              s.m[L.members.back()].type == MentionType::kGroup && m.type == MentionType::kName &&
              m.kind != ActorKind::kCountry) {
            L.members.back() = k;
            L.last = m.last;
            joined = true;
          }
          // "his Russian counterpart, Sergei Lavrov": a singular unnamed body, then the person's name
          // ("the Pakistani Director General of Military Operations, Major General Kashif Abdullah":
          // a person the dictionary does not know takes the title's state)
          // ("Mr Jaishankar, Mr Wang and Russia's foreign minister, Sergei Lavrov,": the last member of a list too)
          const Mention& head = s.m[L.members.back()];
          bool titled = (head.type == MentionType::kGroup && head.singular_head) ||
                        (head.type == MentionType::kDescription && (head.desc == "title" || head.desc == "person"));
          bool last_joined_by_and = L.members.size() == 1 || (head.first > 0 && W(s, head.first - 1, d_.w_and)) ||
                                    (head.first > 1 && W(s, head.first - 2, d_.w_and) && (C(s, head.first - 1) & kWDeterminer));
          if (!joined && i == m.first && saw_join && !saw_and && last_joined_by_and && titled &&
              m.type == MentionType::kName && m.kind == ActorKind::kPerson &&
              (head.party.empty() || head.party == m.party || m.party.empty())) {
            if (m.party.empty()) s.m[k].party = head.party;
            L.members.back() = k;
            L.last = m.last;
            L.appositive = true;
            joined = true;
          }
          // "between A and B, the Swiss foreign ministry said": a speaker after a comma ends the list
          // ("Witkoff, Trump's envoy,": a possessive after a comma opens an apposition)
          bool speaker_next = m.last < n && (C(s, m.last) & kWReporting);
          // ("Kerry, the US secretary of state, and Gentiloni, the Italian foreign minister,": a title after
          // each person)
          const Mention& prev = s.m[L.members.back()];
          // (closed by a comma or the sentence's end: not "X, Eritrea's information minister said")
          // ("Malley, the US special envoy for Iran, and": the title's own complement, one name, goes with it)
          int title_end = m.last;
          if (m.last + 2 < n && IsPrep(s, m.last) && !s.t[m.last].Is(Token::kPunct) && k + 1 < static_cast<int>(s.m.size())) {
            const Mention& tail = s.m[k + 1];
            int at = m.last + 1;
            if (at < n && s.t[at].word == d_.w_the) ++at;
            if (tail.first == at && tail.type == MentionType::kName && !tail.possessive &&
                (tail.last >= n || s.t[tail.last].Is(Token::kPunct)))
              title_end = tail.last;
          }
          speaker_next = speaker_next || (title_end < n && (C(s, title_end) & kWReporting));
          bool title_of_prev = prev.last + 1 == m.first && TitleOf(s, m, prev) && !speaker_next &&
                               (title_end >= n || s.t[title_end].Is(Token::kPunct));
          if (!joined && i == m.first && saw_join && !saw_and && title_of_prev) {
            L.last = title_end;  // the title belongs to the list's last person, no member of its own
            L.appositive = true;
            absorbed_until = title_end;
            joined = true;
          }
          // ("Witkoff, Trump's envoy," is an apposition; "Israel's Mossad, Egypt's intelligence chief and Qatar's
          // prime minister" a list: a title of another party than the member before, going on with "and")
          int next = m.last + 1;  // the actor after "and"
          if (next + 1 < n && (C(s, next) & kWDeterminer)) ++next;
          bool other_party_goes_on = !m.party.empty() && !prev.party.empty() && m.party != prev.party && next < n &&
                                     W(s, m.last, d_.w_and) && s.tok_mention[next] >= 0;
          bool apposition = !saw_and && ((L.members.size() == 1 && m.type == MentionType::kDescription && !other_party_goes_on) ||
                                         speaker_next || m.possessive);
          bool verb_next = false;
          if (m.last < n) {
            std::string_view v = Text(s, m.last, m.last + 1);
            verb_next = (C(s, m.last) & (kWBe | kWReporting)) || v == "has" || v == "have" || v == "had" ||
                        v == "will" || v == "would" || v == "could" || v == "also" || v == "did";
          }
          bool second_and = saw_and && L.has_and && verb_next;
          // "spoke with A, and the two leaders called on": a pair description starts a new clause
          // (not "telephoned A, B and both prime ministers": a pair closing a list with no comma before "and")
          if (m.type == MentionType::kDescription && m.desc == "pair" && (saw_comma || !saw_and || verb_next))
            second_and = true;
          // "brokered by Qatar, Egypt and the US, Hamas was to": a list closed by "and" ends at a
          // comma before a new clause's subject
          bool closed = L.closed_by_and && !saw_and && !including && verb_next;
          // "to overthrow Noriega, and the Soviet Union condemned": ", and" after a single member
          // joins clauses, not a list
          // ("talks between A, led by X, and B opened": not after "between")
          int before = L.first - 1;
          while (before > 0 && (C(s, before) & kWDeterminer)) --before;
          bool pair_of_between = L.resume > 0 && before >= 0 && s.t[before].word == d_.w_between;
          if (saw_comma && saw_and && L.members.size() == 1 && m.last < n && (verb_next || Participle(s, m.last)) &&
              !pair_of_between)
            closed = true;
          // "..., with Qatar's prime minister, Sheikh Mohammed, Blinken accused": an apposition closed by a
          // comma, then the clause's subject and its verb (not "Egypt, Qatar and the US")
          // ("With the support of Turkey, Azerbaijan launched": the end of a sentence-opening phrase)
          if (saw_comma && !saw_and && L.members.size() == 1 && m.last < n && !s.t[m.last].Is(Token::kPunct) &&
              s.t[m.last].word != d_.w_and && Text(s, m.last, m.last + 1) != "or" && s.tok_list[m.last] < 0 &&
              !s.t[m.last].Is(Token::kUpper)) {
            bool opening_phrase = IsPrep(s, 0) && !s.t[0].Is(Token::kPunct);
            // ("In a rebuke to Washington, China cut": a verb form after an article is a noun)
            for (int q = 1; q < L.first && opening_phrase; ++q)
              opening_phrase = s.t[q].word != d_.w_comma &&
                               (!IsVerbLike(s, q) || IsPrep(s, q) || (C(s, q - 1) & kWDeterminer));
            if (L.appositive || (L.first > 0 && s.t[L.first - 1].word == d_.w_comma) || opening_phrase) closed = true;
          }
          // "In Washington, Secretary Blinken said": a place phrase before a comma ends there
          // ("made visits to Delhi and Islamabad, and Araghchi held talks": before ", and" too)
          if (saw_comma && L.place && !body_from && !m.place && !including &&
              m.kind != ActorKind::kCountry && !m.capital)
            closed = true;
          if (!joined && i == m.first && saw_join && !apposition && !second_and && !closed &&
              !(s.in_quote[L.first] != s.in_quote[m.first])) {
            L.has_and = L.has_and || (saw_and && s.t[m.first - 1].word == d_.w_and);
            L.closed_by_and = saw_and;
            if (including) L.members.clear();
            // "visit Egypt and Qatar": a state joined to places is a place; "Cairo and Hamas": actors
            if (L.place != m.place) {
              bool all_states = m.kind == ActorKind::kCountry;
              for (int mk : L.members) all_states = all_states && s.m[mk].kind == ActorKind::kCountry;
              L.place = L.place && all_states;
            }
            L.members.push_back(k);
            L.last = m.last;
            L.appositive = L.appositive || titled_comma;
            L.adjectival = L.adjectival && m.type == MentionType::kAdjectival;
            L.possessive = m.possessive;
            joined = true;
          }
        }
      }
      if (!joined) {
        List L;
        L.first = m.first;
        L.last = m.last;
        L.members.push_back(k);
        L.place = m.place;
        L.usable = usable;
        L.possessive = m.possessive;
        L.adjectival = m.type == MentionType::kAdjectival;
        s.lists.push_back(std::move(L));
      }
    }
    // "the group's delegation", "Hamas's negotiators", "its fighters": the possessor's own body acts for it
    for (List& L : s.lists) {
      if (!L.possessive) continue;
      int b = s.m[L.members[0]].type == MentionType::kPronoun ? L.last : L.last + 1;  // past the "'s"
      // ("Yemen's Saudi-backed government", "Libya's UN-recognised government": a backer's compound is a
      // modifier; not "Yemen's Saudi-led coalition", which is the leader's)
      if (b + 3 < n && s.tok_mention[b] >= 0 && s.m[s.tok_mention[b]].compound &&
          s.m[s.tok_mention[b]].last == b + 1 && BackerHalfAt(s, b + 1))
        b += 3;
      if (b >= n || s.tok_mention[b] >= 0) continue;
      // ("their foreign ministers", "Egypt's top negotiators": modifiers before the body noun)
      for (int k = b, mods = 0; k + 1 < n && mods < 2 && !IsBodyNoun(Text(s, k, k + 1)) && s.tok_mention[k] < 0 &&
                                !s.t[k].Is(Token::kUpper) && !s.t[k].Is(Token::kPunct) && !IsPrep(s, k) &&
                                !IsVerbLike(s, k) && !(C(s, k) & (kWBoundary | kWDeterminer));
           ++k, ++mods)
        if (IsBodyNoun(Text(s, k + 1, k + 2)) && s.tok_mention[k + 1] < 0) b = k + 1;
      if (IsBodyNoun(Text(s, b, b + 1)) || IsWeaponNoun(Text(s, b, b + 1), false)) {
        L.possessive = false;
        L.usable = true;
        L.last = b + 1;
        // ("the IAEA's board of governors found": the body's own complement)
        if (b + 3 < n && W(s, b + 1, d_.w_of) && IsPlainWord(s, b + 2) && s.tok_mention[b + 2] < 0) L.last = b + 3;
        L.body = true;
        continue;
      }
      // ("attacked its border posts", "shelled their positions": what a pronoun's referent holds
      // stands for it as a target)
      if (s.m[L.members[0]].type == MentionType::kPronoun) {
        int h = L.last;
        for (int mods = 0;
             h + 1 < n && mods < 2 && !IsHeldNoun(Text(s, h, h + 1)) && IsPlainWord(s, h); ++mods)
          ++h;
        if (h < n && s.tok_mention[h] < 0 && IsHeldNoun(Text(s, h, h + 1))) {
          L.possessive = false;
          L.usable = true;
          L.last = h + 1;
        }
      }
    }
    // (the backer's compound inside "Yemen's Saudi-backed government" is no list of its own)
    for (std::size_t li = 1; li < s.lists.size();) {
      const List& P = s.lists[li - 1];
      if (P.body && s.lists[li].first > P.first && s.lists[li].last <= P.last) {
        s.lists.erase(s.lists.begin() + static_cast<long>(li));
      } else {
        ++li;
      }
    }
    // ("between Rakhmonov's government and the opposition": a possessor's body joined by "and" to the next list)
    for (std::size_t li = 0; li + 1 < s.lists.size(); ++li) {
      List& L = s.lists[li];
      List& M = s.lists[li + 1];
      bool next = L.last + 1 == M.first || (L.last + 2 == M.first && W(s, L.last + 1, d_.w_the));
      if (!L.body || !next || L.last >= n || !W(s, L.last, d_.w_and) || !M.usable || M.possessive ||
          M.place || M.adjectival)
        continue;
      L.members.insert(L.members.end(), M.members.begin(), M.members.end());
      L.last = M.last;
      L.possessive = M.possessive;
      L.closed_by_and = true;
      L.has_and = true;
      s.lists.erase(s.lists.begin() + static_cast<long>(li) + 1);
    }
    // "Yemen's Houthi movement", "Lebanon's Hezbollah": a state's possessive right before another
    // actor's name only situates it; the list is that actor
    // ("The Saudi-led coalition and Yemen's Houthi movement": the last member of a list, then that actor
    // joins the list in the state's place)
    for (std::size_t li = 0; li + 1 < s.lists.size(); ++li) {
      List& L = s.lists[li];
      List& M = s.lists[li + 1];
      if (!L.possessive || s.m[L.members.back()].kind != ActorKind::kCountry ||
          s.m[L.members.back()].type != MentionType::kName || M.first != L.last + 1 || M.place || !M.usable ||
          s.m[M.members[0]].kind == ActorKind::kCountry || s.m[M.members[0]].type != MentionType::kName)
        continue;
      if (L.members.size() == 1) {
        L.usable = false;
        L.possessive = false;
        M.first = L.first;
        continue;
      }
      if (M.members.size() != 1 || !L.usable || !L.closed_by_and) continue;
      L.members.back() = M.members[0];
      L.last = M.last;
      L.possessive = M.possessive;
      s.lists.erase(s.lists.begin() + static_cast<long>(li) + 1);
    }
    // "Negotiators for the government and X agreed", "A delegation from Hamas arrived": in subject
    // position a body noun before the list's preposition makes the list the body's owner (not "the
    // envoy for Syria", not "would not accept troops from Nato countries")
    bool absorbed = false;  // a list took in the name of the body its members make up
    for (List& L : s.lists) {
      // ("the presidents of Guatemala and Honduras": states after "of" read as places are the owners)
      bool states = StatesOnly(s, L);
      if (L.possessive || !L.usable || (L.place && !states) || L.first < 2) continue;
      int p = L.first - 1, b = L.first - 2;
      // ("officials of the General National Congress": an article the name does not include)
      if (b >= 1 && s.t[p].word == d_.w_the && s.tok_mention[p] < 0) --p, --b;
      // ("the Contact Group of the United States, Russia, Britain, France and Germany": a body named with
      // its members acts as those members)
      if (s.tok_mention[p] < 0 && s.tok_mention[b] >= 0 && W(s, p, d_.w_of) && L.members.size() >= 2 && L.closed_by_and) {
        const Mention& org = s.m[s.tok_mention[b]];
        bool members_named = std::none_of(L.members.begin(), L.members.end(), [&](int k) {
          return s.m[k].kind == ActorKind::kPerson || s.m[k].type != MentionType::kName;
        });
        if (org.type == MentionType::kName && org.kind == ActorKind::kOrganization && !org.possessive && members_named) {
          L.first = org.first;
          L.place = false;
          absorbed = true;
          continue;
        }
      }
      if (s.tok_mention[p] >= 0 || s.tok_mention[b] >= 0) continue;
      std::string prep = AsciiLower(Text(s, p, p + 1));
      std::string body = AsciiLower(Text(s, b, b + 1));
      // ("forces loyal to Haftar", "officials loyal to the GNC": loyal to is of)
      if (prep == "to" && body == "loyal" && b >= 1 && s.tok_mention[b - 1] < 0) {
        prep = "of";
        body = AsciiLower(Text(s, b - 1, b));
        --b;
      }
      // ("Thirteen countries of the Lima Group", "members of the alliance": a body's members are the body)
      bool members = prep == "of" && (body == "countries" || body == "members" || body == "nations");
      bool weapon = prep == "from" && IsWeaponNoun(body, true);
      // ("met with the head of Israel's Mossad": one who heads a body, after a partner's preposition below)
      bool head = prep == "of" && (body == "head" || body == "leader" || body == "chief");
      if ((prep != "for" && prep != "from" && prep != "of") || !(IsBodyNoun(body) || members || weapon || head) ||
          body == "negotiating")
        continue;
      if (prep == "for" && (body.rfind("envoy", 0) == 0 || body.rfind("emissar", 0) == 0 || body == "mission" ||
                            body == "mediators"))
        continue;
      // ("a breakaway group from the MILF" is another group)
      if (b >= 1) {
        std::string mod = AsciiLower(Text(s, b - 1, b));
        if (mod == "breakaway" || mod == "splinter" || mod == "dissident" || mod == "rival") continue;
      }
      int j = b - 1;
      // ("The foreign ministers of A and B": lower-case modifiers before the body noun)
      // ("Military commanders from both sides": a sentence's first word is capitalised)
      for (int mods = 0; j >= 0 && mods < 2 && s.tok_mention[j] < 0 && (!s.t[j].Is(Token::kUpper) || j == 0) &&
                         !s.t[j].Is(Token::kPunct) && !(C(s, j) & (kWDeterminer | kWBoundary | kWPreposition | kWRelative)) &&
                         !IsVerbLike(s, j);
           ++mods)
        --j;
      // ("Thirteen countries of the Lima Group": a number)
      // (not "that" before a plural: "said that negotiators for X had", a clause opening)
      while (j >= 0 && ((C(s, j) & (kWDeterminer | kWQuantifier)) || s.t[j].Is(Token::kNumber)) && s.tok_mention[j] < 0 &&
             !(s.t[j].word == d_.w_that && EndsWith(body, "s")))
        --j;
      // (also after a preposition that names a partner: "presented a plan to the presidents of A, B and C",
      // "met with the leaders of A and B")
      std::string_view before = j >= 0 ? Text(s, j, j + 1) : std::string_view();
      bool partner_prep = before == "to" || before == "with" || before == "between";
      // ("gave the de facto government of Honduras 72 hours", "urged the leaders of A and B": a
      // verb's object too)
      bool ruled_of =
          prep == "of" && (body == "government" || body == "regime" || body == "junta" ||
                           body == "leadership" || body == "leaders" || body == "authorities");
      if (ruled_of && j >= 0 && IsPlainWord(s, j)) partner_prep = true;
      // ("said that negotiators for Honduras' government had rejected": a clause's subject after "that")
      if (j >= 0 && !s.t[j].Is(Token::kPunct) && !(C(s, j) & (kWBoundary | kWRelative)) && !partner_prep) continue;
      if (head && !partner_prep) continue;
      L.first = j + 1;
      L.place = false;
    }
    if (absorbed) {  // (the body's own list is gone into its members')
      for (std::size_t li = 0; li + 1 < s.lists.size();) {
        if (s.lists[li + 1].first <= s.lists[li].first) s.lists.erase(s.lists.begin() + static_cast<long>(li));
        else ++li;
      }
    }
    for (int li = 0; li < static_cast<int>(s.lists.size()); ++li) {
      List& L = s.lists[li];
      for (int i = L.first; i < L.last; ++i) s.tok_list[i] = li;
      // the marker: the word before the list, skipping determiners and quantities
      int j = L.first - 1;
      // ("talks between Prime Ministers Ivica Dacic and Hashim Thaci": a plural title before persons)
      if (j > 0 && s.m[L.members[0]].kind == ActorKind::kPerson && s.tok_mention[j] < 0 && s.t[j].Is(Token::kUpper) &&
          EndsWith(Text(s, j, j + 1), "s")) {
        int k = j;
        while (k > 0 && j - k < 3 && s.tok_mention[k] < 0 && s.t[k].Is(Token::kUpper) && !s.t[k].Is(Token::kPunct)) --k;
        if (k < j && !s.t[k].Is(Token::kUpper)) j = k;
      }
      // ("between the Iran-aligned Houthi movement": past a backer's compound)
      if (j >= 2 && s.t[j - 1].word == d_.w_hyphen && !s.t[j - 1].Is(Token::kSpaceBefore)) {
        std::string_view c = Text(s, j, j + 1);
        if (c == "aligned" || c == "backed" || c == "led" || c == "supported" || c == "allied" || c == "controlled" ||
            c == "run" || c == "based") {
          int k = j - 2;
          if (s.tok_mention[k] >= 0) k = s.m[s.tok_mention[k]].first - 1;
          else --k;
          j = k;
        }
      }
      while (j >= 0 && (C(s, j) & (kWDeterminer | kWQuantifier) || s.t[j].Is(Token::kNumber) ||
                        IsDirectionAdj(s, j))) {
        if ((C(s, j) & kWQuantifier) && (C(s, j) & kWPreposition) &&
            // ("the decision of the outgoing Trump administration": "of the" before a modifier is
            // no quantity)
            !(j + 1 < L.first &&
              (s.t[j + 1].Is(Token::kNumber) ||
               ((C(s, j + 1) & kWQuantifier) &&
                !(s.t[j].word == d_.w_of && j + 2 < L.first && s.t[j + 1].word == d_.w_the &&
                  (C(s, j + 2) & kWDeterminer) && !(C(s, j + 2) & kWQuantifier))))) &&
            !(j > 0 && s.t[j].word == d_.w_of && s.tok_list[j - 1] < 0 &&
              ((C(s, j - 1) & kWQuantifier) || s.t[j - 1].Is(Token::kNumber))))
          break;  // "over Israel" is a preposition, "over 40,000" and "dozens of" quantities
        --j;
      }
      L.marker = j;
    }
  }

  // Every member of `L` names a state, not its capital ("the presence of Qatar", "talks with Egypt and Jordan").
  static bool StatesOnly(const Sentence& s, const List& L) {
    return std::all_of(L.members.begin(), L.members.end(),
                       [&](int k) { return s.m[k].kind == ActorKind::kCountry && !s.m[k].capital; });
  }

  bool IsDirectionAdj(const Sentence& s, int i) const {
    std::string_view k = Text(s, i, i + 1);
    return k == "southern" || k == "northern" || k == "eastern" || k == "western" || k == "central" ||
           k == "southeastern" || k == "southwestern" || k == "northeastern" || k == "northwestern" ||
           k == "south-eastern" || k == "south-western" || k == "north-eastern" || k == "north-western" ||
           k == "occupied" || k == "key" || k == "senior" || k == "top";
  }

  // The speaker: subject of a reporting verb ("X said", "according to X").
  void FindSpeaker(Sentence* sp) {
    Sentence& s = *sp;
    int n = static_cast<int>(s.t.size());
    for (int i = 0; i < n; ++i) {
      int len = 0;
      if (s.tok_mention[i] >= 0 || !PhraseIs(s, i, kPReporting, &len)) continue;
      if (d_.vocab.Key(s.t[i].word) == "according") {
        if (i + len < n && s.tok_list[i + len] >= 0) {
          s.speaker_list = s.tok_list[i + len];
          return;
        }
        continue;
      }
      int li = (IsIng(Text(s, i, i + 1)) && i > 0 && s.t[i - 1].word == d_.w_comma)
                   ? MainSubject(s, i)
                   : SubjectLeft(s, i - 1, /*stop_at_reporting=*/true);
      if (li < 0 && i + len < n && s.tok_list[i + len] >= 0 && i > 0 && (s.t[i - 1].word == d_.w_comma || s.t[i - 1].word == d_.w_quote))
        li = s.tok_list[i + len];  // '"...," said Kirby'
      if (li >= 0) {
        s.speaker_list = li;
        return;
      }
    }
  }

  // ---------------------------------------------------------------- subjects
  // Every member is a capital or no place at all: where the list acts, it is governments.
  static bool GovernmentSeats(const Sentence& s, const List& L) {
    return std::all_of(L.members.begin(), L.members.end(), [&](int m) { return s.m[m].capital || !s.m[m].place; });
  }

  // "Drones launched by the RSF struck", "a missile fired by the Houthis hit", "forces loyal to the TPLF
  // attacked": the weapons or fighters of the list `L` act for it.
  bool ActsThrough(const Sentence& s, const List& L) const {
    int mk = L.marker;
    if (mk < 2 || s.tok_list[mk - 1] >= 0 || s.tok_list[mk - 2] >= 0) return false;
    std::string_view prep = Text(s, mk, mk + 1), v = Text(s, mk - 1, mk);
    bool fighters = prep == "to" && (v == "loyal" || v == "allied" || v == "affiliated");
    bool weapons = prep == "by" && (v == "launched" || v == "fired" || v == "operated" || v == "flown" || v == "sent");
    if (!fighters && !weapons) return false;
    std::string noun = AsciiLower(Text(s, mk - 2, mk - 1));
    return fighters ? IsBodyNoun(noun) : (IsWeaponNoun(noun, true) || noun == "shells" || noun == "shell");
  }

  bool UsableSubject(const Sentence& s, const List& L) const {
    if (!L.usable || L.place || L.adjectival) return false;
    if (L.possessive) return false;
    // ("civilians", "the Indian side of the Line of Control": acted upon, never acting)
    if (std::all_of(L.members.begin(), L.members.end(), [&](int k) { return s.m[k].victim; })) return false;
    if (L.marker >= 0 && IsPrep(s, L.marker) && !ActsThrough(s, L)) return false;
    // "accept a U.S. proposal": a state or body between "a" and a proposal noun qualifies it
    if (L.first > 0 && L.members.size() == 1 && s.m[L.members[0]].type == MentionType::kName &&
        s.m[L.members[0]].kind != ActorKind::kPerson) {
      std::string_view a = Text(s, L.first - 1, L.first);
      bool thing_after = L.last < static_cast<int>(s.t.size()) && (C(s, L.last) & kWProposal);
      if ((a == "a" || a == "an" || a == "A" || a == "An") && thing_after) return false;
    }
    return true;
  }

  // ", the Italian foreign minister," between `first` and the comma at `comma`: one unnamed title of the
  // same state as the person named in list `li` before it
  bool TitleApposition(const Sentence& s, int first, int comma, int li) const {
    if (li < 0 || s.tok_list[first] < 0 || s.tok_list[comma - 1] != s.tok_list[first]) return false;
    const List& A = s.lists[s.tok_list[first]];
    const List& P = s.lists[li];
    if (A.members.size() != 1 || A.first != first || A.last != comma || !P.usable || P.possessive) return false;
    return TitleOf(s, s.m[A.members[0]], s.m[P.members.back()]);
  }

  // ", General Secretary of the CPSU Central Committee,": from `first` to the comma at `comma`, a bare
  // capitalised title (after a person's name) and words that are no verb
  bool TitlePhraseApposition(const Sentence& s, int first, int comma) const {
    int k = s.tok_mention[first];
    if (k < 0 || s.m[k].type != MentionType::kDescription || s.m[k].desc != "title" || !s.t[first].Is(Token::kUpper))
      return false;
    if (first < 2 || s.tok_mention[first - 2] < 0 || s.m[s.tok_mention[first - 2]].kind != ActorKind::kPerson) return false;
    for (int q = first; q < comma; ++q)
      if (s.tok_mention[q] < 0 && (IsVerbLike(s, q) || (C(s, q) & (kWReporting | kWRelative)))) return false;
    return comma - first <= 10;
  }

  // "the Italian foreign minister", "the American envoy": an unnamed title that can describe person `who`
  bool TitleOf(const Sentence& s, const Mention& d, const Mention& who) const {
    // ("Mike Hammer, the US envoy,": a title alone, even one the dictionary gives a holder)
    bool bare_title = d.type == MentionType::kName && d.actor && d.actor->kind == ActorKind::kPerson &&
                      !d.title.empty() && s.t[d.first].word == d_.w_the &&
                      d.actor->name.find(Text(s, d.last - 1, d.last)) == std::string::npos;
    bool title = (d.type == MentionType::kDescription && (d.desc == "title" || d.desc == "person")) ||
                 (d.type == MentionType::kGroup && d.singular_head && s.t[d.first].word == d_.w_the) || bare_title;
    return title && who.kind == ActorKind::kPerson && (d.party.empty() || d.party == who.party);
  }

  // Whether the warning whose trigger ends at `te` threatens: its that-clause opens with an actor ("that
  // Beijing would act", "that they could use force", "that Moscow's actions jeopardised") or names a
  // threat ("that those who play with fire will get burned"); not "that the world was watching".
  bool WarningThreatens(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    int k = te;
    while (k < n && k < te + 8 && s.t[k].word != d_.w_that && !s.t[k].Is(Token::kPunct)) ++k;
    if (k >= n || s.t[k].word != d_.w_that) return true;  // no clause: as before
    int j = k + 1;
    while (j < n && (C(s, j) & kWDeterminer) && s.tok_list[j] < 0) ++j;
    if (j < n && s.tok_list[j] >= 0 && !s.lists[s.tok_list[j]].place) return true;
    for (int q = k + 1; q < n && s.t[q].word != d_.w_semicolon; ++q)
      if (C(s, q) & kWThreat) return true;
    return false;
  }

  // The list a reduced relative's participle describes when list `li` is its object ("Ethiopian troops
  // backing Somalia's government": the troops); -1 if none.
  int ParticipleHead(const Sentence& s, int li) const {
    int p = s.lists[li].marker;
    if (p < 1 || s.tok_list[p] >= 0 || !IsIng(Text(s, p, p + 1)) || (C(s, p) & kWTime) || IsPrep(s, p)) return -1;
    int h = s.tok_list[p - 1];
    return h >= 0 && UsableSubject(s, s.lists[h]) && !s.lists[h].possessive ? h : -1;
  }

  // The nearest list left of `from` in subject position; -1 if a clause
  // boundary comes first. Skips closed relative clauses and appositions.
  int SubjectLeft(const Sentence& s, int from, bool stop_at_reporting) const {
    int j = from;
    while (j >= 0) {
      int li = s.tok_list[j];
      if (li >= 0) {
        const List& L = s.lists[li];
        if (UsableSubject(s, L)) {
          // "Ethiopian troops backing Somalia's government drove": the object of a reduced relative's
          // participle is not the subject; the actor the participle describes is
          int head = ParticipleHead(s, li);
          return L.last == from + 1 && head >= 0 ? head : li;
        }
        // "The Contadora group of Mexico, Colombia, Venezuela and Panama urged": the states a group is
        // named of act for it
        if (L.usable && !L.possessive && L.marker >= 1 && s.t[L.marker].word == d_.w_of && L.members.size() >= 2 &&
            StatesOnly(s, L)) {
          int before = L.marker - 1;
          bool group_word = s.tok_list[before] < 0 && !s.t[before].Is(Token::kPunct) && !IsPrep(s, before) &&
                            !IsVerbLike(s, before);
          bool group_name = s.tok_list[before] >= 0 && s.lists[s.tok_list[before]].usable &&
                            s.m[s.lists[s.tok_list[before]].members.back()].kind == ActorKind::kOrganization;
          int head = group_name ? s.lists[s.tok_list[before]].first : before;
          // ("the Arab League group of": a body's name before the group word)
          if (group_word && head > 0 && s.tok_list[head - 1] >= 0 && s.lists[s.tok_list[head - 1]].usable &&
              s.m[s.lists[s.tok_list[head - 1]].members.back()].kind == ActorKind::kOrganization)
            head = s.lists[s.tok_list[head - 1]].first;
          while (head > 0 && s.tok_list[head - 1] < 0 && (C(s, head - 1) & kWDeterminer)) --head;
          bool opens = head == 0 || s.t[head - 1].word == d_.w_comma || (C(s, head - 1) & kWBoundary);
          if ((group_word || group_name) && opens && L.last == from + 1) return li;
        }
        // "after Egyptian and Qatari mediators shuttled": a subordinator, not a preposition, right
        // before the subject of the verb at `from + 1`
        // (also "after a U.S. air strike at Baghdad airport killed X": a state before an attack noun)
        int n = static_cast<int>(s.t.size());
        bool attack_head = (L.last < n && IsAttackNoun(Text(s, L.last, L.last + 1))) ||
                           (L.last + 1 < n && IsAttackNoun(Text(s, L.last + 1, L.last + 2))) ||
                           IsAttackNoun(Text(s, L.last - 1, L.last));  // ("an Israeli air strike": inside the mention)
        // ("after Iraqi troops and tanks rolled into": a bare noun joined to the subject)
        bool joined_noun = L.last + 2 == from + 1 && W(s, L.last, d_.w_and) && IsPlainWord(s, L.last + 1) &&
                           !IsVerbLike(s, L.last + 1);
        if ((L.usable || attack_head) && !L.place && !L.possessive && (!L.adjectival || attack_head) &&
            (L.last == from + 1 || joined_noun || attack_head) && L.marker >= 0) {
          std::string_view w = Text(s, L.marker, L.marker + 1);
          if (Subordinator(AsciiLower(w))) return li;
        }
        j = L.first - 1;
        continue;
      }
      std::uint32_t c = C(s, j);
      WordId w = s.t[j].word;
      if (c & kWRelative) {
        // We are inside a relative clause: its subject is the antecedent.
        int k = j - 1;
        if (k >= 0 && s.t[k].word == d_.w_comma) --k;
        // ("Israel launched air strikes that killed X": an attack named as the antecedent is
        // whoever carried it out, the subject of the verb that launched it)
        if (k >= 2 && s.tok_list[k] < 0 && IsAttackNoun(Text(s, k, k + 1)) &&
            s.t[k + 1].word != d_.w_comma) {
          int v = k - 1;
          for (int words = 0;
               v > 0 && words < 4 && s.tok_list[v] < 0 &&
               ((C(s, v) & (kWDeterminer | kWQuantifier)) || s.t[v].Is(Token::kNumber) ||
                (IsPlainWord(s, v) && !Participle(s, v)));
               ++words)
            --v;
          if (v > 0 && s.tok_list[v] < 0 && Participle(s, v) && !IsPrep(s, v) &&
              !(C(s, v) & (kWReporting | kWRelative | kWBoundary | kWBe))) {
            int sub = SubjectLeft(s, v - 1, false);
            if (sub >= 0) return sub;
          }
        }
        if (k >= 0 && s.tok_list[k] >= 0) {
          const List& A = s.lists[s.tok_list[k]];
          // ("sent demands through Kuwait, which is mediating": a state named as a place acts in its own
          // relative clause; not a city: "in Doha, where")
          bool state_place = A.place && s.t[j].word != d_.w_that && s.t[k + 1].word == d_.w_comma &&
                             std::all_of(A.members.begin(), A.members.end(), [&](int m) {
                               return s.m[m].kind == ActorKind::kCountry && !s.m[m].capital;
                             });
          // ("Bernardino Leon, the Spanish diplomat who spent a year mediating": a description in apposition
          // to a person's name is that person)
          if (A.usable && A.members.size() == 1 && s.m[A.members[0]].type == MentionType::kDescription &&
              A.first >= 2 && s.t[A.first - 1].word == d_.w_comma && s.tok_list[A.first - 2] >= 0) {
            const List& P = s.lists[s.tok_list[A.first - 2]];
            if (P.usable && !P.possessive && P.members.size() == 1 && s.m[P.members[0]].type == MentionType::kName &&
                s.m[P.members[0]].kind == ActorKind::kPerson)
              return s.tok_list[A.first - 2];
          }
          if (A.usable && (!A.place || state_place) && !A.adjectival && !A.possessive) return s.tok_list[k];
          // ("an Israeli strike that killed X": an attack named by its attacker's demonym)
          if (A.usable && A.adjectival && !A.possessive && A.last == k + 1 &&
              IsAttackNoun(Text(s, k, k + 1)))
            return s.tok_list[k];
        }
        // "Izzat Ibrahim, vice chairman of the ruling council, who sat down with": past a title in
        // apposition to the person it describes
        if (k >= 0 && k + 1 < j && s.t[k + 1].word == d_.w_comma && s.tok_list[k] < 0) {
          // ("Algeria, Mali's northern neighbour, which brokered": or a description of whose it is)
          for (int c = k - 1; c > 0 && c >= k - 12; --c) {
            if (s.tok_list[c] >= 0 && s.lists[s.tok_list[c]].usable &&
                !s.lists[s.tok_list[c]].place) {
              const List& O = s.lists[s.tok_list[c]];
              if (!O.possessive || O.first < 2 || s.t[O.first - 1].word != d_.w_comma) break;
              c = O.first;  // (the loop steps to the comma before it)
              continue;
            }
            if (s.t[c].word == d_.w_s || s.t[c].word == d_.w_apos) continue;
            if (IsVerbLike(s, c) || (C(s, c) & (kWReporting | kWRelative | kWBoundary))) break;
            if (s.t[c].word != d_.w_comma) continue;
            bool owner_opens = s.tok_list[c + 1] >= 0 && s.lists[s.tok_list[c + 1]].possessive;
            if (s.t[c + 1].Is(Token::kUpper) && !(C(s, c + 1) & kWDeterminer) && !owner_opens)
              break;  // (a title opens lower-case)
            int p = s.tok_list[c - 1];
            if (p >= 0 && s.lists[p].usable && !s.lists[p].place && !s.lists[p].possessive &&
                s.lists[p].members.size() == 1 &&
                (owner_opens || s.m[s.lists[p].members[0]].kind == ActorKind::kPerson))
              return p;
            break;
          }
        }
        // "sent a delegation (to Cairo) that held talks with X": a sent body acts for its sender
        {
          int a = k;
          if (a >= 1 && s.tok_list[a] >= 0 && s.lists[s.tok_list[a]].place &&
              s.lists[s.tok_list[a]].marker >= 1 && IsPrep(s, s.lists[s.tok_list[a]].marker))
            a = s.lists[s.tok_list[a]].marker - 1;
          if (a >= 2 && s.tok_list[a] < 0 && IsBodyNoun(AsciiLower(Text(s, a, a + 1)))) {
            int b = a - 1;
            while (b > 0 && s.tok_list[b] < 0 && ((C(s, b) & kWDeterminer) || IsPlainWord(s, b)) &&
                   a - b <= 3 && !SendVerb(Text(s, b, b + 1)))
              --b;
            if (b > 0 && s.tok_list[b] < 0 && SendVerb(Text(s, b, b + 1))) {
              int sender = SubjectLeft(s, b - 1, false);
              if (sender >= 0) return sender;
            }
          }
        }
        // "A and B were among those that accused X", "were among the guests who": the subject of "were"
        if (k >= 0 && s.tok_list[k] < 0) {
          int a = k - 1;
          if (Text(s, k, k + 1) != "those" && a >= 0 && s.t[a].word == d_.w_the) --a;
          if (a >= 2 && Text(s, a, a + 1) == "among" && (C(s, a - 1) & kWBe) && s.tok_list[a - 2] >= 0 &&
              UsableSubject(s, s.lists[s.tok_list[a - 2]]))
            return s.tok_list[a - 2];
        }
        if (w == d_.w_that) {  // "that" after a verb: a complement clause boundary
          return -1;
        }
        return -1;
      }
      if (w == d_.w_comma) {
        // ", who ... ," closed relative clause or ", the X ," apposition: skip it
        // (", who had insisted that Taylor must leave Liberia,": past a "that" inside it)
        int k = j - 1;
        while (k >= 0 && (s.tok_list[k] >= 0 || s.t[k].word == d_.w_that ||
                          (s.t[k].word != d_.w_comma && !(C(s, k) & kWRelative) && s.t[k].word != d_.w_quote)))
          --k;
        if (k > 0 && (C(s, k) & kWRelative) && s.t[k].word != d_.w_that && s.t[k - 1].word == d_.w_comma) {
          j = k - 2;
          continue;
        }
        // "Britain, France and Germany, the European parties to the deal that Trump abandoned,
        // have warned": an apposition opened by a determiner after a list is skipped whole
        int open = j - 1;
        while (open > 0 && s.t[open].word != d_.w_comma && s.t[open].word != d_.w_quote &&
               s.t[open].word != d_.w_semicolon)
          --open;
        bool opens_apposition =
            ((C(s, open + 1) & kWDeterminer) && s.tok_list[open + 1] < 0) ||
            (s.tok_list[open + 1] >= 0 &&
             (s.lists[s.tok_list[open + 1]].possessive ||
              W(s, open + 2, d_.w_s) ||         // ", Trump's adviser,"
              (s.tok_mention[open + 1] >= 0 &&  // ", the two Arab states"
               s.m[s.tok_mention[open + 1]].desc == "pair"))) ||
            // ("Mandela, brushing aside U.S. criticism of his trip, arrived"): a participle
            (s.tok_list[open + 1] < 0 && IsIng(Text(s, open + 1, open + 2)) &&
             !(C(s, open + 1) & kWTime)) ||
            // ("Ethiopian troops, backed by soldiers from Eritrea, launched"): a reduced passive
            (s.tok_list[open + 1] < 0 && open + 2 < j && Participle(s, open + 1) &&
             s.t[open + 2].word == d_.w_by) ||
            // ("Wang, for his part, urged"): a short prepositional aside
            (s.tok_list[open + 1] < 0 && IsPrep(s, open + 1) && j - open <= 5 &&
             Text(s, open + 1, open + 2) != "between") ||
            // ("Gentiloni, the Italian foreign minister, urged"): a title describing the person
            (open > 0 && TitleApposition(s, open + 1, j, s.tok_list[open - 1])) ||
            // ("Gorbachev, General Secretary of the Central Committee, received"): a bare title
            // phrase with no verb in it
            (open > 0 && TitlePhraseApposition(s, open + 1, j));
        if (open > 0 && open < j - 1 && s.t[open].word == d_.w_comma && s.tok_list[open - 1] >= 0 && opens_apposition) {
          j = open - 1;
          continue;
        }
      }
      // ('voted to "deeply deplore" the intervention': a quoted verb phrase after "to" or an
      // auxiliary keeps the clause's subject; so does one right after it: 'it "neither accepts nor
      // recognises" a ruling')
      bool after_subject = j > 0 && s.tok_list[j - 1] >= 0 && s.t[j].Is(Token::kSpaceBefore);
      if (w == d_.w_quote && from - j <= 2 && j > 0 &&
          (after_subject ||
           (s.tok_list[j - 1] < 0 && (s.t[j - 1].word == d_.w_to || Auxiliary(s, j - 1)) &&
            !(C(s, j - 1) & kWReporting)))) {
        --j;
        continue;
      }
      if (w == d_.w_semicolon || w == d_.w_colon || w == d_.w_quote) return -1;
      if (stop_at_reporting && (c & kWReporting) && j != from) return -1;
      if ((c & kWReporting) && j != from && s.tok_mention[j] < 0) {
        // "Blinken added at a joint press with X": the reporter is the subject
        // of a phrase right after the verb; "A said B met C" found B first.
        // (a hyphenated verb counts once: "said after co-hosting a meeting with")
        auto verb_hyphen = [&](int k) {
          return s.t[k].word == d_.w_hyphen && !s.t[k].Is(Token::kSpaceBefore) && k + 1 <= from &&
                 !s.t[k + 1].Is(Token::kSpaceBefore) &&
                 (IsIng(Text(s, k + 1, k + 2)) || EndsWith(Text(s, k + 1, k + 2), "ed"));
        };
        int words = from - j;
        for (int k = j + 1; k <= from; ++k)
          if (verb_hyphen(k)) words -= 2;
        bool close = words <= 4;
        for (int k = j + 1; k <= from; ++k)
          if ((s.t[k].Is(Token::kPunct) && !verb_hyphen(k)) || s.t[k].word == d_.w_that)
            close = false;
        if (!close) return -1;
      }
      --j;
    }
    return -1;
  }

  // The subject of the verb at `ti`, where an object stands right before it: "Blinken met
  // Netanyahu and urged him", "Macron called Putin to press him" take the subject of the first
  // verb; "Qatar urged Hamas to accept" (object control, triggers.toml) takes its object.
  // `coordinated` gets the "and" of a coordinated verb phrase.
  // The verb of an infinitive whose object or complement is the noun at `ti` ("to resume its talks", "to
  // return to negotiations"); -1 if the noun is not in one.
  int InfinitiveVerbBefore(const Sentence& s, int ti) const {
    int k = ti - 1;
    for (int skipped = 0; k > 1 && skipped < 3 && s.tok_list[k] < 0 &&
                          ((C(s, k) & (kWDeterminer | kWQuantifier)) || (IsPlainWord(s, k) && !IsPrep(s, k)));
         ++skipped)
      --k;
    if (k > 1 && s.tok_mention[k] >= 0 && s.m[s.tok_mention[k]].type == MentionType::kPronoun && s.m[s.tok_mention[k]].possessive)
      --k;  // ("its talks")
    if (k > 1 && s.tok_list[k] < 0 && IsPrep(s, k) && s.t[k].word != d_.w_to) --k;
    else if (k > 2 && s.t[k].word == d_.w_to && s.t[k - 1].word != d_.w_to) --k;  // ("return to negotiations")
    if (k < 2 || s.tok_list[k] >= 0 || !IsPlainWord(s, k) || s.t[k - 1].word != d_.w_to) return -1;
    return k;
  }

  // The list a control verb's object is, when the noun at `ti` is in the infinitive it was asked to do
  // ("urged Tehran to resume its talks": Tehran); -1 otherwise.
  int AskedToDo(const Sentence& s, int ti) const {
    int v = InfinitiveVerbBefore(s, ti);
    int controlled = 0;
    int asked = v >= 0 ? ClauseSubject(s, v, nullptr, &controlled) : -1;
    return controlled == 1 ? asked : -1;
  }

  // "credited Islamabad with pushing the Taliban", "praised Cairo for pressing Hamas": the one credited did
  // what the gerund at `ti` says; in the passive ("Lake was credited by diplomats with persuading"), the
  // subject did. The list index of who did it, or -1.
  int CreditedSubject(const Sentence& s, int ti) const {
    int j = ti - 1;
    // ("condemning Iran for prolonging the war and occupying Iraqi territory": a gerund joined to
    // the first)
    if (j >= 3 && s.t[j].word == d_.w_and && IsIng(Text(s, ti, ti + 1))) {
      for (int q = j - 1; q >= 2 && q >= j - 10 && !s.t[q].Is(Token::kPunct); --q)
        if (IsIng(Text(s, q, q + 1)) && (Text(s, q - 1, q) == "with" || Text(s, q - 1, q) == "for"))
          return CreditedSubject(s, q);
      return -1;
    }
    if (j < 2 || !IsIng(Text(s, ti, ti + 1)) || (Text(s, j, j + 1) != "with" && Text(s, j, j + 1) != "for")) return -1;
    int len = 0;
    if (int o = s.tok_list[j - 1]; o >= 0) {
      const List& O = s.lists[o];
      if (O.marker >= 0 && PhraseIs(s, O.marker, kPCredit, &len) && len == 1 && O.usable && !O.place) return o;
      return -1;
    }
    for (int q = j - 1; q >= 2 && q >= j - 4 && !s.t[q].Is(Token::kPunct); --q)
      if (PhraseIs(s, q, kPCredit, &len) && (C(s, q - 1) & kWBe)) return MainSubject(s, q - 1);
    return -1;
  }

  int ClauseSubject(const Sentence& s, int ti, int* coordinated, int* controlled = nullptr) const {
    int j = ti - 1;
    // adverbs and auxiliaries ("and is due in", "and has since met"), but not the "to" of an infinitive
    while (j > 0 && s.tok_list[j] < 0 && s.t[j].word != d_.w_to &&
           ((C(s, j) & (kWTime | kWBe)) || EndsWith(Text(s, j, j + 1), "ly") || Text(s, j, j + 1) == "has" ||
            Text(s, j, j + 1) == "have" || Text(s, j, j + 1) == "had" || Text(s, j, j + 1) == "will" ||
            Text(s, j, j + 1) == "would"))
      --j;
    // "called on Israel to stop bombing": the verb before the trigger is the infinitive
    bool shifted = false;  // "to stop bombing": the bombing goes on; only its end is urged
    // (also "urged Tehran to resume talks with": the talks an infinitive's light verb asks for)
    bool light_infinitive = false;
    if (j >= 3 && j + 1 == ti) {
      std::string_view v = Text(s, j, j + 1);
      light_infinitive = IsLightVerb(s, j) || v == "resume" || v == "open" || v == "start" || v == "begin";
    }
    if (j >= 3 && s.tok_list[j] < 0 && s.t[j - 1].word == d_.w_to && !s.t[j].Is(Token::kPunct) && !IsPrep(s, j) &&
        (IsIng(Text(s, ti, ti + 1)) || light_infinitive)) {
      --j;
      shifted = !light_infinitive;  // (the talks asked for are asked for; "to stop bombing" asks no bombing)
    }
    bool unnamed_subject = false;
    // ("voted to condemn it and to demand that": a joined infinitive has the first one's subject)
    if (j >= 3 && s.t[j].word == d_.w_to && s.t[j - 1].word == d_.w_and && s.tok_list[j - 2] >= 0) --j;
    if (j >= 2 && s.tok_list[j] < 0) {
      std::string_view w = d_.vocab.Key(s.t[j].word);
      bool join = w == "and" || w == "but";
      // "repeating his pledge to stand by Baku", "Egypt's offer to host": the possessor of the noun
      // before an infinitive is its subject
      if (w == "to" && s.tok_list[j - 1] < 0 && s.tok_list[j - 2] >= 0 && s.lists[s.tok_list[j - 2]].possessive &&
          IsPlainWord(s, j - 1))
        return s.tok_list[j - 2];
      // "efforts by Macron to bring the two leaders together": the agent of the noun before the infinitive
      if (w == "to" && s.tok_list[j - 1] >= 0) {
        const List& A = s.lists[s.tok_list[j - 1]];
        if (A.marker >= 1 && s.t[A.marker].word == d_.w_by && IsPlainWord(s, A.marker - 1) && !Participle(s, A.marker - 1) &&
            UsableSubject(s, A) == false && A.usable && !A.place) {
          // ("an offer by Trump to meet its leaders": what is offered has not happened)
          if (controlled && (C(s, A.marker - 1) & kWProposal)) *controlled = 1;
          return s.tok_list[j - 1];
        }
      }
      // ("travelled to Belgrade and Pristina with the US envoy, Gabriel Escobar, and advisers to
      // the French, German and Italian leaders to press Vucic and Kurti": an infinitive of purpose
      // after a journey and its companions is the traveller's)
      if (w == "to" && s.tok_list[j - 1] >= 0) {
        static const std::set<std::string_view> kJourney = {"travelled", "traveled", "flew",
                                                            "went",      "came",     "arrived",
                                                            "returned",  "headed",   "rushed"};
        for (int k = j - 1; k > 0 && k >= j - 30; --k) {
          if (s.t[k].word == d_.w_semicolon || s.t[k].word == d_.w_quote ||
              (C(s, k) & (kWReporting | kWRelative)))
            break;
          if (s.tok_list[k] >= 0 || !kJourney.count(Text(s, k, k + 1))) continue;
          int traveller = s.tok_list[k - 1];
          if (traveller >= 0 && s.lists[traveller].usable && !s.lists[traveller].place &&
              !s.lists[traveller].possessive) {
            // (only places, companions and their descriptions in between: no other verb)
            bool plain = true;
            for (int q = k + 1; q < j && plain; ++q)
              plain = s.tok_list[q] >= 0 || !Participle(s, q) || IsPrep(s, q);
            if (plain) return traveller;
          }
          break;
        }
      }
      if (join || w == "to") {
        int k = j - 1;
        // ("on Jan. 11", "on Friday"): dates
        auto date_word = [&](int x) {
          return s.tok_list[x] < 0 && ((C(s, x) & kWTime) || s.t[x].Is(Token::kNumber) || Text(s, x, x + 1) == "." ||
                                       (IsPrep(s, x) && x + 1 < j && ((C(s, x + 1) & kWTime) || s.t[x + 1].Is(Token::kNumber))));
        };
        while (k > 0 && date_word(k)) --k;
        // (", and called on": the comma before the join)
        bool comma_join = join && k > 0 && s.t[k].word == d_.w_comma;
        if (comma_join) --k;
        // "met X in Cairo and", "suspended Nigeria from the Commonwealth and": skip the place or
        // prepositional phrase after the object
        // ("from the regional bloc ECOWAS": past a common noun the name is in apposition to)
        int pmk = k > 0 && s.tok_list[k] >= 0 ? s.lists[s.tok_list[k]].marker : -1;
        {
          int q = pmk;
          for (int steps = 0; q > 0 && steps < 3 && s.tok_list[q] < 0 && !IsPrep(s, q) &&
                              (IsPlainWord(s, q) || (C(s, q) & kWDeterminer));
               ++steps)
            --q;
          // (a determiner right after the preposition: not "to press Vucic")
          if (q != pmk && q > 0 && IsPrep(s, q) && (C(s, q + 1) & kWDeterminer)) pmk = q;
        }
        if (k > 0 && s.tok_list[k] >= 0 &&
            (s.lists[s.tok_list[k]].place ||
             (pmk > 0 && IsPrep(s, pmk) && s.t[pmk].word != d_.w_by && s.tok_list[pmk - 1] >= 0))) {
          k = pmk;  // (the list's marker, past its determiners: "from the ECOWAS bloc")
          if (IsPrep(s, k)) --k;
          while (k > 0 && date_word(k)) --k;
        }
        // "met Mr. Baradar and other members of the Taliban delegation and pressed them": an object of
        // two conjuncts; the verb is before the first
        for (int steps = 0; join && k > 0 && s.tok_list[k] >= 0 && steps < 3; ++steps) {
          int mk = s.lists[s.tok_list[k]].marker;
          if (mk < 1 || s.t[mk].word != d_.w_and || s.tok_list[mk - 1] < 0) break;
          k = mk - 1;
        }
        if (k > 0 && s.tok_list[k] >= 0) {
          const List& L = s.lists[s.tok_list[k]];
          int v = L.marker;
          // ("met separately with X and Y and pressed them": the verb of a prepositional object,
          // past an adverb)
          if (join && v > 1 && s.tok_list[v] < 0 && IsPrep(s, v) && s.t[v].word != d_.w_by) {
            int pv = v - 1;
            if (pv > 1 && Adverb(s, pv)) --pv;
            if (s.tok_list[pv] < 0 && Participle(s, pv) && !(C(s, pv) & (kWReporting | kWRelative)))
              v = pv;
          }
          bool verb = v > 0 && s.tok_list[v] < 0 && !s.t[v].Is(Token::kPunct) &&
                      !(C(s, v) & (kWRelative | kWDeterminer | kWReporting)) && s.t[v].word != d_.w_and;
          // ("the vision of a greater Israel and called on": a word after an article is an adjective)
          if (verb && s.tok_list[v - 1] < 0 && (C(s, v - 1) & kWDeterminer) && !Participle(s, v)) verb = false;
          if (verb) {
            bool control = false, causative = false;
            for (int a = std::max(0, v - 2); a <= v && !control; ++a) {
              int len = 0;
              control = PhraseIs(s, a, kPControl, &len) && a + len == v + 1;
              if (!control) causative = control = PhraseIs(s, a, kPCausative, &len) && a + len == v + 1;
            }
            if (!join && control) {
              // "urged Hamas to accept": a wish, not an event ("sent Burns to meet": a plan, decided below;
              // "prompted Quito to recall": an event)
              std::string_view cv = Text(s, IsPrep(s, v) ? v - 1 : v, (IsPrep(s, v) ? v - 1 : v) + 1);
              // ("expected Tshisekedi and Kagame to travel to Washington": an expectation is a plan
              // too)
              bool dispatch = SendVerb(cv) || cv == "tasked" || cv == "expected" || cv == "expects";
              if (controlled && !shifted && !causative) *controlled = dispatch ? 2 : 1;
              // ("prompting Quito to recall its ambassador": a capital told to act is its government)
              return L.usable && (!L.place || GovernmentSeats(s, L)) ? s.tok_list[k] : -1;
            }
            if (!IsPrep(s, v) || control) {
              // ("the border ruling that followed it, and called on": a relative clause's verb; the joined
              // verb goes with the main clause)
              std::string_view before_v = v > 0 ? Text(s, v - 1, v) : std::string_view();
              // ("recognised X as the winner, suspended the country from the bloc and urged": a
              // verb in a series after a comma goes with the clause's subject too)
              bool series =
                  join && before_v == "," && Participle(s, v) && !IsIng(Text(s, v, v + 1));
              // ("demanded that Gbagbo hand over power to Ouattara, and threatened": past a comma,
              // a verb inside a demand's or a report's "that" clause is not the one joined)
              bool in_that_clause = false;
              for (int q = v - 1; comma_join && q > 1 && !in_that_clause; --q) {
                if (s.t[q].word == d_.w_comma || s.t[q].word == d_.w_semicolon) break;
                if (s.t[q].word != d_.w_that) continue;
                int r = q - 1;
                while (r > 0 && s.tok_list[r] < 0 && (C(s, r) & kWTime)) --r;
                in_that_clause = s.tok_list[r] < 0 &&
                                 ((C(s, r) & kWReporting) || TriggerAt(s, r, RelationKind::kUrge));
                if (!in_that_clause) break;
              }
              int sub =
                  join && (before_v == "that" || before_v == "which" || series || in_that_clause)
                      ? MainSubject(s, v - 1)
                      : SubjectLeft(s, v - 1, false);
              if (sub >= 0) {
                if (join && coordinated) *coordinated = j;
                return sub;
              }
              // ("Gulf states condemned Iran and reaffirmed": the first verb's subject names no
              // actor)
              unnamed_subject = join && sub < 0 && IsPlainWord(s, v) && Participle(s, v);
            }
          }
        }
        // "accused Belgrade of trying to escape its obligations and urged": the first verb's object
        // with its complement before the join; the subject is the first verb's
        // "X rejected the deal, denouncing it as a betrayal, and recalled": past a participial phrase
        // the joined verb goes with the clause before it
        if (comma_join && k > 0 && s.tok_list[k] < 0) {
          for (int c = k - 1; c > 0; --c) {
            if (s.t[c].word == d_.w_quote || (C(s, c) & (kWReporting | kWRelative))) break;
            if (s.t[c].word != d_.w_comma || s.tok_list[c + 1] >= 0 || !IsIng(Text(s, c + 1, c + 2))) continue;
            int sub = MainSubject(s, c);
            if (sub >= 0) {
              if (coordinated) *coordinated = j;
              return sub;
            }
            break;
          }
        }
        if (join && k > 0 && s.tok_list[k] < 0) {
          for (int q = k; q > 0 && q > k - 20; --q) {
            // ("accused Thailand of unprovoked and premeditated aggression and asked": coordinated modifiers)
            // (and "recognised X as the winner of ... and called on": past the object's "as" complement)
            if (s.t[q].Is(Token::kPunct) ||
                ((C(s, q) & (kWBoundary | kWReporting | kWRelative)) && !AndBetweenModifiers(s, q) &&
                 Text(s, q, q + 1) != "as"))
              break;
            if (s.tok_list[q] < 0) continue;
            const List& L = s.lists[s.tok_list[q]];
            if (L.possessive || !L.usable) continue;  // "its legal obligations"
            // ("of unprovoked military aggression": a description inside the complement, after its modifiers)
            if (std::all_of(L.members.begin(), L.members.end(),
                            [&](int m) { return s.m[m].type == MentionType::kDescription; })) {
              int b = L.first - 1;
              while (b > 0 && s.tok_list[b] < 0 && (IsPlainWord(s, b) || AndBetweenModifiers(s, b))) --b;
              if (b >= 0 && IsPrep(s, b)) continue;
            }
            int v = L.marker;
            bool verb = v > 0 && s.tok_list[v] < 0 && !s.t[v].Is(Token::kPunct) && !IsPrep(s, v) &&
                        !(C(s, v) & (kWRelative | kWDeterminer | kWReporting | kWBoundary | kWTime)) &&
                        s.t[v].word != d_.w_and && s.t[v].word != d_.w_that && Participle(s, v);
            if (!verb) break;
            int sub = SubjectLeft(s, v - 1, false);
            if (sub >= 0 && coordinated) *coordinated = j;
            if (sub >= 0) return sub;
            break;
          }
        }
        // "Vietnam accused Chinese vessels of ramming ships trying to stop China from ..., and demanded":
        // after a long first verb phrase, ", and" joins a verb to the sentence's opening subject
        // (also without the comma: "Putin called the U.S.-led action a big mistake and demanded")
        if (join) {
          // ("..., and the Security Council condemned the invasion and demanded": the joined clause's subject)
          int joined_subject = comma_join ? -1 : JoinedClauseSubject(s, j);
          int main = joined_subject >= 0 ? joined_subject : MainSubject(s, j);
          // (without the comma, only a join in the main clause: not "told reporters that A were X and",
          // "Y, who arrived in Beirut and")
          bool inner = false;
          for (int q = main >= 0 ? s.lists[main].last : j; !comma_join && q < j && !inner; ++q)
            inner = (C(s, q) & (kWReporting | kWRelative)) || s.t[q].word == d_.w_that || s.t[q].word == d_.w_quote;
          if (main >= 0 && !inner && (s.lists[main].first <= 1 || main == joined_subject) && s.lists[main].usable &&
              !s.lists[main].place) {
            if (coordinated) *coordinated = j;
            return main;
          }
          // ("condemned the seizure as an escalation that threatened the lives of a million
          // Palestinians and urged Israel": an object of a preposition right before the join is no
          // subject; past the relative clause, the main clause's is)
          int left = comma_join ? -1 : SubjectLeft(s, j - 1, false);
          int prep = left >= 0 ? s.lists[left].first - 1 : -1;  // (past "more than a million")
          for (int steps = 0;
               prep > 0 && steps < 5 && s.tok_list[prep] < 0 && !IsPrep(s, prep) &&
               ((C(s, prep) & (kWDeterminer | kWQuantifier)) || s.t[prep].Is(Token::kNumber));
               ++steps)
            --prep;
          if (main >= 0 && inner && left >= 0 && left != main && s.lists[left].last == j &&
              prep >= 0 && s.tok_list[prep] < 0 && IsPrep(s, prep) && s.t[prep].word != d_.w_by &&
              s.lists[main].first <= 1 && s.lists[main].usable && !s.lists[main].place) {
            if (coordinated) *coordinated = j;
            return main;
          }
        }
      }
    }
    // "Blinken called Burhan as the talks opened to press him": an infinitive of purpose after a clause
    // whose last actor is a verb's object goes with that verb's subject
    if (j >= 2 && Text(s, j, j + 1) == "to" && s.tok_list[j - 1] < 0) {
      int q = j - 1;
      while (q >= 0 && s.tok_list[q] < 0 && !s.t[q].Is(Token::kPunct) && j - q <= 6) --q;
      if (q >= 0 && s.tok_list[q] >= 0) {
        const List& O = s.lists[s.tok_list[q]];
        int v = O.marker;
        // ("called army chief Burhan": past a lower-case title)
        for (int steps = 0; v > 0 && steps < 2 && s.tok_list[v] < 0 && IsPlainWord(s, v) && !Participle(s, v); ++steps) --v;
        bool object = v > 0 && s.tok_list[v] < 0 && IsPlainWord(s, v) && Participle(s, v) && !IsPrep(s, v) &&
                      !(C(s, v) & kWReporting);
        int len = 0;
        bool control = object && (PhraseIs(s, v, kPControl, &len) || PhraseIs(s, v, kPCausative, &len));
        if (object && !control && !O.place) {
          int sub = SubjectLeft(s, v - 1, false);
          if (sub >= 0) return sub;
        }
      }
    }
    // "after the rebels refused to negotiate": the verb before the infinitive has the subject of a
    // subordinate clause right before it (past auxiliaries: "since Hamas had agreed to meet")
    if (j >= 2 && s.t[j].word == d_.w_to && s.tok_list[j - 1] < 0 && IsPlainWord(s, j - 1) &&
        !IsPrep(s, j - 1)) {
      int v = j - 1;
      while (v > 1 && s.tok_list[v - 1] < 0 && Auxiliary(s, v - 1)) --v;
      int li = v > 0 ? s.tok_list[v - 1] : -1;
      if (li >= 0 && s.lists[li].marker >= 0 &&
          Subordinator(AsciiLower(Text(s, s.lists[li].marker, s.lists[li].marker + 1)))) {
        int sub = SubjectLeft(s, v - 1, false);
        if (sub >= 0) return sub;
      }
    }
    return unnamed_subject ? -1 : SubjectLeft(s, ti - 1, false);
  }

  // A noun for a body that acts for whoever it belongs to ("Hamas's delegation", "sent its envoys").
  // A verb whose object is a reaction to its subject: "drew criticism from X", "won the backing of X" (`support`);
  // also "despite criticism from X", "in defiance of warnings from X".
  static bool DrawsReaction(std::string_view w, bool support) {
    if (support)
      return w == "won" || w == "wins" || w == "winning" || w == "secured" || w == "secures" || w == "securing" ||
             w == "gained" || w == "gains" || w == "received" || w == "receives" || w == "obtained" || w == "enjoys" ||
             w == "enjoyed";
    return w == "drawing" || w == "drew" || w == "draws" || w == "draw" || w == "prompt" ||
           w == "spark" || w == "provoke" || w == "attract" || w == "earn" || w == "face" ||
           w == "prompting" || w == "prompted" || w == "sparking" || w == "sparked" ||
           w == "triggering" || w == "triggered" || w == "provoking" || w == "provoked" ||
           w == "attracting" || w == "attracted" || w == "earning" || w == "earned" ||
           w == "facing" || w == "faced" || w == "faces" || w == "drawn" || w == "despite" ||
           w == "defiance" || w == "defying" || w == "defied" || w == "ignoring" ||
           w == "ignored" || w == "under" ||  // ("came under pressure from X")
           w == "at";  // ("agreed at the request of X", "at the urging of X")
  }

  static bool SendVerb(std::string_view w) {
    return w == "sent" || w == "send" || w == "sends" || w == "sending" || w == "dispatched" ||
           w == "dispatch" || w == "dispatches" || w == "dispatching";
  }

  static bool IsBodyNoun(std::string_view w) {
    static const std::set<std::string_view> kBodies = {
        "delegation", "delegations", "team", "negotiators", "negotiating", "officials", "leaders", "leadership",
        "office", "administration", "aides", "advisers", "cabinet", "ministry", "forces", "troops", "soldiers",
        "fighters", "government", "envoy", "envoys", "emissary", "emissaries", "mission", "representatives",
        "delegates", "mediators", "spokesman", "spokeswoman", "spokesperson", "army", "military", "gunmen",
        "militants", "attackers", "commandos", "police", "ministers", "presidents", "heads", "chiefs",
        "prime ministers", "movement", "group", "rebels", "faction", "camp", "side", "militia", "militias", "party",
        "regime", "junta", "contingent", "contingents", "unit", "units", "battalion", "monitors", "observers",
        "commander", "commanders", "officers", "operatives", "personnel", "board", "council", "committee",
        "country", "nation"};  // ("said his country had mediated": the state of the one it is his)
    return kBodies.count(w) > 0;
  }

  // What a side holds, which stands for it when attacked ("their positions", "its border posts").
  static bool IsHeldNoun(std::string_view w) {
    static const std::set<std::string_view> kHeld = {
        "positions", "posts", "outposts", "bases", "camps", "villages", "towns", "strongholds"};
    return kHeld.count(w) > 0;
  }

  // The weapons of a side, which act for it ("Haftar's warplanes struck"); `singular` adds the forms that
  // only stand alone before "from" ("a warplane from Haftar's forces", not "its largest drone attack").
  static bool IsWeaponNoun(std::string_view w, bool singular) {
    static const std::set<std::string_view> kPlural = {"warplanes", "jets", "drones", "missiles", "rockets", "artillery",
                                                       "aircraft", "helicopters", "gunships", "bombers", "warships", "navy"};
    static const std::set<std::string_view> kSingular = {"warplane", "jet", "drone", "missile", "rocket", "helicopter",
                                                         "gunship", "bomber", "warship"};
    return kPlural.count(w) > 0 || (singular && kSingular.count(w) > 0);
  }

  // "sent a delegation", "sent its negotiators": an unnamed body of the subject after `j`
  bool BodyAfter(const Sentence& s, int j) const {
    int n = static_cast<int>(s.t.size());
    for (int k = j; k < n && k < j + 4; ++k) {
      if (IsBodyNoun(AsciiLower(Text(s, k, k + 1)))) return true;
      if (s.tok_list[k] >= 0 || s.t[k].Is(Token::kPunct) || IsPrep(s, k)) return false;
    }
    return false;
  }

  // The two armed sides of different parties named last (this sentence, then the document).
  std::vector<Ref> RecentArmedPair(const std::vector<Entity>& local) const {
    std::vector<Ref> found;
    auto consider = [&](const Entity& e) {
      if (found.size() >= 2 || e.place || e.ref.person()) return;
      const Actor* movement = e.ref.kind == ActorKind::kOrganization ? kb_.Find(e.ref.party) : nullptr;
      if (!IsArmedForces(e.ref) && !(movement && movement->armed)) return;
      for (const Ref& f : found)
        if (f.party == e.ref.party) return;
      found.push_back(e.ref);
    };
    for (auto it = local.rbegin(); it != local.rend(); ++it) consider(*it);
    for (auto it = st_.history.rbegin(); it != st_.history.rend(); ++it) consider(*it);
    // ("the Government of National Accord ... the Libyan National Army ... both delegations": one armed
    // movement and the state it fights at home, named last)
    const Actor* movement = found.size() == 1 ? kb_.Find(found[0].party) : nullptr;
    if (movement && movement->armed && !movement->home.empty()) {
      auto home = [&](const Entity& e) {
        if (found.size() < 2 && !e.place && !e.ref.person() && e.ref.party == movement->home) found.push_back(e.ref);
      };
      for (auto it = local.rbegin(); it != local.rend(); ++it) home(*it);
      for (auto it = st_.history.rbegin(); it != st_.history.rend(); ++it) home(*it);
    }
    if (found.size() < 2) found.clear();
    return found;
  }

  // Is the noun at `ti` the object of a verb that judges or answers ("condemned the attack",
  // "welcomed the talks")? Looks back over determiners, dates and a few modifiers.
  bool ObjectOfJudgement(const Sentence& s, int ti) const {
    int j = ti - 1;
    for (int modifiers = 0; j >= 0 && s.tok_list[j] < 0; --j) {
      if ((C(s, j) & (kWDeterminer | kWTime | kWQuantifier)) || s.t[j].word == d_.w_s) continue;
      if (s.t[j].Is(Token::kPunct) || IsPrep(s, j) || ++modifiers > 2) break;
      std::uint32_t node = d_.triggers.phrases().Child(0, s.t[j].word);
      if (!node) continue;
      for (std::uint32_t v : d_.triggers.phrases().Values(node)) {
        if (v < kTriggerBase) continue;
        RelationKind k = d_.triggers.rules()[v - kTriggerBase].kind;
        if (k == RelationKind::kCriticize || k == RelationKind::kRespond || k == RelationKind::kSupport) return true;
      }
    }
    return false;
  }

  // The subject list of the first condition after token `te` in its clause ("if Kyiv withdrew", "unless
  // Hamas agrees", "as soon as Israel halts"); -1 if none or not an actor.
  int ConditionSubject(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    for (int j = te; j + 1 < n; ++j) {
      // (past a quoted word or two: 'begin negotiations "immediately" if')
      if (s.t[j].word == d_.w_quote) {
        int close = j + 1;
        while (close < n && close <= j + 3 && s.t[close].word != d_.w_quote) ++close;
        if (close < n && close <= j + 3) {
          j = close;
          continue;
        }
      }
      // (not "States" of "the United States": a name is no reporting verb)
      if (s.t[j].word == d_.w_semicolon || s.t[j].word == d_.w_quote ||
          ((C(s, j) & kWReporting) && s.tok_list[j] < 0))
        break;
      std::string_view w = Text(s, j, j + 1);
      bool cond = w == "if" || w == "unless" || w == "provided" ||
                  (w == "soon" && j > 0 && Text(s, j - 1, j) == "as" && j + 1 < n && Text(s, j + 1, j + 2) == "as");
      if (!cond) continue;
      int k = j + 1;
      if (w == "soon") ++k;
      while (k < n && s.tok_list[k] < 0 && (C(s, k) & kWDeterminer)) ++k;
      const List* L = k < n && s.tok_list[k] >= 0 ? &s.lists[s.tok_list[k]] : nullptr;
      // ("if Washington lifted sanctions": a capital that acts is its government)
      return L && L->usable && (!L->place || GovernmentSeats(s, *L)) && !L->possessive &&
                     !L->adjectival
                 ? s.tok_list[k]
                 : -1;
    }
    return -1;
  }

  // The list whose response noun is the subject of the verb at `ti` ("Hamas's reply, handed to the
  // mediators, accepted", "Its response accepted", "The American reply turned down"); -1 if none.
  int ResponseOwner(const Sentence& s, int ti) const {
    int k = ti - 1;
    while (k > 0 && s.tok_list[k] < 0 && Auxiliary(s, k) && s.t[k].word != d_.w_to && !(C(s, k) & kWResponseNoun)) --k;
    if (k > 1 && s.t[k].word == d_.w_comma) {  // past a participial phrase between commas
      int c = k - 1;
      while (c > 0 && c > k - 20 && s.t[c].word != d_.w_comma) --c;
      if (c <= 0 || s.t[c].word != d_.w_comma) return -1;
      k = c - 1;
    }
    if (k < 1 || s.tok_list[k] >= 0 || !(C(s, k) & kWResponseNoun)) return -1;
    int before = k - 1;  // ("Hamas's reply": past the possessive's "'s")
    if (before > 0 && s.tok_list[before] < 0 && (s.t[before].word == d_.w_s || s.t[before].word == d_.w_apos)) --before;
    int li = s.tok_list[before];
    if (li < 0) return -1;
    const List& L = s.lists[li];
    if (!(L.possessive || L.adjectival) || L.place) return -1;
    return ListRefs(s, li).empty() ? -1 : li;
  }

  // The leader of an unnamed body that is the subject of the verb at `ti` ("A delegation led by X
  // presented", "an AU panel headed by X, met"); -1 if none.
  int BodyLeader(const Sentence& s, int ti) const {
    int k = ti - 1;
    while (k > 0 && s.tok_list[k] < 0 && Auxiliary(s, k) && s.t[k].word != d_.w_to) --k;
    if (k > 0 && s.t[k].word == d_.w_comma) --k;
    int li = k >= 0 ? s.tok_list[k] : -1;
    if (li < 0 || s.lists[li].marker < 2) return -1;
    int body = s.lists[li].marker - 2;
    if (LeaderOfBody(s, body) != li) return -1;
    // (the body opens its clause: "A delegation led by X", not "met a delegation led by X")
    // ("A delegation of African leaders led by X": the body's own of-phrase)
    int b = body - 1;
    while (b >= 0 && s.tok_list[b] < 0 &&
           (IsPlainWord(s, b) || (C(s, b) & kWDeterminer) ||
            (s.t[b].Is(Token::kUpper) && !s.t[b].Is(Token::kPunct) && s.tok_mention[b] < 0) ||
            (s.t[b].word == d_.w_of && b > 0 && IsBodyNoun(Text(s, b - 1, b)))))
      --b;
    return b >= 0 && !s.t[b].Is(Token::kPunct) && !(C(s, b) & kWBoundary) ? -1 : li;
  }

  // The list that leads the unnamed body noun at `body` ("a delegation led by X", "a team headed by X");
  // -1 if none.
  int LeaderOfBody(const Sentence& s, int body) const {
    int n = static_cast<int>(s.t.size());
    if (body < 0 || body + 3 >= n || s.tok_list[body] >= 0 || !IsBodyNoun(Text(s, body, body + 1))) return -1;
    std::string_view led = Text(s, body + 1, body + 2);
    if ((led != "led" && led != "headed" && led != "chaired") || s.t[body + 2].word != d_.w_by) return -1;
    int li = s.tok_list[body + 3];
    if (li < 0 || s.lists[li].first != body + 3 || !s.lists[li].usable || s.lists[li].place) return -1;
    return ListRefs(s, li).empty() ? -1 : li;
  }

  // Whether a trigger (of `kind`, when given) starts at token `k` ("rejected", "turned down").
  bool TriggerAt(const Sentence& s, int k, std::optional<RelationKind> kind = std::nullopt) const {
    return RuleAt(s, k, [&](const TriggerRule& R) { return !kind || R.kind == *kind; });
  }

  // Whether a judgement trigger (`judged`: "arrogant", "a threat") starts at token `k`.
  bool JudgementAt(const Sentence& s, int k) const {
    return RuleAt(s, k, [](const TriggerRule& R) { return R.judged; });
  }

  // Whether a trigger phrase starting at token `k` has a rule that `fits`.
  template <typename Fits>
  bool RuleAt(const Sentence& s, int k, Fits fits) const {
    if (k >= static_cast<int>(s.t.size()) || s.tok_list[k] >= 0) return false;
    std::uint32_t node = d_.triggers.phrases().Child(0, s.t[k].word);
    int n = static_cast<int>(s.t.size());
    for (int j = k + 1; node; ++j) {  // (every phrase the words from `k` on spell: "insisted that")
      for (std::uint32_t v : d_.triggers.phrases().Values(node))
        if (v >= kTriggerBase && fits(d_.triggers.rules()[v - kTriggerBase])) return true;
      node = j < n && j < k + 5 ? d_.triggers.phrases().Child(node, s.t[j].word) : 0;
    }
    return false;
  }

  // Whether the noun ending at `te` is what a relative clause right after it answers ("a demand (that)
  // Egypt has publicly rejected"), not the head of its own clause ("a demand that Israel withdraw").
  bool AnsweredByRelative(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    int j = te;
    if (j < n && (s.t[j].word == d_.w_that || Text(s, j, j + 1) == "which")) ++j;
    if (j < n && Text(s, j, j + 1) == "the") ++j;
    if (j >= n || s.tok_list[j] < 0) return false;
    int li = s.tok_list[j];
    int k = s.lists[li].last;
    while (k < n && s.tok_list[k] < 0 && (Auxiliary(s, k) || EndsWith(Text(s, k, k + 1), "ly"))) ++k;
    // ("a demand Kyiv called unacceptable": a judgement of it answers it too)
    bool judging = false;
    if (k < n && s.tok_list[k] < 0 && Participle(s, k) && (C(s, k) & kWJudging))
      for (int q = k + 1; q < n && q <= k + 3 && !judging; ++q) judging = JudgementAt(s, q);
    return (TriggerAt(s, k, RelationKind::kRespond) || judging) &&
           RelativeAntecedent(s, li, k) == te - 1;
  }

  // A unit of time: "weeks", "a day".
  static bool DurationWord(std::string_view w) {
    static const std::set<std::string_view> kUnits = {"hour", "hours", "day",   "days",  "week",   "weeks",
                                                      "month", "months", "year", "years", "decades"};
    return kUnits.count(w) > 0;
  }

  // The trigger at `ti` is what a deadline asks for: "gave them two weeks to accept it", "was given 48 hours
  // to withdraw", "has until Friday to respond" (not "spent two weeks to prepare").
  bool DeadlineInfinitive(const Sentence& s, int ti) const {
    if (ti < 3 || s.t[ti - 1].word != d_.w_to) return false;
    int k = ti - 2;
    if (DurationWord(Text(s, k, k + 1))) {
      --k;
      while (k >= 0 && s.tok_mention[k] < 0 && (s.t[k].Is(Token::kNumber) || (C(s, k) & (kWQuantifier | kWDeterminer)) ||
                                                 Text(s, k, k + 1) == "another" || Text(s, k, k + 1) == "more"))
        --k;
      if (k == ti - 3) return false;  // a number or "a" before the unit
      if (k >= 0 && s.tok_mention[k] >= 0) k = s.m[s.tok_mention[k]].first - 1;  // the one given the time
      if (k < 0) return false;
      std::string_view v = Text(s, k, k + 1);
      return v == "gave" || v == "give" || v == "gives" || v == "giving" || v == "given" || v == "granted" ||
             v == "grant" || v == "allowed" || v == "allow";
    }
    // "has until Friday to respond"
    for (int j = ti - 2; j >= 0 && j >= ti - 4; --j)
      if (Text(s, j, j + 1) == "until" && j > 0) {
        std::string_view v = Text(s, j - 1, j);
        return v == "has" || v == "have" || v == "had" || v == "given";
      }
    return false;
  }

  // A date word, or "on" before one ("on Thursday"): what may stand between a subject and its verb.
  bool DateAt(const Sentence& s, int k) const {
    return s.tok_list[k] < 0 && ((C(s, k) & kWTime) || (Text(s, k, k + 1) == "on" && k + 1 < static_cast<int>(s.t.size()) &&
                                                        (C(s, k + 1) & kWTime)));
  }

  // Whether the gerund at `ti` follows a span of time and "of" ("weeks of mediating"): verbal, not a noun.
  bool GerundAfterDuration(const Sentence& s, int ti) const {
    if (ti < 2 || Text(s, ti - 1, ti) != "of" || !IsIng(Text(s, ti, ti + 1))) return false;
    std::string_view w = Text(s, ti - 2, ti - 1);
    return DurationWord(w) && w != "hour" && w != "day" && w != "week" && w != "month" && w != "year";
  }

  // The subject of the subordinate clause ("after Russia launched ...") that the comma at `comma`
  // ends: an actor right after a subordinator and right before a past verb; -1 if none
  int SubordinateSubjectBefore(const Sentence& s, int comma) const {
    for (int k = comma - 1; k > 1; --k) {
      if (s.t[k].Is(Token::kPunct) || (C(s, k) & (kWReporting | kWRelative))) return -1;
      int li = s.tok_list[k - 1];
      if (li < 0 || s.tok_list[k] >= 0 || !Participle(s, k)) continue;
      const List& L = s.lists[li];
      if (L.marker < 0 || !Subordinator(Text(s, L.marker, L.marker + 1)) || !L.usable || L.place ||
          L.possessive)
        return -1;
      return li;
    }
    return -1;
  }

  // A word that opens a subordinate clause ("after", "when", "because"); lower case.
  static bool Subordinator(std::string_view w) {
    static const std::set<std::string_view> kWords = {
        "where", "when",  "after",    "before", "while", "as", "because",
        "since", "until", "although", "though", "once",  "if", "unless"};
    return kWords.count(w) > 0;
  }

  static bool SameActors(const std::vector<Ref>& a, const std::vector<Ref>& b) {
    std::set<std::string> x, y;
    for (const Ref& r : a) x.insert(r.id);
    for (const Ref& r : b) y.insert(r.id);
    return x == y;
  }

  static bool SpeechAct(RelationKind k) {
    return k == RelationKind::kCriticize || k == RelationKind::kUrge || k == RelationKind::kSupport ||
           k == RelationKind::kRespond || k == RelationKind::kPropose;
  }

  // For "A said B ... and <verb>" (the verb at `ti`, `subject` = B): A, when B opens the
  // complement clause of a reporting verb and "and"/"but" joins the verb; otherwise -1.
  int ReporterAcrossJoin(const Sentence& s, int ti, int subject) const {
    int j = ti - 1;
    while (j > 0 && s.tok_list[j] < 0 && ((C(s, j) & kWTime) || EndsWith(Text(s, j, j + 1), "ly"))) --j;
    std::string_view w = d_.vocab.Key(s.t[j].word);
    // (an actor right before the join would be a list: "A and B"; a place ends a phrase: "from Yemen and")
    if (j <= 0 || (w != "and" && w != "but") || (s.tok_list[j - 1] >= 0 && !s.lists[s.tok_list[j - 1]].place)) return -1;
    int r = s.lists[subject].first - 1;
    while (r > 0 && s.tok_list[r] < 0 && (C(s, r) & kWDeterminer)) --r;  // "said the Israelis had"
    // "said the measures would be lifted only once the FDLR threat was gone, and urged": the subject
    // of a subordinate clause is inside what was reported; the reporting verb is further left
    if (r > 0 && s.tok_list[r] < 0 && (Subordinator(Text(s, r, r + 1)) || Text(s, r, r + 1) == "once")) {
      for (int k = r - 1; k > 0; --k) {
        if (s.tok_list[k] < 0 && (C(s, k) & kWReporting)) return SubjectLeft(s, k - 1, false);
        if (s.t[k].word == d_.w_comma || s.t[k].word == d_.w_semicolon || (C(s, k) & kWBoundary)) return -1;
      }
      return -1;
    }
    // "said there was no evidence they had come from Yemen and accused Iran": a subject that names no
    // actor (the drones) leaves the joined verb to the reporter further left
    if (ListRefs(s, subject).empty()) {
      for (int k = r; k > 0; --k) {
        if (s.tok_list[k] >= 0 || s.t[k].Is(Token::kPunct)) return -1;
        if (C(s, k) & kWReporting) return SubjectLeft(s, k - 1, false);
      }
      return -1;
    }
    if (r > 0 && s.t[r].word == d_.w_that) --r;
    while (r > 0 && s.tok_list[r] < 0 && (C(s, r) & kWTime)) --r;  // "said on Monday that"
    if (r <= 0 || s.tok_list[r] >= 0 || !(C(s, r) & kWReporting)) return -1;
    return SubjectLeft(s, r - 1, false);
  }

  // The subject of the clause a pronoun at `k` is the object in: "urged him" is the
  // verb's (ClauseSubject); after "that" or a preposition, the nearest subject.
  int ObjectClauseSubject(const Sentence& s, int k) const {
    int v = k - 1;
    bool verb = v > 0 && s.tok_list[v] < 0 && !s.t[v].Is(Token::kPunct) &&
                !(C(s, v) & (kWRelative | kWDeterminer | kWPreposition | kWReporting)) && s.t[v].word != d_.w_that;
    return verb ? ClauseSubject(s, v, nullptr) : SubjectLeft(s, k - 1, false);
  }

  // The antecedent of the ", who/whose/which" clause list `li` stands in, or `li` itself.
  int OutsideRelative(const Sentence& s, int li) const {
    for (int j = s.lists[li].first - 1; j > 1; --j) {
      if (s.tok_list[j] >= 0 || s.t[j].Is(Token::kPunct)) return li;
      std::string_view w = Text(s, j, j + 1);
      if ((w == "who" || w == "whose" || w == "which") && s.t[j - 1].word == d_.w_comma) {
        int a = s.tok_list[j - 2];
        return a >= 0 && s.lists[a].usable && !s.lists[a].place && !ListRefs(s, a).empty() ? a : li;
      }
    }
    return li;
  }

  // The main clause subject: the first list in subject position, after a
  // fronted phrase ("Following talks with X, Blinken said").
  int MainSubject(const Sentence& s, int before) const {
    int n = static_cast<int>(s.t.size());
    int start = 0;
    if (n > 0 && (IsPrep(s, 0) || IsIng(Text(s, 0, 1)))) {
      // ("Under the deal brokered by Qatar, Egypt and the US, Hamas": a comma inside a list goes on)
      while (start < n && (s.t[start].word != d_.w_comma ||
                           (start > 0 && s.tok_list[start - 1] >= 0 && s.tok_list[start - 1] == s.tok_list[start + 1 < n ? start + 1 : start])))
        ++start;
      ++start;
    }
    for (int i = start; i < std::min(before, n); ++i) {
      if (s.t[i].word == d_.w_quote) return -1;
      int li = s.tok_list[i];
      if (li >= 0) {
        if (UsableSubject(s, s.lists[li])) return li;
        i = s.lists[li].last - 1;
      }
    }
    // ("On Tuesday the group went further, calling ...": the opening phrase ended without a comma)
    if (start > 0 && start >= before)
      for (int i = 0; i < std::min(before, n); ++i) {
        if (s.t[i].word == d_.w_quote || s.t[i].word == d_.w_comma) break;
        int li = s.tok_list[i];
        if (li >= 0) {
          if (UsableSubject(s, s.lists[li]) && s.lists[li].last < n && !s.t[s.lists[li].last].Is(Token::kPunct)) return li;
          i = s.lists[li].last - 1;
        }
      }
    return -1;
  }

  // The subject of the last clause joined by ", and" / ", but" / "; " before `before`
  // ("..., and Maduro responded"); -1 if none, or if a quotation intervenes.
  int JoinedClauseSubject(const Sentence& s, int before) const {
    int n = static_cast<int>(s.t.size());
    for (int j = std::min(before, n) - 2; j > 0; --j) {
      if (s.t[j].word == d_.w_quote) return -1;
      if (s.tok_list[j] >= 0) continue;
      std::string_view w = Text(s, j, j + 1);
      bool join = w == ";" || ((w == "and" || w == "but") && s.t[j - 1].word == d_.w_comma);
      if (!join) continue;
      int h = j + 1;  // (", and the Security Council": past the article)
      while (h < n && s.tok_list[h] < 0 && (C(s, h) & kWDeterminer)) ++h;
      int li = h < n ? s.tok_list[h] : -1;
      if (li < 0) continue;
      const List& L = s.lists[li];
      // a verb right after the subject: not a list item or a prepositional phrase
      if (!UsableSubject(s, L) || L.last >= before || s.tok_list[L.last] >= 0 || s.t[L.last].Is(Token::kPunct) ||
          IsPrep(s, L.last) || (C(s, L.last) & (kWDeterminer | kWRelative)))
        continue;
      return li;
    }
    return -1;
  }

  // ---------------------------------------------------------------- coreference
  std::vector<Ref> ListRefs(const Sentence& s, int li) const {
    std::vector<Ref> r;
    if (li < 0) return r;
    for (int k : s.lists[li].members)
      for (const Ref& x : s.refs[k]) r.push_back(x);
    // ("his country", "her nation": the state of the person)
    const List& L = s.lists[li];
    if (L.body && L.last > 0 && (Text(s, L.last - 1, L.last) == "country" || Text(s, L.last - 1, L.last) == "nation"))
      for (Ref& x : r) {
        const Actor* st = x.person() ? kb_.Find(x.party) : nullptr;
        if (st && st->kind == ActorKind::kCountry) {
          Span span = x.span;
          x = RefOfActor(*st, true);
          x.span = span;
        }
      }
    return r;
  }

  // The state right after a description and "in": its capital or its name ("the government in Asmara").
  const Actor* StateAfterIn(const Sentence& s, const Mention& m) const {
    int n = static_cast<int>(s.t.size());
    int in = m.last;
    // ("the military junta that seized power in Niger": where it seized power)
    if (in + 3 < n) {
      std::string_view rel = Text(s, in, in + 1), v = Text(s, in + 1, in + 2);
      if ((rel == "that" || rel == "which" || rel == "who") &&
          (v == "seized" || v == "took" || v == "grabbed") && Text(s, in + 2, in + 3) == "power")
        in += 3;
    }
    // ("the government, now based in Port Sudan,": where an apposition says it sits)
    if (in + 3 < n && s.t[in].word == d_.w_comma) {
      int b = in + 1;
      if (Text(s, b, b + 1) == "now" || Text(s, b, b + 1) == "currently" ||
          Text(s, b, b + 1) == "still")
        ++b;
      if (b + 1 < n && (Text(s, b, b + 1) == "based" || Text(s, b, b + 1) == "seated")) in = b + 1;
    }
    if (in + 1 >= n || Text(s, in, in + 1) != "in" || s.tok_mention[in + 1] < 0) return nullptr;
    const Mention& p = s.m[s.tok_mention[in + 1]];
    if (!p.capital && p.kind != ActorKind::kCountry) return nullptr;
    const Actor* st = kb_.Find(p.party);
    return st && st->kind == ActorKind::kCountry ? st : nullptr;
  }

  static bool Contains(const std::string& title, std::string_view head) {
    std::size_t p = title.find(head);
    return p != std::string::npos;
  }

  void Resolve(Sentence* sp) {
    Sentence& s = *sp;
    s.refs.assign(s.m.size(), {});
    std::vector<Entity> local;  // earlier mentions of this sentence
    std::vector<Ref> speaker;
    for (int k = 0; k < static_cast<int>(s.m.size()); ++k) {
      Mention& m = s.m[k];
      std::vector<Ref>& out = s.refs[k];
      switch (m.type) {
        case MentionType::kName:
        case MentionType::kGroup:
        case MentionType::kAdjectival:
          out.push_back(RefOf(m, atom_));
          // "called on the Libyan parties to implement it": a state's parties, sides or factions are the
          // sides of the document's conflict that include that state
          // (not one of several: "the Bosnian and Serbian delegations" are one of each)
          if (m.type == MentionType::kGroup && !m.party.empty() &&
              !(s.tok_list[m.first] >= 0 && s.lists[s.tok_list[m.first]].members.size() >= 2)) {
            std::string_view head = Text(s, m.last - 1, m.last);
            if (head == "parties" || head == "sides" || head == "factions" || head == "rivals" ||
                head == "delegations") {
              // ("the Liberian parties" after "signed by the government, LURD and MODEL": the state and the
              // movements named with it, before the last pair)
              std::vector<Ref> home = m.first > 0 && CountedOther(s, m.first - 1) ? std::vector<Ref>{}
                                                                                 : HomeSides(out.front());
              std::vector<Ref> main_pair = MainPair();
              for (const std::vector<Ref>* cand : {&home, &st_.sides, &st_.pair, &main_pair}) {
                if (cand->size() < 2) continue;
                bool has = std::any_of(cand->begin(), cand->end(), [&](const Ref& r) { return r.party == m.party; });
                bool other = std::any_of(cand->begin(), cand->end(), [&](const Ref& r) { return r.party != m.party; });
                if (has && other) {
                  out = *cand;
                  break;
                }
              }
            }
          }
          break;
        case MentionType::kPronoun:
          // "we" needs the speaker, who may be named after the quotation: second pass
          if (m.pronoun != PronounClass::kSpeaker) ResolvePronoun(s, k, local, &out);
          break;
        case MentionType::kDescription:
          ResolveDescription(s, k, local, &out);
          break;
      }
      for (Ref& r : out) {
        if (m.type == MentionType::kPronoun || m.type == MentionType::kDescription) r.indirect = true;
        r.span = {s.t[m.first].begin, s.t[m.last - 1].end};
        if (m.type != MentionType::kPronoun || true)
          local.push_back({r, m.title, m.office, s.index, m.place, SingularBody(s, k)});
      }
    }
    for (int k = 0; k < static_cast<int>(s.m.size()); ++k) {
      if (s.m[k].type != MentionType::kPronoun || s.m[k].pronoun != PronounClass::kSpeaker) continue;
      ResolvePronoun(s, k, local, &s.refs[k]);
      for (Ref& r : s.refs[k]) {
        r.indirect = true;
        r.span = {s.t[s.m[k].first].begin, s.t[s.m[k].last - 1].end};
      }
    }
    if (s.speaker_list >= 0) s.speaker = ListRefs(s, s.speaker_list);
  }

  // The states a grouping's mention names as its members: "the Quad group of A, B and C", "the
  // troika, A, B and C", "A, B and C, the so-called troika"; none unless two or more states are
  // named so.
  std::vector<Ref> GroupingMembers(const Sentence& s, const Mention& m) {
    int n = static_cast<int>(s.t.size());
    auto states = [&](int li) {  // (the list's states, but the grouping itself)
      std::vector<Ref> r;
      if (li < 0) return r;
      for (int mk : s.lists[li].members) {
        const Mention& x = s.m[mk];
        if (x.first >= m.first && x.last <= m.last) continue;
        if (x.type != MentionType::kName || !x.actor || x.actor->kind != ActorKind::kCountry ||
            x.place)
          return std::vector<Ref>{};
        r.push_back(RefOf(x, atom_));
      }
      return r.size() >= 2 ? r : std::vector<Ref>{};
    };
    int after = m.last;
    if (after + 1 < n && (s.t[after].word == d_.w_of || s.t[after].word == d_.w_comma ||
                          s.t[after].word == d_.w_lparen)) {
      int a = after + 1;
      while (a + 1 < n && s.tok_list[a] < 0 && (C(s, a) & kWDeterminer))
        ++a;  // ("of the United States")
      int li = s.tok_list[a];
      if (li >= 0 && (s.lists[li].first == a || s.lists[li].first == after + 1))
        if (std::vector<Ref> r = states(li); !r.empty()) return r;
    }
    // (the list may run on into the grouping: "Britain, France and Germany, the E3")
    if (m.first >= 2 && s.t[m.first - 1].word == d_.w_comma) {
      int li = s.tok_list[m.first - 2];
      if (li >= 0 && (s.lists[li].last == m.first - 1 || s.lists[li].last == m.last))
        return states(li);
    }
    return {};
  }

  // A count or quantifier before a plural ("the 19 Burundian parties", "several Libyan factions"): some of
  // a state's parties, not the sides of its war.
  bool CountedOther(const Sentence& s, int k) const {
    if (s.t[k].Is(Token::kNumber)) return true;
    std::string w = AsciiLower(Text(s, k, k + 1));
    static constexpr std::string_view kWords[] = {"several", "some", "many",    "other",
                                                  "most",    "few",  "various", "numerous"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  }

  // Is the object after `te` an offer or proposal of talks ("South Korea's offer of high-level talks",
  // "a proposal for a summit")?
  bool OfferOfTalks(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    for (int j = te; j + 1 < n && j < te + 8; ++j) {
      if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_s && s.t[j].word != d_.w_apos && s.t[j].word != d_.w_hyphen)
        return false;
      if (!(C(s, j) & kWProposal) || (Text(s, j + 1, j + 2) != "of" && Text(s, j + 1, j + 2) != "for")) continue;
      for (int k = j + 2; k < n && k < j + 7; ++k) {  // (past modifiers: "high-level", "direct")
        std::string_view w = Text(s, k, k + 1);
        if (IsTalksNoun(s, k) || w == "meeting" || w == "summit") return true;
        if ((s.t[k].Is(Token::kPunct) && s.t[k].word != d_.w_hyphen) || s.tok_list[k] >= 0) break;
      }
      return false;
    }
    return false;
  }

  // The possessor of a proposal or demand that opens the sentence before the trigger at `ti`
  // ("Russia's demand that NATO ...", "Egypt's new plan for Gaza"): its list, or -1.
  int OpeningProposalAuthor(const Sentence& s, int ti) const {
    for (int k = 0; k < ti; ++k) {
      if (s.tok_list[k] < 0) continue;
      const List& L = s.lists[s.tok_list[k]];
      if (!L.possessive || !L.usable || L.place) return -1;
      int noun = ProposalNounAfter(s, PastPossessive(s, L));
      return noun >= 0 && noun < ti ? s.tok_list[k] : -1;
    }
    return -1;
  }

  // The possessor of an act that opens the clause before the trigger at `ti` ("Russia's annexation of
  // Crimea was condemned"): its list, or -1.
  int ActPossessorBefore(const Sentence& s, int ti) const {
    for (int k = 0; k < ti; ++k) {
      if (s.tok_list[k] < 0) continue;
      const List& L = s.lists[s.tok_list[k]];
      int noun = L.last + 1;
      while (noun < ti && s.tok_list[noun] < 0 && !(C(s, noun) & kWAct) && IsPlainWord(s, noun) && noun < L.last + 3)
        ++noun;
      if (!L.possessive || !L.usable || L.place || noun >= ti || !(C(s, noun) & kWAct)) return -1;
      return s.tok_list[k];
    }
    return -1;
  }

  // The sides of `state`'s civil war named last (st_.several), if they are its; else empty.
  std::vector<Ref> HomeSides(const Ref& state) const {
    const std::vector<Ref>& g = st_.several;
    bool ok = std::any_of(g.begin(), g.end(), [&](const Ref& r) { return r.party == state.party; });
    return ok ? g : std::vector<Ref>{};
  }

  // Most recent entity (this sentence first, then the history) that passes `ok`.
  template <typename Ok>
  const Ref* Recent(const std::vector<Entity>& local, Ok&& ok, int max_back = 6) const {
    for (auto it = local.rbegin(); it != local.rend(); ++it)
      if (ok(*it)) return &it->ref;
    for (auto it = st_.history.rbegin(); it != st_.history.rend(); ++it) {
      if (it->sentence < 0) continue;
      if (ok(*it)) return &it->ref;
      (void)max_back;
    }
    return nullptr;
  }

  // Calls visit(entity) on the entities of this sentence before the mention, then on those of the
  // two sentences before it, latest first, until it returns true.
  template <typename Visit>
  void Nearby(const Sentence& s, const std::vector<Entity>& local, Visit&& visit) const {
    for (auto it = local.rbegin(); it != local.rend(); ++it)
      if (visit(*it)) return;
    for (auto it = st_.history.rbegin(); it != st_.history.rend() && it->sentence >= s.index - 2;
         ++it)
      if (visit(*it)) return;
  }

  // Can pronoun `m` stand for `r`: "he" a person, "it" one body, "they" several or a group?
  // "she" points back only to a woman of the dictionaries, "he" only to a person not known as one (a person
  // learnt from the text may be either)
  bool GenderFits(const Mention& m, const Ref& r) const {
    if (!m.gender || !r.person()) return true;
    const Actor* a = kb_.Find(r.id);
    return !a || (m.gender == 'f') == a->female;
  }

  bool ArmedMovement(const Ref& x) const {
    if (x.kind != ActorKind::kOrganization) return false;
    const Actor* a = kb_.Find(x.id);
    return a && a->armed;
  }

  bool Agrees(const Mention& m, const std::vector<Ref>& r) const {
    if (r.empty()) return false;
    for (const Ref& x : r) {
      if (m.pronoun == PronounClass::kPerson && (!x.person() || !GenderFits(m, x))) return false;
      if (m.pronoun == PronounClass::kThing && (x.person() || r.size() > 1)) return false;
      // ("the Taliban said they", "the RSF said they": an armed movement is many people)
      if (m.pronoun == PronounClass::kPlural && r.size() < 2 && x.kind != ActorKind::kGroup &&
          !ArmedMovement(x))
        return false;
    }
    return true;
  }

  void ResolvePronoun(const Sentence& s, int k, const std::vector<Entity>& local, std::vector<Ref>* out) {
    const Mention& m = s.m[k];
    bool first_in_sentence = true;  // no actor named before it in this sentence
    for (int j = 0; j < k; ++j) first_in_sentence = first_in_sentence && (s.m[j].bare || s.m[j].compound);
    (void)local;
    int li = s.tok_list[m.first];
    bool subject_position = m.last < static_cast<int>(s.t.size()) && (C(s, m.last) & (kWReporting | kWBe));
    // "the children it seized", "the hostages it has held": a verb after the pronoun makes it a subject
    if (!subject_position && !m.possessive && m.last < static_cast<int>(s.t.size()) && s.tok_list[m.last] < 0) {
      std::string_view v = Text(s, m.last, m.last + 1);
      subject_position = v == "has" || v == "had" || v == "have" || v == "will" || v == "would" || v == "could" ||
                         v == "did" || v == "does" || v == "can" || (v.size() > 4 && EndsWith(v, "ed")) ||
                         v == "held" || v == "met" || v == "told" || v == "said";
      // ("the areas it controls", "the territory they hold": a plain word after a pronoun that follows a noun
      // phrase opens a relative clause whose subject the pronoun is)
      std::string form = AsciiLower(Text(s, m.first, m.last));
      if (!subject_position && (form == "it" || form == "they") && IsPlainWord(s, m.last) &&
          !IsIng(v)) {
        int q = m.first - 1;
        while (q > 0 && q >= m.first - 2 && s.tok_list[q] < 0 && IsPlainWord(s, q) && !IsIng(Text(s, q, q + 1))) --q;
        subject_position = q < m.first - 1 && q >= 0 && s.tok_list[q] < 0 && (C(s, q) & kWDeterminer);
      }
    }
    bool object_position = !subject_position && li >= 0 && s.lists[li].marker >= 0 && !IsPrep(s, s.lists[li].marker) &&
                           s.tok_mention[s.lists[li].marker] < 0 && !(C(s, s.lists[li].marker) & kWRelative) &&
                           s.t[s.lists[li].marker].word != d_.w_comma && s.t[s.lists[li].marker].word != d_.w_quote &&
                           !(C(s, s.lists[li].marker) & kWReporting) && s.t[s.lists[li].marker].word != d_.w_that &&
                           !(C(s, s.lists[li].marker) & (kWBoundary | kWTime));  // "on Friday he held"
    // "X said it would", "X ... but said it would": a subject pronoun after a reporting verb is its speaker
    std::string case_form = AsciiLower(Text(s, m.first, m.last));
    bool object_case = case_form == "him" || case_form == "them" || case_form == "her" || case_form == "us";
    // ("X surprised Y by announcing that it had accepted": the speaker of a gerund is the clause's
    // subject)
    int v = m.first - 1;
    if (v >= 2 && s.t[v].word == d_.w_that && (C(s, v - 1) & kWReporting)) --v;
    if (!m.possessive && !object_case && v >= 1 && (C(s, v) & kWReporting) &&
        m.pronoun != PronounClass::kSpeaker) {
      int before = v - 1;
      while (before > 0 && s.tok_list[before] < 0 && ((C(s, before) & kWTime) || EndsWith(Text(s, before, before + 1), "ly")))
        --before;
      std::string_view w = d_.vocab.Key(s.t[before].word);
      bool gerund =
          IsIng(Text(s, v, v + 1)) && (w == "by" || w == "after" || w == "before" || w == "while");
      int sub = (w == "and" || w == "but" || gerund)
                    ? MainSubject(s, before)
                    : (s.tok_list[before] >= 0 ? s.tok_list[before] : -1);
      // ("Unifil, whose positions came under Israeli fire, said it stood ready": past a closed relative clause)
      if (sub < 0 && s.t[before].word == d_.w_comma) sub = SubjectLeft(s, before, false);
      if (sub >= 0 && sub != li && Agrees(m, ListRefs(s, sub))) {
        *out = ListRefs(s, sub);
        return;
      }
    }
    // "Rwanda denied accusations by Congo that it backs the M23", "rejected Congo's claims that
    // it": a claim put to the clause's subject is about it, not about the claimant
    if (!m.possessive && !object_case && m.first >= 3 && s.t[m.first - 1].word == d_.w_that &&
        m.pronoun != PronounClass::kSpeaker) {
      int c = m.first - 2;
      int claimant = -1;
      if (s.tok_list[c] >= 0 && s.lists[s.tok_list[c]].marker >= 1 &&
          (s.t[s.lists[s.tok_list[c]].marker].word == d_.w_by ||
           s.t[s.lists[s.tok_list[c]].marker].word == d_.w_from)) {
        claimant = s.tok_list[c];
        c = s.lists[claimant].marker - 1;
        while (c > 0 && s.tok_list[c] < 0 && (C(s, c) & kWDeterminer)) --c;
      }
      if (c >= 1 && s.tok_list[c] < 0 && (C(s, c) & kWClaim) && !(C(s, c) & kWProposal)) {
        int sub = MainSubject(s, c);
        if (sub >= 0 && sub != li && sub != claimant && Agrees(m, ListRefs(s, sub))) {
          *out = ListRefs(s, sub);
          return;
        }
      }
    }
    // "Egypt condemned Iran and reaffirmed its support for Bahrain": a possessive right after a
    // verb and before a noun of support or criticism is the stance of the verb's subject
    if (m.possessive && m.first > 1 && m.pronoun != PronounClass::kSpeaker &&
        s.tok_list[m.first - 1] < 0 && Participle(s, m.first - 1) && !IsPrep(s, m.first - 1) &&
        (RuleAt(s, m.last, [](const TriggerRule& R) {
          return R.noun && (R.kind == RelationKind::kSupport || R.kind == RelationKind::kCriticize);
        }))) {
      int c = -1;
      int sub = ClauseSubject(s, m.first - 1, &c);
      if (sub >= 0 && sub != li && Agrees(m, ListRefs(s, sub))) {
        *out = ListRefs(s, sub);
        return;
      }
    }
    // "Turkey, which has positioned itself as a mediator": a reflexive is its clause's subject
    {
      std::string w = AsciiLower(Text(s, m.first, m.last));
      if (w == "itself" || w == "himself" || w == "herself" || w == "themselves") {
        // ("opposed by Libya and Iraq itself": an emphatic reflexive right after a name is that name)
        if (m.first > 0 && s.tok_mention[m.first - 1] >= 0 && s.tok_mention[m.first - 1] != k) {
          *out = s.refs[s.tok_mention[m.first - 1]];
          return;
        }
        int sub = SubjectLeft(s, m.first - 1, false);
        if (sub >= 0 && sub != li) *out = ListRefs(s, sub);
        return;
      }
    }
    // "Washington found that the RSF had committed crimes, and it accused": the subject of a
    // clause joined by ", and" is the subject of the first clause
    if (!m.possessive && m.first >= 3 && s.t[m.first - 2].word == d_.w_comma && m.pronoun != PronounClass::kSpeaker &&
        (Text(s, m.first - 1, m.first) == "and" || Text(s, m.first - 1, m.first) == "but")) {
      int sub = MainSubject(s, m.first - 2);
      if (sub >= 0 && sub != li && Agrees(m, ListRefs(s, sub))) {
        *out = ListRefs(s, sub);
        return;
      }
    }
    switch (m.pronoun) {
      case PronounClass::kPerson: {
        if (first_in_sentence && !m.possessive && st_.prev_subject_sentence >= s.index - 3 && st_.prev_subject.size() == 1 &&
            st_.prev_subject[0].person() && GenderFits(m, st_.prev_subject[0])) {
          out->push_back(st_.prev_subject[0]);
          return;
        }
        // "It was now up to Hamas to do the same, he told reporters": the speaker of a report that closes
        // a sentence naming no person goes on speaking from the sentence before
        bool person_before = false;
        for (int j = 0; j < k && !person_before; ++j)
          for (const Ref& r : j < static_cast<int>(s.refs.size()) ? s.refs[j] : std::vector<Ref>{})
            person_before = person_before || r.person();
        if (!person_before && !m.possessive && m.first > 0 && s.t[m.first - 1].word == d_.w_comma && subject_position &&
            m.last < static_cast<int>(s.t.size()) && (C(s, m.last) & kWReporting)) {
          for (const std::vector<Ref>* prev : {&st_.prev_speaker, &st_.prev_subject})
            if (prev->size() == 1 && (*prev)[0].person() && GenderFits(m, (*prev)[0])) {
              out->push_back((*prev)[0]);
              return;
            }
        }
        // the subject of a subordinate clause is mostly the main clause's subject ("Gantz held talks
        // with Blinken and is due in London, where he is expected to meet Cameron": he = Gantz)
        if (subject_position && !first_in_sentence && !m.possessive && m.first > 0) {
          std::string_view b = Text(s, m.first - 1, m.first);
          bool subordinate = Subordinator(b) ||
                             (b == "which" && m.first > 1 && IsPrep(s, m.first - 2)) ||  // "after which he"
                             // ("asked Guterres to replace Perthes, whom he accused of bias": he = the asker)
                             ((b == "whom" || b == "which") && m.first > 1 && s.t[m.first - 2].word == d_.w_comma);
          // (and after a report by no actor in a later clause: "X met Y, and people briefed on it said he
          // pressed": he = X)
          if (!subordinate && (C(s, m.first - 1) & kWReporting) && m.first > 1 && s.tok_list[m.first - 2] < 0 &&
              !s.t[m.first - 2].Is(Token::kPunct)) {
            bool clause_break = false;
            for (int q = m.first - 2; q > 0 && !clause_break; --q) {
              if (s.tok_list[q] >= 0) break;
              clause_break = s.t[q].word == d_.w_comma || s.t[q].word == d_.w_and || s.t[q].word == d_.w_semicolon;
            }
            subordinate = clause_break;
          }
          int main = subordinate ? MainSubject(s, m.first) : -1;
          // ("In Ankara, where he held talks with Erdogan, Zelensky said": a fronted clause's "he" is the
          // subject after it)
          bool fronted = false;
          if (subordinate && main < 0 && (IsPrep(s, 0) || Subordinator(AsciiLower(Text(s, 0, 1))))) {
            main = FrontedSubject(s, m.first, m.first);
            fronted = main >= 0;
          }
          if (main >= 0) {
            std::vector<Ref> r = ListRefs(s, main);
            // (a name after the pronoun is not resolved yet: its own reference)
            if (fronted && r.empty() && s.lists[main].members.size() == 1 &&
                s.m[s.lists[main].members[0]].type == MentionType::kName)
              r.push_back(RefOf(s.m[s.lists[main].members[0]], atom_));
            if (r.size() == 1 && r[0].person() && GenderFits(m, r[0])) {
              out->push_back(r[0]);
              return;
            }
          }
        }
        // "a tour that also took him to X", "a decision that angered him": the object of a relative
        // clause on a thing is the sentence's main subject
        if (object_case && m.first >= 3 && s.tok_list[m.first - 1] < 0) {
          int r = m.first - 2;
          if (r > 0 && EndsWith(Text(s, r, r + 1), "ly")) --r;
          if (r > 0 && s.tok_list[r] < 0 && (Text(s, r, r + 1) == "also" || Text(s, r, r + 1) == "then")) --r;
          std::string_view rel = Text(s, r, r + 1);
          if ((rel == "that" || rel == "which") && s.tok_list[r - 1] < 0 && !s.t[r - 1].Is(Token::kPunct)) {
            int main = MainSubject(s, r);
            if (main >= 0) {
              std::vector<Ref> mr = ListRefs(s, main);
              if (mr.size() == 1 && mr[0].person() && GenderFits(m, mr[0])) {
                out->push_back(mr[0]);
                return;
              }
            }
          }
        }
        // in object position, not the subject of the clause: the most recent other person
        std::set<std::string> avoid;  // every member of the clause's subject
        // (a possessive may be the subject's own: "Adams repeated his party's demand")
        if (object_position && !m.possessive) {
          int sub = ObjectClauseSubject(s, m.first);
          if (sub >= 0)
            for (int mk : s.lists[sub].members)
              for (const Ref& r : s.refs[mk]) avoid.insert(r.id);
        }
        if (!m.possessive) RelativeAntecedentIds(s, m, &avoid);  // ("A and B, whom he pressed")
        if (const Ref* r = Recent(local, [&](const Entity& e) {
              return e.ref.person() && !avoid.count(e.ref.id) && GenderFits(m, e.ref);
            })) {
          out->push_back(*r);
        } else if (first_in_sentence && !st_.prev_subject.empty() && st_.prev_subject[0].person() &&
                   GenderFits(m, st_.prev_subject[0])) {
          out->push_back(st_.prev_subject[0]);
        }
        return;
      }
      case PronounClass::kThing: {
        // "Iran told the United Nations on Monday (that) it accepted": the subject of a clause reported to
        // someone is the teller, not the one told
        if (!first_in_sentence && !m.possessive && m.first > 1) {
          int k = m.first - 1;
          if (s.t[k].word == d_.w_that) --k;
          while (k > 0 && s.tok_list[k] < 0 && ((C(s, k) & kWTime) || s.t[k].Is(Token::kNumber))) --k;
          if (k > 0 && s.tok_list[k] >= 0) {
            const List& told = s.lists[s.tok_list[k]];
            std::string_view v = told.marker >= 0 ? Text(s, told.marker, told.marker + 1) : std::string_view();
            if (v == "told" || v == "tells" || v == "informed" || v == "assured" || v == "notified") {
              int teller = SubjectLeft(s, told.marker - 1, false);
              if (teller >= 0) {
                std::vector<Ref> r = ListRefs(s, teller);
                if (r.size() == 1 && !r[0].person() && r[0].kind != ActorKind::kGroup) {
                  out->push_back(r[0]);
                  return;
                }
              }
            }
          }
        }
        // "the RSF said ..., less than two weeks after its fighters overran El Fasher": the pronoun that
        // opens a subordinate clause is the main clause's subject
        if (!first_in_sentence && m.first > 0) {
          std::string_view b = Text(s, m.first - 1, m.first);
          bool subordinate = Subordinator(b);
          int main = subordinate ? MainSubject(s, m.first - 1) : -1;
          if (main >= 0) {
            std::vector<Ref> r = ListRefs(s, main);
            if (r.size() == 1 && !r[0].person() && r[0].kind != ActorKind::kGroup) {
              out->push_back(r[0]);
              return;
            }
          }
        }
        std::set<std::string> avoid;  // every member of the clause's subject
        // ("A, B and C announced their withdrawal from ECOWAS, accusing it of": the object of an accusation
        // after a comma is none of the main subject)
        bool participle_object = !m.possessive && m.first >= 2 && m.last < static_cast<int>(s.t.size()) &&
                                 (Text(s, m.last, m.last + 1) == "of" || Text(s, m.last, m.last + 1) == "for") &&
                                 IsIng(Text(s, m.first - 1, m.first)) && s.t[m.first - 2].word == d_.w_comma;
        if (participle_object)
          if (int main = MainSubject(s, m.first - 2); main >= 0)
            for (int mk : s.lists[main].members)
              for (const Ref& r : s.refs[mk]) avoid.insert(r.id);
        // (also after a verb's preposition: "A, B and C cut ties with it": it is none of them)
        bool prep_object = !object_position && !m.possessive && li >= 0 && s.lists[li].marker > 0 &&
                           IsPrep(s, s.lists[li].marker) &&
                           IsPlainWord(s, s.lists[li].marker - 1);
        // (a possessive before a body or an envoy may be the subject's own: "Israel sent its negotiators to
        // Cairo", "recalled its ambassador"; not "rejected its demand")
        bool own_body = false;
        for (int q = m.last; m.possessive && q < static_cast<int>(s.t.size()) && q < m.last + 2 && !own_body; ++q) {
          std::string_view w = Text(s, q, q + 1);
          own_body = IsBodyNoun(w) || w == "ambassador" || w == "minister" || w == "chief" || w == "envoy";
        }
        if ((object_position && !own_body) || prep_object) {
          // (the participle's subject is the main subject above, not the list before the comma)
          int sub = object_position && !participle_object ? ObjectClauseSubject(s, m.first) : -1;

          if (prep_object) {  // the list right before a short verb phrase ("Bahrain cut ties with it")
            int q = s.lists[li].marker - 1;
            while (q >= 0 && q >= s.lists[li].marker - 2 && s.tok_list[q] < 0 && IsPlainWord(s, q)) --q;
            if (q >= 0 && s.tok_list[q] >= 0) sub = s.tok_list[q];
          }
          if (sub >= 0)
            for (int mk : s.lists[sub].members)
              for (const Ref& r : s.refs[mk]) avoid.insert(r.id);
        }
        if (!m.possessive) RelativeAntecedentIds(s, m, &avoid);
        // "condemned the NATO missile attack on its embassy": the victim's "its" is not the attacker's
        if (m.possessive && m.first >= 2 && IsPrep(s, m.first - 1)) {
          int noun = m.first - 2;
          if (noun >= 0 && (IsAttackNoun(Text(s, noun, noun + 1)) || EndsWith(Text(s, noun, noun + 1), "strikes")))
            for (int q = std::max(0, noun - 3); q < noun; ++q)
              if (s.tok_mention[q] >= 0)
                for (const Ref& r : s.refs[s.tok_mention[q]]) avoid.insert(r.id);
        }
        if (first_in_sentence && st_.prev_subject_sentence >= s.index - 2 && st_.prev_subject.size() == 1 &&
            !st_.prev_subject[0].person() && st_.prev_subject[0].kind != ActorKind::kGroup) {
          out->push_back(st_.prev_subject[0]);
          return;
        }
        auto ok = [&](const Entity& e) {
          // ("Pakistan's military said it had shot down": a singular body is an "it", though not an "its")
          // (a body named after "from" is no place: "withdrawal from the bloc ECOWAS, accusing it")
          return !e.ref.person() && (!e.place || e.ref.kind == ActorKind::kOrganization) &&
                 (e.ref.kind != ActorKind::kGroup || (e.body && !m.possessive)) &&
                 !avoid.count(e.ref.id);
        };
        // an object "it" is mostly a thing ("cannot support it"): only an actor of this sentence
        if (object_position) {
          for (auto it = local.rbegin(); it != local.rend(); ++it)
            if (ok(*it)) {
              out->push_back(it->ref);
              return;
            }
          return;
        }
        if (const Ref* r = Recent(local, ok)) out->push_back(*r);
        return;
      }
      case PronounClass::kPlural: {
        // the most recent list of two or more (or a pair, "both warring parties"), or a group, in this
        // sentence; else the last subject. An object "them" is not its own clause's subject ("A and B
        // said both parties had agreed and urged them").
        // ("urged each of them": the object is the whole phrase)
        int at = m.first;
        if (at >= 2 && Text(s, at - 1, at) == "of" && s.tok_list[at - 2] < 0 && (C(s, at - 2) & kWDeterminer)) at -= 2;
        int own_subject = object_position ? ObjectClauseSubject(s, at) : -1;
        // ("telephoned A and B, urging them": a participle's subject is the main clause's)
        if (object_position && li >= 0) {
          int v = s.lists[li].marker;
          if (v > 0 && s.t[v - 1].word == d_.w_comma && IsIng(Text(s, v, v + 1))) own_subject = MainSubject(s, v - 1);
        }
        if (own_subject >= 0 && m.first > 0) {  // "said both parties had agreed and urged them": the reporter
          int reporter = ReporterAcrossJoin(s, m.first - 1, own_subject);
          if (reporter >= 0) own_subject = reporter;
        }
        // ("Arab leaders condemned Iran and declared their solidarity": a "their" right after a
        // verb is the main subject's when a plural noun ends that name)
        if (m.possessive && m.first > 0 && s.tok_list[m.first - 1] < 0 && !IsPrep(s, m.first - 1) &&
            !s.t[m.first - 1].Is(Token::kPunct)) {
          int main = MainSubject(s, m.first);
          if (main >= 0 && main != li && s.lists[main].members.size() == 1) {
            const Mention& h = s.m[s.lists[main].members[0]];
            std::string_view head = Text(s, h.last - 1, h.last);
            if (h.type == MentionType::kName && head.size() > 3 && EndsWith(head, "s") &&
                !EndsWith(head, "ss") && std::islower(static_cast<unsigned char>(head[0]))) {
              *out = ListRefs(s, main);
              return;
            }
          }
        }
        for (int j = li - 1; j >= 0; --j) {
          const List& L = s.lists[j];
          if (!L.usable || L.place || j == own_subject) continue;
          if (L.members.size() >= 2 || s.m[L.members[0]].type == MentionType::kGroup ||
              s.refs[L.members[0]].size() >= 2) {
            *out = ListRefs(s, j);
            return;
          }
        }
        if (first_in_sentence && st_.prev_subject_sentence >= s.index - 2 &&
            (st_.prev_subject.size() >= 2 || (st_.prev_subject.size() == 1 && st_.prev_subject[0].kind == ActorKind::kGroup))) {
          *out = st_.prev_subject;
        } else if (first_in_sentence && st_.met_all_sentence == s.index - 1 && st_.met_all.size() >= 2 && !m.possessive) {
          // "Zelensky met Macron and Starmer. Together they called Trump": those who just met
          *out = st_.met_all;
        }
        return;
      }
      case PronounClass::kSpeaker: {
        const std::vector<Ref>* sp = nullptr;
        if (s.speaker_list >= 0) {
          static thread_local std::vector<Ref> tmp;
          tmp = ListRefs(s, s.speaker_list);
          sp = &tmp;
        } else if (!st_.prev_speaker.empty()) {
          sp = &st_.prev_speaker;
        }
        if (!sp || sp->empty()) return;
        const Ref& r = (*sp)[0];
        Ref g;
        g.party = r.party;
        g.id = r.party.empty() ? r.id : r.party;
        g.kind = r.person() || r.kind == ActorKind::kGroup ? ActorKind::kGroup : r.kind;
        g.name = r.person() ? r.party : r.name;
        if (r.kind == ActorKind::kCountry) g = r;
        if (!g.id.empty()) out->push_back(g);
        return;
      }
      case PronounClass::kNone:
        return;
    }
  }

  // The list right before the comma at `comma` ("Iran's Ministry of Intelligence, which": past a
  // capitalised "of" tail of its name), or -1.
  int ListBeforeComma(const Sentence& s, int comma) const {
    int end = comma;
    for (int k = end - 1; k > 1 && k >= end - 4 && s.tok_list[k] < 0 && s.t[k].Is(Token::kUpper);
         --k)
      if (s.t[k - 1].word == d_.w_of && s.tok_list[k - 2] >= 0) {
        end = k - 1;
        break;
      }
    return end >= 1 && s.tok_list[end - 1] >= 0 && s.lists[s.tok_list[end - 1]].last == end
               ? s.tok_list[end - 1]
               : -1;
  }

  // "the UAE, which it accuses of", "the UAE, which the government accuses of": the subject `m` of an
  // object relative clause is not the clause's antecedent; adds the antecedent's ids to `ids`
  void RelativeAntecedentIds(const Sentence& s, const Mention& m, std::set<std::string>* ids) const {
    if (m.first < 3 || s.t[m.first - 2].word != d_.w_comma) return;
    std::string_view rel = Text(s, m.first - 1, m.first);
    int a = ListBeforeComma(s, m.first - 2);
    if ((rel != "which" && rel != "whom") || a < 0) return;
    for (int mk : s.lists[a].members)
      for (const Ref& r : s.refs[mk]) ids->insert(r.id);
  }

  void ResolveDescription(const Sentence& s, int k, const std::vector<Entity>& local, std::vector<Ref>* out) {
    const Mention& m = s.m[k];
    if (m.desc == "grouping") {  // "the Quad": the states named as its members here or before
      std::vector<Ref> named = GroupingMembers(s, m);
      if (!named.empty()) st_.groupings[m.title] = named;
      if (auto it = st_.groupings.find(m.title); it != st_.groupings.end()) {
        *out = it->second;
        return;
      }
      for (const std::string& code : m.region)  // (a grouping whose members are fixed: "the E3")
        if (const Actor* a = kb_.Find(code)) out->push_back(RefOfActor(*a, true));
      return;
    }
    if (m.desc == "title") {
      // "the Secretary", "the President": the last person introduced with that title
      std::string head = m.title;
      std::size_t sp = head.rfind(' ');
      std::string last = sp == std::string::npos ? head : head.substr(sp + 1);
      std::string firstw = head.substr(0, head.find(' '));
      if (const Ref* r = Recent(local, [&](const Entity& e) {
            return e.ref.person() && !e.title.empty() && (Contains(e.title, firstw) || Contains(e.title, last)) &&
                   (m.party.empty() || e.ref.party == m.party);
          })) {
        out->push_back(*r);
        return;
      }
      if (!m.office.empty() && !m.party.empty()) {
        if (auto h = kb_.HolderOf(m.office, m.party, doc_.date)) {
          Ref r;
          r.id = atom_(h->person->id);
          r.name = atom_(h->person->name);
          r.kind = ActorKind::kPerson;
          r.party = atom_(kb_.PartyOn(*h->person, doc_.date));
          out->push_back(r);
          return;
        }
      }
      if (!m.party.empty()) {
        Ref g;
        g.id = g.party = atom_(m.party);
        g.kind = ActorKind::kGroup;
        g.name = atom_(GroupName(m.party, m.title));
        out->push_back(g);
      }
      return;
    }
    if (m.desc == "person") {
      if (const Ref* r = Recent(local, [&](const Entity& e) { return e.ref.person() && e.ref.party == m.party; })) {
        out->push_back(*r);
        return;
      }
      Ref g;
      g.id = g.party = atom_(m.party);
      g.kind = ActorKind::kGroup;
      g.name = atom_(GroupName(m.party, m.name));
      if (!g.id.empty()) out->push_back(g);
      return;
    }
    if (m.desc == "organization") {
      const Ref* r = nullptr;
      // ("the alliance": a treaty organization or an alliance named before, not any body: "NATO", not "the EU")
      // (or one whose person was named: "Nato's secretary-general ... the alliance")
      if (AsciiLower(Text(s, m.last - 1, m.last)) == "alliance") {
        auto allied = [](const std::string& n) {
          std::string l = AsciiLower(n);
          return Contains(l, "treaty") || Contains(l, "alliance");
        };
        auto body = [&](const Entity& e) {
          const Actor* a = e.place || e.ref.party.empty() ? nullptr : kb_.Find(e.ref.party);
          return a && a->kind == ActorKind::kOrganization &&
                 (allied(a->name) || std::any_of(a->aliases.begin(), a->aliases.end(), allied)) ? a : nullptr;
        };
        if (const Ref* e = Recent(local, [&](const Entity& x) { return body(x) != nullptr; })) {
          out->push_back(RefOfActor(*kb_.Find(e->party), true));
          return;
        }
      }
      if (!r && !m.party.empty())
        r = Recent(local, [&](const Entity& e) {
          return e.ref.kind == ActorKind::kOrganization && e.ref.party == m.party;
        });
      if (!r) r = Recent(local, [&](const Entity& e) {
            return e.ref.kind == ActorKind::kOrganization && e.ref.party == e.ref.id;
          });
      if (r) {
        out->push_back(*r);
      } else if (const Actor* org = RecentBodyParty(local, ActorKind::kOrganization)) {
        out->push_back(RefOfActor(*org, true));  // "Hamas leaders ... the group"
      }
      return;
    }
    if (m.desc == "named") {  // "the council": the body named last with that word in its name
      std::string head = AsciiLower(Text(s, m.last - 1, m.last));
      auto has = [&](const std::string& name) {
        std::string l = AsciiLower(name);
        for (std::size_t at = l.find(head); at != std::string::npos; at = l.find(head, at + 1)) {
          bool starts = at == 0 || l[at - 1] == ' ', ends = at + head.size() == l.size() || l[at + head.size()] == ' ';
          if (starts && ends) return true;
        }
        return false;
      };
      // (or an unnamed body so called: "the coalition" after "the Saudi-led coalition")
      if (const Ref* r = Recent(local, [&](const Entity& e) {
            if (e.place) return false;
            const Actor* a = kb_.Find(e.ref.id);
            return (a && a->kind == ActorKind::kOrganization &&
                    (has(a->name) || std::any_of(a->aliases.begin(), a->aliases.end(), has))) ||
                   (e.ref.kind == ActorKind::kGroup && has(e.ref.name));
          }))
        out->push_back(*r);
      return;
    }
    if (m.desc == "home-state") {  // "government troops": the state that the armed movement named last fights
      if (const Actor* state = HomeOfLastMovement(local, INT_MIN)) out->push_back(RefOfActor(*state, true));
      return;
    }
    if (m.desc == "armed") {  // "the rebels": the armed movement named last
      auto armed = [&](const Entity& e) {
        const Actor* a = e.ref.kind == ActorKind::kOrganization && !e.place ? kb_.Find(e.ref.party) : nullptr;
        return a && a->armed && (m.party.empty() || e.ref.party == m.party) &&
               (m.region.empty() || a->home == m.region.front());
      };
      if (const Ref* r = Recent(local, armed)) out->push_back(*r);
      else if (!m.region.empty())
        return;  // ("Somali militants" with none of Somalia's named: nobody)
      else if (const Actor* org = RecentBodyParty(local, ActorKind::kOrganization, true)) out->push_back(RefOfActor(*org, true));
      return;
    }
    if (m.desc == "country") {
      // "the government in Asmara", "the authorities in Iran": the state named after "in"
      if (const Actor* st = StateAfterIn(s, m)) {
        out->push_back(RefOfActor(*st, true));
        return;
      }
      // "the ministry", "the presidency": the body of that name mentioned last, acting for its state
      std::string head = AsciiLower(Text(s, m.last - 1, m.last));
      // ("talks between the government and the MILF": the state the armed movement named with it
      // fights at home)
      if (m.party.empty() && head == "government" && s.tok_list[m.first] >= 0) {
        for (int other : s.lists[s.tok_list[m.first]].members) {
          const Actor* a = other == k ? nullptr : s.m[other].actor;
          const Actor* home =
              a && a->kind == ActorKind::kOrganization && a->armed && !a->home.empty()
                  ? kb_.Find(a->home)
                  : nullptr;
          if (home && home->kind == ActorKind::kCountry) {
            out->push_back(RefOfActor(*home, true));
            return;
          }
        }
      }
      // ("Liberia's government signed ... after pressure from Washington. The government ...": a state's
      // government named in the last two sentences, before any state named since)
      if (head == "ministry" || head == "presidency" || head == "cabinet" || (head == "government" && m.party.empty())) {
        if (const Ref* r = Recent(local, [&](const Entity& e) {
              std::string name = AsciiLower(e.ref.name);
              return !e.place && !e.ref.person() && !e.ref.party.empty() && Contains(name, head) &&
                     (head != "government" || (e.sentence + 2 >= s.index && e.ref.kind == ActorKind::kGroup));
            })) {
          out->push_back(*r);
          return;
        }
      }
      // ("called off talks with the ELN guerrillas ... after the government blamed the rebels": the
      // state an armed movement named in the last two sentences fights at home) (as a subject only:
      // not "threatened to quit the government")
      bool subject_position =
          m.last < static_cast<int>(s.t.size()) &&
          (Participle(s, m.last) || (C(s, m.last) & (kWReporting | kWAuxiliary | kWBe))) &&
          (m.first == 0 || s.t[m.first - 1].Is(Token::kPunct) ||
           Subordinator(AsciiLower(Text(s, m.first - 1, m.first))) ||
           (C(s, m.first - 1) & kWReporting) || s.t[m.first - 1].word == d_.w_that ||
           Text(s, m.first - 1, m.first) == "and" || Text(s, m.first - 1, m.first) == "but");
      if (head == "government" && subject_position && m.party.empty() && m.region.empty() &&
          m.last - m.first == 2) {
        if (const Actor* home = HomeOfLastMovement(local, s.index - 2)) {
          out->push_back(RefOfActor(*home, true));
          return;
        }
      }
      // "the army-led government", "the military-backed authorities": the state of the armed forces named last
      for (int q = m.first; q + 1 < m.last; ++q) {
        std::string_view w = Text(s, q, q + 1);
        if ((w != "army" && w != "military") || s.t[q + 1].word != d_.w_hyphen) continue;
        if (const Ref* r = Recent(local, [&](const Entity& e) { return !e.place && IsArmedForces(e.ref); }))
          if (const Actor* st = r->party.empty() ? nullptr : kb_.Find(r->party); st && st->kind == ActorKind::kCountry) {
            out->push_back(RefOfActor(*st, true));
            return;
          }
        break;
      }
      std::set<std::string> antecedent;
      RelativeAntecedentIds(s, m, &antecedent);
      auto fits = [&](const Entity& e) {
        if (e.ref.kind != ActorKind::kCountry || antecedent.count(e.ref.id)) return false;
        if (!m.party.empty()) return e.ref.party == m.party;
        if (!m.region.empty()) return std::find(m.region.begin(), m.region.end(), e.ref.party) != m.region.end();
        return true;
      };
      // ("at talks in Sweden, the envoy shuttled between the government delegation and the Houthis": a
      // government's body at a table is of a state named as an actor, not of the venue)
      bool at_table = false;
      for (int q = m.first; q + 1 < m.last; ++q) at_table = at_table || AsciiLower(Text(s, q, q + 1)) == "government";
      // (the state among the document's two sides first: "Colombia's government and the FARC ... the
      // government delegation")
      if (at_table && m.party.empty() && m.region.empty()) {
        std::vector<Ref> main_pair = MainPair();
        for (const std::vector<Ref>* cand : {&st_.sides, &st_.pair, &main_pair}) {
          const Actor* state = nullptr;
          int states = 0;
          for (const Ref& x : *cand)
            if (const Actor* a = kb_.Find(x.party); a && a->kind == ActorKind::kCountry && !antecedent.count(a->id)) {
              state = a;
              ++states;
            }
          if (states == 1) {
            out->push_back(RefOfActor(*state, true));
            return;
          }
        }
      }
      // (else the state whose own body, as "the Syrian government", the document named last: "...
      // the government side")
      if (at_table && m.party.empty() && m.region.empty()) {
        if (const Ref* r = Recent(local, [&](const Entity& e) {
              return !e.place && e.body && !e.ref.party.empty() && !antecedent.count(e.ref.party);
            })) {
          if (const Actor* st = kb_.Find(r->party); st && st->kind == ActorKind::kCountry) {
            out->push_back(RefOfActor(*st, true));
            return;
          }
        }
      }
      if (const Ref* r = at_table ? Recent(local, [&](const Entity& e) { return !e.place && fits(e); }) : Recent(local, fits)) {
        out->push_back(*r);
      } else if (const Actor* st = m.party.empty() && m.region.empty()
                                       ? RecentBodyParty(local, ActorKind::kCountry)
                                       : nullptr) {
        out->push_back(RefOfActor(*st, true));  // "Ethiopian officials ... the government"
      } else if (const Actor* state = m.party.empty() ? nullptr : kb_.Find(m.party)) {
        // "the Indonesian government" before Indonesia is named: the state itself
        if (state->kind == ActorKind::kCountry) out->push_back(RefOfActor(*state, false));
      }
      return;
    }
    if (m.desc == "place") {  // "the enclave": the place named in this sentence or the two before
      Nearby(s, local, [&](const Entity& e) {
        if (!e.place || e.ref.party.empty()) return false;
        out->push_back(e.ref);
        return true;
      });
      return;
    }
    if (m.desc == "forces") {
      // "the military junta in Niger": a junta rules where it is (not "the army in Gaza")
      std::string head = AsciiLower(Text(s, m.last - 1, m.last));
      if (head == "junta" || head == "juntas") {
        if (const Actor* st = StateAfterIn(s, m)) {
          out->push_back(RefOfActor(*st, true));
          return;
        }
      }
      if (const Ref* r =
              Recent(local, [&](const Entity& e) { return !e.place && IsArmedForces(e.ref); })) {
        out->push_back(*r);
        return;
      }
      // "Sudan's army chief Abdel Fattah al-Burhan ... The army has accused": with no army named,
      // the army of a state whose military chief was named
      auto chief = [&](const Entity& e) {
        const Actor* st = e.ref.person() && !e.ref.party.empty() ? kb_.Find(e.ref.party) : nullptr;
        if (!st || st->kind != ActorKind::kCountry) return false;
        if (e.office == "army-chief") return true;  // named with the title
        // or holding the office then, by the dictionaries
        std::optional<OfficeHolder> h = kb_.HolderOf("army-chief", st->id, doc_.date);
        return h && h->person && h->person->id == e.ref.id;
      };
      if (const Ref* r = Recent(local, chief)) {
        Ref army;
        army.id = army.party = r->party;
        army.name = atom_(GroupName(r->party, "army"));
        army.kind = ActorKind::kGroup;
        army.indirect = true;
        out->push_back(army);
      }
      return;
    }
    // "the Nordic countries": the region's states named in this sentence and the two before
    if (m.desc == "regional") {
      std::vector<Ref> states;
      Nearby(s, local, [&](const Entity& e) {
        const Actor* a = e.place || e.ref.party.empty() ? nullptr : kb_.Find(e.ref.party);
        if (a && a->kind == ActorKind::kCountry &&
            std::find(m.region.begin(), m.region.end(), a->id) != m.region.end() &&
            std::none_of(states.begin(), states.end(),
                         [&](const Ref& r) { return r.party == a->id; }))
          states.push_back(RefOfActor(*a, true));
        return false;
      });
      if (states.size() >= 2) *out = states;
      return;
    }
    if (m.desc == "count") {  // "the four countries": the last list of that many parties
      std::size_t want = static_cast<std::size_t>(std::atoi(m.title.c_str()));
      // ("the three presidents": a list that named persons first, then any)
      std::string noun = AsciiLower(Text(s, m.last - 1, m.last));
      bool persons = PersonNoun(noun) || noun == "state";  // ("the three heads of state")
      for (bool need_persons : {persons, false}) {
        for (auto it = s.lists.rbegin(); it != s.lists.rend(); ++it) {
          if (it->last > m.first || it->members.size() < want || (need_persons && !NamesPerson(s, *it))) continue;
          std::vector<Ref> set = DistinctParties(ListRefs(s, static_cast<int>(&*it - s.lists.data())));
          if (set.size() == want) {
            *out = set;
            return;
          }
        }
        for (auto it = st_.sets.rbegin(); it != st_.sets.rend(); ++it)
          if (it->parties.size() == want && (it->persons || !need_persons)) {
            *out = it->parties;
            return;
          }
      }
      return;
    }
    if (m.desc == "opposition") {  // "the opposition": a body so named, else the armed movement named last
      auto named = [&](const Entity& e) {
        const Actor* a = e.place || e.ref.party.empty() ? nullptr : kb_.Find(e.ref.party);
        return a && a->kind == ActorKind::kOrganization && Contains(AsciiLower(a->name), "opposition");
      };
      auto armed = [&](const Entity& e) {
        bool body = e.ref.kind == ActorKind::kOrganization || e.ref.kind == ActorKind::kGroup;
        const Actor* a = body && !e.place && !e.ref.party.empty() ? kb_.Find(e.ref.party) : nullptr;
        return a && a->armed;
      };
      const Ref* r = Recent(local, named);
      if (!r) r = Recent(local, armed);
      if (r) {
        const Actor* a = kb_.Find(r->party);  // (the movement itself, not "Hamas fighters")
        out->push_back(a && a->kind == ActorKind::kOrganization ? RefOfActor(*a, true) : *r);
      }
      return;
    }
    if (m.desc == "mediators") {  // "the mediators": those of the last mediation
      *out = st_.mediators;
      return;
    }
    if (m.desc == "pair") {
      std::string key = d_.vocab.Key(s.t[m.last - 1].word);
      bool persons = PersonNoun(key);
      if (!persons) {  // "both sides": the parties of the last mediation, else of the last meeting
        // ("put a plan to Britain and Argentina and urged both governments": a pair named just before
        // in this sentence)
        std::vector<Ref> subject_pair;  // a pair skipped as a subject: the fallback
        for (auto it = s.lists.rbegin(); it != s.lists.rend(); ++it) {
          const List& L = *it;
          if (L.last > m.first || L.members.size() != 2 || L.possessive || L.adjectival) continue;
          // (a pair that is the subject of a verb acts; it is not the pair it acts on)
          // ("The United States and Japan, however, urged both parties": past a parenthetical too)
          int li = static_cast<int>(&L - s.lists.data());
          bool parenthetical = L.last < static_cast<int>(s.t.size()) && s.t[L.last].word == d_.w_comma &&
                               MainSubject(s, m.first) == li;
          if (parenthetical ||
              (L.last < static_cast<int>(s.t.size()) && !s.t[L.last].Is(Token::kPunct) && !IsPrep(s, L.last) &&
               (!(C(s, L.last) & kWBoundary) || (C(s, L.last) & kWReporting)))) {  // ("A and B said they had pressed")
            std::vector<Ref> r = ListRefs(s, li);
            if (subject_pair.empty() && r.size() == 2 && r[0].party != r[1].party && !r[0].person() && !r[1].person() &&
                MainSubject(s, m.first) == li)
              subject_pair = r;
            continue;
          }
          int a = L.members[0], b = L.members[1];
          if (a >= static_cast<int>(s.refs.size()) || b >= static_cast<int>(s.refs.size()) || s.refs[a].size() != 1 ||
              s.refs[b].size() != 1)
            break;
          Ref x = s.refs[a][0];
          Ref y = s.refs[b][0];
          if (x.party.empty() || y.party.empty() || x.party == y.party) break;
          // ("an observer alongside the UN and the regional bloc IGAD, held meetings with both delegations":
          // two bodies that are nobody's side in a conflict are not the sides)
          if (Neutral(x) && Neutral(y)) continue;
          // ("spoke with the Indian and Pakistani ministers and urged both countries": their
          // states) (a bare "both" is the two as named: "spoke with Burhan and Dagalo, pressing
          // both to")
          if ((x.person() || y.person()) && key != "both" && key != "them") {
            if (key != "countries" && key != "nations" && key != "governments" && key != "sides") break;
            const Actor* sx = kb_.Find(x.party);
            const Actor* sy = kb_.Find(y.party);
            if (!sx || !sy) break;
            x = RefOfActor(*sx, true);
            y = RefOfActor(*sy, true);
          }
          *out = {x, y};
          return;
        }
        // (a mediation just named is what they are; further on, the sides named most often)
        // ("both sides" are two: not the dozen guests of a conference)
        // ("The United States urged both parties": not a pair the verb's own subject is in)
        std::set<std::string> own_parties;
        if (m.first > 0 && s.tok_list[m.first - 1] < 0 && IsPlainWord(s, m.first - 1) && !IsPrep(s, m.first - 1)) {
          int own = ObjectClauseSubject(s, m.first);
          for (const Ref& r : ListRefs(s, own)) own_parties.insert(r.party);
        }
        auto apart = [&](const std::vector<Ref>& v) {
          return std::none_of(v.begin(), v.end(), [&](const Ref& r) { return own_parties.count(r.party) > 0; });
        };
        std::vector<Ref> main_pair = MainPair(own_parties);
        if (TwoParties(st_.pair) && apart(st_.pair) && (s.index - st_.pair_sentence <= 1 || main_pair.empty())) *out = st_.pair;
        else if (!main_pair.empty()) *out = main_pair;
        else if (TwoParties(st_.sides) && apart(st_.sides)) *out = st_.sides;
        // ("Indian troops shelled Pakistani posts. China urged both sides to": the two sides of the fighting)
        else if (st_.attack_pair.size() == 2 && s.index - st_.attack_sentence <= 2 && apart(st_.attack_pair)) *out = st_.attack_pair;
        // ("A and B agreed ..., at a meeting chaired by X, who has been shuttling between the two sides")
        else if (!subject_pair.empty() && apart(subject_pair)) *out = subject_pair;
        // ("The United States and Japan urged both parties": the first pair named that is not the
        // verb's own subject)
        else if (std::vector<Ref> first = FirstPair(own_parties); !own_parties.empty() && TwoParties(first)) *out = first;
        else if (!subject_pair.empty()) *out = subject_pair;
        else *out = RecentArmedPair(local);  // "both warring parties": the two armed sides named last
        // ("India struck sites in Pakistan, and China called on both countries": the two other parties
        // this sentence names before, past the clause's own subject)
        if (out->size() < 2 && (key == "countries" || key == "nations" || key == "states" || key == "neighbours" ||
                                key == "neighbors" || key == "governments" || key == "sides" || key == "rivals" ||
                                key == "foes" || key == "adversaries")) {
          // ("as the two rivals held talks": a pair opening its own clause has no other subject)
          bool opens_clause = m.first > 0 && (Subordinator(AsciiLower(Text(s, m.first - 1, m.first))) ||
                                              s.t[m.first - 1].word == d_.w_and);
          int own = opens_clause ? -1 : SubjectLeft(s, m.first - 1, false);
          std::vector<Ref> own_refs = own >= 0 ? ListRefs(s, own) : std::vector<Ref>{};
          std::vector<Ref> two;
          bool more = false;
          for (int j = 0; j < k && !more; ++j) {
            if (s.m[j].last > m.first || j >= static_cast<int>(s.refs.size())) break;
            if (s.m[j].bare || s.m[j].compound || s.m[j].type == MentionType::kPronoun ||
                s.m[j].type == MentionType::kDescription)
              continue;
            for (const Ref& r : s.refs[j]) {
              if (r.party.empty() || std::any_of(own_refs.begin(), own_refs.end(), [&](const Ref& o) { return o.party == r.party; }) ||
                  std::any_of(two.begin(), two.end(), [&](const Ref& o) { return o.party == r.party; }))
                continue;
              if (two.size() == 2) more = true;
              else two.push_back(r);
            }
          }
          if (two.size() == 2 && !more) *out = two;  // (persons become their states below)
        }
        // ("travelled to both capitals" after two officers: their states)
        if (key == "capitals" || key == "countries" || key == "nations" || key == "states" || key == "governments") {
          for (Ref& r : *out) {
            const Actor* st = r.person() ? kb_.Find(r.party) : nullptr;
            if (st && st->kind == ActorKind::kCountry) r = RefOfActor(*st, true);
          }
        }
        return;
      }
      // ("Sisi spoke by phone with the emir of Qatar, and the two leaders called on": the two persons
      // named before in this sentence come first)
      if (persons) {
        std::vector<Ref> here;
        for (int j = 0; j < k && here.size() < 3; ++j) {
          if (s.m[j].type != MentionType::kName || j >= static_cast<int>(s.refs.size())) continue;
          for (const Ref& r : s.refs[j])
            if (r.person() && std::none_of(here.begin(), here.end(), [&](const Ref& o) { return o.id == r.id; }))
              here.push_back(r);
        }
        // (only two who were together: "spoke with the emir", "A and B"; not "commended Erdogan for his role
        // in bringing the two leaders together")
        bool together = false;
        for (int j = 0; j < k && !together; ++j) {
          if (s.m[j].type != MentionType::kName || j >= static_cast<int>(s.refs.size()) || s.refs[j].empty() ||
              s.refs[j][0].id != (here.empty() ? std::string() : here.back().id))
            continue;
          int li = s.tok_list[s.m[j].first];
          if (li < 0) continue;
          const List& L = s.lists[li];
          together = L.members.size() > 1 || (L.marker >= 0 && (s.t[L.marker].word == d_.w_with || s.t[L.marker].word == d_.w_and));
        }
        if (here.size() == 2 && here[0].party != here[1].party && together) {
          *out = here;
          return;
        }
      }
      // ("both leaders" later in an article about two sides: its main sides, unless two persons just met)
      std::vector<Ref> main_pair = MainPair();
      if (persons && st_.met.size() == 2 && (s.index - st_.met_sentence <= 1 || !TwoParties(main_pair))) {
        *out = st_.met;
        return;
      }
      if (persons && TwoParties(main_pair)) {
        *out = main_pair;
        return;
      }
      std::vector<Ref> found;
      auto consider = [&](const Entity& e) {
        if (persons ? !e.ref.person() : (e.ref.person() || e.place)) return;
        for (const Ref& f : found)
          if (f.id == e.ref.id) return;
        found.push_back(e.ref);
      };
      for (auto it = local.rbegin(); it != local.rend() && found.size() < 2; ++it) consider(*it);
      for (auto it = st_.history.rbegin(); it != st_.history.rend() && found.size() < 2; ++it) consider(*it);
      if (found.size() == 2) {
        *out = found;
        return;
      }
      // ("Ethiopia and Eritrea signed a deal. Annan praised both leaders": no persons named, the two sides)
      if (TwoParties(st_.pair) && s.index - st_.pair_sentence <= 1) *out = st_.pair;
      else if (TwoParties(st_.sides)) *out = st_.sides;
      return;
    }
  }

  // The state or movement behind the unnamed body named last ("Ethiopian officials" ->
  // Ethiopia, "Hamas leaders" -> Hamas), for "the government" and "the group".
  const Actor* RecentBodyParty(const std::vector<Entity>& local, ActorKind kind, bool armed = false) const {
    const Ref* g = Recent(local, [&](const Entity& e) {
      // (a body's unnamed members or a person of it: "Houthi spokesman X ... the movement")
      // (a person only for a movement's description: "the government" is not the state of a person named last)
      bool member = e.ref.kind == ActorKind::kGroup || (e.ref.person() && kind == ActorKind::kOrganization);
      const Actor* a = member && !e.place ? kb_.Find(e.ref.party) : nullptr;
      return a && a->kind == kind && (kind != ActorKind::kOrganization || a->party == a->id) && (!armed || a->armed);
    });
    return g ? kb_.Find(g->party) : nullptr;
  }

  // The state that the armed movement named last (from sentence `since` on) fights at home, or nullptr.
  const Actor* HomeOfLastMovement(const std::vector<Entity>& local, int since) const {
    const Ref* r = Recent(local, [&](const Entity& e) {
      const Actor* a = e.ref.kind == ActorKind::kOrganization && !e.place ? kb_.Find(e.ref.party) : nullptr;
      return e.sentence >= since && a && a->armed && !a->home.empty();
    });
    const Actor* state = r ? kb_.Find(kb_.Find(r->party)->home) : nullptr;
    return state && state->kind == ActorKind::kCountry ? state : nullptr;
  }

  Ref RefOfActor(const Actor& a, bool indirect) const {
    return Ref{atom_(a.id), atom_(a.name), atom_(a.party), a.kind, indirect, {}};
  }

  // Adds `r` to `refs` unless an actor of that id is there already.
  static void AddRef(std::vector<Ref>* refs, const Ref& r) {
    if (std::none_of(refs->begin(), refs->end(), [&](const Ref& x) { return x.id == r.id; })) refs->push_back(r);
  }

  // An army by its name: "Sudanese Armed Forces", "Israel Defense Forces", an unnamed
  // "Israeli army" or "Russian troops" (not "Rapid Support Forces", a paramilitary).
  static bool IsArmedForces(const Ref& r) {
    if (r.person() || r.kind == ActorKind::kCountry) return false;
    std::string name = AsciiLower(r.name);
    if (Contains(name, "army") || Contains(name, "military") || Contains(name, "armed forces") ||
        Contains(name, "defense forces") || Contains(name, "defence forces"))
      return true;
    return r.kind == ActorKind::kGroup && (EndsWith(name, " forces") || EndsWith(name, " troops") ||
                                           EndsWith(name, " soldiers"));
  }

  // "his Qatari counterpart": the holder, in that state, of the office the
  // person holds in theirs (the foreign minister's counterpart is a foreign minister).
  Ref Counterpart(const Ref& person, const Ref& group) const {
    if (!person.person() || group.kind != ActorKind::kGroup || !EndsWith(group.name, "counterpart")) return group;
    const Actor* p = kb_.Find(person.id);
    if (!p) return group;
    for (const Office& o : p->offices) {
      if (o.party != person.party || o.key.empty()) continue;
      if ((!o.start.empty() && !doc_.date.empty() && o.start > doc_.date) ||
          (!o.end.empty() && !doc_.date.empty() && o.end < doc_.date))
        continue;
      if (auto h = kb_.HolderOf(o.key, group.party, doc_.date)) {
        Ref r = group;
        r.id = atom_(h->person->id);
        r.name = atom_(h->person->name);
        r.kind = ActorKind::kPerson;
        r.indirect = true;
        return r;
      }
    }
    return group;
  }

  // Is mention `k` a singular unnamed body of a state ("Pakistan's military", "the Syrian
  // government")?
  bool SingularBody(const Sentence& s, int k) const {
    const Mention& m = s.m[k];
    if (m.type == MentionType::kGroup) return m.singular_head;
    return (m.type == MentionType::kName || m.type == MentionType::kDescription) && !m.place &&
           !m.party.empty() && m.last - m.first >= 2 &&
           AsciiLower(Text(s, m.last - 1, m.last)) == "government";
  }

  // "Egypt official" for an unnamed official of EGY.
  std::string GroupName(const std::string& party, const std::string& noun) const {
    const Actor* a = kb_.Find(party);
    std::string base = a ? a->name : party;
    std::size_t sp = noun.rfind(' ');
    std::string head = sp == std::string::npos ? noun : noun.substr(sp + 1);
    return head.empty() || head == base ? base : base + " " + head;
  }

  // After the sentence: its entities join the history; its subject and speaker are kept.
  void Remember(Sentence* sp) {
    Sentence& s = *sp;
    for (int k = 0; k < static_cast<int>(s.m.size()); ++k) {
      if (s.m[k].bare || s.m[k].compound) continue;
      for (const Ref& r : s.refs[k])
        st_.history.push_back(
            {r, s.m[k].title, s.m[k].office, s.index, s.m[k].place, SingularBody(s, k)});
    }
    if (st_.history.size() > 64) st_.history.erase(st_.history.begin(), st_.history.end() - 48);
    int main = MainSubject(s, static_cast<int>(s.t.size()));
    // "A and B signed a truce": a subject of exactly two sides names the sides of what follows
    if (main >= 0 && main != s.speaker_list) {
      std::vector<Ref> two;
      for (const Ref& r : ListRefs(s, main))
        if (!r.party.empty() &&
            std::none_of(two.begin(), two.end(), [&](const Ref& o) { return o.party == r.party; }))
          two.push_back(r);
      // ("Putin and Erdogan tried to broker a deal": mediators are not the sides of what follows)
      bool mediated = false;
      for (auto r = out_->relations.rbegin(); r != out_->relations.rend() && r->sentence == s.index; ++r)
        mediated = mediated || (r->kind == RelationKind::kMediate &&
                                std::any_of(two.begin(), two.end(), [&](const Ref& x) { return x.party == r->source.party; }));
      if (two.size() == 2 && !mediated) st_.sides = two;
    }
    // "signed by the government, LURD and MODEL": a state and two or more movements at home in it named
    // together are the sides of its civil war
    for (const List& L : s.lists) {
      if (L.place || L.members.size() < 3) continue;
      std::vector<Ref> all = ListRefs(s, static_cast<int>(&L - s.lists.data()));
      std::vector<Ref> sides;
      for (const Ref& r : all)
        if (!r.party.empty() &&
            std::none_of(sides.begin(), sides.end(), [&](const Ref& o) { return o.party == r.party; }))
          sides.push_back(r);
      if (sides.size() >= 3 && std::any_of(sides.begin(), sides.end(), [&](const Ref& state) {
            return std::all_of(sides.begin(), sides.end(), [&](const Ref& r) {
              const Actor* a = r.party == state.party ? nullptr : kb_.Find(r.party);
              return r.party == state.party || (a && a->home == state.party);
            });
          }))
        st_.several = sides;
    }
    // "Pashinyan and Aliyev signed ...": two persons of two sides named together are "the two leaders"
    for (const List& L : s.lists) {
      if (L.members.size() != 2 || L.place) continue;
      std::vector<Ref> r = ListRefs(s, static_cast<int>(&L - s.lists.data()));
      if (r.size() == 2 && r[0].person() && r[1].person() && !r[0].party.empty() && r[0].party != r[1].party) {
        st_.met = r;
        st_.met_sentence = s.index;
      }
    }
    // "fighting between A and B", "the war between A and B": the two sides of what follows;
    // before any, the first pair the document names ("Representatives of A and B signed")
    if (st_.sides_sentence != s.index) {
      for (const List& L : s.lists) {
        bool between = L.marker >= 0 && s.t[L.marker].word == d_.w_between;
        if (!between && !(st_.sides.empty() && L.members.size() >= 2 && !L.place)) continue;
        std::vector<Ref> two;
        for (int k : L.members)
          for (const Ref& r : s.refs[k])
            if (!r.party.empty() &&
                std::none_of(two.begin(), two.end(), [&](const Ref& o) { return o.party == r.party; }))
              two.push_back(r);
        if (two.size() == 2) {
          st_.sides = two;
          NotePair(two, s.index);
          if (!between) break;
        }
      }
    }
    if (main < 0) {
      // a quotation followed by its speaker: the speaker is the subject
      if (s.speaker_list >= 0) main = s.speaker_list;
    }
    if (main >= 0) {
      std::vector<Ref> r = ListRefs(s, main);
      if (!r.empty()) {
        st_.prev_subject = r;
        st_.prev_subject_sentence = s.index;
      }
    }
    if (!s.speaker.empty()) st_.prev_speaker = s.speaker;
    else if (!(s.t.size() && s.t[0].word == d_.w_quote)) st_.prev_speaker.clear();
    // lists of three or more parties, for "the three countries" later
    for (int li = 0; li < static_cast<int>(s.lists.size()); ++li) {
      const List& L = s.lists[li];
      if (L.members.size() < 3 || L.place) continue;
      std::vector<Ref> set = DistinctParties(ListRefs(s, li));
      if (set.size() >= 3) st_.sets.push_back({std::move(set), NamesPerson(s, L)});
    }
    if (mentions_out_) {
      for (int k = 0; k < static_cast<int>(s.m.size()); ++k) {
        const Mention& m = s.m[k];
        if (m.bare) continue;
        MentionRecord rec;
        rec.doc = doc_.id;
        rec.sentence = s.index;
        rec.span = {s.t[m.first].begin, s.t[m.last - 1].end};
        rec.text = std::string(Text(s, m.first, m.last));
        static const char* kTypes[] = {"name", "group", "adjectival", "pronoun", "description"};
        rec.type = kTypes[static_cast<int>(m.type)];
        rec.place = m.place;
        if (!s.refs[k].empty()) {
          const Ref& r = s.refs[k][0];
          rec.actor = {r.id, r.name, r.kind, r.party};
        }
        mentions_out_->push_back(std::move(rec));
      }
    }
  }

  // ---------------------------------------------------------------- relations
  struct Role {
    std::vector<Ref> refs;
    int list = -1;
    bool indirect = false;
    Span span;
  };

  // A judgement at `ti` ("unacceptable", "an act of war"): who judges what. "A called the strikes
  // an act of war": A, and the attacker named last; "A called B a threat": A and B; "A said B's
  // position was unacceptable": the speaker and the possessor B.
  bool Judged(const Sentence& s, int ti, Role* src, Role* tgt) const {
    int v = -1;
    // ("called the U.S.-led military action against Iraq a mistake": a long object)
    for (int j = ti - 1; j >= 0 && j >= ti - 14; --j) {
      if (s.tok_list[j] < 0 && (C(s, j) & kWJudging)) {
        v = j;
        break;
      }
      if (s.t[j].word == d_.w_semicolon || (C(s, j) & kWReporting)) break;
    }
    *src = Role{};
    *tgt = Role{};
    judged_proposal_ = false;
    if (v >= 0) {
      bool participle = v > 0 && s.t[v - 1].word == d_.w_comma && IsIng(Text(s, v, v + 1));
      // ("Merkel, who met Medvedev and described ...": a coordinated verb's subject is the first
      // verb's)
      int coordinated = -1, controlled = 0;
      int sub = participle ? MainSubject(s, v) : ClauseSubject(s, v, &coordinated, &controlled);
      if (sub < 0 && !participle) sub = SubjectLeft(s, v - 1, false);
      if (sub < 0) return false;
      *src = RoleOf(s, sub);
      for (int j = v + 1; j < ti; ++j)
        judged_proposal_ = judged_proposal_ || ((C(s, j) & kWProposal) && !(C(s, j) & kWClaim));
      // ", a formula Zelenskiy called absurd": what a relative clause judges is the noun it hangs on
      if (v + 1 == ti && !participle) {
        int noun = RelativeAntecedent(s, sub, v);
        if (noun >= 0 && (C(s, noun) & kWProposal) && !(C(s, noun) & kWClaim)) {
          Span span;
          tgt->refs = AntecedentAuthors(s, noun, &span, src->refs);
          tgt->span = span;
          judged_proposal_ = !tgt->refs.empty();
          return !tgt->refs.empty();
        }
      }
      for (int j = v + 1; j < ti; ++j) {
        if (s.tok_list[j] >= 0 && s.lists[s.tok_list[j]].usable && !s.lists[s.tok_list[j]].place) {
          *tgt = RoleOf(s, s.tok_list[j]);
          // ("A Russian missile struck Odesa. Zelensky called it a deliberate killing": an "it" that is no
          // actor is the attack just told, unless a proposal was told since)
          if (ThingIt(s, s.lists[s.tok_list[j]]) && st_.attackers_sentence >= s.index - 2 &&
              st_.attackers_sentence > st_.proposal_sentence)
            tgt->refs = OtherParties(st_.attackers, src->refs);
          return !tgt->refs.empty();
        }
        if (std::vector<Ref> agent = ActAgent(s, v, j, src->refs); !agent.empty()) {
          tgt->refs = agent;
          return true;
        }
        // ("halted what he called its illegal aggression": the possessor of what is judged)
        if (int li = s.tok_list[j];
            li >= 0 && s.lists[li].possessive && s.lists[li].last == j + 1) {
          std::vector<Ref> owner = OtherParties(ListRefs(s, li), src->refs);
          if (!owner.empty()) {
            *tgt = RoleOf(s, li);
            tgt->refs = owner;
            return true;
          }
        }
      }
      // ("condemned what Sharif called naked aggression": a judged act names its agent, who acted
      // last)
      for (int j = ti; j < static_cast<int>(s.t.size()) && j < ti + 3; ++j)
        if (s.tok_list[j] < 0 && (C(s, j) & kWAct)) {
          tgt->refs = ActAgent(s, v, j, src->refs);
          return !tgt->refs.empty();
        }
      return false;
    }
    // "said that Russia's position was unacceptable": the speaker judges the possessor
    if (s.speaker_list < 0) return false;
    *src = RoleOf(s, s.speaker_list);
    // (the possessor that opens the judged phrase: "that Trump's recognition of Jerusalem as Israel's
    // capital was deplorable" judges Trump)
    int judged = -1;
    int proposal_noun = -1;  // ("said the proposal was unacceptable": what was proposed last)
    for (int j = ti - 1; j >= 0 && j >= ti - 14; --j) {
      if (s.t[j].word == d_.w_comma || (C(s, j) & kWReporting) || s.t[j].word == d_.w_that) break;
      int li = s.tok_list[j];
      // ("said the Egyptian proposal was unacceptable": a demonym on a proposal noun too)
      // (the demonym's mention may hold the noun: "Egyptian proposal")
      int noun_at = li < 0 ? -1 : (C(s, s.lists[li].last - 1) & kWProposal) ? s.lists[li].last - 1 : s.lists[li].last;
      // ("said the Hamas demands were unacceptable": or a name used as one)
      bool named_proposal =
          li >= 0 &&
          (s.lists[li].adjectival ||
           (s.lists[li].first > 0 && Text(s, s.lists[li].first - 1, s.lists[li].first) == "the" &&
            noun_at == s.lists[li].last)) &&
          !s.lists[li].place && noun_at < ti && (C(s, noun_at) & kWProposal) &&
          !(C(s, noun_at) & kWClaim);
      if (li >= 0 && li != s.speaker_list && (s.lists[li].possessive || named_proposal)) {
        judged = li;
        j = s.lists[li].first;
      } else if (li < 0 && (C(s, j) & kWProposal) && !(C(s, j) & (kWClaim | kWResponseNoun)) && j > 0 &&
                 Text(s, j - 1, j) == "the") {
        proposal_noun = j;
      }
    }
    if (judged < 0 && proposal_noun >= 0 && !st_.proposal_authors.empty() && s.index - st_.proposal_sentence <= 3) {
      tgt->refs = st_.proposal_authors;
      tgt->span = {s.t[proposal_noun].begin, s.t[proposal_noun].end};
      judged_proposal_ = true;
      return true;
    }
    if (judged < 0) return false;
    *tgt = RoleOf(s, judged);
    // ("said the Palestinian group's demands seemed excessive": a proposal judged is rejected too; not a
    // position: "said Russia's position was unacceptable")
    for (int j = s.lists[judged].last - 1; j < ti && j < s.lists[judged].last + 4; ++j) {
      std::string_view w = Text(s, j, j + 1);
      judged_proposal_ = judged_proposal_ || ((C(s, j) & kWProposal) && !(C(s, j) & kWClaim) &&
                                              (s.tok_list[j] < 0 || s.tok_list[j] == judged) && w != "position" &&
                                              w != "positions" && w != "stance");
    }
    return !tgt->refs.empty();
  }

  Role RoleOf(const Sentence& s, int li) const {
    Role r;
    r.list = li;
    if (li < 0) return r;
    r.refs = ListRefs(s, li);
    for (int k : s.lists[li].members)
      if (s.m[k].type == MentionType::kPronoun || s.m[k].type == MentionType::kDescription) r.indirect = true;
    r.span = {s.t[s.lists[li].first].begin, s.t[s.lists[li].last - 1].end};
    return r;
  }

  // Fighters: an unnamed body ("Indian troops") or an armed movement (its own party, not a state).
  bool Armed(const std::vector<Ref>& refs) const {
    for (const Ref& r : refs) {
      if (r.kind == ActorKind::kGroup) return true;
      if (r.kind == ActorKind::kOrganization) {
        const Actor* a = kb_.Find(r.party);
        if (a && a->armed) return true;
      }
    }
    return false;
  }

  // A list of people acted upon only ("American citizens", "Palestinian civilians"): a target, never a source.
  bool VictimsOnly(const Sentence& s, int li) const {
    if (li < 0) return false;
    for (int k : s.lists[li].members)
      if (!s.m[k].victim) return false;
    return true;
  }

  // Is list L reachable as the target of rule R looking right from token `from`?
  int FindTarget(const Sentence& s, const TriggerRule& R, int from, int source_list, int trigger_begin,
                 int trigger_end) const {
    int n = static_cast<int>(s.t.size());
    bool direct_possible = true;
    int genitive_words = 0;  // "praised the efforts of X": nouns before "of X" (-1 once impossible)
    bool passed_actor = false;  // an actor list was passed over
    int what_object = -1;       // "what X described as": the word after which the object stands
    int attack_modifiers = 0;   // modifiers before an attack's object
    int class_words = 0;        // the class noun before a named object ("the militant group X")
    bool determiner_seen = false, prep_seen = false;
    int limit = std::min(n, from + 30);
    // ("urged Putin to stop the spiral of violence in Ukraine": an intransitive verb with an object
    // is another verb)
    if (R.intransitive && from + 1 < n && s.tok_list[from] < 0 && (C(s, from) & kWDeterminer) &&
        !(C(s, from + 1) & kWTime) && s.tok_list[from + 1] < 0 && from > trigger_begin &&
        IsPlainWord(s, from - 1))
      return -1;
    // ("would stop bombing the Houthi militia in Yemen": nor with a gerund for its object)
    if (R.intransitive && from < n && s.tok_list[from] < 0 && IsPlainWord(s, from) &&
        !IsPrep(s, from) && IsIng(Text(s, from, from + 1)) && !(C(s, from) & kWTime))
      return -1;
    if (R.adjacent_object && (from >= n || (s.tok_list[from] < 0 && !(C(s, from) & kWDeterminer))))
      return -1;
    if (NewClauseAt(s, from)) return -1;
    for (int j = from; j < limit; ++j) {
      int li = s.tok_list[j];
      if (li >= 0) {
        const List& L = s.lists[li];
        j = L.last - 1;
        if (li == source_list) continue;
        // ("opposed by Libya and Iraq itself": an emphatic reflexive is part of the list before it)
        if (L.first > 0 && s.tok_list[L.first - 1] >= 0 && L.members.size() == 1 &&
            s.m[L.members[0]].type == MentionType::kPronoun) {
          std::string w = AsciiLower(Text(s, L.first, L.last));
          if (w == "itself" || w == "themselves" || w == "himself" || w == "herself") continue;
        }
        // "struck what New Delhi called a camp of X", "raided what Pretoria said were ANC bases": the
        // speaker of a "what" clause is not the target; what follows it is the object
        if (int k = L.first >= 1 && Text(s, L.first - 1, L.first) == "what" ? WhatSpeaker(s, L) : -1; k >= 0) {
          j = k;
          what_object = k;
          continue;
        }
        // ("recognised Georgia's separatist regions of South Ossetia and Abkhazia as states": the
        // actors of the of-genitive, not its possessor)
        if (R.as_object && R.kind == RelationKind::kSupport && L.possessive &&
            genitive_words == 0) {
          int words = 0;
          if (int g = GenitiveActors(s, PastPossessive(s, L), &words); g >= 0) {
            genitive_words = words;
            j = s.lists[g].first - 2;  // (the "of")
            continue;
          }
        }
        // "what he said": a speaker inside the object is not the target
        if (L.last < n && (C(s, L.last) & kWReporting)) {
          j = L.last;  // and the reporting verb ends nothing
          continue;
        }
        // ("wrote the draft and presented it to Armenia": an "it" that stands for no actor is a thing)
        if (R.kind == RelationKind::kPropose && ThingIt(s, L)) {
          direct_possible = false;
          j = L.last - 1;
          continue;
        }
        if (kDebug)
          std::fprintf(stderr, "  cand list %d usable=%d place=%d adj=%d poss=%d marker=%d dp=%d\n", li, L.usable, L.place,
                       L.adjectival, L.possessive, L.marker, direct_possible);
        // ("held talks, with Egypt and Qatar serving as mediators": an absolute construction's subject is no
        // partner of the trigger before the comma)
        if (R.kind == RelationKind::kMeet && L.marker >= 1 && s.t[L.marker].word == d_.w_with &&
            s.t[L.marker - 1].word == d_.w_comma && L.last < n) {
          int v = L.last;
          if (v + 1 < n && s.tok_list[v] < 0 && EndsWith(Text(s, v, v + 1), "ly")) ++v;
          if (s.tok_list[v] < 0 && IsIng(Text(s, v, v + 1))) break;
        }
        // "praised the efforts of X", "condemned the actions of X": an of-genitive is a possessor
        // (not "the city of X", a place)
        // "condemned the execution by Nigeria's government", "the isolation of Qatar by Saudi Arabia": the agent
        if ((R.direct || R.any) && L.marker > 0 && s.t[L.marker].word == d_.w_by && from < L.marker &&
            (R.kind == RelationKind::kCriticize || R.kind == RelationKind::kSupport) && L.usable && !L.adjectival &&
            !IsVerbLike(s, L.marker - 1) && !Participle(s, L.marker - 1))
          return li;
        // ("the isolation of Qatar by Saudi Arabia": the agent after "by" comes first)
        bool agent_after = L.last + 1 < n && s.t[L.last].word == d_.w_by && s.tok_list[L.last + 1] >= 0;
        // (an attack's object may take three: "struck the biggest training camp of X")
        int genitive_max = R.kind == RelationKind::kAttack ? 3 : 2;
        if (R.direct && !agent_after && L.marker > 0 && s.t[L.marker].word == d_.w_of && genitive_words >= 1 && genitive_words <= genitive_max && L.usable && !L.possessive &&
            !L.adjectival && (!(C(s, L.marker - 1) & kWPlaceNoun) || (R.place && L.place)) &&
            (R.kind == RelationKind::kCriticize || R.kind == RelationKind::kUrge ||
             R.kind == RelationKind::kSupport || R.kind == RelationKind::kAttack))
          return li;
        genitive_words = -1;
        // "proposed to India": a place preposition that is part of the trigger names an actor
        // (not a direct object named as a place: "hailed the Pretoria deal", whose sides are found
        // from the venue below)
        bool ok_place = !L.place || R.place ||
                        (L.marker >= trigger_begin && L.marker < from && from == trigger_end && IsPrep(s, L.marker)) ||
                        ((R.kind == RelationKind::kCriticize || R.kind == RelationKind::kSupport) &&
                         VenueEvent(s, L) && L.members.size() == 1);
        // "New Delhi's decision": a possessive is never a place
        if (!ok_place && L.possessive) ok_place = true;
        // "commitment to the defence of the Philippines": a state in an of-genitive is an actor (not
        // "a call for a truce in Lebanon")
        // ("demanded an apology from China": what is demanded from a state is demanded of it)
        if (!ok_place && R.any && L.marker > 0 &&
            (s.t[L.marker].word == d_.w_of ||
             (s.t[L.marker].word == d_.w_from && R.kind == RelationKind::kUrge && !TroopsBefore(s, L.marker))) &&
            StatesOnly(s, L))
          ok_place = true;
        // "a raid on his compound in Abbottabad", "hideouts in northern Iraq": where an attacked thing
        // stands is no victim (but "strikes in Gaza" and "shelled targets across Gaza" name it)
        if (R.kind == RelationKind::kAttack && L.place && L.marker > from && Text(s, L.marker, L.marker + 1) == "in") {
          bool thing_between = false;
          for (int k = from; k < L.marker; ++k)
            thing_between = thing_between || (s.tok_list[k] < 0 && !s.t[k].Is(Token::kPunct) && !IsPrep(s, k) &&
                                              !(C(s, k) & (kWDeterminer | kWQuantifier | kWTime)) && !s.t[k].Is(Token::kNumber));
          bool pronoun_thing = false;  // "his compound"
          for (int k = from; k < L.marker; ++k)
            pronoun_thing = pronoun_thing || (s.tok_mention[k] >= 0 && s.m[s.tok_mention[k]].type == MentionType::kPronoun);
          if (thing_between && pronoun_thing) ok_place = false;
        }
        // "in a rebuke to the Soviet Union", "a blow to Moscow": a state right after a judgement's "to"
        // ("Egypt's appeal to Israel", "an ultimatum to Moscow": or a demand's)
        if (!ok_place &&
            (R.kind == RelationKind::kCriticize || R.kind == RelationKind::kSupport || R.kind == RelationKind::kUrge) &&
            R.noun &&
            L.marker >= 0 && L.marker <= from + 1 && Text(s, L.marker, L.marker + 1) == "to" &&
            std::all_of(L.members.begin(), L.members.end(), [&](int k) { return s.m[k].kind == ActorKind::kCountry; }))
          ok_place = true;
        // "submitted a draft to Iran": a state after the rule's own preposition is the recipient, not a place
        if (!ok_place && L.marker >= 0 && R.AcceptsPrep(s.t[L.marker].word) && R.kind != RelationKind::kMeet &&
            StatesOnly(s, L))
          ok_place = true;
        // "shelled the South Korean island", "fired missiles at the Ukrainian capital", "criticised
        // a new Slovak law": a demonym on what is attacked or judged names the state
        if (!L.usable &&
            (R.kind == RelationKind::kAttack || R.kind == RelationKind::kCriticize || R.kind == RelationKind::kSupport) &&
            !L.members.empty() &&
            std::all_of(L.members.begin(), L.members.end(), [&](int k) { return s.m[k].bare && s.m[k].demonym; })) {
          WordId bm = L.marker >= 0 ? s.t[L.marker].word : 0;
          bool in_trigger = L.marker >= trigger_begin && L.marker < from;
          if ((R.direct && direct_possible) || (L.marker >= 0 && R.AcceptsPrep(bm) && !in_trigger)) return li;
        }
        // "airstrikes on RSF-held areas": what an actor holds or runs stands for it as a victim
        if (!L.usable && R.kind == RelationKind::kAttack && L.members.size() == 1 && s.m[L.members[0]].compound &&
            L.last + 1 < n && s.t[L.last].word == d_.w_hyphen) {
          std::string_view h = Text(s, L.last + 1, L.last + 2);
          WordId bm = L.marker >= 0 ? s.t[L.marker].word : 0;
          bool in_trigger = L.marker >= trigger_begin && L.marker < from;
          if ((h == "held" || h == "controlled" || h == "run" || h == "occupied" || h == "ruled") &&
              ((R.direct && direct_possible) || (L.marker >= 0 && R.AcceptsPrep(bm) && !in_trigger)))
            return li;
        }
        // "strikes on Taliban targets and al Qaeda camps across Afghanistan", "killed X in a raid on a
        // camp inside Ecuador": a place after the actors the verb passed over is where, not whom
        if (R.kind == RelationKind::kAttack && L.place && passed_actor) return -1;
        if (L.usable && !L.place) passed_actor = true;
        // "the missile attack on its embassy": what an attack hits of someone's is theirs
        if (R.kind == RelationKind::kAttack && !L.usable && L.possessive && L.members.size() == 1 &&
            s.m[L.members[0]].type == MentionType::kPronoun && L.marker >= from && R.AcceptsPrep(s.t[L.marker].word) &&
            !s.refs[L.members[0]].empty())
          return li;
        // ("demanded an Israeli withdrawal", "called for a Russian pullout": a demonym on the act demanded
        // names who is to do it)
        if (R.kind == RelationKind::kUrge && R.any && !L.usable && L.last < n && (C(s, L.last) & kWAct) &&
            std::all_of(L.members.begin(), L.members.end(), [&](int k) { return s.m[k].bare && s.m[k].demonym; }))
          return li;
        if (!L.usable || !ok_place) {
          // ("blamed the Pakistan-based group Lashkar-e-Taiba", "condemned the Iran-backed Houthis": a compound
          // modifier before the object)
          bool modifier = !L.usable && L.members.size() == 1 && s.m[L.members[0]].compound &&
                          BackerHalfAt(s, L.last);
          if (!modifier) direct_possible = false;
          else j = L.last + 1;  // (past "-based")
          continue;
        }
        // "bombed Turkish positions": an attack's object may be a demonym group
        // ("proposed that Armenian and Azerbaijani troops withdraw": the subject of the proposed clause)
        bool that_subject = R.that && ((L.marker >= 0 && s.t[L.marker].word == d_.w_that) ||
                                       s.t[L.first].word == d_.w_that || (L.first > 0 && s.t[L.first - 1].word == d_.w_that));
        if (L.adjectival && !(R.any || R.kind == RelationKind::kCriticize || R.kind == RelationKind::kUrge ||
                              R.author || that_subject || (R.kind == RelationKind::kAttack && R.direct && direct_possible))) {
          direct_possible = false;
          continue;
        }
        WordId mk = L.marker >= 0 ? s.t[L.marker].word : 0;
        // "arrived in the southern Indian city of Chennai": a place named in an of-phrase of a place
        // noun takes the preposition of that noun's phrase
        if (R.kind == RelationKind::kVisit && L.place && mk == d_.w_of && L.marker > from &&
            (C(s, L.marker - 1) & kWPlaceNoun)) {
          for (int k = L.marker - 2; k >= from && k >= L.marker - 7; --k) {
            if (s.tok_list[k] >= 0) {
              if (!s.lists[s.tok_list[k]].adjectival) break;
              k = s.lists[s.tok_list[k]].first;
              continue;
            }
            if (IsPrep(s, k)) {
              mk = s.t[k].word;
              break;
            }
            if (s.t[k].Is(Token::kPunct) || IsVerbLike(s, k)) break;
          }
        }
        // ("submitted a proposal to communist rebels of the NDF": an adjective between the preposition and a body)
        if (L.marker > from && !L.place && s.m[L.members[0]].type == MentionType::kGroup && !IsPrep(s, L.marker) &&
            s.tok_mention[L.marker] < 0 && !s.t[L.marker].Is(Token::kPunct) &&
            !(C(s, L.marker) & (kWBoundary | kWReporting | kWTime | kWDeterminer)) && !IsVerbLike(s, L.marker) && !IsIng(Text(s, L.marker, L.marker + 1)) &&
            !EndsWith(Text(s, L.marker, L.marker + 1), "ed") && IsPrep(s, L.marker - 1) && L.marker - 1 >= from)
          mk = s.t[L.marker - 1].word;
        // ("flew into besieged Sarajevo": an adjective between the preposition and the place)
        if (R.kind == RelationKind::kVisit && L.place && L.marker > from && !IsPrep(s, L.marker) &&
            !s.t[L.marker].Is(Token::kUpper) && !s.t[L.marker].Is(Token::kPunct) && s.tok_list[L.marker] < 0 &&
            !(C(s, L.marker) & (kWBoundary | kWReporting | kWTime)) && IsPrep(s, L.marker - 1))
          mk = s.t[L.marker - 1].word;
        // ("a Qatari-brokered deal between the ruling coalition and Hezbollah": a side no actor stands for,
        // then the named one after "and")
        if (mk == d_.w_and && BetweenUnnamed(s, L.marker, from)) mk = d_.w_between;
        bool marker_in_trigger = L.marker >= trigger_begin && L.marker < from && from == trigger_end;
        bool marker_prep = L.marker >= 0 && IsPrep(s, L.marker) && !marker_in_trigger && L.marker != what_object;
        // ("warning of serious consequences for Moscow's relations with Ankara": the first other side)
        // (only the warner's own state or body itself: a rival of the same party is criticised)
        if (R.any && R.kind == RelationKind::kCriticize && source_list >= 0 && !ListRefs(s, li).empty()) {
          std::vector<Ref> own = ListRefs(s, source_list), cand = ListRefs(s, li);
          if (std::all_of(cand.begin(), cand.end(), [&](const Ref& c) {
                return std::any_of(own.begin(), own.end(), [&](const Ref& o) { return c.id == o.party || c.id == o.id; });
              }))
            continue;
        }
        // ("called for a ceasefire in Ukraine and talks between Moscow and Kyiv": a place is no one called on)
        if (R.any && (R.kind == RelationKind::kUrge || R.kind == RelationKind::kCriticize) && L.place && mk == d_.w_in &&
            j + 1 < n)
          continue;
        if (R.any) return li;
        // ("put forward a plan for a truce between A and B": the sides of what is proposed, not of any
        // noun: "put an end to the misunderstanding between", "his offer to mediate between")
        // (a trigger that says what is offered may stand right before "between": "offered to mediate between")
        if (R.kind == RelationKind::kPropose && mk == d_.w_between && (R.thing || trigger_end - trigger_begin == 1)) {
          bool proposal = false, infinitive = false;
          for (int k = from; k < L.marker; ++k) {
            proposal = proposal || (s.tok_list[k] < 0 && (C(s, k) & (kWProposal | kWAccord)) && !(C(s, k) & kWClaim)) ||
                       IsTalksNoun(s, k);
            infinitive = infinitive || s.t[k].word == d_.w_to;
          }
          if (!proposal || infinitive) continue;
        }
        bool possessor_is_target = R.kind == RelationKind::kCriticize || R.kind == RelationKind::kUrge ||
                                   R.kind == RelationKind::kSupport ||  // "criticised Israel's offensive"
                                   R.kind == RelationKind::kAttack;     // "pounded Beirut's suburbs"
        if (L.possessive && possessor_is_target && R.direct && direct_possible) return li;
        // "fired shells at South Korea's Yeonpyeong island": after the rule's preposition too
        if (L.possessive && possessor_is_target && L.marker >= 0 && R.AcceptsPrep(mk) && !marker_in_trigger) return li;

        if (L.possessive) {  // "Netanyahu's conditions" is a thing, not the actor
          int after = PastPossessive(s, L);
          // ("presented Bosnia's Muslim-Croat federation with a plan": an actor of the possessor's
          // is the object)
          if (after < n && s.tok_list[after] >= 0 && s.lists[s.tok_list[after]].first == after &&
              s.lists[s.tok_list[after]].usable && !s.lists[s.tok_list[after]].place &&
              !s.lists[s.tok_list[after]].possessive && R.kind != RelationKind::kVisit) {
            j = after - 1;
            continue;
          }
          // ("to visit Trump's White House": a place of the possessor's)
          if (R.kind == RelationKind::kVisit && after < n && s.tok_list[after] >= 0 &&
              VisitTarget(s, s.lists[s.tok_list[after]])) {
            j = after - 1;  // (past the "'s")
            continue;
          }
          direct_possible = false;
          if (R.noun) return -1;
          continue;
        }
        if (R.kind == RelationKind::kVisit && !VisitTarget(s, L)) {
          direct_possible = false;
          continue;
        }
        if (L.marker >= 0 && R.AcceptsPrep(mk) && !marker_in_trigger) return li;
        if (marker_in_trigger && (R.direct || R.AcceptsPrep(mk))) return li;
        // ("proposed that the two countries resume": "that" may have been skipped as a determiner; a
        // proposal's that-clause is always a wish, "told reporters that A did" is not)
        bool that_before = (R.kind == RelationKind::kPropose || R.kind == RelationKind::kCriticize) && L.first > 0 &&
                           (s.t[L.first - 1].word == d_.w_that ||
                                           s.t[L.first].word == d_.w_that ||  // (taken into the list)
                                           (L.first > 1 && s.t[L.first - 2].word == d_.w_that && (C(s, L.first - 1) & kWDeterminer)) ||
                                           // ("warned that if Hamas kept saying no": the condition's subject)
                                           (L.first > 1 && s.t[L.first - 2].word == d_.w_that &&
                                            (Text(s, L.first - 1, L.first) == "if" || Text(s, L.first - 1, L.first) == "unless")));
        if (R.that && (mk == d_.w_that || that_before)) return li;
        if (R.direct && direct_possible && !marker_prep) return li;
        direct_possible = false;
        if (R.noun) return -1;  // a noun's target comes before any other actor
        continue;
      }
      const Token& tk = s.t[j];
      std::uint32_t c = C(s, j);
      if (tk.word == d_.w_semicolon || tk.word == d_.w_colon) return -1;
      if (tk.word == d_.w_quote) continue;
      // "signed a decree declaring the impossibility of negotiations with Putin": a meeting noun on the
      // way has its own partner (its own rule reads it)
      if (!R.noun && R.kind == RelationKind::kMeet && j > from) {
        std::string_view w = Text(s, j, j + 1);
        if (w == "talks" || w == "negotiations" || w == "meeting" || w == "meetings" || w == "dialogue" ||
            w == "contacts" || w == "contact" || w == "summit")
          return -1;
      }
      // "bombed and destroyed an Iraqi reactor": a coordinated verb shares the object
      if (tk.word == d_.w_and && j == from && R.direct && j + 2 < n && s.tok_list[j + 1] < 0 &&
          EndsWith(Text(s, j + 1, j + 2), "ed") && !s.t[j + 1].Is(Token::kUpper) &&
          ((C(s, j + 2) & kWDeterminer) || s.tok_list[j + 2] >= 0)) {
        ++j;
        continue;
      }
      // ("urged non-OPEC producers such as Norway and Mexico to", "criticised states, including
      // Iran,"): examples given of the verb's object are its object
      if (int len = 0, at = j + (tk.word == d_.w_comma ? 1 : 0);
          R.direct && !R.noun && j > from && at < n && PhraseIs(s, at, kPIncluding, &len) &&
          at + len < n && s.tok_list[at + len] >= 0) {
        const List& X = s.lists[s.tok_list[at + len]];
        int end = j;
        bool object =
            X.first == at + len && X.usable && !X.place && !X.possessive && end - from <= 5;
        for (int k = from; k < end && object; ++k)
          object = (s.tok_list[k] < 0 || !s.lists[s.tok_list[k]].usable) && !IsPrep(s, k) &&
                   !IsVerbLike(s, k) && !(C(s, k) & (kWBoundary | kWReporting)) &&
                   (!s.t[k].Is(Token::kPunct) || s.t[k].word == d_.w_hyphen);
        if (object) return s.tok_list[at + len];
      }
      if (tk.word == d_.w_and && j > from && BetweenUnnamed(s, j, from)) continue;
      // ("was holding and that violations were taken up with Israel": no object before "and")
      if ((c & kWBoundary) && j == from && (tk.word == d_.w_and || Text(s, j, j + 1) == "but") && !R.noun) return -1;
      // ("complained to the UN that Israel had violated the treaty": the clause the rule takes)
      if (R.that && tk.word == d_.w_that && j > from) continue;
      if (R.that && j > from && s.t[j - 1].word == d_.w_that && (Text(s, j, j + 1) == "if" || Text(s, j, j + 1) == "unless"))
        continue;
      // ("led a chorus of condemnation on Wednesday after France exploded a nuclear device": what
      // was condemned is the act the clause after it tells, and its actor the criticised)
      if ((c & kWBoundary) && j > from && R.any && R.noun && R.kind == RelationKind::kCriticize &&
          j + 2 < n && (Text(s, j, j + 1) == "after" || Text(s, j, j + 1) == "when") &&
          s.tok_list[j + 1] >= 0) {
        const List& A = s.lists[s.tok_list[j + 1]];
        if (A.first == j + 1 && A.usable && !A.place && !A.possessive && A.last < n &&
            s.tok_list[A.last] < 0 && Participle(s, A.last) && !(C(s, A.last) & kWReporting))
          return s.tok_list[j + 1];
      }
      if ((c & kWBoundary) && j > from) {
        // "demanding the release of X and the withdrawal of Y": coordinated objects continue
        // ("called for a ceasefire in Ukraine and peace talks between Moscow and Kyiv": a bare noun
        // too; "fired 120 missiles and dozens of drones at X": the weapons of an attack whose
        // target follows a preposition)
        bool coordinated_np =
            (R.any || (R.kind == RelationKind::kAttack && !R.direct && !R.noun &&
                       s.t[j - 1].word != d_.w_comma)) &&
            tk.word == d_.w_and && j + 1 < n &&
            ((C(s, j + 1) & (kWDeterminer | kWQuantifier)) || s.t[j + 1].Is(Token::kNumber) ||
             (s.tok_list[j + 1] < 0 && IsPlainWord(s, j + 1) && !IsVerbLike(s, j + 1) &&
              !Auxiliary(s, j + 1) && !EndsWith(Text(s, j + 1, j + 2), "ed")));
        // "the immediate and unconditional withdrawal of X": coordinated modifiers inside one noun
        // phrase
        // ("discussed food and fertiliser supplies with X": or nouns right after the verb)
        bool object_nouns = j == from + 1 && !R.noun && AndBetweenModifiers(s, j) && j + 2 < n &&
                            (IsPlainWord(s, j + 2) || IsPrep(s, j + 2));
        // ("seized the towns of Shire, Axum and Adwa from the TPLF": places joined in the object)
        bool places = tk.word == d_.w_and && NamedPlaceJoin(s, j);
        if (!coordinated_np && !object_nouns && !places && !CoordinatedModifiers(s, j)) return -1;
        continue;
      }
      // ("struck Mitiga, the only functioning airport in the Libyan capital": an unknown name's apposition
      // says what and where the attacked thing is)
      if (tk.word == d_.w_comma && R.kind == RelationKind::kAttack && R.direct && j > from && j - from <= 3 &&
          j + 1 < n && (C(s, j + 1) & kWDeterminer) && s.tok_list[j + 1] < 0) {
        bool unknown_name = true;
        for (int k = from; k < j && unknown_name; ++k)
          unknown_name = s.tok_list[k] < 0 && s.tok_mention[k] < 0 && s.t[k].Is(Token::kUpper) && !(C(s, k) & kWTime);
        if (unknown_name) {
          determiner_seen = false;
          attack_modifiers = 0;
          continue;
        }
      }
      // ("accused the region's ruling party, the TPLF, of attacking": a described object named by
      // its apposition)
      if (tk.word == d_.w_comma && (R.direct || R.any) && determiner_seen && !prep_seen &&
          !passed_actor && j > from + 1 && j - from <= 6 && j + 2 < n) {
        int k = j + 1;
        if (s.tok_list[k] < 0 && (C(s, k) & kWDeterminer)) ++k;
        int li = s.tok_list[k];
        const List* A = li >= 0 ? &s.lists[li] : nullptr;
        if (A && (A->first == k || A->first == j + 1) && A->usable && !A->place && !A->possessive &&
            !A->adjectival && A->last < n && s.t[A->last].word == d_.w_comma)
          return li;
      }
      // ("seized the towns of Shire, Axum and Adwa from": places listed in the object)
      if (tk.word == d_.w_comma && j > from && NamedPlaceJoin(s, j)) continue;
      if (tk.word == d_.w_comma && (j > from || R.noun)) {  // ("the fighting, a truce between A and B")
        // a comma ends the clause unless a list continues; a participle or a relative clause follows
        return -1;
      }
      if (c & kWTime) continue;
      // "signed the ceasefire that ends the war with Georgia": a relative clause on the object (not
      // "a proposal that Israel withdraw", whose clause names its subject) is no place for the target
      if ((R.kind == RelationKind::kMeet || R.kind == RelationKind::kVisit) && tk.word == d_.w_that && j > from &&
          j + 1 < n && s.tok_list[j + 1] < 0 && IsPlainWord(s, j - 1) &&
          !IsVerbLike(s, j - 1) && !(C(s, j - 1) & (kWReporting | kWProposal | kWDemandNoun)) &&
          !(C(s, j + 1) & kWDeterminer))
        return -1;
      if ((c & (kWDeterminer | kWQuantifier)) || tk.Is(Token::kNumber)) determiner_seen = true;
      if (c & (kWDeterminer | kWQuantifier)) continue;
      if (tk.Is(Token::kNumber)) continue;
      if (Text(s, j, j + 1) == "what" && j + 1 < n && s.tok_list[j + 1] >= 0 && WhatSpeaker(s, s.lists[s.tok_list[j + 1]]) >= 0)
        continue;  // ("struck what X called")
      if (IsPrep(s, j)) {
        if (tk.word != d_.w_of) genitive_words = -1;
        prep_seen = true;
        continue;
      }
      // "struck the biggest training camp of X": an attack's object after a determiner and modifiers
      bool object_modifier = R.kind == RelationKind::kAttack && R.direct && direct_possible && IsPlainWord(s, j) &&
                             ++attack_modifiers <= 3 && determiner_seen && !prep_seen;
      // ("struck Islamist rebels of Ansar Dine": an adjective right before the object, no determiner)
      if (!object_modifier && R.kind == RelationKind::kAttack && R.direct && direct_possible && !prep_seen &&
          j + 1 < n && s.tok_list[j + 1] >= 0 && s.lists[s.tok_list[j + 1]].first == j + 1 &&
          s.lists[s.tok_list[j + 1]].usable && !s.lists[s.tok_list[j + 1]].place && s.tok_list[j] < 0 &&
          !tk.Is(Token::kPunct) && !IsVerbLike(s, j) && !(c & (kWBoundary | kWReporting | kWRelative | kWTime)) &&
          attack_modifiers <= 2)
        object_modifier = true;
      // ("blamed the militant group Lashkar-e-Taiba", "urged the rebel movement M23": a class noun before the
      // name it introduces)
      if (!object_modifier && R.direct && direct_possible && determiner_seen && !prep_seen && IsPlainWord(s, j) &&
          ++class_words <= 3) {
        int k = j;
        while (k < n && k < j + 3 && s.tok_list[k] < 0 && IsPlainWord(s, k)) ++k;
        static const std::set<std::string_view> kClass = {"group", "movement", "organization", "organisation",
                                                          "faction", "militia", "alliance", "coalition", "network",
                                                          "outfit", "force", "bloc"};
        object_modifier = k < n && k > j && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].first == k &&
                          s.lists[s.tok_list[k]].usable && !s.lists[s.tok_list[k]].place &&
                          kClass.count(AsciiLower(Text(s, k - 1, k))) > 0;
      }
      // ("met army chief Abdel Fattah al-Burhan": a lower-case role right before a person's name)
      if (!object_modifier && R.direct && direct_possible && !prep_seen && IsPlainWord(s, j) &&
          j - from < 2) {
        int k = j + 1;
        if (k < n && s.tok_list[k] < 0 && IsPlainWord(s, k)) ++k;
        int li = k < n ? s.tok_list[k] : -1;
        object_modifier = li >= 0 && s.lists[li].first == k && s.lists[li].usable &&
                          !s.lists[li].place &&
                          s.m[s.lists[li].members[0]].kind == ActorKind::kPerson &&
                          s.m[s.lists[li].members[0]].type == MentionType::kName;
      }
      // ("met a delegation led by Ramaphosa": an unnamed body stands for whoever leads it)
      if (!object_modifier && R.direct && direct_possible && determiner_seen && !prep_seen)
        if (int leader = LeaderOfBody(s, j); leader >= 0) return leader;
      if (!object_modifier) direct_possible = false;
      if (genitive_words >= 0) ++genitive_words;
    }
    return -1;
  }

  // respond: the author of what is responded to, right after the trigger.
  // The proposal noun at `k` or after at most three modifiers ("autonomy plan", "Middle East peace
  // proposals"); -1 if none.
  int ProposalNounAfter(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    for (int j = k; j < n && j < k + 6; ++j) {
      if (s.tok_list[j] < 0 && (C(s, j) & kWProposal)) return j;
      if (s.tok_list[j] >= 0) {
        if (!s.lists[s.tok_list[j]].place) return -1;
        j = s.lists[s.tok_list[j]].last - 1;
        continue;
      }
      // ("Egypt's new plan", "Israel's revised proposal": modifiers the clause analysis files as determiners;
      // "Reagan's zero-option offer": a hyphen inside a modifier)
      bool inner_hyphen = s.t[j].word == d_.w_hyphen && j > k && !s.t[j].Is(Token::kSpaceBefore);
      // ("Egypt's $53 billion plan": a sum of money is a modifier too)
      bool money = Text(s, j, j + 1).rfind('$', 0) == 0;
      if ((s.t[j].Is(Token::kPunct) && !inner_hyphen && !money) || IsPrep(s, j) ||
          IsVerbLike(s, j) || (C(s, j) & kWBoundary))
        return -1;
    }
    return -1;
  }

  // Whether the direct object at `k` is a proposal: "the plan", "a peace initiative put forward by X",
  // "Egypt's proposal", "the Egyptian plan", "a U.S.-drafted text"
  // The token after possessive list `L`: past its "'s" (a possessive pronoun has none: "their proposal")
  static int PastPossessive(const Sentence& s, const List& L) {
    return L.last + (s.m[L.members.back()].type == MentionType::kPronoun ? 0 : 1);
  }

  // "the breakaway regions of Donetsk and Luhansk" from `k`: the list after "of" when at most three
  // words (and determiners) come before it, their count in `words`; -1 if none.
  int GenitiveActors(const Sentence& s, int k, int* words) const {
    int n = static_cast<int>(s.t.size());
    *words = 0;
    while (k < n && s.tok_list[k] < 0 && *words < 3 &&
           ((C(s, k) & kWDeterminer) || IsPlainWord(s, k))) {
      if (!(C(s, k) & kWDeterminer)) ++*words;
      ++k;
    }
    return *words > 0 && k + 1 < n && s.t[k].word == d_.w_of && s.tok_list[k + 1] >= 0
               ? s.tok_list[k + 1]
               : -1;
  }

  // (the noun's token, or -1)
  int ObjectProposalNoun(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    // ("signed on Friday a plan": past a time phrase)
    while (k < n && s.tok_list[k] < 0 &&
           ((C(s, k) & kWTime) || (Text(s, k, k + 1) == "on" && k + 1 < n && (C(s, k + 1) & kWTime))))
      ++k;
    // ("rejected as null and void a memorandum": a judgement before the object)
    if (k + 2 < n && Text(s, k, k + 1) == "as") {
      int j = k + 1;
      while (j < n && j < k + 6 && s.tok_list[j] < 0 && !(C(s, j) & kWDeterminer) &&
             (IsPlainWord(s, j) || s.t[j].word == d_.w_and))
        ++j;
      if (j < n && j > k + 1 && s.tok_list[j] < 0 && (C(s, j) & kWDeterminer)) k = j;
    }
    while (k < n && s.tok_list[k] < 0 && (C(s, k) & kWDeterminer)) ++k;
    if (k >= n) return -1;
    if (s.tok_list[k] >= 0) {
      const List& L = s.lists[s.tok_list[k]];
      if (L.possessive) return ProposalNounAfter(s, PastPossessive(s, L));
      // ("the Qatari plan", "a U.S. proposal": a state or body on the noun)
      bool on_noun = L.adjectival || (L.members.size() == 1 && s.m[L.members[0]].kind != ActorKind::kPerson);
      if (L.usable && !on_noun) return -1;
      int j = L.last;
      if (j + 1 < n && s.t[j].word == d_.w_hyphen) j += 2;  // "a U.S.-drafted text"
      return (C(s, L.last - 1) & kWProposal) ? L.last - 1 : ProposalNounAfter(s, j);
    }
    return ProposalNounAfter(s, k);
  }
  // "... or face measures", "or risk sanctions": a threat in the clause after `k`
  bool Threatened(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    for (int j = k; j + 1 < n; ++j) {
      if (s.t[j].word == d_.w_semicolon || s.t[j].word == d_.w_quote) break;
      if (Text(s, j, j + 1) != "or") continue;
      std::string_view v = Text(s, j + 1, j + 2);
      if (v == "face" || v == "risk" || (v == "else" && j + 2 < n && Text(s, j + 2, j + 3) == "face")) return true;
    }
    return false;
  }
  bool ObjectIsProposal(const Sentence& s, int k) const { return ObjectProposalNoun(s, k) >= 0; }

  // The states or bodies a proposal noun near the trigger at [ti, te) is named after ("an Israeli
  // proposal", "Egypt's plan"), in the clause before it or after it; none if it is not named after one
  std::vector<Ref> NamedProposalAuthors(const Sentence& s, int ti, int te) const {
    int n = static_cast<int>(s.t.size());
    auto authors = [&](int noun) -> std::vector<Ref> {
      int li = s.tok_list[noun];  // ("Israeli proposal": the demonym's mention may hold the noun)
      // ("Egypt's new plan", "Egypt's $53 billion plan": past the modifiers after the possessive)
      for (int m = noun - 1;
           li < 0 && m > 1 && m >= noun - 4 && s.tok_list[m] < 0 && !IsPrep(s, m) &&
           (!s.t[m].Is(Token::kPunct) || Text(s, m, m + 1).rfind('$', 0) == 0);
           --m)
        if (s.t[m - 1].word == d_.w_s || s.t[m - 1].word == d_.w_apos) {
          noun = m;
          break;
        }
      if (li < 0 && noun > 0) li = s.tok_list[noun - 1];
      if (li < 0 && noun > 1 && (s.t[noun - 1].word == d_.w_s || s.t[noun - 1].word == d_.w_apos)) li = s.tok_list[noun - 2];
      if (li < 0) return {};
      const List& L = s.lists[li];
      bool named = L.adjectival || L.possessive ||
                   std::all_of(L.members.begin(), L.members.end(), [&](int k) { return s.m[k].demonym; });
      if (!named) return {};
      std::vector<Ref> r;
      for (const Ref& x : ListRefs(s, li))
        if (!x.person() && !x.party.empty()) r.push_back(x);
      return r;
    };
    for (int j = te; j < n && j < te + 10; ++j) {
      // (a possessive's "'s" is no end of the phrase: "Egypt's new plan")
      if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_hyphen && s.t[j].word != d_.w_quote &&
          s.t[j].word != d_.w_s && Text(s, j, j + 1).rfind('$', 0) != 0)
        break;
      if (C(s, j) & kWProposal) return authors(j);
    }
    for (int j = ti - 1; j >= 0 && j >= ti - 12; --j) {
      if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_hyphen && s.t[j].word != d_.w_quote) break;
      if (C(s, j) & kWProposal) return authors(j);
    }
    return {};
  }
  // "a U.S.- and French-led call": the list of the last compound that the list `li` and its
  // suspended hyphens ("U.S.-", "and", ",") lead to; -1 if `li` ends in no suspended hyphen
  int SuspendedCompound(const Sentence& s, int li) const {
    int n = static_cast<int>(s.t.size());
    int last = -1;
    for (int k = s.lists[li].last; k + 2 < n && s.t[k].word == d_.w_hyphen &&
                                   (s.t[k + 1].word == d_.w_and || s.t[k + 1].word == d_.w_comma) &&
                                   s.tok_list[k + 2] >= 0 &&
                                   s.lists[s.tok_list[k + 2]].first == k + 2;) {
      last = s.tok_list[k + 2];
      k = s.lists[last].last;
    }
    if (last < 0 || s.lists[last].last + 1 >= n || s.t[s.lists[last].last].word != d_.w_hyphen)
      return -1;
    return last;
  }
  bool RulingObject(const Sentence& s, int k) const {
    int noun = ObjectProposalNoun(s, k);
    return noun >= 0 && (C(s, noun) & kWRuling);
  }

  // "rejected the agreement signed by A and B": an accord its signers made with each other, put to no one
  bool SignedAccordObject(const Sentence& s, int k) const {
    int noun = ObjectProposalNoun(s, k);
    if (noun < 0 || !(C(s, noun) & kWAccord)) return false;
    int n = static_cast<int>(s.t.size());
    for (int j = noun + 1; j < n && j < noun + 8; ++j) {
      std::string_view w = Text(s, j, j + 1);
      if (w == "signed" || w == "reached" || w == "concluded" || w == "struck") return true;
      if (s.t[j].Is(Token::kPunct) || s.tok_list[j] >= 0) break;
    }
    return false;
  }

  // An accusation noun at `k` ("accusations", "allegations", "charges"): a claim that blames.
  bool Accusation(const Sentence& s, int k) const { return k >= 0 && (C(s, k) & kWAccusation); }

  // The claim noun at `k` or after at most three modifiers ("Indian claims", "Pakistan's baseless
  // allegations"); -1 if none.
  int ClaimNounAfter(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    for (int j = k; j < n && j < k + 4; ++j) {
      if (s.tok_list[j] >= 0) return -1;
      if (C(s, j) & kWClaim) return (C(s, j) & kWProposal) ? -1 : j;
      if (s.t[j].Is(Token::kPunct) || IsPrep(s, j) || IsVerbLike(s, j) || (C(s, j) & kWBoundary)) return -1;
    }
    return -1;
  }

  // A demand noun at k that is no response ("demand", "ultimatum"; not "reply").
  bool IsDemand(const Sentence& s, int k) const {
    return k >= 0 && (C(s, k) & kWDemandNoun) && !(C(s, k) & kWResponseNoun);
  }

  // Whether a new subject and its verb start at `k`, after "and" or a comma ("a paper that Moscow
  // welcomed and Biden dismissed"): the verb before has no object of its own there.
  bool NewClauseAt(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    if (k + 2 >= n || (s.t[k].word != d_.w_and && s.t[k].word != d_.w_comma) ||
        s.tok_list[k + 1] < 0)
      return false;
    const List& L = s.lists[s.tok_list[k + 1]];
    int v = L.last;
    // (not a speech tag: "which South Sudan accepted, the foreign ministry said")
    if (!(L.first == k + 1 && L.usable && v < n && s.tok_list[v] < 0 &&
          !IsIng(Text(s, v, v + 1))) ||
        (C(s, v) & kWReporting) || IsPrep(s, v))
      return false;
    return IsVerbLike(s, v) || Auxiliary(s, v) || TriggerAt(s, v) ||
           (IsPlainWord(s, v) && EndsWith(Text(s, v, v + 1), "ed"));
  }

  std::vector<Ref> AuthorTarget(const Sentence& s, const TriggerRule& R, int from, Span* span, bool* indirect) const {
    int n = static_cast<int>(s.t.size());
    int j = from;
    if (NewClauseAt(s, from)) return {};
    int skipped = 0;
    proposal_from_ = false;
    demand_from_ = false;
    bare_proposal_ = false;
    accusation_from_ = false;
    // "refused to meet": an infinitive, not a response; but "gave its approval to the plan": a noun's object
    if (j < n && s.t[j].word == d_.w_to) {
      bool object = R.noun || (from > 0 && !IsVerbLike(s, from - 1) && !IsIng(Text(s, from - 1, from)));
      if (!object || j + 1 >= n || !((C(s, j + 1) & kWDeterminer) || s.tok_list[j + 1] >= 0)) return {};
      ++j;
    }
    // ("would not recognise any agreement reached without Ukraine": any such thing is none made
    // yet)
    if (j < n && Text(s, j, j + 1) == "any" && !(j + 1 < n && s.tok_list[j + 1] >= 0)) return {};
    // ("welcomed parts of a peace plan drawn up by China": a part of it is answered like the whole)
    if (j + 2 < n && s.tok_list[j] < 0 && (C(s, j) & kWPartitive) && s.t[j + 1].word == d_.w_of)
      j += 2;
    // "agreed to open the corridor": the trigger's own "to" before a verb is an infinitive too
    // ("bowing to mounting pressure from the UN": an adjective before a demand or proposal noun is none)
    bool adjective = j + 1 < n && (C(s, j + 1) & (kWProposal | kWDemandNoun)) && s.tok_list[j + 1] < 0;
    if (from > 0 && s.t[from - 1].word == d_.w_to && j < n && s.tok_list[j] < 0 &&
        !s.t[j].Is(Token::kUpper) && !(C(s, j) & (kWDeterminer | kWProposal | kWQuantifier)) &&
        !s.t[j].Is(Token::kNumber) && !adjective &&
        !((C(s, j) & kWClaim) && EndsWith(Text(s, j, j + 1), "s")))  // ("responded to claims by")
      return {};
    // "Hamas refused, insisting that ...": with no object at all, what was proposed last
    if (j >= n || (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_quote)) {
      *indirect = true;
      return st_.proposal_authors;
    }
    // "Guterres welcomed the signing", "welcomed the agreement": a welcome of an accord concluded is
    // approval of it, answering no one's proposal (not "welcomed the ceasefire proposal")
    if (from > 0 && Text(s, from - 1, from).rfind("welcom", 0) == 0) {
      int k = j;
      while (k < n && s.tok_list[k] < 0 && ((C(s, k) & kWDeterminer) || IsPlainWord(s, k)) && !(C(s, k) & kWProposal) &&
             !(C(s, k) & kWAccord) && Text(s, k, k + 1) != "signing" && k < j + 4)
        ++k;
      if (k < n && s.tok_list[k] < 0 && ((C(s, k) & kWAccord) || Text(s, k, k + 1) == "signing") &&
          !(k + 1 < n && (C(s, k + 1) & kWProposal)))
        return {};
    }
    // "dismissed as an ultimatum Putin's offer", "rejected as unacceptable the plan": past the judgement
    if (j < n && Text(s, j, j + 1) == "as") {
      int list = -1, det = -1;
      for (int k = j + 1; k < n && k < j + 7 && (!s.t[k].Is(Token::kPunct) || s.t[k].word == d_.w_quote) && list < 0; ++k) {
        if (s.tok_list[k] >= 0) list = k;
        else if (det < 0 && k > j + 1 && (C(s, k) & kWDeterminer)) det = k;
      }
      if (list >= 0) j = list;
      else if (det >= 0) j = det;
      else {  // "a plan, which Hamas dismissed as a trick": nothing after the judgement, what was proposed last
        *indirect = true;
        return st_.proposal_authors;
      }
    }
    while (j < n && skipped < 5) {
      int li = s.tok_list[j];
      // "the Middle East plan": a place names what the proposal is about, not its author
      if (li >= 0 && s.lists[li].place && !s.lists[li].possessive && s.lists[li].last < n &&
          !(C(s, s.lists[li].first - 1) & kWPreposition)) {
        j = s.lists[li].last;
        ++skipped;
        continue;
      }
      if (li >= 0) {
        const List& L = s.lists[li];
        *span = {s.t[L.first].begin, s.t[L.last - 1].end};
        const Mention& m0 = s.m[L.members[0]];
        if (m0.type == MentionType::kPronoun && m0.pronoun == PronounClass::kThing && !m0.possessive) {
          if (FreshProposalBefore(s, L.first)) return {};
          *indirect = true;
          return st_.proposal_authors;
        }
        // "brushed aside a U.S.- and French-led call": suspended hyphens join the authors of the
        // compound after them
        if (int last = SuspendedCompound(s, li); last >= 0) {
          const List& M = s.lists[last];
          std::string_view h = Text(s, M.last + 1, M.last + 2);
          if (h == "proposed" || h == "drafted" || h == "led" || h == "sponsored" ||
              h == "backed" || h == "authored" || h == "written") {
            std::vector<Ref> authors = ListRefs(s, li);
            for (int k = L.last; k < M.last; ++k)
              if (s.tok_list[k] >= 0 && k == s.lists[s.tok_list[k]].first)
                for (const Ref& r : ListRefs(s, s.tok_list[k])) AddRef(&authors, r);
            *span = {s.t[L.first].begin, s.t[M.last - 1].end};
            return authors;
          }
        }
        // "accepted an Egyptian-Qatari proposal": hyphenated demonyms on a proposal noun are its authors
        if (!L.usable && s.m[L.members[0]].compound && L.last < n && s.t[L.last].word == d_.w_hyphen) {
          std::vector<Ref> authors = ListRefs(s, li);
          int k = L.last;
          while (k + 1 < n && s.t[k].word == d_.w_hyphen && s.tok_mention[k + 1] >= 0 &&
                 s.m[s.tok_mention[k + 1]].kind != ActorKind::kPerson) {
            for (const Ref& r : s.refs[s.tok_mention[k + 1]]) authors.push_back(r);
            k = s.m[s.tok_mention[k + 1]].last;
            // the last demonym's mention may include the noun ("Qatari proposal")
            if (k > 0 && (C(s, k - 1) & kWProposal)) --k;
          }
          // ("an Egyptian-Qatari ceasefire proposal": modifiers before the noun)
          if (k < n && k > L.last && ((C(s, k) & kWProposal) || ProposalNounAfter(s, k) >= 0)) {
            *span = {s.t[L.first].begin, s.t[k - 1].end};
            return authors;
          }
        }
        // "rejected Armenian calls for": a demonym on a proposal or demand noun names its author
        // ("an Egyptian ceasefire proposal": modifiers before the noun)
        if (!L.usable && !L.possessive && L.last < n && ((C(s, L.last) & kWProposal) || ProposalNounAfter(s, L.last) >= 0) &&
            std::all_of(L.members.begin(), L.members.end(), [&](int k) { return s.m[k].demonym; })) {
          *span = {s.t[L.first].begin, s.t[L.last - 1].end};
          demand_from_ = IsDemand(s, (C(s, L.last) & kWProposal) ? L.last : ProposalNounAfter(s, L.last));
          return ListRefs(s, li);
        }
        // "accepted a U.N.-proposed truce", "rejected a U.S.-drafted text": the compound's author
        if (!L.usable && L.members.size() == 1 && s.m[L.members[0]].compound && L.last + 1 < n &&
            s.t[L.last].word == d_.w_hyphen) {
          std::string_view h = Text(s, L.last + 1, L.last + 2);
          if (h == "proposed" || h == "drafted" || h == "brokered" || h == "led" || h == "sponsored" ||
              h == "backed" || h == "authored" || h == "mediated" || h == "written") {
            // "rejected the U.S.-brokered agreement between the UAE and Israel": a brokered accord
            // between named sides is theirs
            if (h == "brokered" || h == "mediated" || h == "sponsored" || h == "backed") {
              for (int b = L.last + 2; b < n && b < L.last + 6; ++b) {
                if (s.tok_list[b] >= 0) {
                  const List& B = s.lists[s.tok_list[b]];
                  if (B.marker >= 0 && s.t[B.marker].word == d_.w_between && B.usable && B.members.size() >= 2) {
                    *span = {s.t[B.first].begin, s.t[B.last - 1].end};
                    return ListRefs(s, s.tok_list[b]);
                  }
                  break;
                }
                if (s.t[b].Is(Token::kPunct) || IsVerbLike(s, b)) break;
              }
            }
            return ListRefs(s, li);
          }
        }
        // "rejected Pakistan's allegations", "dismissed the Ukrainian claims", "replied to Iran's
        // comments": a claim its author made (not what is accepted)
        int past = L.possessive ? PastPossessive(s, L) - L.last : 0;
        if (R.stance != Stance::kAccept &&
            (L.possessive || (!L.usable && std::all_of(L.members.begin(), L.members.end(),
                                                       [&](int k) { return s.m[k].demonym; }))) &&
            ClaimNounAfter(s, L.last + past) >= 0) {
          *span = {s.t[L.first].begin, s.t[L.last - 1].end};
          accusation_from_ = Accusation(s, ClaimNounAfter(s, L.last + past));
          return ListRefs(s, li);
        }
        if (!L.usable && !L.possessive) return {};
        // "welcomed Norway's efforts": only a proposal, demand or response has an author to respond to
        // ("Morocco's autonomy plan", "Reagan's Middle East peace proposals": modifiers before the noun)
        int noun = L.possessive ? ProposalNounAfter(s, L.last + past) : -1;
        if (L.possessive && noun < 0) return {};
        std::vector<Ref> r = ListRefs(s, li);
        for (int k : L.members)
          if (s.m[k].type == MentionType::kPronoun || s.m[k].type == MentionType::kDescription) *indirect = true;
        // "Kyiv's proposal": its author is who "the offer" means later
        if (L.possessive && noun >= 0 && !(C(s, noun) & kWResponseNoun)) proposal_seen_ = r;
        // "Argentina rejected Britain's final proposals": the author put them to the responder
        // ("rejected Ghani's stance": a position is answered, but was never put to the responder)
        std::string_view nw = noun >= 0 ? Text(s, noun, noun + 1) : std::string_view();
        bool stance_noun =
            nw == "stance" || nw == "stances" || nw == "position" || nw == "positions";
        if (L.possessive && noun >= 0)
          proposal_from_ = !(C(s, noun) & (kWResponseNoun | kWDemandNoun)) && !stance_noun;
        // "rejected Bush's demand that they hand him over": Bush demanded it of the responder
        if (L.possessive && noun >= 0) demand_from_ = IsDemand(s, noun);
        // ("rejected the Israeli demand", "rejected a Taliban demand for": the name on the noun)
        if (!L.possessive)
          demand_from_ = IsDemand(s, (C(s, L.last - 1) & kWProposal) ? L.last - 1 : ProposalNounAfter(s, L.last));
        // "the Israeli proposal": a demonym on the proposal noun itself
        if (L.adjectival && (C(s, L.last - 1) & kWProposal) && !(C(s, L.last - 1) & kWResponseNoun)) proposal_seen_ = r;
        // "Hamas' response" is Hamas's; "the Egyptian proposal" Egypt's
        // ("rejected U.S. accusations that": a name on an accusation is its accuser)
        if (!L.possessive && L.last < n && s.tok_list[L.last] < 0)
          accusation_from_ = Accusation(s, L.last);
        return r;
      }
      std::uint32_t c = C(s, j);
      // "dismissed claims by Yemen's Houthi movement": a claim answers its named author, else no
      // one (not what is accepted)
      if ((c & kWClaim) && !(c & kWProposal) && R.stance != Stance::kAccept) {
        int a = j + 1;
        if (a < n && (s.t[a].word == d_.w_by || s.t[a].word == d_.w_from)) {
          ++a;
          while (a < n && (C(s, a) & kWDeterminer) && s.tok_list[a] < 0) ++a;
          if (a < n && s.tok_list[a] >= 0 && s.lists[s.tok_list[a]].usable && !s.lists[s.tok_list[a]].place) {
            const List& L = s.lists[s.tok_list[a]];
            *span = {s.t[L.first].begin, s.t[L.last - 1].end};
            accusation_from_ = Accusation(s, j);
            return ListRefs(s, s.tok_list[a]);
          }
        }
        return {};
      }
      // "accepted a truce proposed by Egypt", "approved a ceasefire with Hezbollah brokered by the United
      // States and France": who put forward or brokered an accord is who its acceptance answers
      int acc = j;  // ("a two-month nationwide truce": past its modifiers)
      while (acc < n && acc < j + 7 && !(C(s, acc) & kWAccord) && s.tok_list[acc] < 0 &&
             (IsPlainWord(s, acc) || s.t[acc].Is(Token::kNumber) || (C(s, acc) & (kWQuantifier | kWDeterminer)) ||
              (s.t[acc].word == d_.w_hyphen && !s.t[acc].Is(Token::kSpaceBefore)) ||
              // ("a two-month truce": a unit of time inside a hyphenated modifier)
              ((C(s, acc) & kWTime) && acc > 0 && s.t[acc - 1].word == d_.w_hyphen)))
        ++acc;
      if (acc < n && (C(s, acc) & kWAccord) && !(C(s, acc) & kWProposal)) {
        for (int k = acc + 1; k < n && k < acc + 8; ++k) {
          if (s.t[k].word == d_.w_hyphen && !s.t[k].Is(Token::kSpaceBefore)) continue;  // ("two-month")
          if (s.t[k].Is(Token::kPunct) || (C(s, k) & (kWBoundary | kWRelative))) break;
          if (s.tok_list[k] >= 0) {  // ("with Hezbollah": the partner, skipped)
            const List& P = s.lists[s.tok_list[k]];
            if (P.marker < 0 || s.t[P.marker].word == d_.w_by) break;
            k = P.last - 1;
            continue;
          }
          // ("a deal negotiated in Port-au-Prince by Carter": past a place or a date before "by")
          bool participle = Participle(s, k);
          int by = k + 1;
          while (participle && by < n && by < k + 8 && s.t[by].word != d_.w_by) {
            if (int pl = s.tok_list[by]; pl >= 0 && s.lists[pl].place && s.lists[pl].marker >= 0 &&
                                         s.lists[pl].marker == by - 1 &&
                                         s.t[s.lists[pl].marker].word != d_.w_by)
              by = s.lists[pl].last;
            else if (s.tok_list[by] < 0 &&
                     ((C(s, by) & kWTime) || (IsPrep(s, by) && s.t[by].word != d_.w_by)))
              ++by;
            else
              break;
          }
          if (participle && by < n && s.t[by].word == d_.w_by) {
            int a = by + 1;
            while (a < n && (C(s, a) & kWDeterminer) && s.tok_list[a] < 0) ++a;
            if (int group = a < n && s.tok_list[a] < 0 ? CollectiveOf(s, a) : -1; group >= 0) a = s.lists[group].first;
            if (a < n && s.tok_list[a] >= 0 && s.lists[s.tok_list[a]].usable) {
              const List& L = s.lists[s.tok_list[a]];
              *span = {s.t[L.first].begin, s.t[L.last - 1].end};
              // (a broker mediated it; whoever proposed it put it to the responder)
              std::string_view v = Text(s, k, k + 1);
              proposal_from_ = v != "brokered" && v != "mediated" && v != "sponsored" && v != "facilitated";
              return ListRefs(s, s.tok_list[a]);
            }
            break;
          }
        }
      }
      if (c & kWProposal) {
        int k = j + 1;
        while (k < n && (C(s, k) & kWProposal)) ++k;
        // "the proposal put forward by X", "a proposal it received from X": a
        // participle (with its subject pronoun) before the agent or source
        // "the terms Hamas had agreed to", "the plan Egypt drafted": a reduced relative clause names the author
        if (k < n && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].first == k && s.tok_mention[k] >= 0 &&
            s.m[s.tok_mention[k]].type != MentionType::kPronoun) {
          const List& L = s.lists[s.tok_list[k]];
          int v = L.last;
          while (v < n && s.tok_list[v] < 0 && Auxiliary(s, v) && !Participle(s, v)) ++v;
          if (L.usable && !L.place && v < n && s.tok_list[v] < 0 && Participle(s, v)) {
            *span = {s.t[L.first].begin, s.t[L.last - 1].end};
            return ListRefs(s, s.tok_list[k]);
          }
        }
        // ("an idea floated in recent days by Britain": a date between the participle and "by")
        // (and a place: "a plan for Kosovo presented in Belgrade by Ahtisaari")
        // (the participle within four words before "by", a place phrase counting as one: "a deal
        // negotiated in Port-au-Prince by Carter")
        int since_participle = 5;
        for (int b = k; b < std::min(n - 1, k + 9); ++b) {
          if (s.t[b].Is(Token::kPunct)) break;
          if (s.tok_list[b] >= 0 && s.m[s.tok_mention[b]].type != MentionType::kPronoun) {
            // (what the noun is about: "a peace plan for Kosovo presented by")
            const List& P = s.lists[s.tok_list[b]];
            bool about = P.marker >= 0 && IsPrep(s, P.marker) && s.t[P.marker].word != d_.w_by &&
                         s.t[P.marker].word != d_.w_from;
            if (!P.place && !about) break;
            b = P.last - 1;
            ++since_participle;
            continue;
          }
          if ((s.t[b].word == d_.w_by || s.t[b].word == d_.w_from) && b > k &&
              since_participle <= 4) {
            k = b;
            break;
          }
          since_participle = Participle(s, b) ? 1 : since_participle + 1;
        }
        // "the proposal by/from/of X" ("a plan drawn up by the Organisation of African Unity")
        int a = k + 1;
        while (a < n && a < k + 3 && (C(s, a) & kWDeterminer) && s.tok_list[a] < 0) ++a;
        // ("a proposal by regional chair Indonesia": a lower-case role before the name)
        if (s.t[k].word == d_.w_by || s.t[k].word == d_.w_from) {
          for (int r = a; r < n && r < a + 3 && s.tok_list[r] < 0 && IsPlainWord(s, r); ++r)
            if (r + 1 < n && s.tok_list[r + 1] >= 0) a = r + 1;
          // ("a truce proposed by the Quad group of A, B and C")
          if (int group = a < n && s.tok_list[a] < 0 ? CollectiveOf(s, a) : -1; group >= 0) a = s.lists[group].first;
          // ("a proposal from its European and IMF creditors", "from the country's IMF creditors": past a
          // possessor to the actor named on the noun)
          if (a < n && s.tok_list[a] >= 0) {
            const List& P = s.lists[s.tok_list[a]];
            std::string_view pw = Text(s, a, a + 1);
            bool pronoun = P.last == a + 1 && (pw == "its" || pw == "their" || pw == "his" || pw == "her");
            bool s_after = P.last < n && (s.t[P.last].word == d_.w_s || s.t[P.last].word == d_.w_apos);
            if (pronoun || P.possessive || s_after) {
              int r0 = P.last + (s_after ? 1 : 0);
              for (int r = r0; r < n && r < r0 + 4; ++r) {
                if (s.tok_list[r] >= 0) {
                  a = r;
                  break;
                }
                if (s.t[r].Is(Token::kPunct) || IsPrep(s, r)) break;
              }
            }
          }
        }
        if (a < n && (s.t[k].word == d_.w_by || s.t[k].word == d_.w_from || s.t[k].word == d_.w_of) &&
            s.tok_list[a] >= 0) {
          const List& L = s.lists[s.tok_list[a]];
          // ("an invitation from Cairo": a capital after "by" or "from" is its government)
          bool capitals = s.t[k].word != d_.w_of && std::all_of(L.members.begin(), L.members.end(), [&](int m) {
            return s.m[m].capital;
          });
          if (L.usable && (!L.place || capitals)) {
            *span = {s.t[L.first].begin, s.t[L.last - 1].end};
            proposal_from_ = s.t[k].word != d_.w_of && !(c & (kWResponseNoun | kWDemandNoun));
            demand_from_ = s.t[k].word != d_.w_of && (c & kWDemandNoun) && !(c & kWResponseNoun);
            return ListRefs(s, s.tok_list[a]);
          }
        }
        // "the 20-point plan, which Trump unveiled": a relative clause names the author
        {
          int q = k;
          // ("a peace plan for Kosovo that A and B had brought": past a short phrase of the noun)
          if (q + 1 < n && IsPrep(s, q) && s.tok_list[q + 1] >= 0) {
            q = s.lists[s.tok_list[q + 1]].last;
          } else if (q + 1 < n && IsPrep(s, q) && s.t[q + 1].Is(Token::kUpper)) {  // ("for Kosovo": a name not an actor)
            ++q;
            while (q < n && s.t[q].Is(Token::kUpper) && s.tok_list[q] < 0) ++q;
          }
          // ("a peace plan for Kosovo on Thursday that was presented": past a date)
          while (q < n && s.tok_list[q] < 0 && ((C(s, q) & kWTime) || s.t[q].Is(Token::kNumber))) ++q;
          if (q < n && s.t[q].word == d_.w_comma) ++q;
          // "a plan that was presented to him in Belgrade by Ahtisaari": a passive relative clause's agent
          if (q + 3 < n && (Text(s, q, q + 1) == "which" || Text(s, q, q + 1) == "that")) {
            int vi = q + 1;
            while (vi < n && (C(s, vi) & kWBe || Text(s, vi, vi + 1) == "had" || Text(s, vi, vi + 1) == "has" ||
                              Text(s, vi, vi + 1) == "have"))
              ++vi;
            std::string_view v = vi < n ? Text(s, vi, vi + 1) : "";
            bool authored = vi > q + 1 && (C(s, vi - 1) & kWBe) &&
                            (v == "unveiled" || v == "proposed" || v == "drafted" || v == "presented" || v == "submitted" ||
                             v == "tabled" || v == "offered" || v == "put" || v == "drawn" || v == "handed" ||
                             v == "floated" || v == "delivered" || v == "prepared" || v == "devised" || v == "sent");
            if (authored) {
              // (past the recipient and a place: "presented to him in Belgrade by")
              int agent = -1;
              for (int b = vi + 1; b < n && b < vi + 12; ++b) {
                if (s.tok_list[b] >= 0) {
                  b = s.lists[s.tok_list[b]].last - 1;
                  continue;
                }
                if (s.t[b].Is(Token::kPunct) || (C(s, b) & (kWBoundary | kWReporting))) break;
                if (s.t[b].word == d_.w_by) {
                  int a = b + 1;
                  while (a < n && (C(s, a) & kWDeterminer) && s.tok_list[a] < 0) ++a;
                  if (a < n) agent = s.tok_list[a];
                  break;
                }
              }
              if (agent >= 0 && s.lists[agent].usable && !s.lists[agent].place) {
                const List& L = s.lists[agent];
                *span = {s.t[L.first].begin, s.t[L.last - 1].end};
                proposal_from_ = true;
                return ListRefs(s, agent);
              }
            }
          }
          // (the list may have taken "that" in as a determiner: "that Finnish President Ahtisaari had brought")
          int rl = q + 1 < n && s.tok_list[q + 1] >= 0 && s.lists[s.tok_list[q + 1]].first == q + 1 ? s.tok_list[q + 1]
                   : q < n && s.tok_list[q] >= 0 && s.lists[s.tok_list[q]].first == q            ? s.tok_list[q]
                                                                                                   : -1;
          if (q + 2 < n && (Text(s, q, q + 1) == "which" || Text(s, q, q + 1) == "that") && rl >= 0) {
            const List& L = s.lists[rl];
            int vi = L.last;
            while (vi < n && (Text(s, vi, vi + 1) == "had" || Text(s, vi, vi + 1) == "has" || Text(s, vi, vi + 1) == "have"))
              ++vi;
            std::string_view v = vi < n ? Text(s, vi, vi + 1) : "";
            bool authored = v == "unveiled" || v == "proposed" || v == "drafted" || v == "presented" || v == "announced" ||
                            v == "submitted" || v == "tabled" || v == "offered" || v == "made" || v == "sent" ||
                            v == "issued" || v == "outlined" || v == "floated" || v == "put" || v == "brought" ||
                            v == "delivered" || v == "drew" || v == "handed" || v == "prepared" || v == "devised";
            if (authored && L.usable && !L.place) {
              *span = {s.t[L.first].begin, s.t[L.last - 1].end};
              return ListRefs(s, rl);
            }
          }
        }
        // "an offer of economic incentives from Britain, France and Germany": a source a few words on
        // (not a mediator: "a deal brokered by X")
        for (int q = k; q < n && q < k + 7; ++q) {
          if (s.t[q].Is(Token::kPunct) || ((C(s, q) & kWBoundary) && !CoordinatedModifiers(s, q)) || s.tok_list[q] >= 0)
            break;
          if (s.t[q].word == d_.w_by) break;  // "a deal brokered by X": no author
          if (s.t[q].word == d_.w_from && q + 1 < n) {
            int r = q + 1;
            while (r < n && (C(s, r) & kWDeterminer) && s.tok_list[r] < 0) ++r;
            if (r < n && s.tok_list[r] >= 0 && s.lists[s.tok_list[r]].first == r) {
              const List& L = s.lists[s.tok_list[r]];
              bool states = std::all_of(L.members.begin(), L.members.end(), [&](int m) {
                return s.m[m].capital || s.m[m].kind == ActorKind::kCountry;
              });
              if (L.usable && (!L.place || states)) {
                *span = {s.t[L.first].begin, s.t[L.last - 1].end};
                proposal_from_ = !(c & (kWResponseNoun | kWDemandNoun));
                demand_from_ = (c & kWDemandNoun) && !(c & kWResponseNoun);
                return ListRefs(s, s.tok_list[r]);
              }
            }
            break;
          }
        }
        // ("accepted the final text of a U.S.-mediated agreement": the author of what it is the
        // text of)
        if (k < n && s.t[k].word == d_.w_of && !(c & (kWResponseNoun | kWDemandNoun)) && !in_of_) {
          in_of_ = true;
          std::vector<Ref> inner = AuthorTarget(s, R, k + 1, span, indirect);
          in_of_ = false;
          if (!inner.empty()) return inner;
          proposal_from_ = demand_from_ = bare_proposal_ = false;
        }
        *indirect = true;
        *span = {s.t[j].begin, s.t[j].end};
        if (c & kWResponseNoun) return st_.responders;
        if ((c & kWDemandNoun) && !st_.demanders.empty() && s.index - st_.demand_sentence <= 2) return st_.demanders;
        // ("invited the army to talks in Geneva. The army turned down the invitation": the
        // inviter's)
        if (Text(s, j, j + 1) == "invitation" && !st_.urgers.empty() &&
            s.index - st_.urge_sentence <= 2)
          return st_.urgers;
        bare_proposal_ = true;
        return st_.proposal_authors;
      }
      if (s.t[j].word == d_.w_it || s.t[j].word == d_.w_this) {
        if (FreshProposalBefore(s, j)) return {};
        *indirect = true;
        return st_.proposal_authors;
      }
      // ("a three-stage plan": a hyphen inside a modifier)
      if (s.t[j].word == d_.w_hyphen && !s.t[j].Is(Token::kSpaceBefore) && j > from && j + 1 < n &&
          !s.t[j + 1].Is(Token::kSpaceBefore) && !s.t[j + 1].Is(Token::kPunct)) {
        ++j;
        continue;
      }
      if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_quote) return {};
      // "rejection of any forced displacement of X" (but "the first phase of Trump's plan" goes on)
      bool of_authors_thing = s.t[j].word == d_.w_of && j + 1 < n && s.tok_list[j + 1] >= 0 &&
                              s.lists[s.tok_list[j + 1]].possessive && s.lists[s.tok_list[j + 1]].last + 1 < n &&
                              (C(s, s.lists[s.tok_list[j + 1]].last + 1) & kWProposal);
      if ((c & kWPreposition) && skipped > 0 && !of_authors_thing) return {};
      if (!(c & (kWDeterminer | kWQuantifier | kWTime)) && !s.t[j].Is(Token::kQuote) && !(c & kWPreposition)) ++skipped;
      if (skipped > 3) return {};
      ++j;
    }
    (void)R;
    return {};
  }

  Modality ModalityOf(const Sentence& s, const TriggerRule& R, int lo, int ti) const {
    Modality m = ModalityFrom(s, R, lo, ti);
    // "refused to put its name to the Ugandan-mediated text": a compound's participle tells what was done
    // before; the clause's negation is about the thing it names
    if (m == Modality::kNegated && R.prefix) return Modality::kAsserted;
    // "refused to accept the letter, after six hours of talks with Baker": talks in an adverbial
    // "after" phrase took place; a negation before the phrase is the main clause's ("denied that
    // they had met during a visit by Pompeo": the visit took place)
    if (m == Modality::kNegated && R.noun && !R.has_modality) {
      for (int k = ti - 1; k > lo && k >= ti - 7; --k) {
        std::string_view w = Text(s, k, k + 1);
        if (w == "after" || w == "following") {
          Modality own = ModalityFrom(s, R, k, ti);
          return own == Modality::kNegated ? m : own;
        }
        if (w == "during") {  // (what happened during it is denied, not the visit or talks)
          Modality own = ModalityFrom(s, R, k, ti);
          return own == Modality::kNegated ? Modality::kAsserted : own;
        }
        if (s.tok_list[k] >= 0 || s.t[k].Is(Token::kPunct) || IsVerbLike(s, k) || (C(s, k) & (kWBoundary | kWReporting)))
          break;
      }
    }
    return m;
  }

  Modality ModalityFrom(const Sentence& s, const TriggerRule& R, int lo, int ti) const {
    if (R.has_modality) return R.modality;
    bool planned = false, negated = false, hypo = false;
    int n = static_cast<int>(s.t.size());
    lo = std::max(lo, 0);
    // the clause start: the last comma, quote or boundary before the trigger
    int clause = ti - 1;
    while (clause > 0 && s.t[clause].word != d_.w_comma && s.t[clause].word != d_.w_semicolon && s.t[clause].word != d_.w_quote)
      --clause;
    bool set_off = false;  // the trigger's clause is set off by a comma: cues before it are not its own
    // "dismissed the offer, accusing Hamas": a participle clause has no auxiliaries of its own, and
    // the cues of the main clause ("offer", "did not") are not its modality
    if (clause > 0 && s.t[clause].word == d_.w_comma && ti - clause <= 2 && IsIng(Text(s, ti, ti + 1)))
      set_off = true;
    // "signed a deal that could lead to X, capping a year of Qatari-hosted talks": a noun in a participle
    // clause after a comma names what happened; the cues before the comma are not its modality
    if (R.noun && clause > 0 && s.t[clause].word == d_.w_comma && clause + 1 < ti && IsIng(Text(s, clause + 1, clause + 2)))
      set_off = true;
    // "proposed that Ukraine adopt neutral status, at talks with a Russian delegation": a noun in an
    // adverbial phrase after a comma is where it happened, not what was proposed
    // (", in response to": the trigger may open with the preposition; ", after days of Turkish air strikes":
    // a phrase of time after the comma may be longer)
    if ((R.noun || IsPrep(s, ti)) && clause > 0 && s.t[clause].word == d_.w_comma && clause + 1 <= ti && IsPrep(s, clause + 1) &&
        (ti - clause <= 4 || (ti - clause <= 8 && (Text(s, clause + 1, clause + 2) == "after" ||
                                                   Text(s, clause + 1, clause + 2) == "following"))))
      set_off = true;
    // "could not accept any enrichment, a demand that Iran rejected": a noun in apposition after a comma
    // is the speaker's act, not under the negation before it
    if (R.noun && (R.kind == RelationKind::kUrge || R.kind == RelationKind::kPropose) && clause > 0 &&
        s.t[clause].word == d_.w_comma && ti - clause <= 3)
      set_off = true;
    // ("would be willing to meet X if ..., a day after Macron held surprise talks with Y": a clause of time
    // after the comma happened)
    if (clause > 0 && s.t[clause].word == d_.w_comma) {
      int k = clause + 1;
      while (k < ti && k <= clause + 3 && s.tok_list[k] < 0 &&
             ((C(s, k) & (kWDeterminer | kWQuantifier)) || s.t[k].Is(Token::kNumber) || (C(s, k) & kWTime) ||
              DurationWord(Text(s, k, k + 1)) || Text(s, k, k + 1) == "shortly" || Text(s, k, k + 1) == "soon" ||
              Text(s, k, k + 1) == "just"))
        ++k;
      if (k > clause + 1 && k < ti && (Text(s, k, k + 1) == "after" || Text(s, k, k + 1) == "before")) set_off = true;
    }
    // ("would defend Taiwan if China attacked it, ..., remarks that drew an angry rebuke": a noun
    // in apposition after a comma with a relative clause of its own sums up what was said; the
    // clause's cues are not its)
    if (clause > 0 && s.t[clause].word == d_.w_comma) {
      int k = clause + 1;
      while (k < ti && k <= clause + 3 && s.tok_list[k] < 0 &&
             ((C(s, k) & kWDeterminer) || IsPlainWord(s, k)) && !IsPrep(s, k) &&
             !IsVerbLike(s, k) && s.t[k].word != d_.w_that && !(C(s, k) & kWRelative))
        ++k;
      if (k > clause + 1 && k < ti && (s.t[k].word == d_.w_that || Text(s, k, k + 1) == "which"))
        set_off = true;
    }
    if (set_off) lo = std::max(lo, clause);
    // "denied that X had shelled Y": the clause a denial introduces did not happen
    for (int i = std::max(0, lo - 14); i < lo; ++i) {
      std::string_view w = Text(s, i, i + 1);
      if (w == "denied" || w == "denies" || w == "deny" || w == "denying") {
        for (int k = i + 1; k < lo && k <= i + 5; ++k)
          if (s.t[k].word == d_.w_that) negated = true;
      }
      // ("rejected accusations by Congo that it backs the M23": so does a claim rejected)
      if (w == "rejected" || w == "rejects" || w == "rejecting" || w == "dismissed" ||
          w == "dismisses" || w == "dismissing") {
        bool claim = false;
        for (int k = i + 1; k < lo && k <= i + 7; ++k) {
          claim = claim || (s.tok_list[k] < 0 && (C(s, k) & kWClaim) && !(C(s, k) & kWProposal));
          if (s.t[k].word == d_.w_that && claim && k + 1 < lo) negated = true;
        }
      }
    }
    // "X said he would meet Y": "would" after a reporting verb is a future in the past
    bool reported = false;
    int reporting_at = -1;
    for (int i = 0; i < lo; ++i)
      if (C(s, i) & kWReporting) reported = true, reporting_at = i;
    bool conditional = false;
    // ("proposed a summit to X during a breakfast meeting", "offered Y aid at a meeting in Z": a
    // meeting or visit where something was proposed took place; a verb's cue is about its object,
    // not the adverbial)
    int adverbial_at = -1;
    if (R.noun && (R.kind == RelationKind::kMeet || R.kind == RelationKind::kVisit)) {
      int p = BeforeNounPhrase(s, ti);
      std::string_view pw = p >= 0 ? Text(s, p, p + 1) : std::string_view();
      if (p > 0 && p < ti && s.tok_list[p] < 0 && (pw == "during" || pw == "at")) adverbial_at = p;
    }
    // (whether the hypothetical cue at i governs something else than the trigger)
    auto cue_elsewhere = [&](int i, int len) {
      std::string_view w = Text(s, i, i + 1);
      // ("said Kim's offer of talks was a good idea": a judgement of a proposal noun is no offer
      // itself)
      if (R.judged && i > 0 && (s.t[i - 1].word == d_.w_s || (C(s, i - 1) & kWDeterminer)))
        return true;
      return adverbial_at > i + len && !s.t[i].Is(Token::kUpper) &&
             (EndsWith(w, "ed") || EndsWith(w, "es") || EndsWith(w, "ing"));
    };
    // "said that if Moscow broke the truce, he would ask": a condition anywhere after the reporting verb
    // (not one before a clause set off by a comma: "said X would act if China attacked, speaking at talks with Y")
    // (nor one before ", and" joins another clause: "said it would destroy X if forced to, and mocked Y")
    bool condition = false;
    for (int i = std::max(reporting_at + 1, set_off ? clause : 0); reported && i < ti; ++i) {
      std::string_view w = Text(s, i, i + 1);
      if (w == "if" || w == "unless") condition = true;
      if (s.t[i].word == d_.w_semicolon ||
          (s.t[i].word == d_.w_comma && i + 1 < ti && (Text(s, i + 1, i + 2) == "and" || Text(s, i + 1, i + 2) == "but")))
        condition = false;
    }
    if (condition) hypo = conditional = true;
    // ("Macron, who will visit Beijing next week, urged Xi": a cue inside a relative clause closed
    // before the trigger is that clause's)
    auto in_closed_relative = [&](int i) {
      int a = i - 1, b = i + 1;
      while (a >= 0 && s.t[a].word != d_.w_comma) --a;
      while (b < ti && s.t[b].word != d_.w_comma) ++b;
      return a >= 0 && b < ti && (C(s, a + 1) & kWRelative) && s.t[a + 1].word != d_.w_that &&
             s.tok_list[a + 1] < 0;
    };
    for (int i = std::max(0, std::min(lo, clause)); i < ti; ++i) {
      int len = 0;
      bool in_window = i >= lo;
      std::string_view k = d_.vocab.Key(s.t[i].word);
      if ((k == "if" || k == "unless" || k == "whether") && i >= clause) hypo = conditional = true;
      // ("provided the Palestinians recognise Israel": "provided" before a clause is a condition)
      if ((k == "provided" || k == "providing") && i >= clause && i + 1 < ti &&
          (s.tok_list[i + 1] >= 0 || (C(s, i + 1) & kWDeterminer) || s.t[i + 1].word == d_.w_that))
        hypo = conditional = true;
      if (!in_window) continue;
      if (in_closed_relative(i)) continue;
      if (PhraseIs(s, i, kPNegated, &len)) {
        // "broke off relations over a raid by X": a verb that calls off its object calls off no noun
        // in a phrase after it
        std::string_view cue = Text(s, i, i + 1);
        bool object_verb = cue == "broke" || cue == "breaks" || cue == "suspended" || cue == "suspends" ||
                           cue == "cancelled" || cue == "canceled" || cue == "cancels" || cue == "called" ||
                           cue == "calls" || cue == "scrapped" || cue == "shelved" || cue == "postponed" ||
                           cue == "postpones";
        bool phrase_between = false;
        // (a phrase of cause or time: not "suspended its part in talks with")
        for (int k = i + len; R.noun && object_verb && k < ti && !phrase_between; ++k) {
          std::string_view w = Text(s, k, k + 1);
          phrase_between = w == "over" || w == "after" || w == "following" || w == "amid" || w == "despite" ||
                           w == "because";
        }
        // ("restarted talks, nearly four years after they were suspended, with X acting as guarantors": a
        // cue inside an adverbial clause closed before the trigger negates that clause only)
        bool closed_clause = false;
        {
          int a = i - 1, b = i + len;
          while (a >= 0 && s.t[a].word != d_.w_comma) --a;
          while (b < ti && s.t[b].word != d_.w_comma) ++b;
          // (and a closed relative clause: "Hemedti, who had not been seen for months, resurfaced on a tour")
          for (int k = a + 1; k < i && b < ti && !closed_clause; ++k)
            closed_clause = s.tok_list[k] < 0 && (Subordinator(AsciiLower(Text(s, k, k + 1))) ||
                                                  (k == a + 1 && a >= 0 && (C(s, k) & kWRelative)));
        }
        if (!phrase_between && !closed_clause) negated = true;
      }
      else if (reported && Text(s, i, i + 1) == "would" && i + 1 < n && Text(s, i + 1, i + 2) == "like") hypo = true;  // a wish
      else if (reported && Text(s, i, i + 1) == "would" && !(i + 1 < n && Text(s, i + 1, i + 2) == "be")) planned = true;
      else if (PhraseIs(s, i, kPHypothetical, &len) && !MonthMay(s, i) && !cue_elsewhere(i, len))
        hypo = true;
      else if (PhraseIs(s, i, kPPlanned, &len) && !ToBeforeNoun(s, i, len)) planned = true;
      else if (PhraseIs(s, i, kPReadiness, &len) && i + len >= ti - 1 &&  // right before: "ready to meet"
               (R.kind == RelationKind::kMeet || R.kind == RelationKind::kVisit || R.kind == RelationKind::kMediate))
        hypo = true;
    }
    if (DeadlineInfinitive(s, ti)) hypo = true;
    if (planned && hypo && !conditional && reported) hypo = false;
    // "said he would meet Y if X withdrew": a condition after the trigger
    if (planned && reported) {
      for (int i = ti + 1; i < n; ++i) {
        std::string_view w = Text(s, i, i + 1);
        if (w == "if" || w == "unless" || w == "provided") hypo = conditional = true;
      }
    }
    // nominal triggers: "ahead of talks with", "upcoming talks"; "would reject any talks with",
    // "called on Friday for a truce and talks between" (a few words before, in the clause)
    if (R.noun) {
      for (int i = std::max(0, ti - 3); i < ti; ++i) {
        int len = 0;
        if (PhraseIs(s, i, kPPlanned, &len)) planned = true;
      }
    }
    // (only meetings, visits and mediation: a rejected demand was still made, and "called for an
    // end to the attacks" does not make the attacks wishes)
    // ("urged Hamas to accept the deal during his visit to Doha": a noun in an adverbial is not the object)
    int np = ti - 1;
    while (np >= 0 && s.tok_list[np] < 0 && !s.t[np].Is(Token::kPunct) && !IsPrep(s, np) && !IsVerbLike(s, np) &&
           np > ti - 5)
      --np;
    bool adverbial_noun = np >= 0 && IsPrep(s, np) && Text(s, np, np + 1) != "for" && Text(s, np, np + 1) != "of";
    // "rejected the U.S.-brokered agreement": an accord that was brokered exists, whatever is done with it
    bool brokered_accord = false;
    if (R.prefix)
      for (int i = ti + 1; i < std::min(n, ti + 5) && !brokered_accord && !s.t[i].Is(Token::kPunct) && !IsPrep(s, i); ++i)
        brokered_accord = (C(s, i) & kWAccord) != 0;
    if (R.noun && !adverbial_noun && !brokered_accord &&
        (R.kind == RelationKind::kMeet || R.kind == RelationKind::kVisit || R.kind == RelationKind::kMediate)) {
      for (int i = std::max({0, ti - 10, clause}); i < ti; ++i) {
        if (s.tok_list[i] >= 0 && s.lists[s.tok_list[i]].first < ti && !s.lists[s.tok_list[i]].place &&
            !s.lists[s.tok_list[i]].adjectival)
          continue;
        int len = 0;
        // ("called on Friday for": a date inside the cue)
        int k = i + 1;
        while (k < ti && s.tok_list[k] < 0 && ((C(s, k) & kWTime) || s.t[k].Is(Token::kNumber))) ++k;
        bool dated_for = k > i + 1 && k < ti && Text(s, k, k + 1) == "for" && PhraseIs(s, i, kPNounWished, &len) == false &&
                         [&] { std::string_view w = Text(s, i, i + 1);
                               return w == "called" || w == "calls" || w == "calling" || w == "pressed" ||
                                      w == "pushed" || w == "appealed"; }();
        if (i >= ti - 5 && PhraseIs(s, i, kPNounNegated, &len) && i + len <= ti) negated = true;
        else if (dated_for || (PhraseIs(s, i, kPNounWished, &len) && i + len <= ti)) hypo = true;
      }
    }
    // "said any attack on Rafah must ...", "any military action": an attack no one has made
    if (R.noun && R.kind == RelationKind::kAttack)
      for (int i = ti - 1; i >= 0 && i >= ti - 3 && s.tok_list[i] < 0 && !s.t[i].Is(Token::kPunct); --i)
        if (Text(s, i, i + 1) == "any" || Text(s, i, i + 1) == "Any") hypo = true;
    // "A and B were urged by X on Friday to cease hostilities and to accept a plan": what someone is urged
    // to do is not done (the passive of "urged A to"; the active one is read in ClauseSubject)
    if (ti > 0 && s.t[ti - 1].word == d_.w_to && !negated) {
      for (int i = ti - 2; i >= 0 && i >= ti - 25; --i) {
        if (s.t[i].word == d_.w_semicolon || (C(s, i) & kWReporting)) break;
        std::string_view w = Text(s, i, i + 1);
        if ((w == "urged" || w == "asked" || w == "pressed" || w == "pressured" || w == "encouraged") && i > 0 &&
            (C(s, i - 1) & kWBe)) {
          hypo = true;
          break;
        }
      }
    }
    // "pledged that the EU would stand by Ukraine": support declared in the future tense is declared now
    if (R.kind == RelationKind::kSupport && (planned || hypo) && !conditional && !negated) {
      bool pledge = false;
      for (int i = 0; i < ti; ++i) pledge = pledge || (C(s, i) & kWPledge);
      if (pledge) planned = hypo = false;
    }
    if (negated) return Modality::kNegated;
    if (hypo) return Modality::kHypothetical;
    if (planned) return Modality::kPlanned;
    return Modality::kAsserted;
  }

  // What the noun a reduced participle at `ti` modifies is: a round of talks ("talks hosted by X"),
  // a meeting or a ceremony ("a meeting organised by X", "a dinner hosted by X"), or neither.
  enum class Gathering { kNone, kTalks, kMeeting };
  Gathering GatheringBefore(const Sentence& s, int ti) const {
    for (int j = ti - 1; j >= 0 && j >= ti - 8; --j) {
      if (s.tok_list[j] >= 0) {
        // ("talks with American officials hosted by X": past the partner too)
        const List& L = s.lists[s.tok_list[j]];
        bool partner = L.first > 0 && s.t[L.first - 1].word == d_.w_with;
        if (!L.place && !partner) return Gathering::kNone;
        j = L.first;
        continue;
      }
      if (s.t[j].Is(Token::kPunct) && !(j == ti - 1 && s.t[j].word == d_.w_comma))
        return Gathering::kNone;
      std::string_view w = Text(s, j, j + 1);
      if (w == "talks" || w == "negotiations" || w == "dialogue" || w == "consultations" || w == "round" ||
          w == "rounds")
        return Gathering::kTalks;
      if (w == "meeting" || w == "meetings" || w == "summit" || w == "conference" ||
          w == "ceremony" || w == "gathering" || w == "session" || (C(s, j) & kWOccasion))
        return Gathering::kMeeting;
    }
    return Gathering::kNone;
  }

  // A past participle: "brokered", "put (forward)", "held".
  bool Participle(const Sentence& s, int ti) const {
    // ("co-hosted": the last part of a hyphenated word)
    if (W(s, ti + 1, d_.w_hyphen) && !s.t[ti + 1].Is(Token::kSpaceBefore) &&
        ti + 2 < static_cast<int>(s.t.size()) && !s.t[ti + 2].Is(Token::kSpaceBefore))
      ti += 2;
    std::string_view k = Text(s, ti, ti + 1);
    if (k.size() < 3) return false;
    return EndsWith(k, "ed") || k == "met" || k == "held" || k == "struck" || k == "put" ||
           k == "sent" || k == "told" || k == "brought" || k == "shot" || k == "drawn" ||
           k == "laid" || k == "made" || k == "given" || k == "written" ||
           // ("was hit by Russian missiles", "were overrun by the rebels")
           k == "hit" || k == "sunk" || k == "overrun" || k == "beaten" || k == "caught" ||
           k == "blown" || k == "set";  // ("a deadline set by ECOWAS")
  }

  // "the Quad group of the United States, Saudi Arabia and Egypt", "a troika of A, B and C": a
  // collective noun (up to three words from `k`) of a list of two or more actors is that list; -1 if none.
  int CollectiveOf(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    for (int q = k; q < n && q < k + 4; ++q) {
      if (s.tok_list[q] >= 0 || s.t[q].Is(Token::kPunct) || IsVerbLike(s, q) || Participle(s, q)) return -1;
      if (q > k && s.t[q].word == d_.w_of) {
        int a = q + 1;
        while (a < n && (C(s, a) & kWDeterminer) && s.tok_list[a] < 0) ++a;
        return a < n && s.tok_list[a] >= 0 && s.lists[s.tok_list[a]].members.size() >= 2 ? s.tok_list[a] : -1;
      }
      if (IsPrep(s, q)) return -1;
    }
    return -1;
  }

  // Whether a backing or hosting half of a compound starts at `k`: the "-based" of "Geneva-based",
  // the "-backed" of "Iran-backed" (ModifierCompound).
  bool BackerHalfAt(const Sentence& s, int k) const {
    return k + 1 < static_cast<int>(s.t.size()) && W(s, k, d_.w_hyphen) &&
           ModifierCompound(Text(s, k + 1, k + 2));
  }

  // The agent of a passive or reduced passive: the list after "by" within the
  // clause right after the trigger ("brokered by Norway", "presented to X by Y"); -1 if none.
  int ByAgent(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    for (int j = te; j < std::min(n, te + 8); ++j) {
      if (s.t[j].word == d_.w_by) {
        int k = j + 1;
        while (k < n && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
        if (k < n && s.tok_list[k] < 0) {
          int group = CollectiveOf(s, k);
          if (group >= 0) return s.lists[group].usable ? group : -1;
          // ("backed by soldiers from neighbouring Eritrea": people sent from a state act for it)
          if ((C(s, k) & kWEnvoys) && k + 2 < n && s.t[k + 1].word == d_.w_from) {
            int a = k + 2;
            if (a + 1 < n && s.tok_list[a] < 0 && IsPlainWord(s, a) && !s.t[a].Is(Token::kUpper))
              ++a;
            if (a < n && s.tok_list[a] >= 0 && s.lists[s.tok_list[a]].usable &&
                StatesOnly(s, s.lists[s.tok_list[a]]))
              return s.tok_list[a];
          }
        }
        // ("brokered by the Geneva-based Henry Dunant Centre": past a compound modifier)
        if (k + 3 < n && s.tok_list[k] >= 0) {
          const List& M = s.lists[s.tok_list[k]];
          if (M.members.size() == 1 && BackerHalfAt(s, M.last)) k = M.last + 2;
        }
        if (k >= n || s.tok_list[k] < 0) return -1;
        const List& L = s.lists[s.tok_list[k]];
        // ("brokered by Ankara": a capital after "by" is its government)
        return L.usable && (!L.place || GovernmentSeats(s, L)) ? s.tok_list[k] : -1;
      }
      if (s.t[j].Is(Token::kPunct) || (C(s, j) & kWBoundary) || IsVerbLike(s, j) || Participle(s, j)) return -1;
      if (s.tok_list[j] >= 0) j = s.lists[s.tok_list[j]].last - 1;
    }
    return -1;
  }

  // "A resolution ... was adopted, but Jordan declined to endorse it": an authorless proposal the sentence
  // brings in with "a" before token `before` is what "it" stands for, and no earlier proposer wrote it
  // (unless the sentence itself proposes: "Kuwait offered a loan, but Iraq rejected it")
  bool FreshProposalBefore(const Sentence& s, int before) const {
    if (st_.proposal_sentence == s.index) return false;
    for (int k = 1; k < before; ++k) {
      if (!(C(s, k) & kWProposal) || s.tok_list[k] >= 0) continue;
      int d = k - 1;
      while (d > 0 && k - d < 3 && s.tok_list[d] < 0 && IsPlainWord(s, d) && !(C(s, d) & kWDeterminer)) --d;
      std::string_view a = Text(s, d, d + 1);
      if (s.tok_list[d] < 0 && (AsciiLower(a) == "a" || AsciiLower(a) == "an")) return true;
    }
    return false;
  }

  // A participle right after a noun that is not an actor: "a plan put forward
  // (by X)", "talks moderated (by X)"; not "A and B met (in X)".
  // A list that is only an "it" standing for no actor: a thing ("presented it to", "called it a massacre").
  bool ThingIt(const Sentence& s, const List& L) const {
    if (L.members.size() != 1) return false;
    const Mention& m = s.m[L.members[0]];
    return m.type == MentionType::kPronoun && m.pronoun == PronounClass::kThing && !m.possessive &&
           s.refs[L.members[0]].empty();
  }

  // An accord noun at j that names its broker: "a UN-brokered truce", "the deal mediated by Qatar".
  bool BrokeredAccord(const Sentence& s, int j) const {
    int n = static_cast<int>(s.t.size());
    for (int k = j - 1; k >= 2 && k >= j - 5; --k)
      if (BrokeringWord(Text(s, k, k + 1)) && W(s, k - 1, d_.w_hyphen)) return true;
    return j + 2 < n && BrokeringWord(Text(s, j + 1, j + 2)) && W(s, j + 2, d_.w_by);
  }
  bool ReducedPassive(const Sentence& s, int ti, bool after_actor_comma = false) const {
    if (!Participle(s, ti) || ti == 0) return false;
    int k = ti - 1;
    // "negotiations between A and B, hosted by X" (only where the caller allows it)
    if (after_actor_comma && k > 0 && s.t[k].word == d_.w_comma && s.tok_list[k - 1] >= 0) return true;
    if (k > 0 && s.t[k].word == d_.w_comma && s.tok_list[k - 1] < 0) --k;  // "That meeting, hosted by X"
    // "talks near Paris on Tuesday hosted by X": past a date ("on" is a time word too)
    if (k > 1 && s.tok_list[k] < 0 && (C(s, k) & kWTime)) {
      int j = k;
      while (j > 0 && s.tok_list[j] < 0 && (C(s, j) & kWTime)) --j;
      k = j;
    }
    // "talks in Beijing brokered by China", "a truce between Israel and Hamas brokered by Qatar": a
    // place phrase or the sides between the noun and its participle
    // ("a ceasefire with Hezbollah brokered by the US": the partner of an accord too)
    // (the list's marker: "between Prime Ministers A and B")
    // ("talks with a Russian delegation in Istanbul hosted by X": the partner, then the place)
    for (int phrase = 0; phrase < 2; ++phrase)
      if (int li = s.tok_list[k];
          li >= 0 && s.lists[li].marker >= 1 && IsPrep(s, s.lists[li].marker) &&
          (s.lists[li].place || s.t[s.lists[li].marker].word == d_.w_between ||
           (s.t[s.lists[li].marker].word == d_.w_with &&
            ((C(s, s.lists[li].marker - 1) & (kWProposal | kWAccord)) ||
             IsTalksNoun(s, s.lists[li].marker - 1) ||
             // ("talks in Madrid with Finland and Sweden brokered by X": the place, then the
             // partner)
             (phrase == 0 && s.tok_list[s.lists[li].marker - 1] >= 0 &&
              s.lists[s.tok_list[s.lists[li].marker - 1]].place)))))
        k = s.lists[li].marker - 1;
    // "Japanese citizens abducted by North Korean agents": a group of people right before the participle
    if (k == ti - 1 && s.tok_list[k] >= 0 && s.tok_mention[k] >= 0 && s.m[s.tok_mention[k]].type == MentionType::kGroup &&
        s.m[s.tok_mention[k]].last == ti && ti + 1 < static_cast<int>(s.t.size()) && s.t[ti + 1].word == d_.w_by)
      return true;
    return s.tok_list[k] < 0 && s.tok_mention[k] < 0 && !s.t[k].Is(Token::kPunct) &&
           (!Auxiliary(s, k) || (C(s, k) & kWProposal)) &&
           !IsVerbLike(s, k) && !(C(s, k) & (kWPreposition | kWBoundary | kWReporting | kWRelative));
  }

  bool Passive(const Sentence& s, int ti) const {
    if (!Participle(s, ti)) return false;
    int j = ti - 1;
    while (j >= 0 && (EndsWith(Text(s, j, j + 1), "ly") || Text(s, j, j + 1) == "long")) --j;
    // "Pakistan, long accused by Afghan officials of ...": a reduced relative on the actor before the comma,
    // its agent after "by"
    int n = static_cast<int>(s.t.size());
    // (not "Anwar, flanked by A and B", "talks ..., hosted by X": those rules read the phrase themselves)
    std::string_view v = Text(s, ti, ti + 1);
    if (j > 0 && s.t[j].word == d_.w_comma && s.tok_list[j - 1] >= 0 && ti + 1 < n && s.t[ti + 1].word == d_.w_by &&
        v != "flanked" && v != "hosted")
      return true;
    return j >= 0 && (C(s, j) & kWBe) && s.t[j].word != d_.w_s;
  }

  static bool IsMediatorNoun(std::string_view w) { return w == "mediators" || w == "mediator"; }

  void FindRelations(Sentence* sp) {
    Sentence& s = *sp;
    int n = static_cast<int>(s.t.size());
    const TokenTrie& P = d_.triggers.phrases();
    std::set<std::tuple<int, std::string, std::string>> seen;
    std::size_t first_relation = out_->relations.size();
    sentence_first_relation_ = first_relation;
    for (int i = 0; i < n;) {
      // ("with Russian and French mediators at the table": the head of a body of mediators is the
      // trigger of its mediation)
      bool mediators = s.tok_mention[i] >= 0 && s.m[s.tok_mention[i]].type == MentionType::kGroup &&
                       s.m[s.tok_mention[i]].last == i + 1 && IsMediatorNoun(Text(s, i, i + 1));
      if (s.tok_mention[i] >= 0 && s.m[s.tok_mention[i]].type != MentionType::kAdjectival &&
          s.m[s.tok_mention[i]].type != MentionType::kPronoun && !mediators) {
        ++i;
        continue;
      }
      // every trigger phrase starting here, longest first; a shorter one is
      // tried only when the longer yields nothing ("Demands from X" is a noun)
      int lens[8];
      std::uint32_t nodes[8];
      int found = 0;
      std::uint32_t node = 0;
      for (int j = i; j < n && found < 8; ++j) {
        std::uint32_t next = P.Child(node, s.t[j].word);
        // ("stand "shoulder to shoulder" with", 'voiced "deep concerns" on Sunday about': a
        // quotation mark inside a phrase is skipped first)
        if (!next && node && j > i && s.t[j].Is(Token::kQuote) && j + 1 < n)
          next = P.Child(node, s.t[++j].word);
        // "offered on Tuesday to mediate": a date inside a phrase is skipped
        if (!next && node && j > i) {
          int k = j;
          bool dated = false;
          while (k < n && k < j + 3 && s.tok_list[k] < 0 && ((C(s, k) & kWTime) || s.t[k].Is(Token::kNumber))) {
            dated = dated || !IsPrep(s, k);
            ++k;
          }
          if (dated && k < n) {
            next = P.Child(node, s.t[k].word);
            if (next) j = k;
          }
          // ("called by 104 votes to 18 for": a vote count)
          if (!next && s.t[j].word == d_.w_by && j + 2 < n && s.t[j + 1].Is(Token::kNumber) &&
              (Text(s, j + 2, j + 3) == "votes" || Text(s, j + 2, j + 3) == "vote")) {
            int k = j + 3;
            if (k + 1 < n && (Text(s, k, k + 1) == "to" || Text(s, k, k + 1) == "against") &&
                s.t[k + 1].Is(Token::kNumber))
              k += 2;
            if (k < n) {
              next = P.Child(node, s.t[k].word);
              if (next) j = k;
            }
          }
          // "responded for the first time to", "responded positively to": an adverbial inside a
          // phrase
          int len = 0;
          if (!next && s.tok_list[j] < 0 && (PhraseIs(s, j, kPInsert, &len) || (len = Adverb(s, j)) > 0) &&
              j + len < n) {
            next = P.Child(node, s.t[j + len].word);
            if (next) j += len;
          }
        }
        node = next;
        if (!node) break;
        for (std::uint32_t v : P.Values(node))
          if (v >= kTriggerBase) {
            lens[found] = j + 1 - i;
            nodes[found] = node;
            ++found;
            break;
          }
      }
      if (!found) {
        ++i;
        continue;
      }
      int used = 1;  // (a phrase that yields nothing leaves its later words to other triggers: "led
                     // mediation efforts" is no "Qatar-led mediation")
      for (int f = found - 1; f >= 0; --f) {
        std::size_t before = out_->relations.size() + out_->mediations.size();
        std::size_t mediations_before = out_->mediations.size();
        for (std::uint32_t v : P.Values(nodes[f])) {
          if (v < kTriggerBase) continue;
          const TriggerRule& R = d_.triggers.rules()[v - kTriggerBase];
          ApplyRule(&s, R, i, i + lens[f], &seen);
        }
        if (out_->relations.size() + out_->mediations.size() > before) {
          used = lens[f];
          // ("after African Union-led talks": a mediation phrase that ends in a meeting noun leaves the
          // noun to the meeting rules too)
          if (used > 1 && IsTalksNoun(s, i + used - 1) && out_->mediations.size() > mediations_before) --used;
          break;
        }
      }
      i += used;
    }
    AnsweredProposals(s, first_relation, &seen);
    untargeted_.clear();
    VisitingGuests(s, &seen);
    ForeignTrip(s, first_relation, &seen);
    PlaceAppositions(s, &seen);
    AsDid(s, first_relation, &seen);
    StandIns(s, first_relation, &seen);
    for (Relation& m : in_hands_)
      if (FirstSeen(&seen, RelationKind::kMeet, m.source.id, m.target.id))
        out_->relations.push_back(std::move(m));
    in_hands_.clear();
  }

  // "Tebboune proposed a transition of 12 to 16 months, an offer the junta said it welcomed": a
  // proposal that named no one it was put to went to whoever in the same sentence answers its
  // author
  void AnsweredProposals(const Sentence& s, std::size_t first_relation,
                         std::set<std::tuple<int, std::string, std::string>>* seen) {
    std::size_t end = out_->relations.size();
    int n = static_cast<int>(s.t.size());
    for (const Untargeted& u : untargeted_) {
      // (not "adopted Egypt's plan": another's proposal; nor "submitted to Ban a plan offering":
      // one its author put to someone already)
      int o = u.te;
      while (o < n && s.tok_list[o] < 0 && (C(s, o) & kWDeterminer)) ++o;
      if (o < n && s.tok_list[o] >= 0 && s.lists[s.tok_list[o]].possessive) continue;
      bool put = false;
      for (std::size_t r = first_relation; r < end && !put; ++r)
        for (const Ref& a : u.authors)
          put = put || (out_->relations[r].kind == RelationKind::kPropose &&
                        out_->relations[r].source.id == a.id);
      if (put) continue;
      for (std::size_t r = first_relation; r < end; ++r) {
        const Relation answer = out_->relations[r];  // (a copy: the vector grows below)
        if (answer.kind != RelationKind::kRespond || answer.modality == Modality::kNegated)
          continue;
        // (an answer before the proposal only when the proposal came first: "accepted X, after Y
        // offered to")
        if (answer.trigger_span.begin < s.t[u.te - 1].end) {
          bool after = false;
          for (int k = 0; k < u.ti && !after; ++k)
            after = s.t[k].begin > answer.trigger_span.end && Text(s, k, k + 1) == "after";
          if (!after) continue;
        }
        for (const Ref& a : u.authors) {
          if (a.party.empty() || a.party != answer.target.party || answer.source.party == a.party)
            continue;
          Ref to{atom_(answer.source.id), atom_(answer.source.name), atom_(answer.source.party),
                 answer.source.kind, false, answer.source_span};
          if (!FirstSeen(seen, RelationKind::kPropose, a.id, to.id)) continue;
          Relation p =
              NewRelation(s, RelationKind::kPropose, a, to, u.ti, u.te, Modality::kAsserted);
          p.rule = u.rule + "+answered";
          p.cameo = "036";
          p.confidence = u.conf * kIndirectPenalty;
          out_->relations.push_back(std::move(p));
        }
      }
    }
  }

  // "Witkoff arrived in the resort on Wednesday, as did Qatar's prime minister": who did the same, as the
  // clause before says, takes the relations of its subject (those whose source is named before the trigger)
  void AsDid(const Sentence& s, std::size_t first_relation, std::set<std::tuple<int, std::string, std::string>>* seen) {
    int n = static_cast<int>(s.t.size());
    for (int a = 1; a + 2 < n; ++a) {
      std::string_view aux = Text(s, a + 1, a + 2);
      if (Text(s, a, a + 1) != "as" || s.t[a - 1].word != d_.w_comma ||
          (aux != "did" && aux != "does" && aux != "do" && aux != "have" && aux != "has" && aux != "had"))
        continue;
      int k = a + 2;
      while (k < n && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
      if (k >= n || s.tok_list[k] < 0) continue;
      const List& L = s.lists[s.tok_list[k]];
      if (!L.usable || L.place || L.possessive || L.first != k) continue;
      std::vector<Ref> others = ListRefs(s, s.tok_list[k]);
      std::size_t end = out_->relations.size();
      for (std::size_t r = first_relation; r < end; ++r) {
        Relation rel = out_->relations[r];  // (a copy: the vector grows below)
        if (rel.trigger_span.begin >= s.t[a].begin || rel.source_span.end > rel.trigger_span.begin) continue;
        for (const Ref& o : others) {
          if (o.party.empty() || o.party == rel.target.party || o.party == rel.source.party ||
              !seen->insert({static_cast<int>(rel.kind), o.id, rel.target.id}).second)
            continue;
          Relation copy = rel;
          copy.source = {o.id, o.name, o.kind, o.party};
          copy.source_span = {s.t[L.first].begin, s.t[L.last - 1].end};
          copy.rule = rel.rule + "+as-did";
          out_->relations.push_back(std::move(copy));
        }
      }
    }
  }

  // "Putin will not travel to Johannesburg, and Lavrov will attend in his place", "will be
  // represented by Lavrov", "Lavrov will represent Russia instead": a person of the same side named
  // after a visit or a meeting that will not take place, with a cue of standing in, goes in the
  // absent one's stead
  void StandIns(const Sentence& s, std::size_t first_relation,
                std::set<std::tuple<int, std::string, std::string>>* seen) {
    int n = static_cast<int>(s.t.size());
    int cue = -1, sent = -1, sender = -1;
    for (int k = 0; k < n && cue < 0; ++k) {
      std::string_view w = Text(s, k, k + 1);
      bool in_place = w == "place" && k >= 2 && Text(s, k - 2, k - 1) == "in" &&
                      (Text(s, k - 1, k) == "his" || Text(s, k - 1, k) == "her");
      // ("did not travel, sending a delegation of army officers instead", "having sent a
      // delegation")
      bool delegation = (w == "delegation" || w == "team") && s.tok_list[k] < 0;
      for (int b = k - 1; delegation && b >= 0 && b >= k - 6 && sent < 0; --b) {
        std::string_view v = Text(s, b, b + 1);
        if (SendVerb(v) || v == "naming" || v == "named") {
          sent = k;
          sender = b;
        }
      }
      if (w == "instead" || in_place || w.rfind("represent", 0) == 0 || sent >= 0) cue = k;
    }
    if (cue < 0) return;
    std::size_t end = out_->relations.size();
    for (std::size_t r = first_relation; r < end; ++r) {
      Relation rel = out_->relations[r];  // (a copy: the vector grows below)
      if (rel.modality != Modality::kNegated ||
          (rel.kind != RelationKind::kVisit && rel.kind != RelationKind::kMeet) ||
          rel.trigger_span.end > s.t[cue].begin || rel.source.party.empty())
        continue;
      // the negated clause's tense: "will not attend" is a plan called off, "did not travel" a past
      bool future = false;
      for (int k = 0; k < n && s.t[k].begin < rel.trigger_span.begin; ++k) {
        std::string_view w = Text(s, k, k + 1);
        if (s.t[k].begin >= rel.source_span.end && (w == "will" || w == "would" || w == "'ll"))
          future = true;
      }
      bool named = false;
      for (int k = 0; k < n; ++k) {
        int li = s.tok_list[k];
        if (li < 0) continue;
        k = s.lists[li].last - 1;
        if (s.t[s.lists[li].first].begin < rel.trigger_span.end) continue;
        for (const Ref& x : ListRefs(s, li)) {
          named = named || (x.person() && x.party == rel.source.party && x.id != rel.source.id);
          if (!x.person() || x.party != rel.source.party || x.id == rel.source.id ||
              x.id == rel.target.id || !FirstSeen(seen, rel.kind, x.id, rel.target.id))
            continue;
          Relation copy = rel;
          copy.source = {x.id, x.name, x.kind, x.party};
          copy.source_span = {s.t[s.lists[li].first].begin, s.t[s.lists[li].last - 1].end};
          copy.modality = future ? Modality::kPlanned : Modality::kAsserted;
          copy.rule = rel.rule + "+stand-in";
          out_->relations.push_back(std::move(copy));
        }
      }
      // (a delegation sent in the absent one's stead, named by no one: that side's delegation)
      // (not the one the negation is about: "would not send a team to Moscow")
      if (!named && sent >= 0 && s.t[sender].begin >= rel.trigger_span.end &&
          FirstSeen(seen, rel.kind, rel.source.party + "#stand-in", rel.target.id)) {
        Relation copy = rel;
        copy.source = {rel.source.party, GroupName(rel.source.party, "delegation"),
                       ActorKind::kGroup, rel.source.party};
        copy.source_span = {s.t[sent].begin, s.t[sent].end};
        copy.modality = future ? Modality::kPlanned : Modality::kAsserted;
        copy.rule = rel.rule + "+stand-in";
        out_->relations.push_back(std::move(copy));
      }
    }
  }

  // "Rice, in Islamabad a day after talks in New Delhi, urged", "Moualem, in Moscow for talks,": a
  // place in apposition to an actor is where that actor is; from another state, a visit
  void PlaceAppositions(const Sentence& s, std::set<std::tuple<int, std::string, std::string>>* seen) {
    int n = static_cast<int>(s.t.size());
    for (int li = 0; li < static_cast<int>(s.lists.size()); ++li) {
      const List& L = s.lists[li];
      int c = L.last;
      if (!L.usable || L.place || L.possessive || c + 2 >= n || s.t[c].word != d_.w_comma ||
          Text(s, c + 1, c + 2) != "in" || s.tok_list[c + 2] < 0)
        continue;
      const List& P = s.lists[s.tok_list[c + 2]];
      if (!P.place || P.first != c + 2 || P.members.size() != 1) continue;
      const Actor* state = kb_.Find(s.m[P.members[0]].party);
      if (!state || state->kind != ActorKind::kCountry) continue;
      // (an apposition on the subject: a comma closes it right before the subject's verb, not "received X,
      // Y and Z, in Addis Ababa on Friday, but told them")
      int closed = -1;
      for (int j = P.last; j < n && j < P.last + 12 && closed < 0; ++j) {
        if (s.t[j].word == d_.w_comma) closed = j;
        else if (s.t[j].Is(Token::kPunct) || (C(s, j) & kWReporting)) break;
      }
      if (closed < 0 || closed + 1 >= n || s.tok_list[closed + 1] >= 0 || IsPrep(s, closed + 1) ||
          s.t[closed + 1].Is(Token::kUpper) || s.t[closed + 1].Is(Token::kPunct) ||
          (C(s, closed + 1) & (kWBoundary | kWDeterminer | kWTime | kWRelative)))
        continue;
      Ref place = RefOfActor(*state, true);
      place.span = {s.t[P.first].begin, s.t[P.last - 1].end};
      for (const Ref& who : ListRefs(s, li)) {
        if (who.party.empty() || who.party == state->id || who.kind == ActorKind::kCountry) continue;
        Relation meeting = NewRelation(s, RelationKind::kVisit, who, place, c + 1, c + 2, Modality::kAsserted);
        meeting.confidence = 0.7;
        AddVisit(meeting, meeting.source, who.span, *state, place.span, "visit.apposition", seen);
      }
    }
  }

  // "Xi, on his first foreign trip since the pandemic, told Kazakh President Tokayev", "held a meeting with
  // Widodo ..., on his first official visit abroad": who is on a trip abroad visits the state of the one
  // this sentence has him meet there (one such state only, and not by phone)
  void ForeignTrip(const Sentence& s, std::size_t first_relation,
                   std::set<std::tuple<int, std::string, std::string>>* seen) {
    int n = static_cast<int>(s.t.size());
    for (int j = 1; j < n; ++j) {
      // (lower case: not "Foreign Minister X")
      if (s.tok_list[j] >= 0 || s.t[j].Is(Token::kUpper) || !(C(s, j) & kWJourney)) continue;
      bool abroad = false;
      for (int k = std::max(0, j - 3); k <= std::min(n - 1, j + 1) && !abroad; ++k)
        abroad = !s.t[k].Is(Token::kUpper) && (C(s, k) & kWAbroad);
      if (!abroad) continue;
      int p = -1;
      for (int k = j - 1; k >= 0 && k >= j - 5 && p < 0; --k)
        if (s.tok_mention[k] >= 0 && s.m[s.tok_mention[k]].type == MentionType::kPronoun &&
            s.m[s.tok_mention[k]].possessive)
          p = s.tok_mention[k];
      if (p < 0 || p >= static_cast<int>(s.refs.size())) continue;
      // (the clause's subject, a person, else whom the pronoun stands for)
      std::vector<Ref> subject = ListRefs(s, MainSubject(s, j));
      bool person = subject.size() == 1 && subject[0].person();
      if (!person && s.refs[p].size() != 1) continue;
      const Ref traveller = person ? subject[0] : s.refs[p][0];
      const Relation* meeting = nullptr;
      const Actor* host = nullptr;
      bool several = false;
      for (std::size_t i = first_relation; i < out_->relations.size(); ++i) {
        const Relation& r = out_->relations[i];
        if (r.kind != RelationKind::kMeet || r.modality != Modality::kAsserted) continue;
        const ActorRef* other = r.source.id == traveller.id ? &r.target : r.target.id == traveller.id ? &r.source : nullptr;
        if (!other || other->party.empty() || other->party == traveller.party) continue;
        if (RemoteTrigger(r.trigger)) continue;
        const Actor* st = kb_.Find(other->party);
        if (!st || st->kind != ActorKind::kCountry) continue;
        if (host && host != st) several = true;
        host = st;
        if (!meeting) meeting = &r;
      }
      if (!host || several) continue;
      Relation m = *meeting;
      const ActorRef& who = m.source.id == traveller.id ? m.source : m.target;
      Span who_span = m.source.id == traveller.id ? m.source_span : m.target_span;
      Span at = {s.t[j].begin, s.t[j].end};
      AddVisit(m, who, who_span, *host, at, "visit.trip", seen);
      return;
    }
  }

  // Whether a meeting's trigger is at a distance: "telephoned", "a phone call", "by video link".
  static bool RemoteTrigger(std::string_view trigger) {
    std::string t = AsciiLower(trigger);
    return Contains(t, "phone") || Contains(t, "call") || Contains(t, "video") || Contains(t, "rang");
  }

  // "Deng gave visiting Indian Prime Minister Rajiv Gandhi a long handshake", "Khamenei told visiting
  // Japanese Prime Minister Shinzo Abe": a guest called "visiting" met the clause's subject and visited
  // the subject's state.
  void VisitingGuests(const Sentence& s, std::set<std::tuple<int, std::string, std::string>>* seen) {
    int n = static_cast<int>(s.t.size());
    for (int i = 1; i + 1 < n; ++i) {
      if (Text(s, i, i + 1) != "visiting" || s.tok_list[i - 1] >= 0) continue;
      // (the guest's mention may begin with "visiting")
      int vl = s.tok_list[i] >= 0 && s.lists[s.tok_list[i]].first == i ? s.tok_list[i]
               : s.tok_list[i + 1] >= 0 && s.lists[s.tok_list[i + 1]].first == i + 1 ? s.tok_list[i + 1]
                                                                                    : -1;
      if (vl < 0) continue;
      const List& V = s.lists[vl];
      if (!V.usable || V.place) continue;
      int host = SubjectLeft(s, i - 1, false);
      if (host < 0 || host == vl) continue;
      std::vector<Ref> hosts = ListRefs(s, host), guests = ListRefs(s, vl);
      if (hosts.size() != 1 || guests.empty() || hosts[0].party.empty()) continue;
      const Actor* state = kb_.Find(hosts[0].party);
      if (!state || state->kind != ActorKind::kCountry) continue;
      static const TriggerRule kVisiting = [] {
        TriggerRule r;
        r.kind = RelationKind::kMeet;
        return r;
      }();
      Modality modality = ModalityOf(s, kVisiting, s.lists[host].first, i);
      if (modality != Modality::kAsserted) continue;
      for (const Ref& g : guests) {
        if (g.party.empty() || g.party == hosts[0].party) continue;
        bool met_already = !FirstSeen(seen, RelationKind::kMeet, hosts[0].id, g.id);
        Relation rel;
        rel.doc = doc_.id;
        rel.sentence = s.index;
        rel.kind = RelationKind::kMeet;
        rel.source = {hosts[0].id, hosts[0].name, hosts[0].kind, hosts[0].party};
        rel.target = {g.id, g.name, g.kind, g.party};
        rel.modality = Modality::kAsserted;
        rel.source_span = {s.t[s.lists[host].first].begin, s.t[s.lists[host].last - 1].end};
        rel.target_span = {s.t[V.first].begin, s.t[V.last - 1].end};
        rel.trigger_span = {s.t[i].begin, s.t[i].end};
        rel.trigger = "visiting";
        rel.evidence = std::string(std::string_view(doc_.text).substr(s.begin, s.end - s.begin));
        rel.rule = "meet.visiting";
        rel.cameo = "040";
        rel.confidence = 0.7;
        rel.date = doc_.date;
        Relation met = rel;
        if (!met_already) out_->relations.push_back(std::move(rel));  // ("met with visiting X": the visit only)
        AddVisit(met, met.target, met.target_span, *state, met.source_span, "visit.visiting", seen);
      }
    }
  }

  void ApplyRule(Sentence* sp, const TriggerRule& R, int ti, int te,
                 std::set<std::tuple<int, std::string, std::string>>* seen) {
    Sentence& s = *sp;
    if (kDebug) std::fprintf(stderr, "apply %s at %d\n", R.id.c_str(), ti);
    if (R.passive_only && ((!Passive(s, ti) && !ReducedPassive(s, ti)) || ByAgent(s, te) < 0))
      return;
    // (the head of a body of mediators is a noun: only noun rules read it)
    if (!R.noun && s.tok_mention[ti] >= 0 && s.m[s.tok_mention[ti]].type == MentionType::kGroup)
      return;
    // "accepted U.N. Security Council Resolution 598 calling for a ceasefire": what a resolution or
    // plan calls for, with no one called on, is its content, answered by whoever takes it up;
    // nobody is urged in this sentence ("a Qatari plan calling on Israel to withdraw" names whom it
    // urges)
    if (R.kind == RelationKind::kUrge && R.any && !R.noun && IsIng(Text(s, ti, ti + 1)) &&
        ti >= 1) {
      int d = s.t[ti - 1].Is(Token::kNumber) && ti >= 2 ? ti - 2 : ti - 1;
      if (s.tok_list[d] < 0 && (C(s, d) & kWProposal)) return;
    }
    // "the continued targeting of civilians": determiner and adjective before a verb form make it a noun
    std::string_view adj = ti > 0 ? Text(s, ti - 1, ti) : std::string_view();
    bool adjective = EndsWith(adj, "ed") || adj == "ongoing" || adj == "deliberate" || adj == "indiscriminate" ||
                     adj == "systematic" || adj == "brutal" || adj == "recent" || adj == "relentless" ||
                     adj == "constant" || adj == "heavy" || adj == "intense" || adj == "daily" || adj == "widespread";
    if (!R.noun && ti > 1 && adjective && IsIng(Text(s, ti, ti + 1)) && s.tok_list[ti - 1] < 0 && s.tok_list[ti - 2] < 0 &&
        !s.t[ti - 1].Is(Token::kUpper) && !Auxiliary(s, ti - 1) && !IsPrep(s, ti - 1)) {
      std::string_view d = Text(s, ti - 2, ti - 1);
      if (d == "the" || d == "a" || d == "an" || d == "its" || d == "their" || d == "this" || d == "his" || d == "her")
        return;
    }
    // "rejected Armenian calls for", "the attacks": after a determiner or a demonym a verb form is a noun
    // ("its demand that": a possessive pronoun, itself a mention, before a form with a content clause;
    // not "continue its mediation", which the verb rules read with the clause's subject)
    bool possessive_pronoun = ti > 0 && (s.t[te - 1].word == d_.w_that || W(s, te, d_.w_that)) && s.tok_mention[ti - 1] >= 0 &&
                              s.m[s.tok_mention[ti - 1]].type == MentionType::kPronoun && s.m[s.tok_mention[ti - 1]].possessive;
    if (!R.noun && ti > 0 && (s.tok_list[ti - 1] < 0 || possessive_pronoun) && !s.t[ti - 1].Is(Token::kUpper)) {
      std::string_view d = Text(s, ti - 1, ti);
      if (d == "the" || d == "a" || d == "an" || d == "these" || d == "those" || d == "its" || d == "their" ||
          d == "his" || d == "her" || d == "our" || d == "new" || d == "latest" || d == "renewed" || d == "fresh" ||
          d == "repeated" || d == "further")
        return;
    }
    if (!R.noun && ti > 0 && s.tok_mention[ti - 1] >= 0 && s.m[s.tok_mention[ti - 1]].bare &&
        s.m[s.tok_mention[ti - 1]].last == ti)
      return;
    // "bowed to demands from X", "agreed to talks": after "to" an -s form is a plural noun, not a verb
    if (!R.noun && ti > 0 && s.t[ti - 1].word == d_.w_to) {
      std::string_view w = Text(s, ti, ti + 1);
      if (w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us")) return;
    }
    // "trying to push Russia out of the process", "threatened to push Ethiopian troops out": a
    // removal, not an urging
    if (!R.noun && R.kind == RelationKind::kUrge && te < static_cast<int>(s.t.size()) &&
        Text(s, ti, ti + 1).rfind("push", 0) == 0 && s.tok_list[te] >= 0) {
      int after = s.lists[s.tok_list[te]].last;
      if (after < static_cast<int>(s.t.size()) && Text(s, after, after + 1) == "out") return;
    }
    // "bowing to pressure from X": an urging verb form right before "from" is the noun
    if (!R.noun && R.kind == RelationKind::kUrge && te < static_cast<int>(s.t.size()) &&
        Text(s, te, te + 1) == "from")
      return;
    // "after talks with X", "the talks": after a preposition or determiner an -s form is a plural noun
    // (its noun rules read it)
    if (!R.noun && ti > 0 && s.tok_list[ti - 1] < 0 && ((C(s, ti - 1) & kWDeterminer) || IsPrep(s, ti - 1))) {
      std::string_view w = Text(s, ti, ti + 1);
      if (w == "talks") return;
    }
    // "condemned Pelosi's visit to Taiwan": after a possessive a verb form is a noun
    if (!R.noun && ti > 0 &&
        (s.t[ti - 1].word == d_.w_s || (s.t[ti - 1].word == d_.w_apos && !s.t[ti - 1].Is(Token::kSpaceBefore))) && ti > 1 &&
        s.tok_mention[ti - 2] >= 0)
      return;
    int n = static_cast<int>(s.t.size());
    // "a bombing raid on X": a verb form after a determiner and a gerund is a compound noun
    // (attacks only: "The meeting brought together" has a subject and its verb)
    if (!R.noun && R.kind == RelationKind::kAttack && ti >= 2 && IsIng(Text(s, ti - 1, ti)) && s.tok_list[ti - 1] < 0 &&
        (C(s, ti - 2) & kWDeterminer))
      return;
    // "Arab land occupied since 1967": a participle right after a noun, with no agent, says what
    // the land is
    if (!R.noun && R.kind == RelationKind::kAttack && Text(s, ti, ti + 1) == "occupied" && ti > 0 &&
        s.tok_list[ti - 1] < 0 && IsPlainWord(s, ti - 1) && !(te < n && s.t[te].word == d_.w_by))
      return;
    // "bombarded Taiwan with propaganda", "shot down the Israeli proposal", "targeted Sweden's
    // bid": words and measures, not arms
    if (!R.noun && R.kind == RelationKind::kAttack && FigurativeObject(s, te)) return;
    // "stormed off the stage", "hit out at": a particle makes another verb
    if (!R.noun && R.kind == RelationKind::kAttack && te < n &&
        (Text(s, te, te + 1) == "off" || Text(s, te, te + 1) == "out"))
      return;
    // "dismissed as an ultimatum", "described it as a provocation": a noun that names a judgement is no act
    // (but "acted as a channel between A and B" is a role)
    if (R.noun && !R.judged && ti >= 3 && (C(s, ti - 1) & kWDeterminer) && Text(s, ti - 2, ti - 1) == "as") {
      std::string_view v = Text(s, ti - 3, ti - 2);
      if (!(v.rfind("act", 0) == 0 || v.rfind("serv", 0) == 0 || v == "as")) return;
    }
    // ("at the urging of X" is a noun; ", urging it to stop" the verb, which the verb rules read)
    if (R.noun && R.kind == RelationKind::kUrge && IsIng(Text(s, ti, ti + 1)) &&
        !(ti > 0 && s.tok_list[ti - 1] < 0 && (C(s, ti - 1) & kWDeterminer)))
      return;
    bool hyphen_before = ti >= 1 && s.t[ti - 1].word == d_.w_hyphen && !s.t[ti].Is(Token::kSpaceBefore);
    if (R.prefix != hyphen_before) return;
    // "the meeting", "for talks": a verb form used as a noun is left to the noun rules
    // ("Iran and Oman both praised": a floating quantifier after the subject is no determiner)
    // ("A and B had both travelled": past auxiliaries)
    int head = ti - 2;
    while (head > 0 && s.tok_list[head] < 0 && (C(s, head) & kWAuxiliary)) --head;
    bool floating = ti > 1 && head >= 0 && s.tok_list[head] >= 0 &&
                    !s.lists[s.tok_list[head]].place && s.lists[s.tok_list[head]].last == head + 1;
    // ("a meeting that brought together": "that" before a past form is a relative pronoun; only a rule
    // that names everyone after it can do without the antecedent)
    bool relative_that = R.together && ti > 0 && s.t[ti - 1].word == d_.w_that && Participle(s, ti);
    // ("a peace plan that offers the Palestinians a state": "that" after a noun, before a verb in -s)
    if (!relative_that && ti >= 2 && s.t[ti - 1].word == d_.w_that && s.tok_list[ti - 2] < 0 && IsPlainWord(s, ti - 2) &&
        (C(s, ti - 2) & kWProposal) && EndsWith(Text(s, ti, ti + 1), "s"))
      relative_that = true;
    // ("a regional tour that took him to Uganda": "that" after a noun, before a verb that carries someone)
    if (!relative_that && R.send && ti >= 2 && s.t[ti - 1].word == d_.w_that && s.tok_list[ti - 2] < 0 &&
        IsPlainWord(s, ti - 2) && !IsVerbLike(s, ti - 2) && !IsPrep(s, ti - 2) &&
        !(C(s, ti - 2) & (kWReporting | kWBoundary | kWDeterminer)))
      relative_that = true;
    // ("were among the countries that condemned": "that" after a plain noun, before a past form;
    // also "among those that accused": after the pronoun "those")
    if (!relative_that && ti >= 2 && s.t[ti - 1].word == d_.w_that && s.tok_list[ti - 2] < 0 &&
        ((IsPlainWord(s, ti - 2) && !IsVerbLike(s, ti - 2) && !IsPrep(s, ti - 2) &&
          !(C(s, ti - 2) & (kWReporting | kWBoundary | kWDeterminer))) ||
         Text(s, ti - 2, ti - 1) == "those") &&
        Participle(s, ti))
      relative_that = true;
    // ("sent a delegation to Cairo that held talks": "that" after a name, before a past form)
    if (!relative_that && ti >= 2 && s.t[ti - 1].word == d_.w_that && s.tok_list[ti - 2] >= 0 &&
        s.lists[s.tok_list[ti - 2]].last == ti - 1 && Participle(s, ti))
      relative_that = true;
    // ("called Bush 'the devil'": an opening single quote is no possessive)
    bool opening_quote = ti > 0 && s.t[ti - 1].Is(Token::kQuote) && s.t[ti - 1].Is(Token::kSpaceBefore);
    // ("joined Bashir in mediating between", "instrumental in bringing": after "in" a gerund is verbal,
    // save an attack's "killed in shelling")
    bool in_gerund = ti > 0 && Text(s, ti - 1, ti) == "in" && IsIng(Text(s, ti, ti + 1)) && R.kind != RelationKind::kAttack;
    // (and after "weeks of": "after weeks of mediating between")
    in_gerund = in_gerund || (GerundAfterDuration(s, ti) && R.kind != RelationKind::kAttack);
    // (and after a verb that credits someone: "credited Islamabad with pushing the Taliban")
    in_gerund = in_gerund || CreditedSubject(s, ti) >= 0;
    if (!R.noun && ti > 0 && s.tok_mention[ti - 1] < 0 && !opening_quote &&
        (((C(s, ti - 1) & kWDeterminer) && !floating && !relative_that) || (NounPrep(s, ti - 1) && !in_gerund)))
      return;
    // "dismissed the Russian team as window dressing": a judgement of the actor, not a response to a proposal
    {
      int obj = te < n ? s.tok_list[te] : -1;
      if (obj < 0 && te + 1 < n && (C(s, te) & kWDeterminer)) obj = s.tok_list[te + 1];
      // ("recognised the breakaway regions of Donetsk and Luhansk as independent states": the
      // actors of an of-genitive)
      if (R.as_object && R.kind == RelationKind::kSupport && (obj < 0 || s.lists[obj].possessive)) {
        int words = 0;
        if (int g = GenitiveActors(s, obj >= 0 ? PastPossessive(s, s.lists[obj]) : te, &words);
            g >= 0)
          obj = g;
      }
      // ("dismissed it as a trick": an "it" that names no actor is the proposal)
      // (or, after a proposal named in the sentence, the proposal: "accepted an Egyptian proposal, but Hamas
      // dismissed it as surrender")
      bool thing_it = obj >= 0 && s.t[s.lists[obj].first].word == d_.w_it &&
                      (ListRefs(s, obj).empty() || NamedProposalBefore(s, ti));
      bool as_after = obj >= 0 && !thing_it && !s.lists[obj].possessive && s.lists[obj].last < n &&
                      Text(s, s.lists[obj].last, s.lists[obj].last + 1) == "as";
      // ("the Afghan government, which the Taliban have dismissed as a puppet": the object is the antecedent)
      if (obj < 0 && te < n && Text(s, te, te + 1) == "as") {
        int k = ti - 1;
        while (k > 0 && s.tok_list[k] < 0 && Auxiliary(s, k)) --k;
        as_after = k > 0 && ObjectRelativeAntecedent(s, s.tok_list[k], ti, te) >= 0;
      }
      if (R.as_object != as_after && (R.as_object || R.author)) return;
      // ("recognised Jerusalem as Israel's capital": a city recognised as something is no actor supported)
      if (R.as_object && R.kind == RelationKind::kSupport && obj >= 0 &&
          std::all_of(s.lists[obj].members.begin(), s.lists[obj].members.end(),
                      [&](int m) { return s.m[m].capital || s.m[m].place; }))
        return;
      // "expected Cambodia and Thailand to honour the truce", "wants Israel to pull back": only an actor
      // object followed by an infinitive
      if (R.object_to) {
        int e = obj >= 0 ? s.lists[obj].last : -1;
        if (e < 0 || e + 1 >= n || s.t[e].word != d_.w_to || !IsPlainWord(s, e + 1) || ListRefs(s, obj).empty()) return;
        // ("expected Tshisekedi and Kagame to travel to Washington": a forecast of a journey or a meeting)
        std::string_view v = Text(s, e + 1, e + 2);
        if (v == "travel" || v == "arrive" || v == "visit" || v == "attend" || v == "meet" || v == "come" || v == "go" ||
            v == "be" || v == "join" || v == "hold" || v == "take" || v == "win" || v == "announce")
          return;
      }
      // "joined Christopher for an initialing ceremony": only an actor object followed by one of
      // these words
      if (!R.after_object.empty()) {
        int e = obj >= 0 ? s.lists[obj].last : -1;
        if (e < 0 || e >= n ||
            std::find(R.after_object.begin(), R.after_object.end(), s.t[e].word) ==
                R.after_object.end())
          return;
      }
      // "called Israel a terrorist state", "called Bush 'the devil'": naming, not phoning
      if (R.not_naming && obj >= 0 && s.lists[obj].last < n) {
        std::string_view a = Text(s, s.lists[obj].last, s.lists[obj].last + 1);
        if (a == "a" || a == "an" || a == "the" || s.t[s.lists[obj].last].Is(Token::kQuote)) return;
        // ("called U.S. leaders rude and arrogant": a judgement right after the object)
        for (int j = s.lists[obj].last; j < n && j < s.lists[obj].last + 4; ++j) {
          if (s.t[j].Is(Token::kPunct) || IsPrep(s, j) || s.t[j].word == d_.w_to) break;
          if (JudgementAt(s, j)) return;
        }
        // ("called the U.S.-led military action against Iraq a big mistake": the naming after the object's noun)
        for (int j = s.lists[obj].last; j < n && j < s.lists[obj].last + 8; ++j) {
          std::string_view w = Text(s, j, j + 1);
          if (s.t[j].Is(Token::kPunct) || w == "to" || w == "and" || w == "on" || w == "for" || w == "with") break;
          if (w == "a" || w == "an") return;
        }
      }
    }
    // "told the Assembly that Pakistan exports terrorism": telling someone what is so urges nothing;
    // "told X to stop", "told X that Israel must stop" do
    if (R.kind == RelationKind::kUrge && (Text(s, ti, ti + 1) == "told" || Text(s, ti, ti + 1) == "tells")) {
      int k = te;
      if (k < n && s.tok_list[k] >= 0) k = s.lists[s.tok_list[k]].last;
      // (past "in a phone call on Friday")
      // (and "in a phone call", "at a meeting in Cairo": any phrase of circumstance before the "that")
      for (int steps = 0; k < n && steps < 12 && !s.t[k].Is(Token::kPunct) && s.t[k].word != d_.w_that &&
                          Text(s, k, k + 1) != "to" && !(C(s, k) & (kWBoundary | kWReporting | kWRelative));
           ++steps) {
        if (s.tok_list[k] >= 0) {
          if (!s.lists[s.tok_list[k]].place) break;
          k = s.lists[s.tok_list[k]].last;
          continue;
        }
        ++k;
      }
      // ("told the United Nations on Monday it accepted": a clause with no "that", opened by its subject)
      bool zero_that = k < n && k > te && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].first == k &&
                       !s.lists[s.tok_list[k]].place && s.lists[s.tok_list[k]].last < n &&
                       Text(s, s.lists[s.tok_list[k]].last, s.lists[s.tok_list[k]].last + 1) != "to" &&
                       !s.t[s.lists[s.tok_list[k]].last].Is(Token::kPunct);
      if (k < n && (s.t[k].word == d_.w_that || zero_that)) {
        bool wish = false;
        for (int j = k + 1; j < n && !wish && s.t[j].word != d_.w_semicolon; ++j) {
          std::string_view w = Text(s, j, j + 1);
          wish = w == "must" || w == "should" || w == "needed" || w == "needs" || w == "need" || w == "ought" ||
                 (w == "had" && j + 1 < n && Text(s, j + 1, j + 2) == "to") ||
                 (w == "has" && j + 1 < n && Text(s, j + 1, j + 2) == "to") ||
                 (w == "have" && j + 1 < n && Text(s, j + 1, j + 2) == "to") ||
                 (w == "time" && j + 2 < n && Text(s, j + 2, j + 3) == "come") ||  // "the time had come to end"
                 (w == "up" && j + 2 < n && Text(s, j + 1, j + 2) == "to" && s.tok_list[j + 2] >= 0);  // "was up to them"
        }
        if (!wish) return;
      }
    }
    // ("did not expect a breakthrough until A and B met": a forecast, no condition put on anyone)
    for (int j = std::max(0, ti - 6); j < ti; ++j)
      if (std::find(R.not_near.begin(), R.not_near.end(), s.t[j].word) != R.not_near.end()) return;
    // "said Russia would order a ceasefire if Kyiv withdrew": an offer (and a demand) made through
    // a condition that asks something of another party (not "would retaliate if attacked", "unless
    // X does not")
    int condition_target = -1;
    if (!R.conditions.empty()) {
      condition_target = ConditionSubject(s, te);
      if (condition_target < 0) return;
      int v = s.lists[condition_target].last;
      bool negated_condition = false;  // ("if Hamas does not release them": a threat)
      // ("if India agreed to a plan": "agreed" may be an auxiliary, "agreed to withdraw", but is a
      // concession itself)
      for (; v < n && s.tok_list[v] < 0 && Auxiliary(s, v) &&
             std::find(R.conditions.begin(), R.conditions.end(), s.t[v].word) == R.conditions.end();
           ++v) {
        std::string_view a = Text(s, v, v + 1);
        negated_condition =
            negated_condition || a == "not" || a == "never" || a == "n't" || a == "fails";
      }
      if (negated_condition || v >= n ||
          std::find(R.conditions.begin(), R.conditions.end(), s.t[v].word) == R.conditions.end())
        return;
      // (the modal's own verb is one `near` names: "would order a ceasefire", "would be ready to
      // negotiate")
      int w = te;
      while (w < n && s.tok_list[w] < 0 &&
             (EndsWith(Text(s, w, w + 1), "ly") || Text(s, w, w + 1) == "be"))
        ++w;
      if (w >= n || std::find(R.near.begin(), R.near.end(), s.t[w].word) == R.near.end()) return;
    }
    if (!R.possessed.empty()) {
      int obj = te < n ? s.tok_list[te] : -1;
      if (obj < 0 || s.lists[obj].first != te || !s.lists[obj].possessive) return;
      int w = PastPossessive(s, s.lists[obj]);
      if (w >= n ||
          std::find(R.possessed.begin(), R.possessed.end(), s.t[w].word) == R.possessed.end())
        return;
    }
    if (!R.near.empty()) {
      bool near = false;
      for (int j = std::max(0, ti - 4); j < std::min(n, te + 12) && !near; ++j)
        near = std::find(R.near.begin(), R.near.end(), s.t[j].word) != R.near.end();
      if (!near) return;
    }
    // "a plan to end the fighting between A and B", "a halt to clashes between": fighting only named as
    // what is to stop is background no coder records
    if (R.kind == RelationKind::kAttack && R.noun && R.among) {
      int j = ti - 1;
      while (j > 0 && ((C(s, j) & kWDeterminer) || Text(s, j, j + 1) == "to" || Text(s, j, j + 1) == "immediate"))
        --j;
      std::string_view w = j >= 0 ? Text(s, j, j + 1) : std::string_view();
      if (w == "end" || w == "halt" || w == "stop" || w == "cessation" || w == "ending" || w == "halting" ||
          w == "stopping")
        return;
    }
    // "pull back Pakistan-backed fighters", "hit back at": "back" after another verb is a particle
    if (te == ti + 1 && AsciiLower(Text(s, ti, te)) == "back" && ti > 0 && s.tok_list[ti - 1] < 0) {
      static const std::set<std::string_view> kBefore = {"to", "will", "would", "not", "n't", "also", "and", "could",
                                                         "should", "must", "strongly", "fully", "did", "does", "do",
                                                         "may", "might", "can", "publicly", "firmly"};
      if (!kBefore.count(AsciiLower(Text(s, ti - 1, ti)))) return;
    }
    // "loans to help it weather the crisis", "failing to help them": after a bare "to", whose help it is the
    // clause does not say (rules marked infinitive_shy)
    if (R.infinitive_shy && ti > 0 && s.t[ti - 1].word == d_.w_to && !IsIng(Text(s, ti, ti + 1))) return;
    // "backed the plan" accepts it (respond), "backed Kyiv" supports it
    // ("rejected an Egyptian plan, while Qatar backed it": "it" after a proposal is the proposal)
    if (R.on_proposal >= 0 &&
        (ObjectIsProposal(s, te) || ProposalPronoun(s, ti, te)) != (R.on_proposal == 1))
      return;
    // ("Madrid backed Rabat's autonomy plan": backing a plan a named party owns supports that party; it
    // answers nothing put to the backer)
    if (R.on_proposal == 1 && !R.named_author && R.kind == RelationKind::kRespond && te < n && s.tok_list[te] >= 0 &&
        s.lists[s.tok_list[te]].possessive && s.lists[s.tok_list[te]].first == te &&
        s.m[s.lists[s.tok_list[te]].members[0]].type != MentionType::kPronoun)
      return;
    // ("signed a plan drawn up by Arias" answers Arias; signing an accord answers no one)
    if (R.named_author) {
      int noun = ObjectProposalNoun(s, te);
      if (noun < 0 || (C(s, noun) & kWAccord)) return;
    }
    if (R.thing) {
      bool near = false;
      // ("A new proposal for a truce and the release of hostages was conveyed to": a passive's subject with
      // its modifiers)
      int back = Passive(s, ti) ? 14 : 8;
      for (int j = std::max(0, ti - back); j < std::min(n, te + 14); ++j)
        if (((C(s, j) & kWProposal) && !(R.kind == RelationKind::kPropose && (C(s, j) & (kWResponseNoun | kWRuling)))) ||
            (R.kind == RelationKind::kRespond && (C(s, j) & kWAccord) && BrokeredAccord(s, j)))
          near = true;  // (a reply handed over or a ruling issued proposes nothing; "welcomed a UN-brokered truce"
                        // answers its broker)
      if (!near) return;
    }
    // ("blamed the rebels for an attack on X", "a bombing blamed on X": an actor object, a reduced passive)
    if (R.thing_object && ((te < n && s.tok_list[te] >= 0) || ReducedPassive(s, ti) || Passive(s, ti))) return;
    Role src, tgt;
    double conf = R.confidence;
    // (not a form that takes its "by" itself: "was appalled by Israel's attack")
    bool passive = !R.noun && R.direct && Passive(s, ti) && !W(s, te - 1, d_.w_by);
    // ("248 servicemen had been returned from territory held by Kyiv": who is brought back visits
    // nowhere)
    if (passive && R.kind == RelationKind::kVisit && !R.send && ByAgent(s, te) < 0) return;
    int subject = -1;
    bool guests_visit = false;  // "X hosted Y": Y visits X's state
    int controlled = 0;  // the trigger is what its subject was urged (1) or sent (2) to do
    int coordinated = -1;  // "X did A and did B": the "and" before the trigger
    int adverbial_object = -1;  // "pressed X during talks": X, whom a nominal meeting may be with
    bool each_other = false;    // "accused each other": the sides act on one another
    bool src_from_clause = false;  // a noun's source is the clause subject or speaker, not its own modifier
    std::set<std::string> absent_authors;  // sources added as a proposal's authors, not its carriers
    // ---- source
    if (R.prefix) {
      int k = ti - 2;
      if (k < 0 || s.tok_mention[k] < 0) return;
      const Mention& m = s.m[s.tok_mention[k]];
      if (!m.compound) return;
      src.refs = s.refs[s.tok_mention[k]];
      src.span = {s.t[m.first].begin, s.t[m.last - 1].end};
      // ("a Qatari- and Egyptian-brokered truce": suspended hyphens before the last compound)
      for (int j = m.first - 1; j >= 2 && (s.t[j].word == d_.w_and || s.t[j].word == d_.w_comma) &&
                                s.t[j - 1].word == d_.w_hyphen && s.tok_mention[j - 2] >= 0;) {
        const Mention& before = s.m[s.tok_mention[j - 2]];
        for (const Ref& x : s.refs[s.tok_mention[j - 2]]) AddRef(&src.refs, x);
        src.span.begin = s.t[before.first].begin;
        j = before.first - 1;
      }
    } else if (R.noun) {
      int k = ti - 1;
      while (k >= 0 && (C(s, k) & kWDeterminer) && s.tok_mention[k] < 0) --k;
      // ("supported Norway's role as facilitator": the role's possessor is the facilitator)
      if (k >= 2 && Text(s, k, k + 1) == "as" && (Text(s, k - 1, k) == "role" || Text(s, k - 1, k) == "position") &&
          (s.t[k - 2].word == d_.w_s || s.t[k - 2].word == d_.w_apos))
        k -= 2;
      if (k >= 0 && (s.t[k].word == d_.w_s || s.t[k].word == d_.w_apos)) --k;  // "Israel's offensive"
      // ("Russia's 'unprovoked and unjustified' attack": "and" between two adjectives)
      auto adjective_and = [&](int a) {
        return s.t[a].word == d_.w_and && a > 0 && a + 1 < ti && s.tok_mention[a - 1] < 0 && !s.t[a - 1].Is(Token::kUpper) &&
               !s.t[a - 1].Is(Token::kPunct) && !s.t[a + 1].Is(Token::kUpper) && !s.t[a + 1].Is(Token::kPunct);
      };
      while (k >= 0 && s.tok_mention[k] < 0 &&
             (!s.t[k].Is(Token::kPunct) || s.t[k].Is(Token::kQuote)) &&
             (!(C(s, k) & (kWPreposition | kWBoundary | kWReporting)) || adjective_and(k)) &&
             ti - k < 7 && !IsVerbLike(s, k) &&
             !(R.kind == RelationKind::kMeet && IsLightVerb(s, k)) &&
             !DrawsReaction(Text(s, k, k + 1), R.kind == RelationKind::kSupport))
        --k;  // adjectives: "joint", "fresh", "constructive", "an "ironclad" commitment" (not
              // "began")
      if (k >= 1 && k < ti - 1 && (s.t[k].word == d_.w_s || s.t[k].word == d_.w_apos))
        --k;  // "Israel's "ironclad" commitment"
      // ("talks with Egyptian and Qatari mediators": a body of mediators is its own source)
      if (s.tok_mention[ti] >= 0 && s.tok_list[ti] >= 0) {
        src = RoleOf(s, s.tok_list[ti]);
        k = -1;
      }
      // ("expelled India's ambassador in protest at": a phrase that opens with a preposition has no
      // modifier)
      if (k >= 0 && !IsPrep(s, ti) && s.tok_mention[k] >= 0 && s.tok_list[k] >= 0 &&
          (s.lists[s.tok_list[k]].possessive || s.m[s.tok_mention[k]].bare || s.m[s.tok_mention[k]].demonym ||
           s.lists[s.tok_list[k]].last == ti) &&
          // ("through Algeria's mediation", not "an end of Israel's offensive")
          (!s.lists[s.tok_list[k]].place ||
           (s.lists[s.tok_list[k]].possessive && s.lists[s.tok_list[k]].marker >= 0 &&
            s.t[s.lists[s.tok_list[k]].marker].word != d_.w_of))) {
        src = RoleOf(s, s.tok_list[k]);
        if (src.refs.empty()) {
          const Mention& m = s.m[s.tok_mention[k]];
          src.refs = s.refs[s.tok_mention[k]];
          src.span = {s.t[m.first].begin, s.t[m.last - 1].end};
        }
        // "Omani and Jordanian mediation": coordinated demonyms before the noun are all sources
        for (int j = s.m[s.tok_mention[k]].first - 1;
             j >= 1 && s.m[s.tok_mention[k]].demonym && (s.t[j].word == d_.w_and || s.t[j].word == d_.w_comma) &&
             s.tok_mention[j - 1] >= 0 && s.m[s.tok_mention[j - 1]].demonym;
             j = s.m[s.tok_mention[j - 1]].first - 1) {
          const std::vector<Ref>& more = s.refs[s.tok_mention[j - 1]];
          for (const Ref& x : more) AddRef(&src.refs, x);
        }
        // ("urged Tehran to resume its talks with Washington": "its" in the infinitive is the one asked)
        if (s.m[s.tok_mention[k]].type == MentionType::kPronoun) {
          int asked = AskedToDo(s, ti);
          if (asked >= 0 && asked != s.tok_list[k]) {
            src = RoleOf(s, asked);
            controlled = 1;
          }
        }
      }
      // "with Qatar as mediator", "chose Norway as a facilitator": the actor before "as" is the
      // mediator
      if (src.refs.empty() && R.kind == RelationKind::kMediate) {
        int a = ti - 1;
        while (a > 0 && s.tok_list[a] < 0 && (C(s, a) & kWDeterminer)) --a;
        if (a > 0 && s.tok_list[a] < 0 && Text(s, a, a + 1) == "as" && s.tok_list[a - 1] >= 0) {
          const List& M = s.lists[s.tok_list[a - 1]];
          if (M.usable && !M.possessive && (!M.place || StatesOnly(s, M)))
            src = RoleOf(s, s.tok_list[a - 1]);
        }
      }
      // "representatives of the four guarantor countries, Argentina, Brazil, Chile and the United States":
      // the mediators named in apposition after the noun
      if (src.refs.empty() && R.kind == RelationKind::kMediate && te + 1 < n && s.t[te].word == d_.w_comma &&
          s.tok_list[te + 1] >= 0 && s.lists[s.tok_list[te + 1]].first == te + 1 && s.lists[s.tok_list[te + 1]].usable &&
          !s.lists[s.tok_list[te + 1]].place) {
        const List& A = s.lists[s.tok_list[te + 1]];
        if (A.last >= n || s.t[A.last].Is(Token::kPunct)) src = RoleOf(s, s.tok_list[te + 1]);
      }
      if (src.refs.empty() && !R.source_preps.empty()) {
        int j = te, limit = te + 4;
        // ("shuttle diplomacy between A and B by X": past the target phrase)
        if (j + 1 < n && R.AcceptsPrep(s.t[j].word) && s.tok_list[j + 1] >= 0) {
          j = s.lists[s.tok_list[j + 1]].last;
          limit = j + 4;
        }
        while (j < n && j < limit && s.tok_list[j] < 0 && !s.t[j].Is(Token::kPunct)) {
          bool is_src_prep = std::find(R.source_preps.begin(), R.source_preps.end(), s.t[j].word) != R.source_preps.end();
          if (is_src_prep && j + 1 < n) {
            int k2 = j + 1;
            while (k2 < n && (C(s, k2) & kWDeterminer) && s.tok_list[k2] < 0) ++k2;
            if (k2 < n && s.tok_list[k2] >= 0 && s.lists[s.tok_list[k2]].usable) {
              src = RoleOf(s, s.tok_list[k2]);
              // capitals after "from" are metonyms here ("demands from Cairo")
              break;
            }
            // ("the downing of a Russian bomber by a Turkish F-16": the state of the demonym on the
            // attacking craft or unit)
            if (R.kind == RelationKind::kAttack && k2 < n && s.tok_list[k2] >= 0) {
              const List& D = s.lists[s.tok_list[k2]];
              bool demonym = D.adjectival && std::all_of(D.members.begin(), D.members.end(), [&](int m) {
                return s.m[m].bare && s.m[m].demonym;
              });
              if (demonym && D.last < n && s.tok_list[D.last] < 0 && !s.t[D.last].Is(Token::kPunct) &&
                  !IsPrep(s, D.last) && !IsVerbLike(s, D.last)) {
                src = RoleOf(s, s.tok_list[k2]);
                break;
              }
            }
          }
          ++j;
        }
        if (src.refs.empty()) {
          // "from Cairo": the place list
          for (int j2 = te; j2 < std::min(n, te + 3); ++j2) {
            if (std::find(R.source_preps.begin(), R.source_preps.end(), s.t[j2].word) != R.source_preps.end() &&
                j2 + 1 < n && s.tok_list[j2 + 1] >= 0) {
              src = RoleOf(s, s.tok_list[j2 + 1]);
              break;
            }
          }
        }
      }
      if (src.refs.empty()) {
        // "asked X, during a visit to Washington, to": a noun in an adverbial phrase
        // belongs to the main clause's subject
        int b = ti - 1;
        // ("in a 90-minute telephone call": past a measure of its length too)
        while (b > 0 && s.tok_list[b] < 0 &&
               ((C(s, b) & (kWDeterminer | kWQuantifier)) || s.t[b].Is(Token::kNumber) ||
                (s.t[b].word == d_.w_hyphen && !s.t[b].Is(Token::kSpaceBefore)) ||
                (b + 1 < n && s.t[b + 1].word == d_.w_hyphen && !s.t[b + 1].Is(Token::kSpaceBefore)) ||
                (s.t[b - 1].word == d_.w_hyphen && !s.t[b].Is(Token::kSpaceBefore))))
          --b;
        // ("after African Union-led talks": past the compound name that modifies the noun)
        if (b > 1 && s.tok_mention[b] >= 0 && s.m[s.tok_mention[b]].compound &&
            s.m[s.tok_mention[b]].first > 0) {
          b = s.m[s.tok_mention[b]].first - 1;
          while (b > 0 && s.tok_list[b] < 0 && (C(s, b) & kWDeterminer)) --b;
        }
        // ("after ten days of talks": past a duration)
        if (b > 2 && Text(s, b, b + 1) == "of" && DurationWord(Text(s, b - 1, b))) {
          b -= 2;
          while (b > 0 && s.tok_list[b] < 0 &&
                 ((C(s, b) & (kWDeterminer | kWQuantifier)) || s.t[b].Is(Token::kNumber)))
            --b;
        }
        bool adverbial = b > 0 && s.tok_list[b] < 0 && IsPrep(s, b) && s.t[b - 1].word == d_.w_comma;
        // ("declared a partnership with no limits after talks in Beijing": a time adverbial needs
        // no comma; not after a speaker's verb, "X said after talks", nor a report with no object
        // of its own, "The US, Egypt and Qatar announced last week following talks in Doha that")
        std::string_view bw = b > 0 ? Text(s, b, b + 1) : std::string_view();
        if (!adverbial && b > 0 && s.tok_list[b] < 0 && (bw == "after" || bw == "following") &&
            s.tok_list[b - 1] < 0 && !(C(s, b - 1) & kWReporting)) {
          int main = MainSubject(s, b);
          int v = main >= 0 ? s.lists[main].last : -1;
          bool report =
              v >= 0 && v + 1 < b && (C(s, v) & kWReporting) && !(C(s, v + 1) & kWDeterminer);
          adverbial = main >= 0 && !report;
        }
        // (", speaking at a news conference in Tokyo": a participle set off at the end is the main
        // subject's)
        if (!adverbial && b > 1 && s.tok_list[b] < 0 && IsPrep(s, b) && s.tok_list[b - 1] < 0 &&
            IsIng(Text(s, b - 1, b)) && s.t[b - 2].word == d_.w_comma) {
          adverbial = true;
          b = b - 1;
        }
        // (", in a swift rebuke to": past an adjective or two after the article)
        for (int a = b, adjectives = 0; !adverbial && a > 1 && adjectives < 2 && s.tok_list[a] < 0 && IsPlainWord(s, a) &&
                                        !IsPrep(s, a) && !IsVerbLike(s, a) && !(C(s, a) & (kWBoundary | kWReporting));
             --a, ++adjectives)
          if (C(s, a - 1) & kWDeterminer) {
            int p = a - 1;
            while (p > 0 && s.tok_list[p] < 0 && (C(s, p) & (kWDeterminer | kWQuantifier))) --p;
            if (p > 0 && s.tok_list[p] < 0 && IsPrep(s, p) && s.t[p - 1].word == d_.w_comma) {
              adverbial = true;
              b = p;
            }
            break;
          }
        // ("a day after Macron held surprise talks with Zarif": the subject of the light verb before the noun)
        int light = ti - 1;
        for (int adjectives = 0; light > 0 && adjectives < 2 && s.tok_list[light] < 0 && IsPlainWord(s, light) &&
                                 !IsLightVerb(s, light);
             ++adjectives)
          --light;
        if (!(light > 0 && light < ti - 1 && s.tok_list[light] < 0 && IsLightVerb(s, light))) light = ti;
        subject = adverbial ? MainSubject(s, b) : SubjectLeft(s, light - 1, false);
        // ("Gulf states condemned Iran and reaffirmed their support for": the object of a verb
        // before "and" is not the joined verb's subject; the first verb's is)
        if (!adverbial && subject >= 0 && ObjectOfVerb(s, s.lists[subject])) {
          int v = ti - 1;
          for (int words = 0; v > 1 && words < 3 &&
                              (s.tok_list[v] < 0 ? (C(s, v) & kWDeterminer) ||
                                                       (IsPlainWord(s, v) && !Participle(s, v))
                                                 : s.lists[s.tok_list[v]].possessive);
               ++words)
            v = s.tok_list[v] < 0 ? v - 1 : s.lists[s.tok_list[v]].first - 1;
          if (v > 1 && v < ti && s.tok_list[v] < 0 && Participle(s, v) &&
              s.t[v - 1].word == d_.w_and && s.lists[subject].last <= v - 1) {
            int c = -1;
            subject = ClauseSubject(s, v, &c);
          }
        }
        // "urged Tehran to resume its talks with Washington", "called on Iran to return to negotiations with":
        // a noun in an infinitive that a verb's object was asked to do is that object's
        if (int asked = adverbial ? -1 : AskedToDo(s, ti); asked >= 0) {
          subject = asked;
          controlled = 1;  // (asked for, not done)
        }
        // ("drawn up by Sarkozy, whose country holds the presidency of the EU, during a trip": not the
        // relative clause's actor but its antecedent)
        if (adverbial && subject >= 0) subject = OutsideRelative(s, subject);
        // "pressed Assad during talks in Damascus", "praised Pakistan during talks with X": the
        // object of the verb is no subject; it is who the subject met, unless "with" names another
        // ("expelled India's ambassador in protest at": a trigger may begin with the preposition)
        int pb = IsPrep(s, ti) ? ti : b;
        // ("told Biden in a virtual meeting", "during a White House meeting": past adjectives and a
        // name used as one, which are no subject; a meeting of two, not a summit of many)
        std::string_view noun = Text(s, ti, ti + 1);
        if (!adverbial && !IsPrep(s, pb) && R.kind == RelationKind::kMeet && noun != "summit" &&
            noun != "conference" && noun != "session") {
          int q = ti - 1;
          for (int words = 0; q > 1 && words < 3; ++words) {
            if (s.tok_list[q] >= 0) {
              const List& A = s.lists[s.tok_list[q]];
              if (A.last != q + 1 || A.possessive || A.first < 1 ||
                  !(C(s, A.first - 1) & kWDeterminer))
                break;
              q = A.first - 1;
              break;
            }
            if (!IsPlainWord(s, q) || IsPrep(s, q) || (C(s, q) & (kWBoundary | kWReporting))) break;
            --q;
          }
          while (q > 0 && s.tok_list[q] < 0 && (C(s, q) & kWDeterminer)) --q;
          if (q < ti - 1 && q > 0 && s.tok_list[q] < 0 && IsPrep(s, q) &&
              (C(s, q + 1) & kWDeterminer)) {
            pb = q;
            subject = SubjectLeft(s, q - 1, false);
          }
        }
        if (!adverbial && subject >= 0 && pb > 0 && s.tok_list[pb] < 0 && IsPrep(s, pb) &&
            (Text(s, pb, pb + 1) == "during" || Text(s, pb, pb + 1) == "in" || Text(s, pb, pb + 1) == "at" ||
             Text(s, pb, pb + 1) == "after" || Text(s, pb, pb + 1) == "following")) {
          int v = s.lists[subject].marker;
          // ("told Wang Yi in a phone call": a reporting verb with an addressee has an object too)
          std::string_view vw = v > 0 ? Text(s, v, v + 1) : std::string_view();
          bool addressee = vw == "told" || vw == "tells" || vw == "telling" || vw == "tell";
          bool object = v > 0 && s.tok_list[v] < 0 && !s.t[v].Is(Token::kPunct) && !IsPrep(s, v) &&
                        (!(C(s, v) & (kWRelative | kWReporting | kWBoundary | kWDeterminer | kWTime)) || addressee) &&
                        s.t[v].word != d_.w_and && s.t[v].word != d_.w_that;
          // (", pressing the Russian leader to end the war during talks": a participle's subject is the main one)
          bool participle = v > 1 && s.t[v - 1].word == d_.w_comma && IsIng(Text(s, v, v + 1));
          int main = !object ? -1 : participle ? MainSubject(s, v) : SubjectLeft(s, v - 1, false);
          // ("Putin and Trump discussed Ukraine in a phone call": a topic is nobody the call was with)
          bool topic = vw == "discussed" || vw == "discuss" || vw == "discusses" || vw == "discussing" ||
                       vw == "debated" || vw == "reviewed" || vw == "raised";
          if (main >= 0) {
            if (!topic) adverbial_object = subject;
            subject = main;
          } else if (object && R.kind == RelationKind::kAttack) {
            subject = -1;  // ("The campaign killed Hezbollah's leader in an airstrike": the victim struck nothing)
          }
        }
        // "Aliyev apologised to Putin in a phone call": the verb's prepositional object right before
        if (!adverbial && subject >= 0 && adverbial_object < 0 && pb > 1 && s.tok_list[pb] < 0 && IsPrep(s, pb) &&
            Text(s, pb, pb + 1) == "in" && s.tok_list[pb - 1] >= 0 && s.tok_list[pb - 1] != subject) {
          const List& O = s.lists[s.tok_list[pb - 1]];
          if (O.marker > 0 && Text(s, O.marker, O.marker + 1) == "to" && IsPlainWord(s, O.marker - 1) && O.usable &&
              !O.place)
            adverbial_object = s.tok_list[pb - 1];
        }
        // ("followed his trip to Moscow in July for talks with Putin": whose journey the talks were on)
        if (subject < 0) {
          for (int k = ti - 1; k > 0 && k >= ti - 10; --k) {
            if (s.t[k].Is(Token::kPunct) || (C(s, k) & (kWBoundary | kWReporting))) break;
            std::string_view w = Text(s, k, k + 1);
            int owner = s.tok_list[k - 1];
            if ((w == "trip" || w == "visit" || w == "tour" || w == "journey" || w == "mission") && owner >= 0 &&
                s.lists[owner].possessive && s.lists[owner].last == k && !ListRefs(s, owner).empty()) {
              subject = owner;
              break;
            }
          }
        }
        // ("said the demands were made to be rejected, speaking on a visit to Rome": a participle after a
        // comma at the end goes with the sentence's subject)
        if (subject < 0 && R.kind == RelationKind::kVisit) {
          for (int k = ti - 1; k > 1 && k >= ti - 5; --k) {
            if (s.tok_list[k] >= 0) break;
            if (s.t[k].word == d_.w_comma && IsIng(Text(s, k + 1, k + 2))) {
              int main = MainSubject(s, k);
              if (main >= 0 && s.lists[main].usable && !s.lists[main].place) subject = main;
              break;
            }
          }
        }
        if (subject < 0) {
          subject = FrontedSubject(s, ti);
          if (subject >= 0) conf *= kDistantPenalty;
        }
        src_from_clause = true;
        if (subject < 0 && IsSpeakerless(s, ti) && R.kind != RelationKind::kAttack && R.kind != RelationKind::kVisit) {
          src.refs = s.speaker;
        } else if (R.kind == RelationKind::kAttack && ObjectOfJudgement(s, ti)) {
          // "condemned Monday's attack on Qatar": not the condemners' attack; the attacker named last
          if (st_.attackers.empty()) return;
          src.refs = st_.attackers;
          src.indirect = true;
        } else {
          src = RoleOf(s, subject);
        }
        // "the Russians demanded that Kyiv withdraw, a demand Ukraine rejected": a demand in apposition
        // that a response hangs on is made by who says the clause before it
        Span author_span;
        std::vector<Ref> author;
        if (R.kind == RelationKind::kUrge && ti > 2 && s.t[ti - 2].word == d_.w_comma && (C(s, ti - 1) & kWDeterminer) &&
            AnsweredByRelative(s, te) && !(author = ClauseAuthor(s, ti - 2, &author_span)).empty()) {
          src.refs = author;
          src.span = author_span;
          src.indirect = true;
        }
      }
    } else {
      // ", urging him", ", a day after holding talks with": a participle takes the main subject
      bool participial = IsIng(Text(s, ti, ti + 1)) && ti > 0 &&
                         (s.t[ti - 1].word == d_.w_comma ||
                          (ti > 2 && s.t[ti - 2].word == d_.w_comma && Text(s, ti - 1, ti) == "while") ||  // ", while urging"
                          (ti > 1 && s.tok_list[ti - 1] < 0 && IsPrep(s, ti - 1) &&
                           (Text(s, ti - 1, ti) == "after" || Text(s, ti - 1, ti) == "before" ||
                            Text(s, ti - 1, ti) == "while" || Text(s, ti - 1, ti) == "since" ||
                            Text(s, ti - 1, ti) == "without" || Text(s, ti - 1, ti) == "by" ||
                            // ("joined Bashir in mediating", "was instrumental in bringing")
                            Text(s, ti - 1, ti) == "in")) ||
                          // ("after weeks of mediating between", "following months of shuttling")
                          (ti > 3 && GerundAfterDuration(s, ti) &&
                           (IsPrep(s, ti - 3) || (ti > 4 && IsPrep(s, ti - 4) && s.tok_list[ti - 3] < 0))));
      // ", imposing sanctions and warning that": a participle joined to an earlier one (whose subject it shares)
      int first_participle = ti;
      if (!participial && IsIng(Text(s, ti, ti + 1)) && ti > 2 && s.t[ti - 1].word == d_.w_and) {
        for (int j = ti - 2; j > 0 && !participial && s.t[j].word != d_.w_quote; --j) {
          participial = s.t[j - 1].word == d_.w_comma && s.tok_list[j] < 0 && IsIng(Text(s, j, j + 1)) &&
                        !(C(s, j) & kWTime);
          if (participial) first_participle = j;
        }
      }
      int credited = CreditedSubject(s, ti);
      if (credited >= 0) {
        subject = credited;
      } else if (participial) {
        subject = MainSubject(s, first_participle);
        // ("accused Iran of aggression by supplying missiles to the Houthis": what the accused did is the
        // accused's act)
        if (ti >= 3 && Text(s, ti - 1, ti) == "by") {
          for (int k = ti - 2; k >= 1 && k >= ti - 12; --k) {
            if (s.t[k].word == d_.w_comma || s.t[k].word == d_.w_semicolon) break;
            std::string_view v = Text(s, k - 1, k);
            if (s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].first == k &&
                (v == "accused" || v == "accuses" || v == "accusing" || v == "accuse" || v == "blamed" ||
                 v == "blames" || v == "blaming" || v == "charged" || v == "charges")) {
              const List& A = s.lists[s.tok_list[k]];
              if (A.usable && !A.place) subject = s.tok_list[k];
              break;
            }
          }
        }
        // ("praised the sultanate's constructive role in facilitating the dialogue", "commended X for his
        // role in bringing": a possessed noun's possessor acts)
        // ("Saudi Arabia's wise leadership in bringing": a possessor's body acts for it)
        if (Text(s, ti - 1, ti) == "in" && ti >= 3 && s.tok_list[ti - 2] >= 0 && s.lists[s.tok_list[ti - 2]].body &&
            s.lists[s.tok_list[ti - 2]].last == ti - 1 && !ListRefs(s, s.tok_list[ti - 2]).empty())
          subject = s.tok_list[ti - 2];
        else if (Text(s, ti - 1, ti) == "in" && ti >= 3 && s.tok_list[ti - 2] < 0 && IsPlainWord(s, ti - 2)) {
          int k = ti - 3;
          while (k > 0 && k >= ti - 5 && s.tok_list[k] < 0 && s.t[k].word != d_.w_s && s.t[k].word != d_.w_apos &&
                 IsPlainWord(s, k) && !IsPrep(s, k) &&
                 !(C(s, k) & (kWDeterminer | kWBoundary | kWReporting)) && !IsVerbLike(s, k))
            --k;
          if (k > 0 && (s.t[k].word == d_.w_s || s.t[k].word == d_.w_apos)) --k;
          else if (k >= 0 && (s.tok_mention[k] < 0 || s.m[s.tok_mention[k]].type != MentionType::kPronoun)) k = -1;
          if (k >= 0 && s.tok_list[k] >= 0 && !s.lists[s.tok_list[k]].place && !ListRefs(s, s.tok_list[k]).empty())
            subject = s.tok_list[k];
        }
        // ("..., with the Omani foreign minister, Badr Albusaidi, carrying messages between A and B": an
        // absolute construction past its subject's apposition)
        {
          int k = ti - 1;
          int w = s.tok_list[k] >= 0 ? s.tok_list[k] : (k > 0 && s.t[k].word == d_.w_comma ? s.tok_list[k - 1] : -1);
          int mk = w >= 0 ? s.lists[w].marker : -1;
          if (mk >= 0 && s.t[mk].word == d_.w_with && (mk == 0 || s.t[mk - 1].word == d_.w_comma) && s.lists[w].usable &&
              !s.lists[w].place && !ListRefs(s, w).empty())
            subject = w;
        }
        // "shuttle diplomacy by Hochstein, who held talks in Beirut with X, before travelling": a main
        // subject found inside a relative clause is no main subject; the clause's antecedent is
        // (or none found: the antecedent of ", who" is)
        for (int j = ti - 1; j > 1; --j) {
          if (s.t[j].word == d_.w_quote || s.t[j].word == d_.w_semicolon) break;
          if (Text(s, j, j + 1) != "who" || s.t[j - 1].word != d_.w_comma) continue;
          if (subject >= 0 && s.lists[subject].first <= j) break;
          int a = s.tok_list[j - 2];
          if (a >= 0 && s.lists[a].usable && !s.lists[a].place && !s.lists[a].possessive) subject = a;
          break;
        }
        // "A recognised X, and Maduro responded by breaking off relations, accusing it": the
        // participle hangs on the nearest coordinated clause, whose subject is its own
        int joined = JoinedClauseSubject(s, ti);
        if (joined >= 0) subject = joined;
        // ("The text welcomed the proposal, stated that Israel had accepted it, and called on Hamas ..., urging":
        // a main subject inside a reported clause is not the participle's; the text's is no actor)
        if (subject >= 0) {
          for (int j = 0; j < s.lists[subject].first; ++j) {
            if (s.tok_list[j] >= 0) break;  // an actor named before the report ("Niger's junta said it ...")
            if ((C(s, j) & kWReporting) || s.t[j].word == d_.w_that) {
              subject = -1;
              break;
            }
          }
        }
        // "..., wounding a sailor, the Philippine military said on Wednesday, accusing Beijing of
        // piracy": a participle right after a closing attribution ("officials said,", "said the
        // military,") goes with its speaker, when what the participle does is said too ("..., the
        // army said, killing three" goes on with the event)
        bool spoken = R.kind == RelationKind::kCriticize || R.kind == RelationKind::kUrge ||
                      R.kind == RelationKind::kRespond || R.kind == RelationKind::kSupport;
        if (spoken && ti >= 4 && s.t[ti - 1].word == d_.w_comma) {
          int k = ti - 2;
          while (k > 1 && DateAt(s, k)) --k;
          // (the attribution opens with a comma: "officials said," or "said the military,")
          bool verb_last = s.tok_list[k] < 0;
          int li = verb_last ? s.tok_list[k - 1] : s.tok_list[k];
          if (li >= 0) {
            const List& L = s.lists[li];
            int opener = verb_last ? L.first - 1 : L.first - 2, verb = verb_last ? k : L.first - 1;
            if (opener >= 0 && s.t[opener].word == d_.w_comma && s.tok_list[verb] < 0 &&
                (C(s, verb) & kWReporting) && L.usable && !L.place && !L.possessive)
              subject = li;
          }
        }
        // "..., but Netanyahu said after meeting him that": the reporter right before is the subject
        // ("A and B agreed, X announced on Monday after weeks of mediating": past the time of the report)
        {
          int intro = GerundAfterDuration(s, ti) ? (IsPrep(s, ti - 3) ? ti - 3 : ti - 4) : (IsPrep(s, ti - 1) ? ti - 1 : -1);
          int k = intro - 1;
          while (k > 1 && DateAt(s, k)) --k;
          if (intro > 2 && k > 0 && s.tok_list[k] < 0 && (C(s, k) & kWReporting)) {
            int reporter = SubjectLeft(s, k - 1, false);
            if (reporter >= 0) subject = reporter;
          }
        }
        // "A day later, after meeting X in Jerusalem, the diplomat said": the subject after the clause
        // (only when no actor comes before the clause: not "A presented X, a day after meeting Y, but B said")
        bool actor_before = false;
        for (int j = 0; j < ti - 1 && !actor_before; ++j) actor_before = s.tok_list[j] >= 0;
        if (subject < 0 && !actor_before) subject = FrontedSubject(s, ti, ti - 1);
        // ("The exchange came days after Russia launched an attack, firing missiles at X": with no
        // actor as the main subject, the participle goes with the subordinate clause right before
        // the comma)
        if (subject < 0 && s.t[ti - 1].word == d_.w_comma)
          subject = SubordinateSubjectBefore(s, ti - 1);
        conf *= kDistantPenalty;
      } else {
        // "..., though diplomats warned that": a subject that names no actor, right after a
        // subordinator, is the verb's own; no actor further left stands in for it
        int u = ti - 1;
        while (u > 0 && s.tok_list[u] < 0 &&
               ((C(s, u) & kWBe) || EndsWith(Text(s, u, u + 1), "ly") || Text(s, u, u + 1) == "have" ||
                Text(s, u, u + 1) == "has" || Text(s, u, u + 1) == "had"))
          --u;
        // (not a reduced passive on a noun: "after talks brokered by Zambia")
        std::string sub_word = u >= 1 ? AsciiLower(Text(s, u - 1, u)) : "";
        // (onlookers only: "as mediators shuttled between A and B" is the main subject's mediation)
        std::string_view onlooker = u >= 1 ? Text(s, u, u + 1) : std::string_view();
        bool onlookers = onlooker == "diplomats" || onlooker == "analysts" || onlooker == "critics" ||
                         onlooker == "observers" || onlooker == "experts" || onlooker == "commentators" ||
                         onlooker == "residents" || onlooker == "witnesses" || onlooker == "sources" ||
                         onlooker == "reporters" || onlooker == "journalists" || onlooker == "activists";
        if (!R.noun && u >= 1 && onlookers && s.tok_mention[u] < 0 && Subordinator(sub_word) &&
            !(te < n && s.t[te].word == d_.w_by) && !Passive(s, ti))
          return;
        // "A resolution condemning the invasion ... was adopted": a participle on the noun that opens the
        // sentence has no actor as its subject (not "Egypt issued a statement condemning")
        // ("... condemning the invasion and demanding a withdrawal": a participle joined to such a one)
        auto on_opening_noun = [&](int k) {
          if (!IsIng(Text(s, k, k + 1)) || k < 2 || s.tok_list[k - 1] >= 0 || !IsPlainWord(s, k - 1) ||
              Auxiliary(s, k - 1) || IsPrep(s, k - 1) || (C(s, k - 1) & (kWDeterminer | kWBoundary | kWReporting)))
            return false;
          for (int j = 0; j < k - 1; ++j)
            if (s.tok_list[j] >= 0 || s.t[j].word == d_.w_comma) return false;
          return true;
        };
        if (!R.noun && IsIng(Text(s, ti, ti + 1))) {
          bool opening = on_opening_noun(ti);
          if (!opening && ti >= 2 && s.t[ti - 1].word == d_.w_and) {
            for (int j = ti - 2; j > 0 && !opening; --j) {
              if (s.t[j].word == d_.w_comma) break;
              opening = on_opening_noun(j);
            }
          }
          if (opening) return;
        }
        subject = ClauseSubject(s, ti, &coordinated, &controlled);
        // "A accused B and said it was now up to C to act": an impersonal "it" opens what the
        // reporter says; the reporter's subject is the trigger's
        if (Text(s, ti, ti + 1) == "it" || Text(s, ti, ti + 1) == "It") {
          int k = ti - 1;
          if (k > 0 && s.t[k].word == d_.w_that) --k;
          if (k > 0 && s.tok_list[k] < 0 && (C(s, k) & kWReporting)) {
            int c2 = -1;
            int reporter = ClauseSubject(s, k, &c2);
            if (reporter >= 0) {
              subject = reporter;
              coordinated = c2;
            }
          }
        }
        if (coordinated >= 0) conf *= kDistantPenalty;
        // "Lubinets said it was the first swap and accused Moscow": a speech act joined to a
        // report goes on with the reporter, not with the subject of what was reported
        if (subject >= 0 && (coordinated < 0 || ListRefs(s, subject).empty()) && SpeechAct(R.kind)) {
          int reporter = ReporterAcrossJoin(s, ti, subject);
          if (reporter >= 0) {
            subject = reporter;
            coordinated = ti - 1;
            conf *= kDistantPenalty;
          }
        }
        // "Hun Manet said the meeting had gone very well and thanked Anwar": a report naming no actor,
        // then a speech act joined to it, is the reporter's
        if (subject < 0 && SpeechAct(R.kind)) {
          int j = ti - 1;
          while (j > 0 && s.tok_list[j] < 0 && ((C(s, j) & kWTime) || EndsWith(Text(s, j, j + 1), "ly"))) --j;
          std::string_view w = j > 0 ? Text(s, j, j + 1) : std::string_view();
          if (w == "and" || w == "but") {
            for (int k = j - 1; k > 0; --k) {
              if (s.tok_list[k] >= 0 || s.t[k].Is(Token::kPunct)) break;
              if (C(s, k) & kWReporting) {
                subject = SubjectLeft(s, k - 1, false);
                if (subject >= 0) coordinated = j;
                break;
              }
            }
          }
        }
        // "with the US presenting the parties with": an absolute construction (also when the main
        // clause has a subject: "A and B signed, with Trump hosting X")
        // ("with Pashinyan repeatedly accusing Russia": an adverb between)
        int before_ing = ti - 1;
        if (before_ing > 0 && s.tok_list[before_ing] < 0 && EndsWith(Text(s, before_ing, ti), "ly")) --before_ing;
        if (before_ing >= 0 && s.tok_list[before_ing] >= 0 && IsIng(Text(s, ti, ti + 1)) &&
            (subject < 0 || (s.lists[s.tok_list[before_ing]].marker >= 0 &&
                             s.t[s.lists[s.tok_list[before_ing]].marker].word == d_.w_with)))
          subject = s.tok_list[before_ing];
        // ("half a million people have crossed into Chad, UNHCR said": a subject that names no actor is
        // still the verb's own, not the speaker's)
        bool plain_subject = false;
        if (R.kind == RelationKind::kVisit) {
          int b = ti - 1;
          while (b > 0 && s.tok_list[b] < 0 && Auxiliary(s, b)) --b;
          plain_subject = b >= 0 && b < ti - 1 && s.tok_list[b] < 0 && IsPlainWord(s, b) && !IsPrep(s, b) &&
                          !(C(s, b) & (kWDeterminer | kWTime | kWBoundary | kWReporting | kWRelative));
        }
        // "Hamas's reply, handed to the mediators, accepted the framework": whose response it is answers
        if (subject < 0 && R.kind == RelationKind::kRespond) subject = ResponseOwner(s, ti);
        // "A delegation led by Ramaphosa presented a plan": an unnamed body acts for whoever leads it
        if (subject < 0) subject = BodyLeader(s, ti);
        if (subject < 0 && !plain_subject) {
          subject = FrontedSubject(s, ti);
          if (subject >= 0) conf *= kDistantPenalty;
        }
        // "X said ... but insisted that", "X did not confirm it and on Thursday accused Y":
        // a coordinated verb phrase shares the main subject
        if (subject < 0 && ti > 0) {  // (a trigger that opens the sentence has no verb phrase before it)
          int j = ti - 1;
          while (j > 0 && s.tok_list[j] < 0 && ((C(s, j) & kWTime) || EndsWith(Text(s, j, j + 1), "ly"))) --j;
          std::string_view w = d_.vocab.Key(s.t[j].word);
          // ("announced aid for Palestinians and pressed": a list no subject can be stands before "and")
          bool no_subject_before = j > 0 && (s.tok_list[j - 1] < 0 || !UsableSubject(s, s.lists[s.tok_list[j - 1]]));
          if (j > 0 && j < ti && (w == "and" || w == "but") && no_subject_before) {
            subject = MainSubject(s, j);
            // ("Gulf states condemned Iran and reaffirmed": not the object of the first verb when
            // its subject names no actor)
            if (subject >= 0 && ObjectOfVerb(s, s.lists[subject])) subject = -1;
            if (subject >= 0) {
              conf *= kDistantPenalty;
              coordinated = j;  // the modality of the second verb is its own
            }
          }
        }
      }
      // "Israel's bombardment killed": the possessor of an attack at the head of the clause
      // ("condemned Iraq's invasion" is an object)
      if (subject < 0 && R.kind == RelationKind::kAttack) {
        for (int j = ti - 1; j >= 0 && j >= ti - 8 && s.t[j].word != d_.w_comma; --j) {
          int li = s.tok_list[j];
          if (li < 0) continue;
          const List& P = s.lists[li];
          // ("Israel's subsequent offensive has killed": an adjective between)
          int noun_at = P.last + 1;
          if (noun_at + 1 < n && !IsAttackNoun(Text(s, noun_at, noun_at + 1)) && IsPlainWord(s, noun_at) &&
              s.tok_list[noun_at] < 0 && IsAttackNoun(Text(s, noun_at + 1, noun_at + 2)))
            ++noun_at;
          if (P.possessive && noun_at < n && IsAttackNoun(Text(s, noun_at, noun_at + 1)) &&
              (P.marker < 0 || s.t[P.marker].word == d_.w_comma || (C(s, P.marker) & kWTime)))
            subject = li, src = RoleOf(s, li);
          break;
        }
      }
      // "Israeli airstrikes killed": a demonym on the weapon or force is the attacker (also after
      // another clause: "A struck B, and Cambodian rockets hit Thai villages")
      bool weapon_before = R.kind == RelationKind::kAttack && ti >= 1 && s.tok_mention[ti - 1] >= 0 &&
                           s.m[s.tok_mention[ti - 1]].last == ti && s.m[s.tok_mention[ti - 1]].demonym &&
                           s.m[s.tok_mention[ti - 1]].first < ti - 1 &&
                           (s.tok_list[ti - 1] < 0 || (s.lists[s.tok_list[ti - 1]].members.size() == 1 &&
                                                       ParticipleHead(s, s.tok_list[ti - 1]) < 0)) &&
                           (subject < 0 || s.tok_list[ti - 1] != subject);
      if (weapon_before) subject = -1;
      if (subject < 0 && R.kind == RelationKind::kAttack && ti >= 1 && s.tok_mention[ti - 1] >= 0 &&
          s.m[s.tok_mention[ti - 1]].last == ti && s.m[s.tok_mention[ti - 1]].demonym &&
          s.m[s.tok_mention[ti - 1]].first < ti - 1) {
        const Mention& m = s.m[s.tok_mention[ti - 1]];
        src.refs = s.refs[s.tok_mention[ti - 1]];
        src.span = {s.t[m.first].begin, s.t[ti - 1].end};
      } else if (subject < 0 && R.kind == RelationKind::kAttack && ti >= 2 && s.tok_mention[ti - 1] < 0 &&
          s.tok_mention[ti - 2] >= 0 && s.m[s.tok_mention[ti - 2]].demonym &&
          s.m[s.tok_mention[ti - 2]].last == ti - 1 && !s.t[ti - 1].Is(Token::kPunct) &&
          !(C(s, ti - 1) & (kWPreposition | kWBoundary | kWDeterminer))) {
        const Mention& m = s.m[s.tok_mention[ti - 2]];
        src.refs = s.refs[s.tok_mention[ti - 2]];
        src.span = {s.t[m.first].begin, s.t[ti - 1].end};
      } else if (R.kind == RelationKind::kAttack && !R.noun && ti >= 4 && s.tok_list[ti - 1] >= 0 &&
                 s.lists[s.tok_list[ti - 1]].last == ti && s.lists[s.tok_list[ti - 1]].marker >= 2 &&
                 s.t[s.lists[s.tok_list[ti - 1]].marker].word == d_.w_by && s.lists[s.tok_list[ti - 1]].usable &&
                 !s.lists[s.tok_list[ti - 1]].place && AttackClaimedBy(s, s.lists[s.tok_list[ti - 1]].marker)) {
        // "Drone attacks claimed by the Houthis hit two Saudi plants": the attacks' agent
        src = RoleOf(s, s.tok_list[ti - 1]);
      } else if (subject >= 0) {
        src = RoleOf(s, subject);
      } else if (R.kind == RelationKind::kPropose && ti >= 2 && s.tok_list[ti - 2] < 0 && (C(s, ti - 2) & kWProposal) &&
                 (Text(s, ti - 1, ti) == "that" || Text(s, ti - 1, ti) == "which")) {
        // "unveiled a plan that offers the Palestinians a state": the proposal's author offers
        src.refs = AntecedentAuthors(s, ti - 2, &src.span, {});
        src.indirect = true;
      } else if ((IsSpeakerless(s, ti) || (ti > 0 && s.t[ti - 1].word == d_.w_quote)) && !s.speaker.empty() &&
                 R.kind != RelationKind::kAttack && R.kind != RelationKind::kVisit) {
        // (a speaker does not travel where the people of its report went: "half a million people have
        // crossed into Chad, UNHCR said")
        src.refs = s.speaker;  // "It is necessary for Israel to ...," Shoukry said.
        if (s.speaker_list >= 0) src = RoleOf(s, s.speaker_list);
      }
    }
    // "Museveni joined Bashir in mediating between ...", "France joined Germany in condemning ...": the
    // one joined does the act too
    if (!R.noun && !src.refs.empty() && ti >= 3 && IsIng(Text(s, ti, ti + 1)) && Text(s, ti - 1, ti) == "in" &&
        s.tok_list[ti - 2] >= 0) {
      const List& J = s.lists[s.tok_list[ti - 2]];
      std::string_view v = J.first > 0 ? Text(s, J.first - 1, J.first) : std::string_view();
      if (J.usable && !J.place && (v == "joined" || v == "joins" || v == "join" || v == "joining"))
        for (const Ref& r : ListRefs(s, s.tok_list[ti - 2])) AddRef(&src.refs, r);
    }
    // "accepted a Security Council resolution calling for a ceasefire": what a text calls for is
    // its author's call (the name right before it, or its possessor), never the clause subject's
    // (and what it offers: "endorsed a Saudi peace initiative offering Israel normal relations")
    if ((R.kind == RelationKind::kUrge || R.kind == RelationKind::kCriticize ||
         R.kind == RelationKind::kPropose) &&
        !R.noun && ti >= 1 && IsIng(Text(s, ti, ti + 1)) && (C(s, ti - 1) & kWProposal)) {
      // ("a Qatari plan calling for": the demonym's mention may hold the noun; "a Saudi peace
      // initiative": past a noun before it)
      int k = s.tok_list[ti - 1] >= 0 ? ti - 1 : ti - 2;
      if (R.kind == RelationKind::kPropose && k >= 1 && s.tok_list[k] < 0 && IsPlainWord(s, k) &&
          s.tok_list[k - 1] >= 0)
        --k;
      if (k >= 0 && s.tok_list[k] < 0 && (s.t[k].word == d_.w_s || s.t[k].word == d_.w_apos)) --k;
      if (k >= 0 && s.tok_list[k] >= 0 && !s.lists[s.tok_list[k]].place) {
        Role author = RoleOf(s, s.tok_list[k]);
        if (author.refs.empty()) author.refs = s.refs[s.tok_mention[k]];
        // (an offer taken up is made by its author and by whoever adopts it: both offer it)
        if (R.kind == RelationKind::kPropose)
          for (const Ref& r : author.refs) AddRef(&src.refs, r);
        else
          src = author;
      } else if (R.kind != RelationKind::kPropose) {
        // ("proposed a plan calling on Israel to withdraw": the subject wrote it; "accepted a resolution
        // calling for": not the one who answers it)
        for (int j = ti - 2; j >= 0 && j >= ti - 6 && s.tok_list[j] < 0; --j) {
          std::string_view w = Text(s, j, j + 1);
          if (w.rfind("accept", 0) == 0 || w.rfind("reject", 0) == 0 || w.rfind("welcom", 0) == 0 ||
              w.rfind("endors", 0) == 0 || w.rfind("approv", 0) == 0 || w.rfind("dismiss", 0) == 0 ||
              w == "backed" || w == "signed" || w == "supported")
            return;
        }
      }
    }
    // "Abubakar, who mediated the talks for ECOWAS", "mediating on behalf of the African Union": a
    // mediator out of office acts for the body it names (a serving leader still acts for his state)
    // ("talks mediated by former Nigerian ruler Abdulsalami Abubakar on behalf of ECOWAS": the agent)
    mediator_body_ = -1;
    int mediator = src.list;
    if (R.kind == RelationKind::kMediate && Participle(s, ti) && te < n && s.t[te].word == d_.w_by) {
      int a = te + 1;
      while (a < n && s.tok_list[a] < 0 && (C(s, a) & kWDeterminer)) ++a;
      if (a < n && s.tok_list[a] >= 0) mediator = s.tok_list[a];
    }
    std::vector<Ref> mediator_refs = mediator == src.list ? src.refs : ListRefs(s, mediator);
    if (R.kind == RelationKind::kMediate && mediator_refs.size() == 1 && mediator_refs[0].person()) {
      const Actor* person = kb_.Find(mediator_refs[0].id);
      if (!person || !kb_.HoldsOffice(*person, doc_.date)) {
        for (int j = te; j + 2 < n && j < te + 14; ++j) {
          if (s.tok_list[j] >= 0 && s.tok_list[j] == mediator) {
            j = s.lists[mediator].last - 1;
            continue;
          }
          if (j == te && mediator != src.list) continue;  // (the "by" before the agent)
          if (s.t[j].Is(Token::kPunct) || s.tok_list[j] >= 0) break;
          int at = -1;
          if (Text(s, j, j + 1) == "for") at = j + 1;
          else if (Text(s, j, j + 1) == "on" && Text(s, j + 1, j + 2) == "behalf" && Text(s, j + 2, j + 3) == "of") at = j + 3;
          if (at < 0) continue;
          while (at < n && s.tok_list[at] < 0 && (C(s, at) & kWDeterminer)) ++at;
          if (at < n && s.tok_list[at] >= 0) {
            const List& B = s.lists[s.tok_list[at]];
            if (B.usable && !B.place && std::all_of(B.members.begin(), B.members.end(), [&](int m) {
                  return s.m[m].kind == ActorKind::kOrganization && s.m[m].type == MentionType::kName;
                })) {
              if (mediator == src.list) src = RoleOf(s, s.tok_list[at]);
              else mediator_body_ = s.tok_list[at];
            }
          }
          break;
        }
      }
    }
    // ---- target
    bool target_indirect = false;
    int reaction_verb = -1;  // the verb that drew a reaction noun ("drew criticism from X"), if any
    bool by_agent = false;
    // the target is the sides of an earlier sentence ("That meeting, hosted by X")
    bool earlier_sides = false;
    int passive_agent = R.author && !R.noun && Passive(s, ti) ? ByAgent(s, te) : -1;
    // "a proposal swiftly dismissed by the Polisario Front": a reduced passive on a proposal noun
    int reduced_noun = -1;
    if (R.author && !R.noun && passive_agent < 0 && Participle(s, ti)) {
      int k = ti - 1;
      while (k > 0 && EndsWith(Text(s, k, k + 1), "ly")) --k;
      if (k > 0 && s.tok_list[k] < 0 && (C(s, k) & (kWProposal | kWDemandNoun)) && !(C(s, k) & kWResponseNoun)) {
        reduced_noun = k;
        passive_agent = ByAgent(s, te);
      }
    }
    if (reduced_noun >= 0 && passive_agent >= 0) {
      src = RoleOf(s, passive_agent);
      by_agent = true;
      tgt.refs = AntecedentAuthors(s, reduced_noun, &tgt.span, src.refs);
      target_indirect = true;
    } else if (passive_agent >= 0 && passive_agent != src.list) {
      // "The EU plan was accepted by Vucic and Kurti": they respond to the plan's author
      Role subject_role = src;
      by_agent = true;
      src = RoleOf(s, passive_agent);
      tgt = subject_role;
      // ("Russia's demand that NATO rule out membership was rejected by the US": the author of the
      // proposal the sentence opens with, not an actor inside its clause)
      if (int author = OpeningProposalAuthor(s, ti); author >= 0 && author != passive_agent)
        tgt = RoleOf(s, author);
      if (tgt.refs.empty()) {  // "The Egyptian plan was accepted": the demonym on the plan is its author
        // (within the subject's phrase: not the dateline's place or an earlier clause)
        for (int j = ti - 1; j >= 0 && tgt.refs.empty(); --j) {
          if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_hyphen && s.t[j].word != d_.w_apos && s.t[j].word != d_.w_s)
            break;
          if (s.tok_list[j] >= 0 && s.tok_list[j] != passive_agent && !s.lists[s.tok_list[j]].place)
            tgt = RoleOf(s, s.tok_list[j]);
        }
        // ("The offer was accepted by GAM": a proposal named by no one is what was proposed last)
        int k = ti - 1;
        while (k > 1 && s.tok_list[k] < 0 && Auxiliary(s, k)) --k;
        if (tgt.refs.empty() && k > 0 && s.tok_list[k] < 0 && (C(s, k) & kWProposal) && !(C(s, k) & kWResponseNoun) &&
            (C(s, k - 1) & kWDeterminer)) {
          tgt.refs = st_.proposal_authors;
          target_indirect = true;
        }
      }
    } else if (R.author) {
      // a nominal response is its possessor's ("Medvedev's agreement to"), not the clause's ("submitted a
      // draft agreement to Iran")
      if (R.noun && src_from_clause) return;
      // "a demand that Iranian officials rejected within hours", "the plan, which Hamas rejected on
      // Monday": the object is the noun phrase the relative clause hangs on
      int antecedent = R.noun ? -1 : RelativeAntecedent(s, src.list, ti);
      if (antecedent >= 0) {
        tgt.refs = AntecedentAuthors(s, antecedent, &tgt.span, src.refs);
        target_indirect = true;
      } else {
        tgt.refs = AuthorTarget(s, R, te, &tgt.span, &target_indirect);
        // "Iraq told the UN it would let inspectors return, but the White House dismissed the offer": an
        // offer no one was heard making just before is made in the clause before the response
        if (bare_proposal_ && st_.proposal_sentence < s.index - 1) {
          Span author_span;
          std::vector<Ref> author = EarlierClauseAuthor(s, ti, src.refs, &author_span);
          if (!author.empty()) {
            tgt.refs = author;
            tgt.span = author_span;
          }
        }
        // "rejected a European Community plan ..., while Croatia accepted it": a named author of a
        // proposal is who "it" means later
        if (!target_indirect && !tgt.refs.empty() && proposal_seen_.empty() && ProposalObject(s, te))
          proposal_seen_ = tgt.refs;
      }
      // "Sarkozy won Medvedev's agreement to a six-point plan": with no author named, a possessed
      // response answers the subject of the clause that won it
      if (tgt.refs.empty() && R.noun && !src_from_clause && src.list >= 0 && s.lists[src.list].possessive) {
        int sub = SubjectLeft(s, s.lists[src.list].first - 1, false);
        if (sub >= 0 && sub != src.list) {
          tgt = RoleOf(s, sub);
          target_indirect = true;
        }
      }
      // "pressed Jammeh to accept his defeat, but he refused to step down": refusing to do what one
      // was just urged to do rejects the urgers
      // (and agreeing to do it accepts: "appealed to the CSTO for help, and the bloc agreed to send troops")
      // (not the urging's own infinitive: "called on both sides to agree to a truce")
      bool infinitive = te < n && (s.t[te].word == d_.w_to ||
                                   (s.t[te - 1].word == d_.w_to && IsPlainWord(s, te) && !(C(s, te) & kWProposal)));
      // (and a bare answer: "demanded that Denmark withdraw its soldiers, and Copenhagen complied within days")
      bool bare_answer =
          te >= n || s.t[te].Is(Token::kPunct) ||
          ((IsPrep(s, te) || EndsWith(Text(s, te, te + 1), "ly")) &&
           (te + 1 >= n || s.tok_list[te + 1] < 0) && s.t[te].word != d_.w_to) ||
          // ("The RSF accepted and sent a delegation": a second verb joined right after)
          (s.t[te].word == d_.w_and && te + 1 < n && s.tok_list[te + 1] < 0 &&
           IsPlainWord(s, te + 1) &&
           (EndsWith(Text(s, te + 1, te + 2), "ed") || TriggerAt(s, te + 1)));
      // (and a thing refused: "Putin demanded that Ukraine cede Donbas. Zelensky has rejected
      // giving up territory") (not a participle: "an arms sale approved the previous day")
      bool thing_answer = !R.noun && te < n && s.tok_list[te] < 0 && !IsPrep(s, te) &&
                          !s.t[te].Is(Token::kPunct) && (te + 1 >= n || s.tok_list[te + 1] < 0) &&
                          !IsIng(Text(s, ti, ti + 1)) && src.list >= 0 &&
                          s.lists[src.list].last <= ti;
      // (nor a claim refused: "rejected the allegations" answers whoever made them)
      for (int o = te; thing_answer && o < n && o < te + 4 && s.tok_list[o] < 0 && !s.t[o].Is(Token::kPunct); ++o)
        thing_answer = !(C(s, o) & (kWClaim | kWAccusation));
      for (int a = src.list >= 0 ? s.lists[src.list].last : ti; thing_answer && a < ti; ++a)
        thing_answer = Auxiliary(s, a) || EndsWith(Text(s, a, a + 1), "ly") || (C(s, a) & kWTime);
      if (tgt.refs.empty() && (R.stance == Stance::kReject || R.stance == Stance::kAccept) &&
          (infinitive || bare_answer || thing_answer) && !(ti > 0 && s.t[ti - 1].word == d_.w_to) &&
          st_.urge_sentence >= s.index - 1 && !st_.urgers.empty() && !src.refs.empty() &&
          std::all_of(src.refs.begin(), src.refs.end(),
                      [&](const Ref& x) {  // (not "the two sides agreed to meet")
                        return std::any_of(st_.urged.begin(), st_.urged.end(),
                                           [&](const Ref& u) { return u.party == x.party; });
                      })) {
        tgt.refs = st_.urgers;
        target_indirect = true;
      }
      // "Sharif agreed to take steps to restore the Line of Control after Clinton urged him to pull
      // back the fighters": an urging told after the answer, of the one who answers, is what it
      // answers
      if (tgt.refs.empty() && (R.stance == Stance::kReject || R.stance == Stance::kAccept) &&
          infinitive && !(ti > 0 && s.t[ti - 1].word == d_.w_to) && !src.refs.empty()) {
        for (int j = te; j + 3 < n && j < te + 25; ++j) {
          if (s.t[j].word == d_.w_semicolon) break;
          std::string_view w = Text(s, j, j + 1);
          if (w != "after" && w != "when") continue;
          int u = j + 1;
          while (u + 1 < n && s.tok_list[u] < 0 && (C(s, u) & kWDeterminer)) ++u;
          if (s.tok_list[u] < 0 || s.lists[s.tok_list[u]].first > u) break;
          const List& U = s.lists[s.tok_list[u]];
          int v = U.last;
          if (v + 1 >= n || !TriggerAt(s, v, RelationKind::kUrge)) break;
          int o = v + 1;  // ("urged him", "called on him")
          while (o < n && s.tok_list[o] < 0 && (IsPlainWord(s, o) || IsPrep(s, o)) && o < v + 3)
            ++o;
          if (o >= n || s.tok_list[o] < 0) break;
          std::vector<Ref> urged = ListRefs(s, s.tok_list[o]);
          bool same = !urged.empty() && std::all_of(urged.begin(), urged.end(), [&](const Ref& x) {
            return std::any_of(src.refs.begin(), src.refs.end(),
                               [&](const Ref& y) { return y.party == x.party; });
          });
          std::vector<Ref> urgers = OtherParties(ListRefs(s, s.tok_list[u]), src.refs);
          if (same && U.usable && !U.place && !urgers.empty()) {
            tgt.refs = urgers;
            tgt.span = {s.t[U.first].begin, s.t[U.last - 1].end};
          }
          break;
        }
      }
      // "agreed to step down under a deal negotiated by Carter", "agreed to disarm under a
      // ceasefire proposed by Russia": agreeing to act under a named author's accord or plan
      // answers its author
      if (tgt.refs.empty() && R.stance == Stance::kAccept && infinitive &&
          !(ti > 0 && s.t[ti - 1].word == d_.w_to)) {
        for (int j = te; j + 2 < n && j < te + 15; ++j) {
          if (s.t[j].word == d_.w_semicolon || s.t[j].word == d_.w_comma ||
              (j > te && (C(s, j) & kWBoundary)))
            break;
          if (Text(s, j, j + 1) != "under") continue;
          bool indirect = false;
          Span span;
          std::vector<Ref> author = AuthorTarget(s, R, j + 1, &span, &indirect);
          if (!indirect && !OtherParties(author, src.refs).empty()) {
            tgt.refs = OtherParties(author, src.refs);
            tgt.span = span;
          }
          break;
        }
      }
      // "Lavrov urged Syria to hand over its chemical weapons, and Moualem welcomed the proposal",
      // "urged Colombo to halt its offensive, but Colombo rejected calls for a ceasefire": what the urged
      // side answers, named by no author and after no proposal of its own, is what it was just urged
      if (target_indirect && tgt.span.end > tgt.span.begin && st_.urge_sentence == s.index && !st_.urgers.empty() &&
          !NamedProposalBefore(s, ti) && !(ti > 0 && s.t[ti - 1].word == d_.w_to) &&
          std::any_of(src.refs.begin(), src.refs.end(), [&](const Ref& x) {
            return std::any_of(st_.urged.begin(), st_.urged.end(), [&](const Ref& u) { return u.party == x.party; });
          }))
        tgt.refs = st_.urgers;
    } else if (R.together) {
      // "brought together X with A, B and C" / "brought together A and B"
      int obj = te < n ? s.tok_list[te] : -1;
      if (obj < 0 && te + 1 < n && (C(s, te) & kWDeterminer)) obj = s.tok_list[te + 1];
      if (obj >= 0) {
        int with = -1;
        int j = s.lists[obj].last;
        if (j + 1 < n && s.t[j].word == d_.w_with) {
          int k = j + 1;
          while (k < n && s.tok_list[k] < 0 && k < j + 4) ++k;
          if (k < n) with = s.tok_list[k];
        }
        if (with >= 0) {
          src = RoleOf(s, obj);
          tgt = RoleOf(s, with);
        } else {
          src = RoleOf(s, obj);
          tgt = src;
        }
      }
    } else {
      int from = te;
      if (passive) {
        // "was rejected by Hamas": the agent is the source, the subject the target
        // ("was put to Israel and Hamas last week in Doha by the US": past the recipients, a date and a place)
        int by = -1;
        for (int j = te; j < std::min(n, te + 14); ++j) {
          if (s.t[j].word == d_.w_by && j + 1 < n) {
            int k = j + 1;
            while (k < n && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
            if (k < n) by = s.tok_list[k];
            if (by < 0)
              by = ByAgent(s, j);  // ("by soldiers from Eritrea", "by the Quad group of A and B")
            break;
          }
          if (s.tok_list[j] >= 0) {
            j = s.lists[s.tok_list[j]].last - 1;
            continue;
          }
          if (j >= te + 6 && (s.t[j].Is(Token::kPunct) || (C(s, j) & (kWBoundary | kWReporting)) || IsVerbLike(s, j))) break;
        }
        // "was killed in a separate Israeli drone strike", "were killed when Israeli troops opened fire": a
        // killing with no agent after "by" is that of the attack named right after it
        Role unnamed_agent;
        if (by < 0 && R.kind == RelationKind::kAttack && !src.refs.empty()) unnamed_agent = AttackAfterPassive(s, te, src.refs);
        // "The US proposal was handed to Araghchi", "The proposal, drawn up by Witkoff, was presented to
        // Hamas": a proposal put to someone with no agent named is put by its author
        bool author_proposes = false;
        if (by < 0 && R.kind == RelationKind::kPropose) {
          unnamed_agent.refs = PassiveProposalAuthors(s, ti, &unnamed_agent.span);
          author_proposes = !unnamed_agent.refs.empty();
        }
        if (by < 0 && unnamed_agent.refs.empty()) return;
        if (author_proposes) src = Role{};
        tgt = src;
        if (by >= 0) {
          src = RoleOf(s, by);
        } else {
          src = unnamed_agent;
          conf *= kDistantPenalty;
        }
        // "Kuwait's efforts were backed by Washington": the possessor of the subject noun
        if (tgt.refs.empty() && R.kind != RelationKind::kMediate) {
          int k = ti - 1;
          while (k > 0 && s.tok_list[k] < 0 && Auxiliary(s, k)) --k;
          for (int nouns = 0; k > 0 && s.tok_list[k] < 0 && IsPlainWord(s, k) && nouns < 2; ++nouns) --k;
          if (k > 0 && s.tok_list[k] < 0 && (s.t[k].word == d_.w_s || s.t[k].word == d_.w_apos)) --k;
          if (k >= 0 && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].possessive && s.tok_list[k] != by)
            tgt = RoleOf(s, s.tok_list[k]);
        }
        // "Russia's annexation of Crimea was condemned by the G7": the author of the act judged
        if (R.kind == RelationKind::kCriticize)
          if (int actor = ActPossessorBefore(s, ti); actor >= 0 && actor != by) tgt = RoleOf(s, actor);
        if (tgt.refs.empty()) {  // "will be presented to Hamas by the mediators"
          int li = FindTarget(s, R, te, by, ti, te);
          if (li >= 0) tgt = RoleOf(s, li);
        }
      } else if (int agent = !R.noun && !R.prefix && (Passive(s, ti) || ReducedPassive(s, ti, R.sides || R.host_meets)) ? ByAgent(s, te) : -1;
                 agent >= 0 && agent != src.list) {
        // a passive or reduced passive: "were brokered by Norway", "a plan put forward by Ghana"
        // (a reduced passive proposes only a proposal: not "a force sent by the CSTO")
        if (R.kind == RelationKind::kPropose && !Passive(s, ti) && !(C(s, ti - 1) & (kWProposal | kWAccord))) return;
        Role subject_role = src;
        by_agent = true;
        src = RoleOf(s, agent == mediator && mediator_body_ >= 0 ? mediator_body_ : agent);
        int li = FindTarget(s, R, te, agent, ti, te);
        if (li >= 0) {
          tgt = RoleOf(s, li);
        } else if (R.kind == RelationKind::kMediate) {
          // a full passive may mean the last sides ("the next round will be mediated by X");
          // a reduced one on a noun ("a meeting hosted by X") names them or no one ("talks hosted
          // by Qatar" between the sides the sentence names)
          // ("A and B signed a treaty at a ceremony organised by X": a meeting's organiser mediates
          // between the two sides the sentence names as meeting there, never the sides of earlier
          // sentences)
          Gathering what = GatheringBefore(s, ti);
          bool talks = what == Gathering::kTalks;
          bool meeting = what == Gathering::kMeeting && !R.sides;
          tgt.refs =
              MediatedParties(s, ti, R.sides || talks || meeting, src.refs, /*history=*/!meeting,
                              /*subject_first=*/talks || meeting);
          if (meeting && DistinctParties(tgt.refs).size() != 2) tgt.refs.clear();
        } else if (R.kind == RelationKind::kMeet && R.hosts &&
                   GatheringBefore(s, ti) == Gathering::kTalks) {
          return;  // "a year of talks hosted by Qatar": the host mediated (above), it did not meet
        } else if (R.kind == RelationKind::kPropose && subject_role.list >= 0) {
          tgt = subject_role;  // "Mali accepted a plan put forward by Ghana": proposed to Mali
        } else if ((R.kind == RelationKind::kAttack || R.kind == RelationKind::kSupport) &&
                   ti > 0 && s.tok_list[ti - 1] >= 0) {
          // "Japanese citizens abducted by North Korean agents", "Yemeni troops backed by the Emirates"
          tgt = RoleOf(s, s.tok_list[ti - 1]);
        } else if (R.kind == RelationKind::kMeet && R.sides && st_.sides_sentence == s.index &&
                   DistinctParties(OtherParties(subject_role.refs, src.refs)).size() < 3) {
          tgt.refs = st_.sides;  // "negotiations between A and B, hosted by Y": Y met A and B
        } else if (R.kind == RelationKind::kMeet && R.sides && !subject_role.refs.empty()) {
          // "A and B will travel to X for a meeting hosted by Y", "the ministers of A, B and C
          // gathered for a conference hosted by Y": Y meets each of them
          tgt = subject_role;
        } else if (R.kind == RelationKind::kMeet && R.sides) {
          tgt.refs = st_.sides;  // "That meeting, hosted by Y, ...": Y met its sides
          earlier_sides = true;
        }
      } else {
        if (R.send) {
          int obj = te < n ? s.tok_list[te] : -1;
          if (obj >= 0 && s.lists[obj].usable && !s.lists[obj].place) {
            src = RoleOf(s, obj);
            from = s.lists[obj].last;
            // ("has taken the paramilitary chief, who had not been seen for months, to Uganda": past a closed
            // relative clause on the one who travels)
            if (from + 2 < n && s.t[from].word == d_.w_comma && (C(s, from + 1) & kWRelative)) {
              int k = from + 2;
              while (k < n && s.t[k].word != d_.w_comma && !(C(s, k) & kWBoundary) && s.t[k].word != d_.w_semicolon) ++k;
              if (k + 1 < n && s.t[k].word == d_.w_comma && W(s, k + 1, d_.w_to)) from = k + 1;
            }
          } else if (R.carries && !BodyAfter(s, te)) {
            return;  // "took the matter to the UN", "sent weapons to Ukraine": nobody travels
          }
        }
        int li = FindTarget(s, R, from, src.list, ti, te);
        // "Biden warned that he would stop supplying weapons to Israel if it invaded Rafah": a warning whose
        // clause has the warner as subject is aimed at the next other side the clause names
        if (li >= 0 && R.that && !R.direct && R.kind == RelationKind::kCriticize && !src.refs.empty() &&
            OtherParties(ListRefs(s, li), src.refs).empty()) {
          int next = -1;
          for (int k = s.lists[li].last; k < n && next < 0; ++k) {
            if (s.t[k].word == d_.w_semicolon || s.t[k].word == d_.w_quote || (C(s, k) & kWReporting)) break;
            int l2 = s.tok_list[k];
            if (l2 < 0) continue;
            k = s.lists[l2].last - 1;
            const List& L2 = s.lists[l2];
            std::string_view mk = L2.marker >= 0 ? Text(s, L2.marker, L2.marker + 1) : std::string_view();
            bool object = mk == "to" || mk == "on" || mk == "against" || mk == "at" || mk == "with" ||
                          (L2.marker >= 0 && IsPlainWord(s, L2.marker) && !IsPrep(s, L2.marker));
            // (not "could reimpose United Nations sanctions": a name that modifies a noun)
            bool modifier = L2.last < n && IsPlainWord(s, L2.last) && !IsPrep(s, L2.last) && !IsVerbLike(s, L2.last) &&
                            !Auxiliary(s, L2.last) && !(C(s, L2.last) & (kWBoundary | kWRelative | kWTime));
            if (L2.usable && !L2.place && !L2.adjectival && !L2.possessive && object && !modifier &&
                !OtherParties(ListRefs(s, l2), src.refs).empty())
              next = l2;
          }
          li = next;
          if (li >= 0) target_indirect = true;
        }
        // "the UAE, which Khartoum accuses of arming the RSF": the object of an object relative clause
        // is the noun phrase it hangs on
        // (what comes after "as" is the judgement, not the object: "which the Taliban dismissed as an American puppet")
        bool as_next = R.as_object && te < n && Text(s, te, te + 1) == "as";
        if ((li < 0 || as_next) && R.direct && !R.noun && !R.prefix) {
          int a = ObjectRelativeAntecedent(s, src.list, ti, te);
          if (a >= 0 || !as_next) li = a;
        }
        // ("granted Ukraine candidate status, a decision Zelenskiy hailed as historic": whoever made what a
        // relative clause hangs on is backed)
        if (li < 0 && R.kind == RelationKind::kSupport && !R.noun && !R.prefix) {
          int noun = RelativeAntecedent(s, src.list, ti, true);
          // (a proposal endorsed is answered, not backed: respond)
          if (noun >= 0 && IsPlainWord(s, noun) && !(C(s, noun) & (kWClaim | kWProposal))) {
            Span span;
            std::vector<Ref> author = AntecedentAuthors(s, noun, &span, src.refs, true);
            if (!author.empty()) {
              tgt.refs = author;
              tgt.span = span;
              target_indirect = true;
            }
          }
        }
        // ("Emirati jets struck their positions, an attack Yemen condemned": an attack in
        // apposition is the attack the clause before it tells; its attacker is who is condemned)
        if (li < 0 && tgt.refs.empty() && R.kind == RelationKind::kCriticize && !R.noun &&
            !R.prefix) {
          int noun = RelativeAntecedent(s, src.list, ti, true);
          int det = noun - 1;
          while (det > 0 && s.tok_list[det] < 0 && IsPlainWord(s, det) && det > noun - 4) --det;
          if (noun >= 2 && IsAttackNoun(Text(s, noun, noun + 1)) && det > 0 &&
              (C(s, det) & kWDeterminer) && s.t[det - 1].word == d_.w_comma) {
            // (the subject of the attack verb before it: "Emirati jets struck")
            Span span;
            std::vector<Ref> attacker = ClauseAuthor(s, det - 1, &span);
            int v = -1;  // (the word after the attacker's name)
            for (int k = 0; k + 1 < det && v < 0; ++k)
              if (s.t[k].end == span.end) v = k + 1;
            while (v >= 0 && v < det && s.tok_list[v] < 0 &&
                   (DateAt(s, v) || Adverb(s, v) || Auxiliary(s, v)))
              ++v;
            if (!attacker.empty() && v >= 0 && TriggerAt(s, v, RelationKind::kAttack) &&
                OtherParties(attacker, src.refs).size() == attacker.size()) {
              tgt.refs = attacker;
              tgt.span = span;
              target_indirect = true;
            }
          }
        }
        if (li < 0 && R.kind == RelationKind::kMeet && R.noun && !R.among && adverbial_object >= 0 &&
            !s.lists[adverbial_object].place)
          li = adverbial_object;
        // "presented a plan on Sunday to the presidents of A, B and C at a summit": the recipient the
        // clause put something to, right before the meeting's phrase
        if (li < 0 && R.kind == RelationKind::kMeet && R.noun && !R.among && src_from_clause && ti >= 3) {
          int p = BeforeNounPhrase(s, ti);
          std::string_view pw = Text(s, p, p + 1);
          if (s.tok_list[p] < 0 && (pw == "at" || pw == "during")) {
            int q = p - 1;
            while (q > 0 && s.tok_list[q] < 0 && (C(s, q) & kWTime)) --q;
            if (q >= 0 && s.tok_list[q] >= 0) {
              const List& R2 = s.lists[s.tok_list[q]];
              if (R2.usable && !R2.place && R2.marker > 0 && Text(s, R2.marker, R2.marker + 1) == "to" &&
                  s.tok_list[q] != src.list)
                li = s.tok_list[q];
            }
          }
        }
        // "put forward a 12-point plan, urging Russia and Ukraine to resume talks": a proposal with no
        // recipient is put to whom its author urges next
        if (li < 0 && R.kind == RelationKind::kPropose && !R.noun) {
          li = UrgedAfter(s, te);
          if (li >= 0) target_indirect = true;
        }
        // "put forward a plan on Sunday under which Assad would hand power to his deputy": the proposal is
        // put to whoever it has act
        if (li < 0 && R.kind == RelationKind::kPropose && !R.noun) {
          for (int k = te; k + 2 < n && k < te + 10; ++k) {
            if (s.tok_list[k] >= 0 || s.t[k].word == d_.w_comma || (C(s, k) & kWBoundary)) break;
            if (Text(s, k, k + 1) != "under" || Text(s, k + 1, k + 2) != "which") continue;
            int q = k + 2;
            while (q < n && s.tok_list[q] < 0 && (C(s, q) & kWDeterminer)) ++q;
            if (q < n && s.tok_list[q] >= 0 && s.tok_list[q] != src.list && UsableSubject(s, s.lists[s.tok_list[q]])) {
              li = s.tok_list[q];
              target_indirect = true;
            }
            break;
          }
        }
        // "offered to freeze its programme in exchange for energy aid from the United States": the offer
        // goes to whoever is to give in return
        if ((li < 0 || ListRefs(s, li).empty()) && R.kind == RelationKind::kPropose && !R.noun) {
          int given = -1;
          for (int k = te; k + 2 < n && k < te + 14 && given < 0; ++k) {
            if (s.t[k].word == d_.w_semicolon || (k > te && (C(s, k) & kWReporting))) break;
            std::string_view a = Text(s, k, k + 1), b = Text(s, k + 1, k + 2);
            if (!((a == "exchange" || a == "return") && b == "for")) continue;
            for (int q = k + 2; q < n && q < k + 10; ++q) {
              if (s.t[q].word == d_.w_comma || (C(s, q) & kWBoundary)) break;
              int l2 = s.tok_list[q];
              if (l2 < 0) continue;
              const List& L2 = s.lists[l2];
              std::string_view mk = L2.marker >= 0 ? Text(s, L2.marker, L2.marker + 1) : std::string_view();
              bool states = StatesOnly(s, L2);
              if (l2 != src.list && L2.usable && (!L2.place || states) && (L2.possessive || mk == "from" || mk == "by"))
                given = l2;
              break;
            }
            if (given >= 0) {
              li = given;
              target_indirect = true;
            }
            break;
          }
        }
        // "sent a letter to Khamenei proposing negotiations": a participle right after "to X"
        // proposes to X (as does an infinitive of purpose: "had written to Khamenei to propose
        // talks")
        bool purpose = ti >= 3 && s.t[ti - 1].word == d_.w_to && !IsIng(Text(s, ti, ti + 1));
        if (li < 0 && R.kind == RelationKind::kPropose && !R.noun && ti >= 2 &&
            (IsIng(Text(s, ti, ti + 1)) || purpose)) {
          int k = purpose ? ti - 2 : ti - 1;
          if (s.t[k].word == d_.w_comma) --k;
          int r = k >= 0 ? s.tok_list[k] : -1;
          if (r >= 0 && r != src.list && s.lists[r].usable && !s.lists[r].possessive && s.lists[r].marker >= 0 &&
              W(s, s.lists[r].marker, d_.w_to) && s.lists[r].last == k + 1) {
            li = r;
            target_indirect = true;
          }
        }
        // "a U.S. demand on Friday to hand over Osama bin Laden": the object of the demanded act is
        // not whom the demand is made of
        if (li >= 0 && R.kind == RelationKind::kUrge && (R.noun || R.any)) {
          for (int k = te; k < s.lists[li].first; ++k) {
            if (s.tok_list[k] >= 0) break;
            if (s.t[k].word == d_.w_to && k + 1 < s.lists[li].first && s.tok_list[k + 1] < 0 &&
                IsPlainWord(s, k + 1) && !(C(s, k + 1) & kWDeterminer)) {
              li = -1;
              break;
            }
          }
        }
        // "bases hosting U.S. troops": a host of troops or refugees meets no one
        if (li >= 0 && R.hosts && s.lists[li].members.size() == 1) {
          const Mention& g = s.m[s.lists[li].members[0]];
          std::string head = g.last > g.first ? AsciiLower(Text(s, g.last - 1, g.last)) : "";
          if ((g.type == MentionType::kGroup || g.kind == ActorKind::kOrganization) &&
              (g.victim || head == "troops" || head == "forces" || head == "soldiers" || head == "military" ||
               head == "bases" || head == "base" || head == "personnel" || head == "marines"))
            return;
        }
        if (li >= 0) tgt = RoleOf(s, li);
        guests_visit = R.hosts && li >= 0 && !s.lists[li].place;
        // "criticized the Riyadh talks": the sides of the talks held there, not the host
        if (li >= 0 && (R.kind == RelationKind::kCriticize || R.kind == RelationKind::kSupport) &&
            s.lists[li].last < n && s.lists[li].members.size() == 1 &&
            (s.m[s.lists[li].members[0]].capital || s.m[s.lists[li].members[0]].place)) {
          if (VenueEvent(s, s.lists[li])) {
            auto it = st_.venue_sides.find(std::string(Text(s, s.lists[li].first, s.lists[li].last)));
            tgt.refs = it != st_.venue_sides.end() ? it->second : std::vector<Ref>{};
            li = -1;
          }
        }
        // "spoke with A, and with B": the preposition repeated after "and" continues the target
        // ("with A at State House, with B in Addis Ababa, and with C": a place phrase may follow each)
        for (int l2 = li; l2 >= 0 && s.lists[l2].marker >= 0;) {
          int j = s.lists[l2].last;
          for (int skip = 0; j < n && skip < 6; ++skip) {
            bool after_prep = j > 0 && IsPrep(s, j - 1) && s.t[j - 1].word != s.t[s.lists[l2].marker].word;
            bool place_phrase = (IsPrep(s, j) && j + 1 < n && (s.tok_list[j + 1] >= 0 || s.t[j + 1].Is(Token::kUpper) ||
                                                               (C(s, j + 1) & kWDeterminer))) ||
                                (s.tok_list[j] >= 0 && (s.lists[s.tok_list[j]].place || after_prep)) ||
                                (s.tok_list[j] < 0 && (s.t[j].Is(Token::kUpper) || (C(s, j) & kWDeterminer)));
            if (!place_phrase || s.t[j].word == s.t[s.lists[l2].marker].word) break;
            j = s.tok_list[j] >= 0 ? s.lists[s.tok_list[j]].last : j + 1;
          }
          bool comma = false;
          while (j < n && s.tok_list[j] < 0 && s.t[j].word == d_.w_comma) ++j, comma = true;
          if (j < n && s.t[j].word == d_.w_and) ++j;
          else if (!comma) break;
          while (j < n && s.tok_list[j] < 0 && (C(s, j) & kWTime) && !IsPrep(s, j)) ++j;  // "and then with"
          if (j + 1 >= n || s.t[j].word != s.t[s.lists[l2].marker].word) break;
          int k = j + 1;
          while (k < n && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
          if (k >= n || s.tok_list[k] < 0 || !s.lists[s.tok_list[k]].usable || s.lists[s.tok_list[k]].place) break;
          l2 = s.tok_list[k];
          for (const Ref& r : ListRefs(s, l2)) tgt.refs.push_back(r);
        }
        // "met A in Riyadh and B in Cairo": a direct object after a place phrase continues the target
        // (the place and the next object may have been read as one list: go by mentions)
        if (li >= 0 && R.direct && R.kind == RelationKind::kMeet && !IsPrep(s, s.lists[li].marker)) {
          auto place_phrase_end = [&](int j) {  // past "in Riyadh", or j
            if (j + 1 < n && (Text(s, j, j + 1) == "in" || Text(s, j, j + 1) == "at") && s.tok_mention[j + 1] >= 0) {
              const Mention& p = s.m[s.tok_mention[j + 1]];
              if (p.place || p.capital) return p.last;
            }
            return j;
          };
          int j = place_phrase_end(s.lists[li].last);
          if (j > s.lists[li].last && j + 1 < n && s.t[j].word == d_.w_and && s.tok_mention[j + 1] >= 0) {
            int mk = s.tok_mention[j + 1];
            const Mention& M = s.m[mk];
            int after = place_phrase_end(M.last);
            if (!M.place && !M.capital && !M.possessive && M.type != MentionType::kPronoun && after > M.last &&
                (after >= n || s.t[after].Is(Token::kPunct)))
              for (const Ref& r : s.refs[mk]) tgt.refs.push_back(r);
          }
        }
        target_indirect = tgt.indirect;
      }
    }
    // "Hamas claimed responsibility for an attack that killed three Israelis", "the Taliban claimed
    // an attack in Kabul that killed a U.S. soldier": who claims an attack made it, and the victims
    // of a relative clause on it are its target, before the place it was in
    if (R.kind == RelationKind::kAttack && R.noun) {
      int c = ti - 1;
      while (c > 0 && s.tok_list[c] < 0 && ((C(s, c) & kWDeterminer) || IsPlainWord(s, c)) &&
             ti - c <= 3)
        --c;
      // ("claimed responsibility on Thursday for", "ISWAP on Thursday claimed": past the dates)
      if (c >= 2 && Text(s, c, c + 1) == "for") {
        int k = c - 1;
        while (k > 1 && DateAt(s, k)) --k;
        if (Text(s, k, k + 1) == "responsibility") c = k - 1;
      }
      std::string_view claim = c >= 1 ? Text(s, c, c + 1) : std::string_view();
      int before_claim = c - 1;
      while (before_claim > 0 && DateAt(s, before_claim)) --before_claim;
      int claimant = c >= 1 ? s.tok_list[before_claim] : -1;
      if ((claim == "claimed" || claim == "claims" || claim == "claiming") && claimant >= 0 &&
          s.lists[claimant].usable && !s.lists[claimant].place) {
        src = RoleOf(s, claimant);
        int j = te;
        if (j + 1 < n && IsPrep(s, j) && s.tok_list[j + 1] >= 0 && s.lists[s.tok_list[j + 1]].place)
          j = s.lists[s.tok_list[j + 1]].last;  // (past "in Kabul")
        std::string_view rel = j + 2 < n ? Text(s, j, j + 1) : std::string_view();
        std::string_view verb = j + 2 < n ? Text(s, j + 1, j + 2) : std::string_view();
        if ((rel == "that" || rel == "which") &&
            (verb == "killed" || verb == "wounded" || verb == "injured")) {
          int k = j + 2;
          while (k < n && s.tok_list[k] < 0 &&
                 ((C(s, k) & kWQuantifier) || s.t[k].Is(Token::kNumber)))
            ++k;
          if (k < n && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].usable &&
              !s.lists[s.tok_list[k]].place)
            tgt = RoleOf(s, s.tok_list[k]);
        }
      }
    }
    if (R.named_author && target_indirect) return;
    // "under Saudi and US mediation", "the Omani mediators": the sides of the talks at hand
    // (not "undermining the mediation", whose subject is no mediator)
    // ("after a year of Qatari-brokered talks": only sides the sentence names)
    // ("Cuba and Norway acted as guarantors", "served as a channel": a role the subject takes)
    bool as_role = ti >= 1 && (Text(s, ti - 1, ti) == "as" ||
                               (ti >= 2 && (C(s, ti - 1) & kWDeterminer) && Text(s, ti - 2, ti - 1) == "as"));
    if (as_role && src_from_clause) {
      // ("with Oman acting as mediator": the role is the verb's own subject, right before it)
      int as = Text(s, ti - 1, ti) == "as" ? ti - 1 : ti - 2;
      int v = as - 1;
      if (v >= 1 && s.tok_list[v - 1] >= 0 && s.lists[s.tok_list[v - 1]].usable) src = RoleOf(s, s.tok_list[v - 1]);
    }
    if (R.kind == RelationKind::kMediate && R.noun && tgt.refs.empty() && !src.refs.empty() &&
        (!src_from_clause || as_role))
      // ("A and B signed U.N.-mediated accords ..., with C and D signing as guarantors": the
      // signers)
      // ("Qatari and Egyptian mediators delivered the plan": a body of mediators mediates between
      // sides the sentence names, not those of earlier talks)
      tgt.refs =
          MediatedParties(s, ti, R.sides, src.refs, /*history=*/!R.prefix && s.tok_mention[ti] < 0,
                          /*subject_first=*/R.prefix);
    // "Turkey brokered the accord that Russia and Ukraine signed": a verb's sides in its sentence
    else if (R.kind == RelationKind::kMediate && !R.noun && !by_agent && tgt.refs.empty() && !src.refs.empty()) {
      // ("Abubakar, who mediated the talks for ECOWAS": the sides of the talks at hand)
      int o = te;
      while (o < n && s.tok_list[o] < 0 && (C(s, o) & kWDeterminer)) ++o;
      bool talks_object = o < n && s.tok_list[o] < 0 && IsTalksNoun(s, o);
      tgt.refs = MediatedParties(s, ti, R.sides, src.refs, /*history=*/talks_object);
      // ("Norway helped broker the deal", "tried to broker a ceasefire deal", "mediating a
      // power-sharing deal": past a modifier or two, the two sides at hand)
      for (int steps = 0;
           steps < 4 && o < n && s.tok_list[o] < 0 && !(C(s, o) & kWAccord) &&
           (IsPlainWord(s, o) || (s.t[o].word == d_.w_hyphen && !s.t[o].Is(Token::kSpaceBefore)));
           ++steps)
        ++o;
      if (tgt.refs.empty() && o < n && s.tok_list[o] < 0 && (C(s, o) & kWAccord) && TwoParties(st_.sides) &&
          OtherParties(src.refs, st_.sides).size() == src.refs.size())
        tgt.refs = st_.sides;
    }
    // "Haig met Thatcher in London at the start of a shuttle between Britain and Argentina": one of the
    // sides mediates nothing; the clause's subject does
    if (R.kind == RelationKind::kMediate && R.noun && !src.refs.empty() && tgt.refs.size() >= 2 &&
        s.tok_mention[ti] < 0 &&  // (a body of mediators is no side: "Qatari mediators")
        std::all_of(src.refs.begin(), src.refs.end(), [&](const Ref& x) {
          return std::any_of(tgt.refs.begin(), tgt.refs.end(), [&](const Ref& y) { return y.party == x.party; });
        })) {
      int main = MainSubject(s, ti);
      std::vector<Ref> m = main >= 0 ? ListRefs(s, main) : std::vector<Ref>{};
      if (!m.empty() && OtherParties(m, tgt.refs).size() == m.size()) {
        src = RoleOf(s, main);
      }
    }
    // "Araghchi retorted that ...", "Tehran hit back": the other side's last speaker or subject
    bool how_follows = te < n && (s.t[te].word == d_.w_by || s.t[te].word == d_.w_with || s.t[te].word == d_.w_to ||
                                  Text(s, te, te + 1) == "through");  // "responded by accepting", "replied through Oman"
    // "accused each other", "each accused the other": every side of the subject at every other
    if (tgt.refs.empty() && te + 1 < n && (R.kind == RelationKind::kCriticize || R.kind == RelationKind::kAttack ||
                                           R.kind == RelationKind::kUrge || R.kind == RelationKind::kSupport)) {
      std::string_view a = Text(s, te, te + 1), b = Text(s, te + 1, te + 2);
      if ((a == "each" && b == "other") || (a == "one" && b == "another") || (a == "the" && b == "other")) {
        // ("each side accused the other": the subject names no one; the sides of the fighting just named)
        std::string_view w1 = ti >= 1 ? Text(s, ti - 1, ti) : "", w2 = ti >= 2 ? Text(s, ti - 2, ti - 1) : "";
        bool each = w1 == "each" || w1 == "Each" || w2 == "each" || w2 == "Each";
        if (each && s.tok_list[ti - 1] < 0 && src.refs.size() < 2) src.refs.clear();
        std::vector<Ref> sides = src.refs.size() >= 2 ? src.refs
                                 : each && st_.attack_pair.size() == 2 && s.index == st_.attack_sentence ? st_.attack_pair
                                 : st_.pair.size() >= 2 ? st_.pair
                                 : st_.sides;
        if (sides.size() >= 2) {
          src.refs = sides;
          tgt.refs = sides;
          target_indirect = true;
          each_other = true;
        }
      }
    }
    // "replied through Oman": the channel is not the one answered
    if (R.rejoinder && te + 1 < n && Text(s, te, te + 1) == "through" && s.tok_list[te + 1] >= 0 && !tgt.refs.empty()) {
      std::vector<Ref> channel = ListRefs(s, s.tok_list[te + 1]);
      if (!channel.empty() && channel[0].id == tgt.refs[0].id) tgt.refs.clear();
    }
    // "North Korea shelled the island, and the South returned fire": the last attacker of another
    // party (so too "vowed revenge")
    if (R.rejoinder && (R.kind == RelationKind::kAttack || R.kind == RelationKind::kCriticize) &&
        tgt.refs.empty() && !src.refs.empty()) {
      // ("vowed revenge after a U.S. air strike killed ...": the attacker the sentence names next)
      tgt.refs = AttackAfterPassive(s, te, src.refs).refs;
      if (tgt.refs.empty()) tgt.refs = OtherParties(st_.attackers, src.refs);
      target_indirect = true;
    }
    // "Trump sent Khamenei a letter proposing talks. Tehran replied ...": a reply of the side just proposed to
    // answers the proposer
    if (R.rejoinder && tgt.refs.empty() && !src.refs.empty() && R.kind == RelationKind::kRespond &&
        st_.propose_sentence >= s.index - 2 &&
        std::any_of(st_.proposed_to.begin(), st_.proposed_to.end(), [&](const Ref& x) { return x.party == src.refs[0].party; }) &&
        OtherParties(st_.proposers, src.refs).size() == st_.proposers.size()) {
      tgt.refs = st_.proposers;
      target_indirect = true;
    }
    if (R.rejoinder && !how_follows && tgt.refs.empty() && !src.refs.empty() &&
        !src.refs[0].party.empty() && R.kind != RelationKind::kAttack &&
        R.kind != RelationKind::kCriticize) {
      for (const std::vector<Ref>* prev : {&st_.prev_speaker, &st_.prev_subject}) {
        if (prev->empty() || (*prev)[0].party.empty() || (*prev)[0].party == src.refs[0].party) continue;
        tgt.refs = *prev;
        target_indirect = true;
        break;
      }
    }
    // "proposed that Ukraine stay neutral, at talks with a Russian delegation": a proposal that names
    // no other side goes to the other side of the talks it was made at
    if (R.kind == RelationKind::kPropose && !R.noun && !passive && !src.refs.empty() &&
        OtherParties(tgt.refs, src.refs).empty()) {
      std::vector<Ref> partner = TalksPartner(s, te);
      if (!partner.empty() && OtherParties(partner, src.refs).size() == partner.size()) {
        tgt.refs = partner;
        target_indirect = true;
      }
    }
    // "Three Palestinians were killed in an Israeli air strike": the victims of the passive killing the
    // attack noun is the means of
    if (R.kind == RelationKind::kAttack && R.noun && tgt.refs.empty() && !src.refs.empty()) {
      int k = ti - 1;
      while (k > 0 && (s.tok_list[k] >= 0 || (C(s, k) & kWDeterminer))) --k;
      if (k >= 2 && (Text(s, k, k + 1) == "in" || Text(s, k, k + 1) == "by")) {
        std::string_view v = Text(s, k - 1, k);
        if ((v == "killed" || v == "wounded" || v == "injured") && (C(s, k - 2) & kWBe)) {
          int victims = SubjectLeft(s, k - 3, false);
          if (victims >= 0) {
            std::vector<Ref> r = OtherParties(ListRefs(s, victims), src.refs);
            if (!r.empty()) {
              tgt.refs = r;
              tgt.list = victims;
              target_indirect = true;
            }
          }
        }
      }
    }
    // "Egypt accused Israel of ..., while Qatar also condemned the halt in aid": who also criticises, with
    // no one named, joins the criticism just made
    if (R.kind == RelationKind::kCriticize && tgt.refs.empty() && !R.noun && ti > 0 && Text(s, ti - 1, ti) == "also" &&
        !st_.criticized.empty() && s.index - st_.critics_sentence <= 1 && !src.refs.empty()) {
      std::vector<Ref> r = OtherParties(st_.criticized, src.refs);
      if (r.size() == st_.criticized.size()) {
        tgt.refs = r;
        target_indirect = true;
      }
    }
    // "Blinken condemned the attack": the attacker named last in the document; "condemned the
    // invasion", "denounced the move as illegal": whoever acted last
    if (R.kind == RelationKind::kCriticize && tgt.refs.empty() && !R.noun && !R.judged) {
      int k = te;
      for (int adjectives = 0; k < n && s.tok_list[k] < 0; ++k) {  // "the continued targeting", "Monday's attack"
        if ((C(s, k) & (kWDeterminer | kWTime)) || s.t[k].word == d_.w_s || s.t[k].Is(Token::kQuote)) continue;
        if (EndsWith(Text(s, k, k + 1), "ed") || Text(s, k, k + 1) == "ongoing") continue;
        bool adjective = !s.t[k].Is(Token::kUpper) && !s.t[k].Is(Token::kPunct) && !IsPrep(s, k) && !IsVerbLike(s, k) &&
                         !(C(s, k) & (kWAct | kWAccord | kWBoundary)) && !IsAttackNoun(Text(s, k, k + 1));
        if (!adjective || ++adjectives > 2) break;
      }
      if (k < n && s.tok_list[k] < 0) {
        std::vector<Ref> agent = ActAgent(s, ti, k, src.refs);
        if (!agent.empty()) {
          tgt.refs = agent;
          target_indirect = true;
        }
      }
      // "France agreed to supply Armenia with arms, a move Baku has condemned": an act in apposition to
      // the main clause, judged in a relative clause, is the main subject's
      if (tgt.refs.empty() && src.list >= 0 && ti - s.lists[src.list].last <= 2) {
        const List& L = s.lists[src.list];
        int noun = L.first - 1;
        // ("a test that the United States denounced": past the article of a name)
        if (noun > 0 && AsciiLower(Text(s, noun, noun + 1)) == "the") --noun;
        if (noun > 0 && (Text(s, noun, noun + 1) == "that" || Text(s, noun, noun + 1) == "which")) --noun;
        // ("fired missiles in exercises the United States denounced as reckless": or an act in an
        // adverbial)
        int opens = noun >= 1 && (C(s, noun - 1) & kWDeterminer) ? noun - 2 : noun - 1;
        bool act = noun >= 2 && opens >= 1 && s.tok_list[noun] < 0 && (C(s, noun) & kWAct) &&
                   ((s.t[opens].word == d_.w_comma && opens == noun - 2) ||
                    (s.tok_list[opens] < 0 &&
                     (Text(s, opens, opens + 1) == "in" || Text(s, opens, opens + 1) == "during")));
        if (act) {
          int main = MainSubject(s, opens);
          std::vector<Ref> r = main >= 0 && main != src.list ? OtherParties(ListRefs(s, main), src.refs) : std::vector<Ref>{};
          // ("China suspended imports as Japan began discharging the water, a move Beijing denounced": the
          // judge is not the actor; the subject of the nearest clause before the apposition)
          for (int k = opens - 1; r.empty() && k >= 0; --k) {
            int li = s.tok_list[k];
            if (li < 0 || li == src.list) continue;
            const List& C2 = s.lists[li];
            k = C2.first;
            if (!C2.usable || C2.place || C2.possessive || C2.adjectival || C2.last >= n) continue;
            std::string_view v = Text(s, C2.last, C2.last + 1);
            bool finite = IsVerbLike(s, C2.last) || Auxiliary(s, C2.last) || (EndsWith(v, "ed") && v.size() > 4) ||
                          v == "began" || v == "sent" || v == "took" || v == "made" || v == "gave" || v == "went";
            if (!finite) continue;
            r = OtherParties(ListRefs(s, li), src.refs);
          }
          if (!r.empty()) {
            tgt.refs = r;
            target_indirect = true;
          }
        }
      }
    }
    // "gave Niger's junta a week to reinstate Bazoum, warning that they could use force", "demanded that
    // Japan free the captain, warning that Beijing would act": a warning joined to a demand is put to
    // whom the demand was
    // (also ", imposing sanctions and warning that": a second participle)
    bool joined_warning = ti > 0 && (s.t[ti - 1].word == d_.w_comma || (s.t[ti - 1].word == d_.w_and && IsIng(Text(s, ti, ti + 1))));
    if (R.kind == RelationKind::kCriticize && joined_warning &&
        Text(s, ti, ti + 1).rfind("warn", 0) == 0 && st_.urge_sentence == s.index && !st_.urged.empty() &&
        WarningThreatens(s, te) &&
        !src.refs.empty() &&
        (tgt.refs.empty() || std::all_of(tgt.refs.begin(), tgt.refs.end(), [&](const Ref& t) {
           return std::any_of(src.refs.begin(), src.refs.end(), [&](const Ref& x) { return x.party == t.party; });
         })) &&
        std::any_of(st_.urgers.begin(), st_.urgers.end(), [&](const Ref& u) {
          return std::any_of(src.refs.begin(), src.refs.end(), [&](const Ref& x) { return x.party == u.party; });
        })) {
      tgt.refs = st_.urged;
      target_indirect = true;
    }
    // "Kyiv came under heavy Russian shelling", "Egypt was under attack from Israel": what came under it was
    // attacked
    if (R.kind == RelationKind::kAttack && tgt.refs.empty() && !src.refs.empty()) {
      int b = ti - 1;
      while (b > 1 && ti - b < 5 && Text(s, b, b + 1) != "under" &&
             (s.tok_list[b] < 0 ? IsPlainWord(s, b) || (C(s, b) & kWDeterminer) : s.lists[s.tok_list[b]].adjectival))
        --b;
      std::string_view came = b >= 1 ? Text(s, b - 1, b) : std::string_view();
      if (b >= 1 && Text(s, b, b + 1) == "under" &&
          (came == "came" || came == "come" || came == "comes" || came == "coming" || came == "was" || came == "were")) {
        // (only an attacker the phrase names: "came under Russian attack", "under attack by X")
        int main = src.list >= 0 && s.lists[src.list].first > b ? MainSubject(s, b - 1) : -1;
        if (main >= 0 && main != src.list) tgt = RoleOf(s, main);
      }
    }
    // "recognised the regions, drawing condemnation from Tbilisi", "faced criticism from X": what
    // drew the criticism is the main clause's subject
    // ("won the backing of President Clinton for his policy": the support went to the main subject)
    // ("came under pressure from Washington to", "Israel, under pressure from X, agreed": whom it presses)
    if ((R.kind == RelationKind::kCriticize || R.kind == RelationKind::kSupport || R.kind == RelationKind::kUrge) &&
        R.noun && tgt.refs.empty() && !src.refs.empty() && src.list >= 0 && s.lists[src.list].first > te) {
      auto drew_word = [&](std::string_view w) {
        return DrawsReaction(AsciiLower(w), R.kind == RelationKind::kSupport);
      };
      int b = ti - 1;  // ("drew an angry rebuke from Beijing": past the modifiers)
      while (b > 0 && s.tok_list[b] < 0 && ((C(s, b) & (kWDeterminer | kWQuantifier)) || IsPlainWord(s, b)) &&
             !Participle(s, b) && !IsIng(Text(s, b, b + 1)) && !drew_word(Text(s, b, b + 1)) && ti - b < 4)
        --b;
      // ("landed in Taipei in defiance of stark warnings from Beijing": what defies them)
      if (b > 0 && Text(s, b, b + 1) == "of" && Text(s, b - 1, b) == "defiance") --b;
      bool drew = b >= 0 && drew_word(Text(s, b, b + 1));
      if (drew) reaction_verb = b;
      int main = drew ? MainSubject(s, b) : -1;
      // ("At the request of Qatar, Hamas released": an opening phrase goes with the next subject)
      if (drew && b == 0 && main < 0) main = MainSubject(s, n);
      // ("a force sent by the CSTO at the request of X": the agent of the participle right before)
      if (drew && b >= 2 && AsciiLower(Text(s, b, b + 1)) == "at" && s.tok_list[b - 1] >= 0) {
        const List& A = s.lists[s.tok_list[b - 1]];
        if (A.last == b && A.marker >= 1 && s.t[A.marker].word == d_.w_by && A.usable && !A.place &&
            Participle(s, A.marker - 1))
          main = s.tok_list[b - 1];
      }
      // ("Morocco, with the backing of France, lobbied", "With Russia's support, Assad retook": who acts with it)
      // (only opening the sentence, or set off by commas right after its subject)
      if (!drew && s.t[ti].word == d_.w_with) {
        if (ti == 0) main = MainSubject(s, n);
        else if (ti >= 2 && s.t[ti - 1].word == d_.w_comma && s.tok_list[ti - 2] >= 0 &&
                 MainSubject(s, n) == s.tok_list[ti - 2])
          main = s.tok_list[ti - 2];
      }
      // ("Israel's plan drew criticism from Egypt", "His suggestion that ... drew rejections": what
      // drew it is the possessor's, the sentence's first actor)
      // ("Britain's decision not to invite Egypt drew ...": not the object of the noun's infinitive
      // or clause)
      if (drew && (main < 0 || !s.lists[main].usable || s.lists[main].first < b)) {
        int first = -1;
        for (int j = 0; j < b && first < 0; ++j)
          if (s.tok_list[j] >= 0) first = s.tok_list[j];
        int noun = first >= 0
                       ? s.lists[first].last +
                             (s.m[s.lists[first].members[0]].type == MentionType::kPronoun ? 0 : 1)
                       : -1;
        std::string_view after =
            noun >= 0 && noun + 1 < n ? Text(s, noun + 1, noun + 2) : std::string_view();
        bool complement = after == "to" || after == "not" || after == "that";
        if (first >= 0 && first != main && (main < 0 || complement || !s.lists[main].usable) &&
            s.lists[first].possessive && !s.lists[first].place && s.lists[first].last + 2 <= b &&
            (s.lists[first].first == 0 || (C(s, s.lists[first].first - 1) & kWDeterminer)) &&
            IsPlainWord(s, noun))
          main = first;
      }
      if (main >= 0 && main != src.list) {
        tgt = RoleOf(s, main);
        target_indirect = true;
      }
    }
    // "meeting a demand Asmara had made": the actor of a reduced relative clause on a demand is its
    // author, and the demand was made of the clause's subject
    if (R.noun && R.kind == RelationKind::kUrge && te < n && tgt.list >= 0 && s.lists[tgt.list].first == te &&
        !src.refs.empty()) {
      const List& L = s.lists[tgt.list];
      int v = L.last;
      while (v < n && s.tok_list[v] < 0 && Auxiliary(s, v) && !Participle(s, v)) ++v;
      std::string_view w = v < n && s.tok_list[v] < 0 ? Text(s, v, v + 1) : "";
      if (w == "made" || w == "issued" || w == "set" || w == "put" || w == "presented" || w == "sent" || w == "raised" ||
          w == "voiced" || w == "delivered" || w == "tabled" || w == "laid" || w == "pressed" || w == "repeated" ||
          w == "reiterated" || w == "submitted")
        std::swap(src, tgt);
    }
    if (R.judged && R.kind == RelationKind::kRespond) {
      // "Hamas said it had accepted the proposal, while Israel said the terms fell short of its demands": the
      // speaker judges the terms of what was just accepted (or proposed)
      bool terms = false;
      int said = -1;
      for (int j = ti - 1; j >= 0 && j >= ti - 24 && said < 0; --j) {
        if (s.tok_list[j] < 0 && (C(s, j) & kWReporting)) said = j;
        else terms = terms || (s.tok_list[j] < 0 && (C(s, j) & kWProposal));
      }
      int speaker = said > 0 ? SubjectLeft(s, said - 1, false) : -1;
      if (!terms || speaker < 0) return;
      src = RoleOf(s, speaker);
      tgt = Role{};
      // ("said Moon's proposal was a good idea": the possessor of the proposal judged)
      int author = -1;
      for (int j = said + 1; j < ti && author < 0; ++j) {
        int li = s.tok_list[j];
        if (li < 0 || !s.lists[li].possessive || s.lists[li].place) continue;
        int noun = ProposalNounAfter(s, PastPossessive(s, s.lists[li]));
        if (noun >= 0 && noun < ti) author = li;
        j = s.lists[li].last - 1;
      }
      if (author >= 0 && author != speaker) {
        tgt = RoleOf(s, author);
      } else {
        tgt.refs = st_.accept_sentence == s.index ? st_.accepters : st_.proposal_authors;
        target_indirect = true;
      }
    } else if (R.judged) {
      if (!Judged(s, ti, &src, &tgt)) return;
      target_indirect = true;
    }
    // "X said both sides had violated the truce": the speaker blames the subject
    if (R.reported) {
      if (s.speaker_list < 0 || src.refs.empty() || src.list == s.speaker_list) return;
      // (the subject right before the verb: "said both sides had violated", "said Cambodia must", not
      // "rejected the AU plan, saying any settlement must")
      if (src.list < 0 || ti < s.lists[src.list].last || ti - s.lists[src.list].last > 2) return;
      // (not the speaker of a relative: "a stance that X said was undermining the talks")
      for (int j = s.lists[src.list].last; j < ti; ++j)
        if (C(s, j) & kWReporting) return;
      tgt = src;
      src = RoleOf(s, s.speaker_list);
      // ("Zelenskiy said he planned to meet Xi, while Stoltenberg said Beijing lacked credibility": the
      // subject of the reporting verb right before the clause, when not the sentence's speaker)
      // (a participle's is the main clause's: "urged the Council..., saying Cairo would", "summoned the
      // ambassador..., warning that Washington would pay a price")
      int v = s.lists[tgt.list].first - 1;
      bool that = v > 0 && s.t[v].word == d_.w_that;
      if (that) --v;
      int who = -1;
      if (v > 0 && s.tok_list[v] < 0 && IsIng(Text(s, v, v + 1))) {
        if (s.t[v - 1].word == d_.w_comma && ((C(s, v) & kWReporting) || that)) who = MainSubject(s, v);
      } else if (v > 0 && s.tok_list[v] < 0 && (C(s, v) & kWReporting)) {
        int coordinated = -1;
        who = ClauseSubject(s, v, &coordinated);
      }
      if (who >= 0 && who != tgt.list && s.lists[who].usable && !s.lists[who].place) src = RoleOf(s, who);
      if (src.refs.empty() || src.list == tgt.list) return;
      target_indirect = true;
    }
    // "insisting that Algeria is the real party": a that-clause stating what is so demands nothing of its
    // subject (a demand takes the bare verb or a modal: "insisted that Israel withdraw", "must")
    if (R.kind == RelationKind::kUrge && te > ti && s.t[te - 1].word == d_.w_that && tgt.list >= 0 &&
        s.lists[tgt.list].first == te && s.lists[tgt.list].last + 1 < static_cast<int>(s.t.size())) {
      int v = s.lists[tgt.list].last;
      std::string_view w = Text(s, v, v + 1);
      bool stated = w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "had";
      if (stated && Text(s, v + 1, v + 2) != "to") return;
    }
    // "rejected a U.N. plan while Turkish Cypriots endorsed it": "it" after a proposal is the proposal,
    // which is answered (respond), not backed as an actor
    if (R.kind == RelationKind::kSupport && !R.noun && ProposalPronoun(s, ti, te)) return;
    // "Turkish soldiers are already in Tripoli": troops deployed somewhere pay no visit
    if (R.kind == RelationKind::kVisit && src.list >= 0 && s.lists[src.list].members.size() == 1 &&
        s.m[s.lists[src.list].members[0]].type == MentionType::kGroup && TroopsBefore(s, s.lists[src.list].last))
      return;
    if (kDebug)
      std::fprintf(stderr, "s%d %s [%s] src=%zu tgt=%zu subj=%d\n", s.index, R.id.c_str(),
                   std::string(Text(s, ti, te)).c_str(), src.refs.size(), tgt.refs.size(), subject);
    // "ambushed an army patrol near Jaffna", "attacked a police post in the town of X": unnamed state forces
    // (or unnamed people) attacked where they stand are that state's
    if (R.kind == RelationKind::kAttack && !R.noun && tgt.refs.empty() && !src.refs.empty()) {
      int n = static_cast<int>(s.t.size());
      static const std::set<std::string_view> kForces = {
          "police", "policemen", "army", "military", "troops", "soldiers", "patrol", "convoy", "base", "bases",
          "post", "posts", "checkpoint", "checkpoints", "garrison", "barracks", "outpost", "outposts",
          // ("killed 22 people on a bus in Tel Aviv": unnamed victims where they were)
          "people", "civilians", "villagers", "residents", "passengers", "worshippers"};
      int head = -1;
      for (int j = te; j < n && j < te + 6 && head < 0; ++j) {
        if (s.tok_list[j] >= 0 || s.t[j].Is(Token::kPunct) || IsPrep(s, j)) break;
        if (kForces.count(AsciiLower(Text(s, j, j + 1)))) head = j;
      }
      for (int j = head + 1; head >= 0 && j < n && j < head + 12; ++j) {
        if (s.t[j].Is(Token::kPunct) && s.t[j].word != d_.w_hyphen) break;
        int li = s.tok_list[j];
        if (li < 0) continue;
        const List& L = s.lists[li];
        std::string_view prep = L.marker >= 0 ? Text(s, L.marker, L.marker + 1) : "";
        bool near = prep == "in" || prep == "near" || prep == "outside" || prep == "at" || prep == "of";
        const Actor* state = L.place && near && L.members.size() == 1 ? kb_.Find(s.m[L.members[0]].party) : nullptr;
        if (state && state->kind == ActorKind::kCountry &&
            std::none_of(src.refs.begin(), src.refs.end(), [&](const Ref& r) { return r.party == state->id; })) {
          tgt.refs = {RefOfActor(*state, true)};
          tgt.span = {s.t[head].begin, s.t[head].end};
          target_indirect = true;
        }
        break;
      }
    }
    // "blamed the United States for the collision and demanded an apology": a demand naming no one is made
    // of the object of the verb it is joined to
    // (not one asked of someone unnamed: "asked the judges to order", "called for an investigation by X";
    // past commas: "urged every country in the region, Rwanda included, to stop")
    auto asked_of_other = [&] {
      for (int j = te; j < static_cast<int>(s.t.size()) && j < te + 12; ++j) {
        if (s.t[j].word == d_.w_semicolon || s.t[j].word == d_.w_quote) break;
        if (s.t[j].word == d_.w_to || s.t[j].word == d_.w_by || Text(s, j, j + 1) == "from") return true;
      }
      return false;
    };
    if (R.kind == RelationKind::kUrge && !R.noun && tgt.refs.empty() && !src.refs.empty() && ti >= 3 &&
        s.t[ti - 1].word == d_.w_and && !asked_of_other()) {
      for (int j = ti - 2; j >= 0; --j) {
        int li = s.tok_list[j];
        if (s.t[j].word == d_.w_semicolon || s.t[j].word == d_.w_quote ||
            (li < 0 && (C(s, j) & (kWReporting | kWRelative))))
          break;
        if (li < 0) continue;
        const List& L = s.lists[li];
        int v = L.marker;
        if (v < 0) break;  // (the clause's subject: no object before)
        bool verb = s.tok_list[v] < 0 && IsPlainWord(s, v) && !IsPrep(s, v) && s.t[v].word != d_.w_and &&
                    !(C(s, v) & (kWDeterminer | kWRelative | kWReporting | kWBoundary | kWTime));
        if (!verb) {  // (a phrase of the object: "for the collision between A and B")
          j = L.first;
          continue;
        }
        std::vector<Ref> obj = ListRefs(s, li);
        if (L.usable && !L.place && !obj.empty() && OtherParties(obj, src.refs).size() == obj.size()) {
          tgt = RoleOf(s, li);
          target_indirect = true;
        }
        break;
      }
    }
    // "called for the withdrawal of foreign troops from Afghanistan, in a rebuke to the Soviet
    // Union": foreign forces are those of the other party the sentence names after them
    if (R.kind == RelationKind::kUrge && tgt.refs.empty() && !src.refs.empty()) {
      int n = static_cast<int>(s.t.size());
      int f = -1;
      for (int j = te; j + 1 < n && j < te + 8 && f < 0; ++j) {
        if (s.tok_list[j] >= 0 || s.t[j].Is(Token::kPunct)) break;
        if (Text(s, j, j + 1) == "foreign" && (C(s, j + 1) & kWEnvoys)) f = j + 2;
      }
      for (int k = f; f >= 0 && k < n; ++k) {
        if (s.t[k].word == d_.w_semicolon || s.t[k].word == d_.w_quote) break;
        int li = s.tok_list[k];
        if (li < 0) continue;
        const List& L = s.lists[li];
        k = L.last - 1;
        std::vector<Ref> who = ListRefs(s, li);
        // (not where they are to leave: "from Afghanistan", "to leave Lebanon"; "a rebuke to the
        // Soviet Union" names a state, not a destination)
        std::string_view mk = L.marker >= 0 ? Text(s, L.marker, L.marker + 1) : std::string_view();
        bool left = mk == "from" || mk == "in" || mk == "of" || mk == "leave" || mk == "leaving" ||
                    mk == "quit" || mk == "into" || mk == "inside" || mk == "across";
        // ("the withdrawal of foreign troops from Afghanistan" after "the Soviet Union invaded
        // Afghanistan": with no other party named, the forces are those of who last attacked the state
        // they are to leave)
        if (L.usable && mk == "from" && who.size() == 1 && tgt.refs.empty() && st_.attack_pair.size() == 2 &&
            s.index - st_.attack_sentence <= 3 && st_.attack_pair[1].party == who[0].party &&
            OtherParties({st_.attack_pair[0]}, src.refs).size() == 1) {
          tgt.refs = {st_.attack_pair[0]};
          target_indirect = true;
        }
        if (!L.usable || left || who.empty() || OtherParties(who, src.refs).size() != who.size())
          continue;
        tgt = RoleOf(s, li);
        target_indirect = true;
        break;
      }
    }
    // "offered to order a ceasefire if Kyiv withdrew its troops": an offer on a condition is made to whoever
    // must meet it; "warned of retaliation if North Korea attacked again", "warned that Pakistan would
    // retaliate if India attacked": so is a threat
    bool threat = R.kind == RelationKind::kCriticize && R.cameo.rfind("13", 0) == 0 && !R.noun;
    bool own_side = !tgt.refs.empty() && OtherParties(tgt.refs, src.refs).empty();
    if (((R.kind == RelationKind::kPropose && !R.noun && tgt.refs.empty()) || (threat && (tgt.refs.empty() || own_side))) &&
        !src.refs.empty()) {
      int c = ConditionSubject(s, te);
      if (c >= 0 && OtherParties(ListRefs(s, c), src.refs).size() == ListRefs(s, c).size()) {
        tgt = RoleOf(s, c);
        target_indirect = true;
      }
    }
    if (condition_target >= 0) {
      tgt = RoleOf(s, condition_target);
      target_indirect = true;
    }
    // "accepted Pakistan's offer of a ceasefire and proposed that it be extended", "met Netanyahu
    // and proposed a pause", "held talks with Putin and pressed for": a proposal, demand or backing
    // of no one named, joined by "and" to what its source just did to someone, is addressed to them
    if ((R.kind == RelationKind::kPropose || R.kind == RelationKind::kSupport ||
         R.kind == RelationKind::kUrge) &&
        !R.noun && tgt.refs.empty() && !src.refs.empty()) {
      int li = CoordinatedAddressee(s, ti, src.refs);
      if (li >= 0) {
        tgt = RoleOf(s, li);
        target_indirect = true;
      }
    }
    // "agreed in talks with President Chun to provide $4 billion in economic aid": aid of no one
    // named, pledged by one side of a meeting this sentence told, goes to the other side
    if (R.kind == RelationKind::kSupport && !R.noun && tgt.refs.empty() && src.refs.size() == 1 &&
        st_.met_all_sentence == s.index && st_.met_all.size() == 2 &&
        W(s, ti - 1, d_.w_to)) {  // (a verb: not "discussed food supplies with X")
      const Ref& a = st_.met_all[0];
      const Ref& b = st_.met_all[1];
      if (a.id == src.refs[0].id && b.party != a.party)
        tgt.refs = {b};
      else if (b.id == src.refs[0].id && a.party != b.party)
        tgt.refs = {a};
      if (!tgt.refs.empty()) target_indirect = true;
    }
    // "laid out what he called an Israeli proposal", "an Israeli proposal was conveyed to Hamas by the
    // mediators": who the proposal is named after proposes it too, through whoever carries it
    // ("The proposal, drawn up by Witkoff, was handed to Araghchi by Albusaidi": its drafter too)
    if (R.kind == RelationKind::kPropose && R.proposes && !R.noun && !tgt.refs.empty()) {
      Span unused;
      std::vector<Ref> authors = NamedProposalAuthors(s, ti, te);
      if (authors.empty() && passive) authors = PassiveProposalAuthors(s, ti, &unused);
      for (const Ref& a : authors)
        if (std::none_of(src.refs.begin(), src.refs.end(), [&](const Ref& x) { return x.party == a.party; })) {
          src.refs.push_back(a);
          absent_authors.insert(a.id);  // (who proposes through a carrier is not where it is carried)
        }
    }
    if (R.proposes && !src.refs.empty()) {
      st_.proposal_authors = src.refs;
      st_.proposal_sentence = s.index;
      // ("Arab leaders adopted an Egyptian plan. Israel dismissed the plan": the plan stays Egypt's
      // too)
      if (tgt.refs.empty())
        for (const Ref& a : NamedProposalAuthors(s, ti, te))
          if (std::none_of(st_.proposal_authors.begin(), st_.proposal_authors.end(),
                           [&](const Ref& x) { return x.party == a.party; }))
            st_.proposal_authors.push_back(a);
    }
    if (R.kind == RelationKind::kUrge && R.cameo.rfind("10", 0) == 0 && !src.refs.empty()) {
      st_.demanders = src.refs;
      st_.demand_sentence = s.index;
    }
    // (a proposal put to someone is answered like an urging: "Egypt invited Hamas to Cairo, and
    // Hamas agreed to send a delegation")
    if ((R.kind == RelationKind::kUrge || R.kind == RelationKind::kPropose) && !src.refs.empty() &&
        !tgt.refs.empty()) {
      st_.urgers = src.refs;
      st_.urged = tgt.refs;
      st_.urge_sentence = s.index;
    }
    if (!proposal_seen_.empty()) {
      st_.proposal_authors = proposal_seen_;
      st_.proposal_sentence = s.index;
      proposal_seen_.clear();
    }
    if (VictimsOnly(s, src.list)) return;  // "American citizens flew to Doha" is no state's visit
    if (R.kind == RelationKind::kMeet && VictimsOnly(s, tgt.list)) return;  // "Turkey hosts Syrian refugees"
    if (R.no_capitals && tgt.list >= 0 &&
        std::all_of(s.lists[tgt.list].members.begin(), s.lists[tgt.list].members.end(),
                    [&](int k) { return s.m[k].capital || s.m[k].place; })) {
      // "shuttling between Riyadh and Doha": travel, a visit to each
      Relation base = NewRelation(s, RelationKind::kVisit, Ref{}, Ref{}, ti, te,
                                  ModalityOf(s, R, subject >= 0 ? s.lists[subject].last : 0, ti));
      base.confidence = conf;
      if (base.modality == Modality::kAsserted || base.modality == Modality::kPlanned)
        for (const Ref& x : src.refs)
          for (int k : s.lists[tgt.list].members) {
            const Actor* state = kb_.Find(s.m[k].party);
            if (!state || state->kind != ActorKind::kCountry || x.party.empty() || x.party == state->id) continue;
            AddVisit(base, {x.id, x.name, x.kind, x.party}, x.span, *state, {s.t[s.m[k].first].begin, s.t[s.m[k].last - 1].end},
                     "visit.shuttle", seen);
          }
      // (and between the two governments, unless the document's mediation is between others: "Burns has been
      // shuttling between Doha and Cairo" carries Israel's and Hamas's positions, not Qatar's and Egypt's)
      std::vector<Ref> states = DistinctParties(ListRefs(s, tgt.list));
      auto outside = [&](const std::vector<Ref>& sides) {
        return std::any_of(sides.begin(), sides.end(), [&](const Ref& p) {
          return std::none_of(states.begin(), states.end(), [&](const Ref& x) { return x.party == p.party; });
        });
      };
      bool others = outside(st_.pair) || outside(st_.sides);
      if (states.size() < 2 || others || !(base.modality == Modality::kAsserted || base.modality == Modality::kPlanned))
        return;
      tgt.refs = states;
    }
    // "Egypt clashed with the UAE over the wording": a clash of states or persons over something is words
    // (not "fighting between Azerbaijani and Armenian forces over Nagorno-Karabakh": the sides are the
    // list after "between", whoever the clause's subject is)
    if (R.kind == RelationKind::kAttack && R.mutual && !R.among && !Armed(src.refs) &&
        !Armed(tgt.refs))
      return;
    if (R.kind == RelationKind::kAttack && R.mutual && !R.among && tgt.list >= 0 &&
        s.lists[tgt.list].last < n &&
        Text(s, s.lists[tgt.list].last, s.lists[tgt.list].last + 1) == "over")
      return;
    // "A suicide bombing killed 40 Indian police, an attack claimed by Jaish-e-Mohammed": with no
    // attacker in its clause, an attack's is whoever the sentence says claimed it
    if (src.refs.empty() && R.kind == RelationKind::kAttack && !tgt.refs.empty()) {
      for (int j = te; j + 2 < n && src.refs.empty(); ++j) {
        // (an attack that was claimed: not "islands claimed by X")
        bool claimed_by = Text(s, j, j + 1) == "claimed" && s.t[j + 1].word == d_.w_by && j > 0 &&
                          IsAttackNoun(Text(s, j - 1, j));
        if (s.t[j].word == d_.w_semicolon || ((C(s, j) & kWReporting) && !claimed_by)) break;
        if (!claimed_by) continue;
        int k = j + 2;
        while (k < n && s.tok_list[k] < 0 && (C(s, k) & kWDeterminer)) ++k;
        if (k < n && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].usable &&
            !s.lists[s.tok_list[k]].place &&
            OtherParties(ListRefs(s, s.tok_list[k]), tgt.refs).size() ==
                ListRefs(s, s.tok_list[k]).size())
          src = RoleOf(s, s.tok_list[k]);
      }
    }
    if (src.refs.empty() && !(R.among && tgt.refs.size() >= 2)) return;
    // "A, B and C said ... and urged them": a list never acts on itself as a whole (but "accused each
    // other" does, on purpose)
    if (!each_other && !R.mutual && R.kind != RelationKind::kMeet && src.refs.size() >= 2 &&
        SameActors(src.refs, tgt.refs))
      return;
    if (src.indirect || target_indirect || tgt.indirect) conf *= kIndirectPenalty;
    // mediation: one record; meet with no target: every pair of the subject list
    int window = coordinated >= 0 ? coordinated : subject >= 0 ? s.lists[subject].last : 0;
    // "did not confirm it and accused": a second verb phrase has its own auxiliaries
    for (int k = window; !R.noun && k < ti; ++k) {
      std::string_view w = d_.vocab.Key(s.t[k].word);
      if ((w == "and" || w == "but") && s.tok_list[k + 1] < 0 && (k == 0 || s.tok_list[k - 1] < 0)) window = k;
    }
    if (by_agent) {  // "will be mediated by X": only the auxiliaries before the participle
      window = ti;
      while (Passive(s, ti) && window > 0 && s.tok_list[window - 1] < 0 && Auxiliary(s, window - 1) &&
             !(C(s, window - 1) & kWProposal))  // "the plan was accepted": "plan" is no "plans to"
        --window;
    }
    // ("X's decision not to invite Y drew criticism from Z": only the drawing verb's own cues)
    if (reaction_verb >= 0) window = std::max(window, reaction_verb - 2);
    Modality modality = ModalityOf(s, R, window, ti);
    // "voted to defend X against a possible attack and condemned Iraq's invasion of Kuwait": a possessed
    // attack has its own tense, not the cues of the clause before its possessor (a negation stays)
    if (R.noun && R.kind == RelationKind::kAttack && modality != Modality::kNegated && src.list >= 0 &&
        s.lists[src.list].possessive && s.lists[src.list].last < ti && ti - s.lists[src.list].last <= 6)
      modality = ModalityOf(s, R, std::max(window, s.lists[src.list].first), ti);
    if (controlled == 1 && modality != Modality::kNegated) modality = Modality::kHypothetical;
    if (controlled == 2 && modality == Modality::kAsserted) modality = Modality::kPlanned;
    // ("pledging to stop supporting each other's rebels", "ceased attacking": a deed whose stop its
    // doer tells is not done; one asked to stop goes on: "called on Israel to stop bombing Gaza")
    if (!R.noun && ti > 0 && IsIng(Text(s, ti, ti + 1)) && s.tok_list[ti - 1] < 0) {
      static constexpr std::string_view kStops[] = {"stop",  "stops",  "stopped", "stopping",
                                                    "cease", "ceases", "ceased",  "ceasing",
                                                    "quit",  "quits",  "halt",    "halted"};
      if (std::find(std::begin(kStops), std::end(kStops), Text(s, ti - 1, ti)) !=
          std::end(kStops)) {
        int asked = 0;  // ("called on Israel to stop bombing": the stop is only asked for)
        ClauseSubject(s, ti - 1, nullptr, &asked);
        if (asked != 1) modality = Modality::kNegated;
      }
    }
    // "did not accept the ruling", "neither accepted nor recognised it", "would not endorse it": an
    // acceptance negated right before its verb is a rejection that happened (not "has not yet accepted")
    Stance stance = R.stance;
    if (R.kind == RelationKind::kRespond && R.stance == Stance::kAccept && !R.noun && modality == Modality::kNegated) {
      bool local = false, yet = false;
      for (int k = ti - 1; k >= 0 && k >= ti - 3; --k) {
        std::string_view w = Text(s, k, k + 1);
        if (w == "not" || w == "n't" || w == "never" || w == "neither") local = true;
        // ("declined to endorse it", "has refused to sign a Russian plan")
        if (w == "to" && k > 0 &&
            (Text(s, k - 1, k) == "declined" || Text(s, k - 1, k) == "refused" || Text(s, k - 1, k) == "declines" ||
             Text(s, k - 1, k) == "refuses" || Text(s, k - 1, k) == "refusing" || Text(s, k - 1, k) == "declining"))
          local = true;
        if (w == "yet") yet = true;
        if (s.tok_list[k] >= 0 || s.t[k].Is(Token::kPunct)) break;
      }
      for (int k = te; k < std::min(n, te + 2); ++k) yet = yet || Text(s, k, k + 1) == "yet";
      if (local && !yet) {
        stance = Stance::kReject;
        modality = Modality::kAsserted;
      }
    }
    // "Blinken's visit to Cairo was postponed": a call-off after the target negates
    // "a meeting between A and B could take place": a modal right after a nominal trigger's phrase
    if (modality != Modality::kNegated) {
      int start = tgt.list >= 0 ? std::max(te, s.lists[tgt.list].last) : te;
      for (int k = start, words = 0; k < n && words < 8; ++k) {
        if (s.tok_list[k] >= 0) {
          k = s.lists[s.tok_list[k]].last - 1;
          continue;
        }
        ++words;
        bool prep_of_actor = IsPrep(s, k) && k + 1 < n && s.tok_list[k + 1] >= 0;  // "by Chilean President X"
        if (s.t[k].word == d_.w_comma || (C(s, k) & (kWBoundary | kWReporting | kWRelative)) ||
            (IsPrep(s, k) && !prep_of_actor))
          break;
        std::string_view w = Text(s, k, k + 1);
        // (not a verb with an object of its own: "mediation by Clinton delayed the ceremony")
        bool own_object = k + 1 < n && w != "called" && ((C(s, k + 1) & kWDeterminer) || s.tok_list[k + 1] >= 0);
        if (!own_object && (w == "postponed" || w == "cancelled" || w == "canceled" || w == "scrapped" ||
                            w == "delayed" || w == "shelved" || (w == "called" && k + 1 < n && Text(s, k + 1, k + 2) == "off"))) {
          modality = Modality::kNegated;
          break;
        }
        if (R.noun && (w == "could" || w == "might" || w == "may" || w == "would") && modality == Modality::kAsserted) {
          modality = Modality::kHypothetical;
          break;
        }
        if (R.noun && (w == "will" || w == "is" || w == "are") && k + 1 < n &&
            (Text(s, k + 1, k + 2) == "take" || Text(s, k + 1, k + 2) == "expected" || Text(s, k + 1, k + 2) == "scheduled" ||
             Text(s, k + 1, k + 2) == "due" || Text(s, k + 1, k + 2) == "set") &&
            (w == "will" || Text(s, k + 1, k + 2) != "take") && modality == Modality::kAsserted) {
          modality = Modality::kPlanned;
          break;
        }
      }
    }
    // "had no direct contact with X", "held talks not with X": a negation between verb and target
    // (not a warning's clause: "warned that Washington would not sign deals with X" is a warning all the same)
    bool warning_clause = R.that && !R.direct && R.kind == RelationKind::kCriticize;
    if (modality != Modality::kNegated && tgt.list >= 0 && s.lists[tgt.list].first > te && !warning_clause) {
      for (int k = te; k < s.lists[tgt.list].first; ++k) {
        // (not inside a closed relative clause: "took X, who had not been seen for months, to Y")
        if (s.t[k].word == d_.w_comma && k + 1 < n && (C(s, k + 1) & kWRelative)) {
          int e = k + 2;
          while (e < s.lists[tgt.list].first && s.t[e].word != d_.w_comma) ++e;
          if (e < s.lists[tgt.list].first) {
            k = e;
            continue;
          }
        }
        std::string_view w = d_.vocab.Key(s.t[k].word);
        if ((w == "no" || w == "not" || w == "never" || w == "n't") &&
            !(k + 1 < n && Text(s, k + 1, k + 2) == "only")) {
          modality = Modality::kNegated;
          break;
        }
      }
    }
    // "Russian, Turkish and Iranian officials shuttled between the two delegations": a mediator is never a
    // side; sides read as the mediators themselves are those of the talks at hand
    if (R.kind == RelationKind::kMediate && !tgt.refs.empty()) {
      std::vector<Ref> others = OtherParties(tgt.refs, src.refs);
      if (others.size() < 2 && others.size() < tgt.refs.size()) {
        std::vector<Ref> sides = OtherParties(st_.sides, src.refs);
        if (sides.size() >= 2) others = sides;
      }
      tgt.refs = others;
    }
    // "Merkel brought together Putin, Erdogan, Macron, Johnson and Conte": a host meets a gathering of
    // three or more sides; it mediates between two
    bool conference = R.conference && DistinctParties(OtherParties(tgt.refs, src.refs)).size() >= 3;
    std::string med_id;
    if (R.kind == RelationKind::kMediate && !conference) {
      Mediation med = NewMediation(s, modality);
      for (const Ref& r : src.refs) med.mediators.push_back({r.id, r.name, r.kind, r.party});
      for (const Ref& r : tgt.refs) {
        bool is_mediator = false;
        for (const Ref& m : src.refs) is_mediator = is_mediator || m.id == r.id;
        if (!is_mediator) med.parties.push_back({r.id, r.name, r.kind, r.party});
      }
      if (!tgt.refs.empty()) {
        st_.pair = tgt.refs;
        st_.pair_sentence = s.index;
        NotePair(tgt.refs, s.index);
      }
      if (tgt.refs.size() >= 2) {
        st_.sides = tgt.refs;
        st_.sides_sentence = s.index;
      }
      if (!src.refs.empty() && modality != Modality::kNegated) {
        st_.mediators = src.refs;
        for (const Ref& r : src.refs)
          if (!r.party.empty()) st_.mediator_parties.insert(r.party);
      }
      med_id = med.id;
      out_->mediations.push_back(std::move(med));
    }
    if (R.kind == RelationKind::kRespond && !src.refs.empty()) st_.responders = src.refs;
    if (R.kind == RelationKind::kRespond && R.stance == Stance::kAccept && !src.refs.empty() &&
        modality == Modality::kAsserted) {
      st_.accepters = src.refs;
      st_.accept_sentence = s.index;
    }
    if (R.kind == RelationKind::kPropose && !src.refs.empty() && !tgt.refs.empty() && modality == Modality::kAsserted) {
      st_.proposers = src.refs;
      st_.proposed_to = tgt.refs;
      st_.propose_sentence = s.index;
    }
    if (R.kind == RelationKind::kCriticize && !src.refs.empty() && !tgt.refs.empty() && modality == Modality::kAsserted) {
      st_.critics = src.refs;
      st_.criticized = tgt.refs;
      st_.critics_sentence = s.index;
    }
    // ("fired missiles at the base in retaliation for US strikes on its sites": the attack retaliated
    // for is background; "the attack" later means the retaliation)
    bool retaliated_for = false;
    for (int j = std::max(0, ti - 4); j < ti && !retaliated_for; ++j) {
      std::string_view w = Text(s, j, j + 1);
      retaliated_for = (w == "retaliation" || w == "revenge" || w == "response" || w == "reprisal") && j + 1 < ti &&
                       (Text(s, j + 1, j + 2) == "for" || Text(s, j + 1, j + 2) == "to");
    }
    if (R.kind == RelationKind::kAttack && !src.refs.empty() && !tgt.refs.empty() && modality == Modality::kAsserted &&
        !retaliated_for) {
      st_.attackers = src.refs;
      st_.attackers_sentence = s.index;
      std::vector<Ref> two;
      for (const std::vector<Ref>* side : {&src.refs, &tgt.refs})
        for (const Ref& r : *side)
          if (!r.party.empty() && two.size() < 3 &&
              std::none_of(two.begin(), two.end(), [&](const Ref& o) { return o.party == r.party; })) {
            const Actor* state = r.person() || r.kind == ActorKind::kGroup ? kb_.Find(r.party) : nullptr;
            two.push_back(state ? RefOfActor(*state, true) : r);
          }
      if (two.size() == 2) {
        st_.attack_pair = two;
        st_.attack_sentence = s.index;
      }
    }
    if (R.kind != RelationKind::kMeet && R.kind != RelationKind::kMediate && R.kind != RelationKind::kCriticize &&
        R.kind != RelationKind::kUrge && !src.refs.empty() && !tgt.refs.empty() && modality == Modality::kAsserted) {
      st_.agents = src.refs;
      st_.agents_sentence = s.index;
    }
    // "Qatar mediated between Israel and Hamas alongside Egypt", "... together with Egypt": who
    // mediates alongside the mediator mediates too, and is no side (so with a meeting: "Rubio met
    // Umerov together with Fidan")
    // (and a journey: "Lajcak travelled to Belgrade with the US envoy": who travels with the
    // visitor visits too)
    if ((R.kind == RelationKind::kMediate ||
         ((R.kind == RelationKind::kMeet || R.kind == RelationKind::kVisit) && !R.among &&
          !tgt.refs.empty())) &&
        !src.refs.empty()) {
      auto along = [&](int k) {  // "alongside" or "together/jointly with" right before token k
        if (k < 1) return false;
        std::string_view w = Text(s, k - 1, k);
        // (a visit's "with" right after the verb's own destination: not "take part in talks in
        // Washington with Egypt")
        bool after_destination = R.kind == RelationKind::kVisit && !R.noun && w == "with" &&
                                 k >= 2 && tgt.list >= 0 && s.tok_list[k - 2] == tgt.list &&
                                 s.lists[tgt.list].place && s.lists[tgt.list].marker >= te &&
                                 s.lists[tgt.list].marker - te <= 3;
        return w == "alongside" || after_destination ||
               (w == "with" && k >= 2 &&
                (Text(s, k - 2, k - 1) == "together" || Text(s, k - 2, k - 1) == "jointly"));
      };
      for (int li = 0; li < static_cast<int>(s.lists.size()); ++li) {
        const List& L = s.lists[li];
        // ("in Istanbul together with Fidan": a place before the co-agent in one list)
        if (L.first <= ti || !L.usable || (L.place && !along(s.m[L.members.back()].first)))
          continue;
        // (a meeting's co-host in its own clause only, and not whom the meeting was with: "a news
        // conference alongside Blinken")
        bool clause_break = false;
        for (int k = te; R.kind != RelationKind::kMediate && k < L.first && !clause_break; ++k)
          clause_break = s.tok_list[k] < 0 && (s.t[k].Is(Token::kPunct) ||
                                               (C(s, k) & (kWBoundary | kWReporting | kWRelative)));
        if (clause_break) break;
        bool co = false;  // from the first member after "alongside" on
        for (int mi : L.members) {
          int k = s.m[mi].first;
          if (k > 0 && (C(s, k - 1) & kWDeterminer)) --k;
          co = co || along(k);
          if (!co || s.m[mi].place || mi >= static_cast<int>(s.refs.size())) continue;
          for (const Ref& r : s.refs[mi]) {
            if (R.kind != RelationKind::kMediate &&
                std::any_of(tgt.refs.begin(), tgt.refs.end(),
                            [&](const Ref& x) { return x.id == r.id; }))
              continue;
            tgt.refs.erase(std::remove_if(tgt.refs.begin(), tgt.refs.end(), [&](const Ref& x) { return x.id == r.id; }),
                           tgt.refs.end());
            AddRef(&src.refs, r);
          }
        }
      }
    }
    bool pairwise = false;
    if (R.among) {  // "talks between Iran and the United States": the parties meet each other
      if (tgt.refs.size() < 2) return;
      src = tgt;
      pairwise = true;
    }
    if (tgt.refs.empty()) {
      // "A and B met": only auxiliaries and adverbs between the subject and the
      // verb; "A, B and C mediated talks" is no meeting among the mediators
      // ("The foreign ministers, A and B, negotiated": past an apposition naming the subject)
      int subject_end = subject >= 0 ? s.lists[subject].last : ti;
      if (subject >= 0 && subject_end + 1 < ti && s.t[subject_end].word == d_.w_comma &&
          s.tok_list[subject_end + 1] >= 0 && s.lists[s.tok_list[subject_end + 1]].last + 1 <= ti &&
          s.t[s.lists[s.tok_list[subject_end + 1]].last].word == d_.w_comma)
        subject_end = s.lists[s.tok_list[subject_end + 1]].last + 1;
      else if (subject >= 0 && subject_end < ti && s.t[subject_end].word == d_.w_comma && s.lists[subject].first > 0 &&
               s.t[s.lists[subject].first - 1].word == d_.w_comma)
        ++subject_end;  // (the subject is itself the apposition: "The ministers, A and B, negotiated")
      else if (subject >= 0 && subject_end < ti && s.t[subject_end].word == d_.w_comma && s.lists[subject].appositive)
        ++subject_end;  // ("Blinken and Egypt's foreign minister, Sameh Shoukry, met": the apposition's closing comma)
      // ("A and B opened a bridge and signed a joint declaration": a verb joined to the subject's first)
      bool joined = subject >= 0 && coordinated >= 0;
      for (int j = subject_end; joined && j < ti; ++j)
        if (s.t[j].word == d_.w_to) joined = false;  // (an infinitive's second verb)
      if (subject >= 0 && !joined && ti > subject_end + 1 && Text(s, ti - 1, ti) == "and") {
        joined = true;
        // (not an infinitive's second verb: "would travel to Washington to meet him and sign")
        for (int j = subject_end; j < ti && joined; ++j)
          if ((s.tok_list[j] >= 0 && s.tok_list[j] != subject && s.lists[s.tok_list[j]].usable &&
               !s.lists[s.tok_list[j]].place) ||
              s.t[j].word == d_.w_to)
            joined = false;
      }
      bool adjacent = R.together || (subject >= 0 && ti - subject_end <= 4 && !R.noun);
      // ("the presidents of A, B and C, who met in San Jose": a relative pronoun on the subject list)
      int rel_end = subject_end;
      if (rel_end < ti && s.t[rel_end].word == d_.w_comma) ++rel_end;
      // ("A and B, meeting in Beijing on Friday, declared": a participle set off after the subject)
      bool participle =
          rel_end == ti && rel_end > subject_end && !R.noun && IsIng(Text(s, ti, ti + 1));
      if (rel_end < ti && (Text(s, rel_end, rel_end + 1) == "who" || Text(s, rel_end, rel_end + 1) == "which"))
        ++rel_end;
      else if (!participle)
        rel_end = subject_end;
      if (rel_end == subject_end && ti - subject_end > 3) adjacent = false;
      for (int j = rel_end; j < ti; ++j)
        if (s.t[j].Is(Token::kPunct) || !Auxiliary(s, j)) adjacent = false;
      if (joined && !R.noun && R.kind == RelationKind::kMeet) adjacent = true;
      // "A and B held an unprecedented summit", "held a second round of talks": a light verb
      // and its object's modifiers between the subject and a meeting noun
      bool light = false;
      if (R.noun && R.kind == RelationKind::kMeet && subject >= 0 && ti - s.lists[subject].last <= 8) {
        int j = s.lists[subject].last;
        while (j < ti && s.tok_list[j] < 0 && Auxiliary(s, j) && !IsLightVerb(s, j)) ++j;
        light = j < ti && IsLightVerb(s, j);
        for (++j; light && j < ti; ++j) {
          // ("held their first public meeting": a possessive pronoun of the subject)
          bool their = s.tok_mention[j] >= 0 && s.m[s.tok_mention[j]].type == MentionType::kPronoun &&
                       s.m[s.tok_mention[j]].possessive;
          // ("held their countries' first-ever summit": the apostrophe of a plural possessive)
          // (and "first-ever": a hyphen inside a word)
          bool plural_apostrophe = s.t[j].word == d_.w_apos && j > 0 && EndsWith(Text(s, j - 1, j), "s");
          bool inner_hyphen = s.t[j].word == d_.w_hyphen && !s.t[j].Is(Token::kSpaceBefore);
          if ((s.t[j].Is(Token::kPunct) && !plural_apostrophe && !inner_hyphen) || (s.tok_list[j] >= 0 && !their) ||
              (s.t[j].Is(Token::kUpper) && !their) || (IsPrep(s, j) && s.t[j].word != d_.w_of))
            light = false;
        }
      }
      // "A and B agreed to restore ties after talks in Beijing", "After a meeting near Liverpool, A
      // and B said", "A and B concluded a deal in talks facilitated by X": a meeting noun in an
      // adverbial of time or circumstance is the subjects' own
      // ("At the meeting, the Arab states said": a region's states named as a bloc attended it with
      // others)
      bool bloc = subject >= 0 && s.lists[subject].members.size() == 1 &&
                  s.m[s.lists[subject].members[0]].desc == "regional";
      bool adverbial = false;  // the meeting noun stands in an adverbial ("after talks in Beijing")
      if (!light && !bloc && R.noun && R.kind == RelationKind::kMeet && subject >= 0) {
        // (seven words back, not counting a compound name and its hyphen)
        for (int j = ti - 1, steps = 0; j >= 0 && steps < 7; --j) {
          // ("after a week of African Union-led talks": a compound name modifies the noun)
          bool compound = s.tok_mention[j] >= 0 && s.m[s.tok_mention[j]].compound;
          if (compound || (s.t[j].word == d_.w_hyphen && !s.t[j].Is(Token::kSpaceBefore))) continue;
          ++steps;
          if (s.t[j].Is(Token::kPunct) || s.tok_list[j] >= 0) break;
          std::string_view w = Text(s, j, j + 1);
          if (w == "after" || w == "After" || w == "following" || w == "Following" || w == "during" ||
              w == "During" || w == "before" || w == "Before" ||
              // (", ending two days of talks", ", capping a week of negotiations")
              w == "ending" || w == "capping" || w == "concluding" ||
              // ("in mediating talks" is no meeting; "At a joint press conference, A and B": an article between)
              ((w == "in" || w == "at") && j == ti - 1) ||
              ((w == "at" || w == "At") && std::all_of(s.t.begin() + j + 1, s.t.begin() + ti, [&](const Token& t) {
                 return (d_.triggers.Cls(t.word) & kWDeterminer) != 0;
               }))) {
            adverbial = true;
            break;
          }
        }
      }
      if (adverbial && src.refs.size() >= 2) light = true;
      // "Putin offered Bush joint use of a radar station, after talks on the sidelines of the G8":
      // with one subject, the person its clause's verb took for object is whom it met
      if (adverbial && src.refs.size() == 1 && src.refs[0].person()) {
        for (int j = s.lists[subject].last; j < ti; ++j) {
          int li = s.tok_list[j];
          if (li < 0) continue;
          const List& O = s.lists[li];
          bool persons =
              O.usable && !O.place && !O.possessive &&
              std::all_of(O.members.begin(), O.members.end(), [&](int k) {
                return s.m[k].kind == ActorKind::kPerson && s.m[k].type == MentionType::kName;
              });
          int v = O.marker;
          bool verb = v >= 0 && s.tok_list[v] < 0 && IsPlainWord(s, v) && !IsPrep(s, v) &&
                      !(C(s, v) & (kWDeterminer | kWBoundary | kWRelative | kWTime)) &&
                      s.t[v].word != d_.w_and;
          if (persons && verb) {
            tgt = RoleOf(s, li);
            target_indirect = true;
          }
          break;
        }
      }
      // "Blinken and Sisi said their talks had been useful": a meeting noun whose possessor is a plural
      // pronoun for two or more sides is their meeting with each other
      if (!light && R.noun && R.kind == RelationKind::kMeet && src.list >= 0 && s.lists[src.list].possessive &&
          s.lists[src.list].last <= ti && ti - s.lists[src.list].last <= 3 &&
          s.m[s.lists[src.list].members[0]].type == MentionType::kPronoun && src.refs.size() >= 2)
        light = true;
      // "A and B signed separate agreements", "met the delegations separately": not with each other
      bool separate = false;
      for (int j = ti; j < std::min(n, te + 4); ++j)
        separate = separate || Text(s, j, j + 1) == "separate" || Text(s, j, j + 1) == "separately";
      if ((R.kind == RelationKind::kMeet || R.mutual) && (R.reciprocal || R.together || light) && !separate &&
          src.refs.size() >= 2 && (adjacent || light)) {
        pairwise = true;
        tgt = src;
      } else if (tgt.refs.empty()) {
        if (R.kind == RelationKind::kPropose && !R.noun && modality == Modality::kAsserted &&
            !src.refs.empty())
          untargeted_.push_back({src.refs, ti, te, R.id, conf});
        return;
      }
    }
    // "telephoned X", "spoke by phone with X": at a distance, so no place in the sentence is a visit
    bool remote = R.remote;
    // ("telephoned Major to discuss the islands": the call's verb a few words before another trigger)
    // ("discussed the Yugoslav crisis by telephone": or in the verb's own phrase after it)
    int call_end = te;
    while (call_end < n && call_end < te + 10 && s.t[call_end].word != d_.w_comma && s.t[call_end].word != d_.w_semicolon)
      ++call_end;
    for (int j = std::max(0, ti - 8); j < std::max(std::min(n, te + 3), call_end) && !remote; ++j) {
      std::string_view w = Text(s, j, j + 1);
      remote = w == "telephoned" || w == "phoned" ||
               ((w == "phone" || w == "telephone" || w == "videoconference" || w == "video") && j > 0 &&
                (Text(s, j - 1, j) == "by" || Text(s, j - 1, j) == "a" || Text(s, j - 1, j) == "the"));
    }
    std::string attributed;
    if (!s.speaker.empty() && s.speaker_list != src.list && s.speaker_list != tgt.list) {
      bool same = false;
      for (const Ref& r : src.refs) same = same || r.id == s.speaker[0].id;
      if (!same) attributed = s.speaker[0].id;
    }
    // "a demand put to him by X", "presented Hamas with an ultimatum": a demand put forward urges
    RelationKind kind = conference ? RelationKind::kMeet : R.kind;
    std::string cameo = conference ? "044" : R.cameo;
    if (kind == RelationKind::kPropose) {
      // ("sent Qatar a list of 13 demands": the object phrase, past "of" and numbers)
      int end = te;
      while (end < n && end < te + 9 && !s.t[end].Is(Token::kPunct) && (!IsPrep(s, end) || s.t[end].word == d_.w_of)) ++end;
      for (int j = std::max(0, ti - 3); j < std::min(n, std::max(te + 4, end)); ++j)
        if (s.tok_list[j] < 0 && (C(s, j) & kWDemandNoun) && !(C(s, j) & kWProposal && Text(s, j, j + 1) == "call")) {
          kind = RelationKind::kUrge;
          cameo = "100";
          break;
        }
    }
    for (std::size_t a = 0; a < src.refs.size(); ++a) {
      for (std::size_t b = 0; b < tgt.refs.size(); ++b) {
        if (pairwise && b <= a && !(R.mutual && b < a)) continue;
        const Ref& x = src.refs[a];
        Ref y = Counterpart(x, tgt.refs[b]);
        // ("the Houthis seized Sanaa", since their seat: a seat taken by its holder is of the state
        // it lies in)
        if (kind == RelationKind::kAttack && !y.id.empty() && x.id == y.id && tgt.list >= 0 &&
            std::any_of(s.lists[tgt.list].members.begin(), s.lists[tgt.list].members.end(),
                        [&](int m) { return s.m[m].capital; })) {
          const Actor* holder = kb_.Find(x.id);
          const Actor* home = holder && !holder->home.empty() ? kb_.Find(holder->home) : nullptr;
          if (home) y = RefOfActor(*home, y.indirect);
        }
        if (x.id.empty() || y.id.empty() || x.id == y.id) continue;
        // (among a list, two of one side do not meet each other: "the ministers of the two countries, A and B")
        if (pairwise && !x.party.empty() && x.party == y.party) continue;
        // "Zhu proposed that China and ASEAN study", "al-Hayya said Hamas wanted": a member never acts on
        // the party it belongs to, nor the party on its member
        if ((!x.party.empty() && x.party == y.id) || (!y.party.empty() && y.party == x.id)) continue;
        if (R.face_to_face && (remote || !FaceToFace(s, ti, te, x, y))) continue;
        if (!FirstSeen(seen, kind, x.id, y.id)) continue;
        Relation rel = NewRelation(s, kind, x, y, ti, te, modality);
        rel.stance = R.kind == RelationKind::kRespond ? (stance == Stance::kNone ? Stance::kMixed : stance)
                                                      : Stance::kNone;
        rel.attributed_to = attributed;
        rel.source_span = x.span.end > x.span.begin ? x.span : src.span;
        rel.target_span = y.span.end > y.span.begin ? y.span : tgt.span;
        rel.rule = R.id + (passive ? "+passive" : "") + (conference ? "+conference" : kind != R.kind ? "+demand" : "");
        rel.cameo = cameo;
        rel.confidence = conf * ((x.indirect || y.indirect) ? kIndirectPenalty : 1.0);
        rel.mediation = med_id;
        if (kind == RelationKind::kMeet && x.person() && y.person()) {
          st_.met = {x, y};
          st_.met_sentence = s.index;
        }
        if (kind == RelationKind::kMeet && modality == Modality::kAsserted) {
          if (st_.met_all_sentence != s.index) st_.met_all.clear(), st_.met_all_sentence = s.index;
          for (const Ref* p : std::initializer_list<const Ref*>{&x, &y})
            if (std::none_of(st_.met_all.begin(), st_.met_all.end(), [&](const Ref& o) { return o.id == p->id; }))
              st_.met_all.push_back(*p);
        }
        if (kind == RelationKind::kMeet && modality != Modality::kNegated && x.party != y.party) {
          st_.sides = MeetingSides(src.refs, tgt.refs, x, y);
          NotePair(st_.sides, s.index);
          st_.sides_sentence = s.index;
          std::string venue = Venue(s);
          // the first meeting a sentence places there: later ones in it are often restatements
          if (!venue.empty() && st_.venue_sentence[venue] != s.index) {
            st_.venue_sides[venue] = st_.sides;
            st_.venue_sentence[venue] = s.index;
          }
        }
        Relation met = rel;
        // "A clashed with B": B fought A too
        if (R.mutual && !pairwise && seen->insert({static_cast<int>(R.kind), y.id, x.id}).second) {
          Relation back = rel;
          std::swap(back.source, back.target);
          std::swap(back.source_span, back.target_span);
          out_->relations.push_back(std::move(back));
        }
        out_->relations.push_back(std::move(rel));
        // "asked Russia to send troops, but the Kremlin said it saw no grounds": what the side
        // urged or proposed to says back after ", but" answers the one who urged it
        if ((kind == RelationKind::kUrge || kind == RelationKind::kPropose) &&
            modality == Modality::kAsserted && !x.party.empty() && x.party != y.party) {
          Ref answerer;
          int v = AnswerAfterBut(s, te, y, &answerer);
          if (v >= 0 &&
              seen->insert({static_cast<int>(RelationKind::kRespond), answerer.id, x.id}).second) {
            Relation a =
                NewRelation(s, RelationKind::kRespond, answerer, x, v, v + 1, Modality::kAsserted);
            a.stance = Stance::kMixed;
            a.attributed_to = attributed;
            a.rule = R.id + "+answer";
            a.cameo = "020";
            a.confidence = conf * kIndirectPenalty;
            out_->relations.push_back(std::move(a));
          }
        }
        // "accepted a proposal it received from X": X proposed it to the responder; "rejected an
        // ultimatum from X": X demanded it of the responder
        RelationKind put = demand_from_ ? RelationKind::kUrge : RelationKind::kPropose;
        // ("would reject any aid conditions from the IMF": no conditions were put yet)
        bool any_object = false;
        for (int q = te; q < std::min(n, te + 3) && !any_object; ++q) any_object = Text(s, q, q + 1) == "any";
        // ("backed Morocco's plan": endorsing a proposal put to others)
        if (R.kind == RelationKind::kRespond && (proposal_from_ || demand_from_) && !any_object && x.party != y.party &&
            R.on_proposal != 1 && !R.named_author && !target_indirect && !RulingObject(s, te) &&
            !SignedAccordObject(s, te) &&
            seen->insert({static_cast<int>(put), y.id, x.id}).second) {
          Relation p = met;
          p.kind = put;
          std::swap(p.source, p.target);
          std::swap(p.source_span, p.target_span);
          p.stance = Stance::kNone;
          p.modality = Modality::kAsserted;
          p.rule = R.id + (demand_from_ ? "+demand" : "+proposal");
          p.cameo = demand_from_ ? "100" : "036";
          out_->relations.push_back(std::move(p));
          // "accepted Seoul's offer of high-level talks": the two are to meet
          if (R.stance == Stance::kAccept && modality == Modality::kAsserted && OfferOfTalks(s, te) &&
              seen->insert({static_cast<int>(RelationKind::kMeet), x.id, y.id}).second) {
            Relation m = met;
            m.kind = RelationKind::kMeet;
            m.stance = Stance::kNone;
            m.modality = Modality::kPlanned;
            m.rule = R.id + "+talks";
            m.cameo = "040";
            out_->relations.push_back(std::move(m));
          }
        }
        // "rejected U.S. accusations that it was behind the attacks": the accuser criticised the
        // responder
        if (R.kind == RelationKind::kRespond && accusation_from_ && x.party != y.party &&
            seen->insert({static_cast<int>(RelationKind::kCriticize), y.id, x.id}).second) {
          Relation c = met;
          c.kind = RelationKind::kCriticize;
          std::swap(c.source, c.target);
          std::swap(c.source_span, c.target_span);
          c.stance = Stance::kNone;
          c.modality = Modality::kAsserted;
          c.rule = R.id + "+accusation";
          c.cameo = "112";
          out_->relations.push_back(std::move(c));
        }
        // "called the Israeli proposal absurd": a proposal judged is rejected too
        if (R.judged && R.kind == RelationKind::kCriticize && judged_proposal_ && modality == Modality::kAsserted &&
            seen->insert({static_cast<int>(RelationKind::kRespond), x.id, y.id}).second) {
          Relation r = met;
          r.kind = RelationKind::kRespond;
          r.stance = Stance::kReject;
          r.rule = R.id + "+proposal";
          r.cameo = "120";
          out_->relations.push_back(std::move(r));
        }
        // "gave the junta a week to reinstate Bazoum or face the use of force": a demand backed by a threat
        if (R.threat && Threatened(s, te) && seen->insert({static_cast<int>(RelationKind::kCriticize), x.id, y.id}).second) {
          Relation t = met;
          t.kind = RelationKind::kCriticize;
          t.rule = R.id + "+threat";
          t.cameo = "130";
          out_->relations.push_back(std::move(t));
        }
        if (kind == RelationKind::kMeet && (modality == Modality::kAsserted || modality == Modality::kPlanned) &&
            !remote) {
          VenueVisit(s, met, met.source, met.source_span, met.target.party, seen);
          VenueVisit(s, met, met.target, met.target_span, met.source.party, seen);
          if (guests_visit) GuestVisit(s, met, te, seen);
          WhereVisit(s, met, ti, seen);
        }
        // "put the idea to Putin in Moscow", "pressed Assad in Damascus": said face to face, there
        // (in the verb's own phrase: not "urged X to halt the violence in Ukraine", "after fighting
        // in Khartoum") (and face to face is a meeting: "handed Larijani a package in Tehran")
        // ("presented a plan to the presidents of A, B and C": a rule that says it is put in the
        // hands of people, here named by their states)
        bool in_hands = R.in_person && !remote && modality == Modality::kAsserted &&
                        std::any_of(tgt.refs.begin(), tgt.refs.end(), [](const Ref& r) {
                          return r.person() || r.kind == ActorKind::kGroup;
                        });
        if ((R.kind == RelationKind::kPropose || R.kind == RelationKind::kUrge) && !R.noun &&
            (modality == Modality::kAsserted || modality == Modality::kPlanned) &&
            (y.person() || in_hands) && !absent_authors.count(x.id) && x.person()) {
          Relation m = met;
          m.kind = RelationKind::kMeet;
          m.rule = R.id + "+in-person";
          m.cameo = "040";
          m.confidence = met.confidence * kDistantPenalty;
          if ((VenueVisit(s, met, met.source, met.source_span, met.target.party, seen, ti,
                          PhraseEnd(s, te)) ||
               VisitedOnTheWay(s, ti, met)) &&
              FirstSeen(seen, RelationKind::kMeet, x.id, y.id))
            out_->relations.push_back(std::move(m));
          else if (in_hands)  // (after the sentence's own meeting rules, which place it)
            in_hands_.push_back(std::move(m));
        }
      }
    }
    if (R.hosts && modality != Modality::kNegated && modality != Modality::kHypothetical)
      HostedSides(s, src.refs, tgt.refs, ti, te, modality, /*named=*/!earlier_sides, seen);
    // "Rubio and Fidan met the Ukrainian delegation in a trilateral format": two sides meeting a
    // third together met each other
    if (R.kind == RelationKind::kMeet && !R.noun && !tgt.refs.empty() && src.refs.size() >= 2 &&
        (modality == Modality::kAsserted || modality == Modality::kPlanned)) {
      bool jointly = false;
      for (int k = 0; k < static_cast<int>(s.t.size()) && !jointly; ++k) {
        std::string_view w = Text(s, k, k + 1);
        jointly = w == "trilateral" || w == "three-way" || w == "jointly" || w == "together";
      }
      if (jointly)
        MetEachOther(s, R, OneOfEachParty(OtherParties(src.refs, tgt.refs)), ti, te, modality, conf,
                     seen);
    }
    // "held a trilateral summit with Marcos and Kishida": the two others at a summit met each other
    // too
    if (R.kind == RelationKind::kMeet && R.noun &&
        (modality == Modality::kAsserted || modality == Modality::kPlanned)) {
      std::string_view noun = Text(s, te - 1, te),
                       before = ti > 0 ? Text(s, ti - 1, ti) : std::string_view();
      if (noun == "summit" || before == "trilateral" || before == "three-way")
        MetEachOther(s, R, OneOfEachParty(OtherParties(tgt.refs, src.refs)), ti, te, modality, conf,
                     seen);
    }
    if (!absent_authors.empty() && (modality == Modality::kAsserted || modality == Modality::kPlanned))
      CarriersMediate(s, R, src, tgt.refs, absent_authors, ti, te, modality, seen);
    // "Anwar hosted talks between A and B": the host met each side of the talks it mediated
    // ("Tamim brought Tshisekedi and Kagame together": whoever brings two sides together meets them, and they
    // meet each other)
    bool brought_together = R.direct && tgt.list >= 0;
    // ("A and B signed a declaration after two days of talks hosted by Bashir": the host of the
    // talks the sides held; a state that hosts talks gives them a place, a person sits with them)
    // ("talks in Malaysia hosted by Anwar between A and B": past the talks' place)
    bool hosted_talks =
        by_agent && ti > 0 && GatheringBefore(s, ti) == Gathering::kTalks && !src.refs.empty() &&
        std::all_of(src.refs.begin(), src.refs.end(), [](const Ref& r) { return r.person(); });
    if (R.host_meets && (hosted_talks || (!by_agent && !passive && tgt.list >= 0 &&
                                          ((s.lists[tgt.list].marker >= 0 && s.t[s.lists[tgt.list].marker].word == d_.w_between) ||
                                           brought_together))) &&
        !conference && !med_id.empty() &&
        (modality == Modality::kAsserted || modality == Modality::kPlanned) && tgt.refs.size() >= 2) {
      auto meet = [&](const Ref& h, const Ref& g) {
        if (h.id.empty() || g.id.empty() || h.party.empty() || h.party == g.party) return;
        if (!FirstSeen(seen, RelationKind::kMeet, h.id, g.id)) return;
        Relation rel = NewRelation(s, RelationKind::kMeet, h, g, ti, te, modality);
        rel.rule = R.id + "+meet";
        rel.cameo = "043";
        rel.confidence = conf * 0.9;
        rel.mediation = med_id;
        out_->relations.push_back(std::move(rel));
      };
      for (const Ref& h : src.refs)
        for (const Ref& g : tgt.refs) meet(h, g);
      if (brought_together)
        for (std::size_t a = 0; a < tgt.refs.size(); ++a)
          for (std::size_t b = a + 1; b < tgt.refs.size(); ++b) meet(tgt.refs[a], tgt.refs[b]);
    }
  }

  // "Michel hosted Pashinyan and Aliyev for a third round of talks", "A and B signed a treaty at a
  // ceremony hosted by X": guests of two other sides met each other, and the host mediated between
  // them; guests `named` only in earlier sentences ("That meeting, hosted by X") only over talks.
  void HostedSides(const Sentence& s, const std::vector<Ref>& hosts, const std::vector<Ref>& guests,
                   int ti, int te, Modality modality, bool named,
                   std::set<std::tuple<int, std::string, std::string>>* seen) {
    std::vector<Ref> distinct = OneOfEachParty(OtherParties(guests, hosts));
    if (distinct.size() != 2 || hosts.empty()) return;
    int n = static_cast<int>(s.t.size());
    bool talks = false, occasion = false;
    // ("hosted Putin and Zelensky in Paris for the first summit on the conflict": a summit of the
    // sides; "hosted Netanyahu and Sisi for a dinner": hospitality)
    for (int j = te; j < n && j < te + 22 && !talks && !occasion && s.t[j].word != d_.w_semicolon &&
                     !(C(s, j) & kWRelative);
         ++j) {
      talks = IsTalksNoun(s, j) || Text(s, j, j + 1) == "round" || Text(s, j, j + 1) == "summit" ||
              Text(s, j, j + 1) == "conference";
      occasion = C(s, j) & kWOccasion;
    }
    auto push = [&](RelationKind kind, const Ref& x, const Ref& y, const char* rule,
                    const char* cameo) {
      if (!FirstSeen(seen, kind, x.id, y.id)) return;
      Relation rel = NewRelation(s, kind, x, y, ti, te, modality);
      rel.rule = rule;
      rel.cameo = cameo;
      rel.confidence = 0.65;
      out_->relations.push_back(std::move(rel));
    };
    push(RelationKind::kMeet, distinct[0], distinct[1], "meet.host+guests", "040");
    if (talks || (named && !occasion))
      for (const Ref& h : hosts)
        for (const Ref& g : distinct) push(RelationKind::kMediate, h, g, "mediate.host+guests", "045");
  }

  // Whether `x` addressed `y` (a person or people) at the trigger [ti, te) face to face: the
  // sentence has `x` meeting ("leaders meeting in Jakarta told"), on a visit to y's state ("arrived
  // in Kazakhstan and told"), in y's state ("told Indian leaders in New Delhi") or has `y` visiting
  // ("told visiting Albanese")
  bool FaceToFace(const Sentence& s, int ti, int te, const Ref& x, const Ref& y) const {
    if (!(y.person() || y.kind == ActorKind::kGroup) || y.party.empty()) return false;
    int n = static_cast<int>(s.t.size());
    for (int k = 0; k < ti; ++k)
      if (s.t[k].begin >= x.span.end && s.tok_list[k] < 0 && Text(s, k, k + 1) == "meeting")
        return true;
    for (int k = 1; k < n; ++k)
      if (s.t[k].begin == y.span.begin && Text(s, k - 1, k) == "visiting") return true;
    if (VisitSaid(s, x.id, y.party, 0, s.t[ti].begin)) return true;
    // ("NUR-SULTAN - Xi told Kazakh President Tokayev": a foreigner speaking to someone in the
    // dateline's state, where the story is)
    if (here_ && here_->party == y.party && x.party != y.party && y.person()) {
      const Actor* home = kb_.Find(x.party);
      if (home && home->kind == ActorKind::kCountry) return true;
    }
    int end = PhraseEnd(s, te);
    for (const List& L : s.lists) {
      if (!L.place || L.first < te || L.first >= end || L.marker < 0 || L.members.size() != 1)
        continue;
      std::string_view prep = Text(s, L.marker, L.marker + 1);
      if ((prep == "in" || prep == "at") && s.m[L.members[0]].party == y.party) return true;
    }
    return false;
  }

  // "Scholz, on a visit to Moscow, urged Putin", "arrived in Kabul and pressed Karzai": the source
  // of `act` was said, between its name and the act, to visit the state of the act's target (both
  // happened)
  bool VisitedOnTheWay(const Sentence& s, int ti, const Relation& act) const {
    // (an apposition closing right before the act)
    if (ti < 1 || s.t[ti - 1].word != d_.w_comma || act.modality != Modality::kAsserted)
      return false;
    return VisitSaid(s, act.source.id, act.target.party, act.source_span.end,
                     act.trigger_span.begin);
  }

  // Whether sentence `s` has said, by a trigger inside the bytes [from, to), that `who` visited
  // `state` (an asserted visit)
  bool VisitSaid(const Sentence& s, std::string_view who, std::string_view state, std::size_t from,
                 std::size_t to) const {
    for (auto it = out_->relations.rbegin();
         it != out_->relations.rend() && it->sentence == s.index; ++it)
      if (it->kind == RelationKind::kVisit && it->source.id == who && it->target.id == state &&
          it->modality == Modality::kAsserted && it->trigger_span.begin >= from &&
          it->trigger_span.end <= to)
        return true;
    return false;
  }

  // Whether [from, to) holds a subordinate clause with a subject of its own: "after", "when" or
  // "because" and a noun phrase, then a verb ("after a convoy came under fire").
  bool ClauseBetween(const Sentence& s, int from, int to) const {
    for (int k = from; k + 2 < to; ++k) {
      std::string_view w = Text(s, k, k + 1);
      if (w != "after" && w != "before" && w != "when" && w != "while" && w != "because") continue;
      if (!(C(s, k + 1) & kWDeterminer) && s.tok_list[k + 1] < 0) continue;
      for (int v = k + 2; v < to; ++v) {
        std::string_view x = Text(s, v, v + 1);
        if (s.tok_list[v] < 0 && !s.t[v].Is(Token::kUpper) &&
            ((C(s, v) & kWBe) || x == "came" || x == "went" || x == "fell" || x == "broke" ||
             x == "began"))
          return true;
      }
    }
    return false;
  }

  // "held talks with Erdogan in Ankara", "hosted X at the White House": meeting the
  // host's own side in the host's state (a place after "in"/"at", never a metonym) is a visit
  // there. A meeting in a third state is not coded as a visit (the seeds' gold does not: "talks in
  // Paris"). Only places whose list starts in [lo, hi) count.
  bool VenueVisit(const Sentence& s, const Relation& meeting, const ActorRef& who, Span who_span,
                  const std::string& host_side,
                  std::set<std::tuple<int, std::string, std::string>>* seen, int lo = 0,
                  int hi = 1 << 30) {
    // ("talks in Moscow between the ministers", "held talks with X in Y": the meeting's own place comes first)
    std::vector<const List*> order;
    int ti = -1, te = -1;
    for (int k = 0; k < static_cast<int>(s.t.size()); ++k) {
      if (s.t[k].begin == meeting.trigger_span.begin) ti = k;
      if (s.t[k].end == meeting.trigger_span.end) te = k + 1;
    }
    int own_end = ti >= 0 && te > ti ? PhraseEnd(s, te) : -1;
    for (const List& L : s.lists)
      if (own_end >= 0 && L.first >= te && L.first < own_end) order.push_back(&L);
    for (const List& L : s.lists)
      if (std::find(order.begin(), order.end(), &L) == order.end()) order.push_back(&L);
    for (const List* lp : order) {
      const List& L = *lp;
      if (L.marker < 0 || L.members.size() != 1 || L.first < lo || L.first >= hi) continue;
      // ("had spoken with X ... after a U.S. diplomatic convoy came under fire in Khartoum": a
      // place in a later clause with a subject and verb of its own)
      if (te > 0 && L.first > te && ClauseBetween(s, te, L.marker)) continue;
      // ("a ceasefire in Nagorno-Karabakh", "hostages held in Tehran": where something goes on)
      if (L.marker >= 1 && (C(s, L.marker - 1) & kWScene)) continue;
      std::string_view prep = d_.vocab.Key(s.t[L.marker].word);
      // ("in the Mediterranean city of El Alamein": the preposition of the place noun's phrase)
      if (prep == "of" && L.marker >= 2 && (C(s, L.marker - 1) & kWPlaceNoun))
        for (int k = L.marker - 2; k >= 0 && k >= L.marker - 6; --k) {
          if (s.tok_list[k] >= 0 && !s.lists[s.tok_list[k]].adjectival) break;
          if (s.tok_list[k] < 0 && IsPrep(s, k)) {
            prep = d_.vocab.Key(s.t[k].word);
            break;
          }
          if (s.tok_list[k] < 0 && (s.t[k].Is(Token::kPunct) || IsVerbLike(s, k) ||
                                    (C(s, k) & (kWBoundary | kWReporting))))
            break;
        }
      // a place, or a seat of the host's government: "at the White House"
      bool seat = prep == "at" && s.m[L.members[0]].kind == ActorKind::kOrganization;
      if (!(L.place || seat) || (prep != "in" && prep != "at" && prep != "near" && prep != "outside")) continue;
      if (!seat && !VisitTarget(s, L)) return false;
      const Mention& m = s.m[L.members[0]];
      if ((m.kind != ActorKind::kCountry && !seat) || m.party.empty() || m.party == who.party || who.party.empty() ||
          m.party != host_side)
        return false;
      const Actor* state = kb_.Find(m.party);
      if (!state || state->kind != ActorKind::kCountry) return false;
      // (a body of states named as such at a meeting pays no visit; its envoys, named as persons,
      // do)
      if (Multilateral(who)) return false;
      AddVisit(meeting, who, who_span, *state, {s.t[L.first].begin, s.t[L.last - 1].end}, "visit.venue", seen);
      return true;
    }
    return false;
  }

  // "flew to Rome from Moscow, where he held talks with Lavrov": a meeting in a "where"
  // clause after a place happened there; whoever met there from another state visited it.
  void WhereVisit(const Sentence& s, const Relation& meeting, int ti,
                  std::set<std::tuple<int, std::string, std::string>>* seen) {
    int w = ti - 1;
    while (w > 1 && Text(s, w, w + 1) != "where" && s.t[w].word != d_.w_comma) --w;
    if (w < 2 || Text(s, w, w + 1) != "where" || s.t[w - 1].word != d_.w_comma) return;
    int li = s.tok_list[w - 2];
    if (li < 0 || !s.lists[li].place || s.lists[li].members.size() != 1) return;
    const Actor* state = kb_.Find(s.m[s.lists[li].members[0]].party);
    if (!state || state->kind != ActorKind::kCountry) return;
    for (const ActorRef* who : {&meeting.source, &meeting.target}) {
      if (who->party.empty() || who->party == state->id || who->kind != ActorKind::kPerson) continue;
      AddVisit(meeting, *who, who == &meeting.source ? meeting.source_span : meeting.target_span, *state,
               {s.t[s.lists[li].first].begin, s.t[s.lists[li].last - 1].end}, "visit.where", seen);
    }
  }

  // "Ruto hosted Dagalo": a guest of a state's host visits that state, unless the
  // sentence places the meeting somewhere (VenueVisit decides then).
  void GuestVisit(const Sentence& s, const Relation& meeting, int te,
                  std::set<std::tuple<int, std::string, std::string>>* seen) {
    const Actor* state = kb_.Find(meeting.source.party);
    // a place of another state moves the meeting there ("hosted X in Doha"); the host's own city does not
    // (nor a place past the verb's phrase: "hosted X, as leaders step up efforts to end the war in Sudan")
    int end = PhraseEnd(s, te);
    for (const List& L : s.lists)
      if (L.place && L.first < end)
        for (int k : L.members)
          if (!state || s.m[k].party != state->id) return;
    if (!state || state->kind != ActorKind::kCountry || meeting.target.party.empty() ||
        meeting.target.party == state->id || Multilateral(meeting.target))
      return;
    AddVisit(meeting, meeting.target, meeting.target_span, *state, meeting.source_span, "visit.guest", seen);
  }

  // The first of `refs` of each party, in order (parties unknown left out).
  static std::vector<Ref> OneOfEachParty(const std::vector<Ref>& refs) {
    std::vector<Ref> out;
    for (const Ref& r : refs)
      if (!r.party.empty() &&
          std::none_of(out.begin(), out.end(), [&](const Ref& o) { return o.party == r.party; }))
        out.push_back(r);
    return out;
  }

  // When `two` holds exactly two sides, the meeting the trigger [ti, te) tells that they held with
  // each other ("`R.id`+together").
  void MetEachOther(const Sentence& s, const TriggerRule& R, const std::vector<Ref>& two, int ti,
                    int te, Modality modality, double conf,
                    std::set<std::tuple<int, std::string, std::string>>* seen) {
    if (two.size() != 2 || !FirstSeen(seen, RelationKind::kMeet, two[0].id, two[1].id)) return;
    Relation rel = NewRelation(s, RelationKind::kMeet, two[0], two[1], ti, te, modality);
    rel.rule = R.id + "+together";
    rel.confidence = conf * kDistantPenalty;
    out_->relations.push_back(std::move(rel));
  }

  // Whether `who` is an organization of states (the UN, the AU), not a movement or party at home
  // somewhere.
  bool Multilateral(const ActorRef& who) const {
    const Actor* a = who.kind == ActorKind::kOrganization ? kb_.Find(who.id) : nullptr;
    return a && a->home.empty() && !a->armed;
  }

  // A visit of `who` to `state` that a meeting implies, with the meeting's evidence and
  // modality (once per visitor and state in a sentence).
  void AddVisit(const Relation& meeting, const ActorRef& who, Span who_span, const Actor& state, Span state_span,
                const char* rule, std::set<std::tuple<int, std::string, std::string>>* seen) {
    if (!seen->insert({static_cast<int>(RelationKind::kVisit), who.id, state.id}).second) return;
    Relation v = meeting;
    v.kind = RelationKind::kVisit;
    v.source = who;
    v.source_span = who_span;
    v.target = {state.id, state.name, state.kind, state.party};
    v.target_span = state_span;
    v.rule = rule;
    v.cameo = "042";
    v.confidence = meeting.confidence * kDistantPenalty;
    v.mediation.clear();
    out_->relations.push_back(std::move(v));
  }

  // The two sides of a meeting: a host's guests of two states ("Trump hosted
  // Aliyev and Pashinyan") rather than the host and one guest.
  static std::vector<Ref> MeetingSides(const std::vector<Ref>& hosts, const std::vector<Ref>& guests, const Ref& x,
                                       const Ref& y) {
    std::vector<Ref> r;
    for (const Ref& g : guests)
      if (std::none_of(hosts.begin(), hosts.end(), [&](const Ref& h) { return h.party == g.party; }) &&
          std::none_of(r.begin(), r.end(), [&](const Ref& o) { return o.party == g.party; }))
        r.push_back(g);
    if (r.size() >= 2) return r;
    return {x, y};
  }

  // The parties of a mediation whose verb names none: "swaps between A and B
  // were brokered by X", else the last parties mediated between or met.
  std::vector<Ref> MediatedParties(const Sentence& s, int ti, bool sides, const std::vector<Ref>& mediators,
                                   bool history = true, bool subject_first = false) const {
    int n = static_cast<int>(s.t.size());
    // "A and B agreed a truce after talks hosted by X": the subject's two sides
    auto subject_sides = [&]() -> std::vector<Ref> {
      int subject = MainSubject(s, ti);
      if (subject < 0) return {};
      std::vector<Ref> r = OtherParties(ListRefs(s, subject), mediators);
      // ("A and B signed a peace agreement with C after talks brokered by X": the accord's partner
      // is a side too)
      // (a signing verb, its accord right before "with": not "signed accords in Geneva, with the US acting as
      // guarantor")
      for (int j = s.lists[subject].last; j + 1 < ti; ++j) {
        if (s.tok_list[j] >= 0 || !SignsAccord(Text(s, j, j + 1))) continue;
        int a = j + 1;
        while (a < ti && a < j + 5 && s.tok_list[a] < 0 && !(C(s, a) & kWAccord) &&
               ((C(s, a) & kWDeterminer) || IsPlainWord(s, a)))
          ++a;
        if (a + 1 >= ti || s.tok_list[a] >= 0 || !(C(s, a) & kWAccord) || s.t[a + 1].word != d_.w_with) break;
        int k = a + 2;
        while (k < ti && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
        if (k < ti && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].usable && !s.lists[s.tok_list[k]].place)
          for (const Ref& x : OtherParties(ListRefs(s, s.tok_list[k]), mediators)) AddRef(&r, x);
        break;
      }
      // ("Kibaki and the opposition leader Odinga": two people of one state are its two sides too)
      bool two_people = r.size() == 2 && r[0].person() && r[1].person() && r[0].id != r[1].id;
      if (r.size() >= 2 && (r[0].party != r[1].party || two_people)) return r;
      return {};
    };
    for (int j = 0; j < ti && j + 1 < n; ++j) {
      if (s.t[j].word != d_.w_between) continue;
      int k = j + 1;
      while (k < ti && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
      if (k < ti && s.tok_list[k] >= 0) {
        std::vector<Ref> r = ListRefs(s, s.tok_list[k]);
        // ("talks between Israel and the militants": the one side known, when two are named;
        // "between the Syrian government and rebel groups": the other a noun no actor stands for)
        const List& B = s.lists[s.tok_list[k]];
        int o = B.last + 1;
        while (o < ti && s.tok_list[o] < 0 && (C(s, o) & kWDeterminer)) ++o;
        bool unnamed_other = B.last + 1 < ti && s.t[B.last].word == d_.w_and && o < ti &&
                             s.tok_list[o] < 0 && IsPlainWord(s, o) && !s.t[o].Is(Token::kUpper);
        if (r.size() >= 2 || (r.size() == 1 && (B.members.size() >= 2 || unnamed_other))) return r;
      }
    }
    int subject = MainSubject(s, ti);
    // the clause's subject and the accord's partner ("a ceasefire with Hezbollah"), when of two sides
    auto subject_and_partner = [&](int partner) -> std::vector<Ref> {
      std::vector<Ref> r = OtherParties(ListRefs(s, subject), mediators);
      for (const Ref& x : OtherParties(ListRefs(s, partner), mediators)) r.push_back(x);
      if (r.size() >= 2 && r[0].party != r.back().party) return r;
      return {};
    };
    // "approved a ceasefire with Hezbollah brokered by the US"
    if (ti >= 2 && s.tok_list[ti - 1] >= 0 && subject >= 0) {
      const List& W = s.lists[s.tok_list[ti - 1]];
      // ("talks in Madrid with their leaders brokered by X": past the venue)
      int q = W.first - 2;
      if (q >= 0 && s.tok_list[q] >= 0 && s.lists[s.tok_list[q]].place &&
          s.lists[s.tok_list[q]].marker >= 1 &&
          Text(s, s.lists[s.tok_list[q]].marker, s.lists[s.tok_list[q]].marker + 1) == "in")
        q = s.lists[s.tok_list[q]].marker - 1;
      if (W.first >= 2 && q >= 0 && s.t[W.first - 1].word == d_.w_with &&
          ((C(s, q) & (kWProposal | kWAccord)) || IsTalksNoun(s, q)))
        if (std::vector<Ref> r = subject_and_partner(s.tok_list[ti - 1]); !r.empty()) return r;
    }
    // "approved a U.S.-brokered ceasefire with Hezbollah": the partner after the accord
    {
      int k = ti + 1;
      while (k < n && k < ti + 5 && s.tok_list[k] < 0 && !(C(s, k) & kWAccord) &&
             (IsPlainWord(s, k) || s.t[k].Is(Token::kNumber) || s.t[k].word == d_.w_hyphen))
        ++k;
      // ("a U.S.-mediated agreement setting its maritime border with Lebanon": past a participle
      // phrase)
      int w = k + 1;
      if (w < n && IsIng(Text(s, w, w + 1))) {
        int e = w + 1;
        auto pronoun = [&](int q) {
          return s.tok_mention[q] >= 0 && s.m[s.tok_mention[q]].type == MentionType::kPronoun;
        };
        while (e < n && e < w + 6 && (s.tok_list[e] < 0 || pronoun(e)) &&
               s.t[e].word != d_.w_with &&
               (IsPlainWord(s, e) || (C(s, e) & kWDeterminer) || pronoun(e)))
          ++e;
        if (e < n && s.t[e].word == d_.w_with) w = e;
      }
      if (w + 1 < n && s.tok_list[k] < 0 && ((C(s, k) & kWAccord) || IsTalksNoun(s, k)) &&
          s.t[w].word == d_.w_with && s.tok_list[w + 1] >= 0 && subject >= 0 &&
          s.lists[subject].last <= ti)
        if (std::vector<Ref> r = subject_and_partner(s.tok_list[w + 1]); !r.empty()) return r;
    }
    if (!sides) return {};
    if (subject_first) {
      if (std::vector<Ref> r = subject_sides(); !r.empty()) return r;
    }
    // "brokered the accord that Peru and Ecuador signed", "brokered a deal signed by A and B":
    // a pair of other parties after the verb, in the same sentence
    for (const List& L : s.lists) {
      if (L.first <= ti || L.members.size() < 2 || !L.usable) continue;
      // (not a pair in a role of its own: "with Cuba and Norway as guarantors and Venezuela and
      // Chile as observers")
      if (L.last < n && Text(s, L.last, L.last + 1) == "as") continue;
      if (L.place && (IsPrep(s, L.marker) || std::any_of(L.members.begin(), L.members.end(), [&](int k) {
                        return s.m[k].kind != ActorKind::kCountry;
                      })))
        continue;
      std::vector<Ref> r;
      for (int k : L.members)
        for (const Ref& x : s.refs[k])
          if (!x.party.empty() &&
              std::none_of(mediators.begin(), mediators.end(), [&](const Ref& m) { return m.party == x.party; }) &&
              std::none_of(r.begin(), r.end(), [&](const Ref& o) { return o.party == x.party; }))
            r.push_back(x);
      if (r.size() == 2) return r;
    }
    // "A and B agreed a truce, capping talks brokered by X": the subject's two sides
    if (std::vector<Ref> r = subject_sides(); !r.empty()) return r;
    // ("Georgia signed a ceasefire brokered by France")
    if (std::vector<Ref> r = SignerSides(s, ti, mediators); !r.empty()) return r;
    // ("invited the army and the RSF to negotiations co-hosted by Saudi Arabia": the two invited)
    if (st_.propose_sentence == s.index) {
      std::vector<Ref> r = OtherParties(st_.proposed_to, mediators);
      if (r.size() == 2 && r[0].party != r[1].party) return r;
    }
    return history ? st_.sides : std::vector<Ref>{};
  }

  // "Georgia signed the French-brokered ceasefire", "agreed to a ceasefire brokered by France": the
  // one side that signs, accepts or ratifies the accord the trigger at `ti` says was mediated, with
  // the other of the two sides at hand when it is one of them; empty if the accord is no such
  // verb's object.
  std::vector<Ref> SignerSides(const Sentence& s, int ti, const std::vector<Ref>& mediators) const {
    int v = -1;
    if (ti >= 2 && s.tok_mention[ti - 2] >= 0 && s.m[s.tok_mention[ti - 2]].compound) {
      v = s.m[s.tok_mention[ti - 2]].first - 1;
    } else if (ti >= 1 && s.tok_list[ti - 1] < 0 && (C(s, ti - 1) & kWAccord)) {
      // ("signed a ceasefire agreement brokered by X": the accord right before the participle)
      v = ti - 2;
      for (int steps = 0;
           v >= 0 && steps < 3 && s.tok_list[v] < 0 &&
           ((C(s, v) & kWAccord) || IsPlainWord(s, v)) && !SignsAccord(Text(s, v, v + 1));
           ++steps)
        --v;
    }
    if (v < 0) return {};
    // (past "the", "a" and a number: "signed a 2015 U.N.-brokered accord")
    while (v >= 0 && s.tok_list[v] < 0 && ((C(s, v) & kWDeterminer) || s.t[v].Is(Token::kNumber)))
      --v;
    // ("agreed to a ceasefire")
    if (v >= 2 && Text(s, v, v + 1) == "to" && AsciiLower(Text(s, v - 1, v)).rfind("agree", 0) == 0)
      --v;
    else if (v < 1 || s.tok_list[v] >= 0 || !SignsAccord(Text(s, v, v + 1)))
      return {};
    int subject = MainSubject(s, v);
    if (subject < 0 || s.lists[subject].last > v) return {};
    std::vector<Ref> r = OtherParties(ListRefs(s, subject), mediators);
    if (r.size() != 1) return {};
    if (TwoParties(st_.sides) &&
        std::none_of(mediators.begin(), mediators.end(), [&](const Ref& m) {
          return m.party == st_.sides[0].party || m.party == st_.sides[1].party;
        })) {
      if (st_.sides[0].party == r[0].party) return {r[0], st_.sides[1]};
      if (st_.sides[1].party == r[0].party) return {st_.sides[0], r[0]};
    }
    return r;
  }

  // A verb by which a side takes an accord as its own: "signed", "ratified", "accepted".
  static bool SignsAccord(std::string_view w) {
    static const std::set<std::string_view> kVerbs = {
        "signed",    "signs",     "sign",     "signing",  "accepted",  "accepts",   "accept",
        "accepting", "ratified",  "ratifies", "ratify",   "ratifying", "approved",  "approves",
        "approve",   "approving", "endorsed", "endorses", "endorse",   "endorsing", "initialled",
        "initialed", "adopted",   "adopts",   "adopting"};
    return kVerbs.count(w) > 0;
  }

  // A visit's host: a state, or a place (a capital stands for its state).
  bool VisitTarget(const Sentence& s, const List& L) const {
    for (int k : L.members) {
      const Mention& m = s.m[k];
      if (m.kind == ActorKind::kCountry || m.place || m.capital) continue;
      // ("visited the White House", "the Kremlin": an institution of a state is in that state)
      const Actor* state = m.kind == ActorKind::kOrganization && m.type == MentionType::kName && !m.party.empty()
                               ? kb_.Find(m.party)
                               : nullptr;
      if (!state || state->kind != ActorKind::kCountry) return false;
    }
    return true;
  }

  // Auxiliaries, modals, negation and adverbs: what may stand between a subject and its verb.
  bool Auxiliary(const Sentence& s, int k) const {
    if (C(s, k) & (kWBe | kWTime | kWAuxiliary)) return true;
    return EndsWith(Text(s, k, k + 1), "ly");
  }

  // A relation of sentence `s` from x to y, found by the trigger at [ti, te): the fields every
  // rule fills the same way (the caller adds rule, cameo, stance and confidence).
  // A mediation record of sentence `s`, with its id, venue, date and evidence; mediators and parties empty.
  Mediation NewMediation(const Sentence& s, Modality modality) {
    Mediation med;
    med.id = doc_.id + "#" + std::to_string(s.index) + "." + std::to_string(++mediation_count_);
    med.doc = doc_.id;
    med.sentence = s.index;
    med.venue = Venue(s);
    med.date = doc_.date;
    med.modality = modality;
    med.evidence = std::string(std::string_view(doc_.text).substr(s.begin, s.end - s.begin));
    return med;
  }

  // "An Israeli proposal was conveyed to Hamas by Egyptian and Qatari mediators": mediators who carry one
  // side's proposal to the other mediate between the two (a mediation of its own, projected as usual).
  void CarriersMediate(const Sentence& s, const TriggerRule& R, const Role& src, const std::vector<Ref>& targets,
                       const std::set<std::string>& authors, int ti, int te, Modality modality,
                       std::set<std::tuple<int, std::string, std::string>>* seen) {
    if (src.list < 0) return;
    std::vector<Ref> carriers, parties;
    const List& L = s.lists[src.list];
    // ("Egyptian and Qatari mediators": the head the last member has, the bare demonyms before it share)
    bool shared = !L.members.empty() && MediatorNoun(s, s.m[L.members.back()].last - 1);
    for (int mk : L.members) {
      if (mk >= static_cast<int>(s.refs.size())) continue;
      const Mention& m = s.m[mk];
      if (!MediatorNoun(s, m.last - 1) && !(shared && m.type == MentionType::kGroup && m.last - m.first == 1)) continue;
      for (const Ref& r : s.refs[mk])
        if (!authors.count(r.id)) carriers.push_back(r);
    }
    if (carriers.empty()) return;
    for (const Ref& r : src.refs)
      if (authors.count(r.id)) parties.push_back(r);
    for (const Ref& r : targets) parties.push_back(r);
    parties = OtherParties(parties, carriers);
    if (DistinctParties(parties).size() < 2) return;
    Mediation med = NewMediation(s, modality);
    for (const Ref& r : carriers) med.mediators.push_back({r.id, r.name, r.kind, r.party});
    for (const Ref& r : parties) med.parties.push_back({r.id, r.name, r.kind, r.party});
    for (const Ref& c : carriers)
      for (const Ref& p : parties) {
        if (!seen->insert({static_cast<int>(RelationKind::kMediate), c.id, p.id}).second) continue;
        Relation rel = NewRelation(s, RelationKind::kMediate, c, p, ti, te, modality);
        rel.source_span = c.span.end > c.span.begin ? c.span : src.span;
        rel.target_span = p.span;
        rel.rule = R.id + "+carrier";
        rel.cameo = "045";
        rel.confidence = R.confidence * 0.9;
        rel.mediation = med.id;
        out_->relations.push_back(std::move(rel));
      }
    st_.sides = parties;
    st_.sides_sentence = s.index;
    st_.mediators = carriers;
    for (const Ref& r : carriers)
      if (!r.party.empty()) st_.mediator_parties.insert(r.party);
    out_->mediations.push_back(std::move(med));
  }

  // A word that alone names mediators ("mediators", "intermediaries"): a form of a nominal mediate rule.
  bool MediatorNoun(const Sentence& s, int k) const {
    if (k < 0) return false;
    const TokenTrie& P = d_.triggers.phrases();
    std::uint32_t node = P.Child(0, s.t[k].word);
    if (!node) return false;
    for (std::uint32_t v : P.Values(node)) {
      if (v < kTriggerBase) continue;
      const TriggerRule& r = d_.triggers.rules()[v - kTriggerBase];
      if (r.kind == RelationKind::kMediate && r.noun && !r.prefix) return true;
    }
    return false;
  }

  Relation NewRelation(const Sentence& s, RelationKind kind, const Ref& x, const Ref& y, int ti, int te,
                       Modality modality) const {
    Relation rel;
    rel.doc = doc_.id;
    rel.sentence = s.index;
    rel.kind = kind;
    rel.source = {x.id, x.name, x.kind, x.party};
    rel.target = {y.id, y.name, y.kind, y.party};
    rel.modality = modality;
    rel.source_span = x.span;
    rel.target_span = y.span;
    rel.trigger_span = {s.t[ti].begin, s.t[te - 1].end};
    rel.trigger = std::string(Text(s, ti, te));
    rel.evidence = std::string(std::string_view(doc_.text).substr(s.begin, s.end - s.begin));
    rel.date = doc_.date;
    return rel;
  }

  // Whether list `L` names persons or a group of them ("the Presidents of A, B and C", "Xi, Putin and Modi"),
  // not only states and bodies.
  bool NamesPerson(const Sentence& s, const List& L) const {
    return std::any_of(L.members.begin(), L.members.end(), [&](int k) {
      return s.m[k].kind == ActorKind::kPerson || s.m[k].kind == ActorKind::kGroup;
    });
  }

  // One ref per party, as the states the persons act for ("Baker, Shevardnadze and Genscher": USA, SUN, DEU).
  std::vector<Ref> DistinctParties(const std::vector<Ref>& refs) const {
    std::vector<Ref> out;
    for (const Ref& r : refs) {
      if (r.party.empty() || std::any_of(out.begin(), out.end(), [&](const Ref& o) { return o.party == r.party; }))
        continue;
      const Actor* st = r.person() || r.kind == ActorKind::kGroup ? kb_.Find(r.party) : nullptr;
      out.push_back(st ? RefOfActor(*st, true) : r);
    }
    return out;
  }

  // A plural noun for persons that counts or pairs them ("the two leaders", "the three presidents").
  static bool PersonNoun(std::string_view w) {
    return w == "leaders" || w == "men" || w == "women" || w == "ministers" || w == "presidents" || w == "generals";
  }

  // Whether `refs` are two or more refs of exactly two parties ("both sides" are two: not a conference's guests).
  static bool TwoParties(const std::vector<Ref>& refs) {
    std::set<std::string> parties;
    for (const Ref& r : refs) parties.insert(r.party);
    return refs.size() >= 2 && parties.size() == 2;
  }

  // Counts `refs` as the two sides of something in sentence `sentence` (once a sentence) when they are
  // of exactly two parties.
  void NotePair(const std::vector<Ref>& refs, int sentence) {
    std::vector<Ref> two;
    for (const Ref& r : refs)
      if (!r.party.empty() && std::none_of(two.begin(), two.end(), [&](const Ref& o) { return o.party == r.party; }))
        two.push_back(r);
    if (two.size() != 2) return;
    std::pair<std::string, std::string> key = std::minmax(two[0].party, two[1].party);
    DocState::PairStat& st = st_.pair_stats[key];
    if (st.last == sentence) return;
    if (st.count == 0) st.first = sentence;
    ++st.count;
    st.last = sentence;
    st.refs = two;
  }

  // The first two sides the document named, neither of them in `not_of` (empty if none).
  std::vector<Ref> FirstPair(const std::set<std::string>& not_of) const {
    const DocState::PairStat* best = nullptr;
    for (const auto& [key, st] : st_.pair_stats)
      if (!not_of.count(key.first) && !not_of.count(key.second) && (!best || st.first < best->first)) best = &st;
    return best ? best->refs : std::vector<Ref>{};
  }

  // The two sides named most often so far (the latest among equals), neither of them in `not_of`; empty if
  // none was named twice.
  std::vector<Ref> MainPair(const std::set<std::string>& not_of = {}) const {
    const DocState::PairStat* best = nullptr;
    // (a party that mediated is no side: "Wallstrom met the Houthi delegation" names no side of the talks)
    for (int pass = 0; pass < 2 && !best; ++pass)
      for (const auto& [key, st] : st_.pair_stats) {
        if (not_of.count(key.first) || not_of.count(key.second)) continue;
        if (pass == 0 && (st_.mediator_parties.count(key.first) || st_.mediator_parties.count(key.second))) continue;
        if (st.count >= 2 && (!best || st.count > best->count || (st.count == best->count && st.last > best->last)))
          best = &st;
      }
    return best ? best->refs : std::vector<Ref>{};
  }

  // The attacker of an attack named right after a passive killing with no "by" ("was killed in an Israeli drone
  // strike", "were killed when Israeli troops opened fire"): a demonym on an attack noun, or the subject of a
  // clause opened by "when", "as" or "after"; empty if none (or if it is the victims' own party).
  Role AttackAfterPassive(const Sentence& s, int te, const std::vector<Ref>& victims) const {
    int n = static_cast<int>(s.t.size());
    Role r;
    for (int k = te; k < n && k < te + 12; ++k) {
      if (s.t[k].word == d_.w_semicolon || (C(s, k) & kWReporting)) break;
      int li = s.tok_list[k];
      if (li < 0) continue;
      const List& L = s.lists[li];
      bool demonym_on_attack = L.adjectival && L.last < n &&
                               (IsAttackNoun(Text(s, L.last, L.last + 1)) ||
                                (L.last + 1 < n && IsAttackNoun(Text(s, L.last + 1, L.last + 2))));
      std::string_view mk = L.marker >= 0 ? Text(s, L.marker, L.marker + 1) : std::string_view();
      bool clause_subject = (mk == "when" || mk == "as" || mk == "after") && L.usable && !L.place && !L.possessive &&
                            !L.adjectival;
      if (demonym_on_attack || clause_subject) {
        r = RoleOf(s, li);
        if (OtherParties(r.refs, victims).size() != r.refs.size()) r.refs.clear();
      }
      break;
    }
    return r;
  }

  // Records a relation of `kind` from a to b in `seen` (a meeting under its two ids in order: it
  // has no direction); false if it was there already.
  static bool FirstSeen(std::set<std::tuple<int, std::string, std::string>>* seen,
                        RelationKind kind, std::string a, std::string b) {
    if (kind == RelationKind::kMeet && b < a) std::swap(a, b);
    return seen->insert({static_cast<int>(kind), std::move(a), std::move(b)}).second;
  }

  // The refs of `refs` whose party none of `exclude` has (a mediator is no side, a judge no target).
  static std::vector<Ref> OtherParties(const std::vector<Ref>& refs, const std::vector<Ref>& exclude) {
    std::vector<Ref> out;
    for (const Ref& r : refs)
      if (std::none_of(exclude.begin(), exclude.end(), [&](const Ref& e) { return e.party == r.party; }))
        out.push_back(r);
    return out;
  }

  // The partner of talks the clause after `from` says something happened at ("at talks with X",
  // "during a meeting with X"); empty if none.
  std::vector<Ref> TalksPartner(const Sentence& s, int from) const {
    int n = static_cast<int>(s.t.size());
    for (int j = from; j + 2 < n; ++j) {
      // (not past the clause: "no authority to promise a release and that ... in talks with his government")
      if (s.t[j].word == d_.w_semicolon || (j > from && (C(s, j) & kWBoundary))) break;
      if (s.tok_list[j] >= 0) {
        j = s.lists[s.tok_list[j]].last - 1;
        continue;
      }
      std::string_view w = Text(s, j, j + 1);
      if (w != "talks" && w != "meeting" && w != "negotiations" && w != "summit") continue;
      if (s.t[j + 1].word != d_.w_with) continue;
      bool at = false;  // "at talks", "during a meeting", "at bilateral talks"
      for (int k = j - 1; k >= from && k >= j - 3 && s.tok_list[k] < 0; --k) {
        std::string_view p = Text(s, k, k + 1);
        if (p == "at" || p == "during" || p == "in") {
          at = true;
          break;
        }
      }
      if (!at) continue;
      int k = j + 2;
      while (k < n && s.tok_list[k] < 0 && (C(s, k) & kWDeterminer)) ++k;
      if (k < n && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].usable && !s.lists[s.tok_list[k]].place)
        return ListRefs(s, s.tok_list[k]);
      return {};
    }
    return {};
  }

  // Who did the act named by the noun at `k` ("the attack", "the invasion", "the move"): the attacker
  // named last for an attack; for another act, the source of the last act of this or the previous
  // sentence, else the subject of an earlier clause of this sentence; never the judge itself.
  std::vector<Ref> ActAgent(const Sentence& s, int ti, int k, const std::vector<Ref>& judge) const {
    auto other = [&](const std::vector<Ref>& refs) {
      return !refs.empty() && OtherParties(refs, judge).size() == refs.size();
    };
    bool attack = IsAttackNoun(Text(s, k, k + 1));
    // "condemned the execution of nine activists by General Abacha's government": the agent named
    // in the act's own phrase
    {
      int n = static_cast<int>(s.t.size());
      for (int j = k + 1; j < n && j < k + 20; ++j) {
        if (s.tok_list[j] >= 0) {
          const List& L = s.lists[s.tok_list[j]];
          if (L.marker >= 0 && s.t[L.marker].word == d_.w_by && L.usable && !L.place && other(ListRefs(s, s.tok_list[j])))
            return ListRefs(s, s.tok_list[j]);
          j = L.last - 1;
          continue;
        }
        // ("the execution of Saro-Wiwa and eight other activists by": a list of victims on the way)
        if (s.t[j].word == d_.w_and) continue;
        if (s.t[j].word == d_.w_hyphen && !s.t[j].Is(Token::kSpaceBefore)) continue;  // ("Saro-Wiwa")
        if (s.t[j].Is(Token::kPunct) || (C(s, j) & (kWBoundary | kWReporting | kWRelative)) || IsVerbLike(s, j)) break;
      }
    }
    // ("condemned a military coup in Fiji": an act inside a state is that state's)
    if ((C(s, k) & kWInternalAct) && k + 2 < static_cast<int>(s.t.size()) &&
        Text(s, k + 1, k + 2) == "in" && s.tok_list[k + 2] >= 0) {
      const List& L = s.lists[s.tok_list[k + 2]];
      bool states = std::all_of(L.members.begin(), L.members.end(), [&](int m) {
        return s.m[m].kind == ActorKind::kCountry;
      });  // (or their capitals)
      if (L.first == k + 2 && states && other(ListRefs(s, s.tok_list[k + 2])))
        return ListRefs(s, s.tok_list[k + 2]);
    }
    if (attack && !st_.attackers.empty()) return st_.attackers;
    // "Hamas denounced the agreement": the accord's sides (of the last meeting or mediation)
    // (the sides of the last mediation first, then of the last meeting; not "any deal")
    if (C(s, k) & kWAccord) {
      std::string_view det = k > 0 ? Text(s, k - 1, k) : std::string_view();
      if (det == "any" || det == "a" || det == "an") return {};
      if (Text(s, ti, ti + 1).rfind("oppos", 0) == 0) return {};  // opposing a deal is no judgement of its sides
      for (const std::vector<Ref>* cand : {&st_.pair, &st_.sides}) {
        std::vector<Ref> sides = OtherParties(*cand, judge);
        if (sides.size() >= 2) return sides;
      }
      return {};
    }
    if (!attack && !(C(s, k) & kWAct)) return {};
    if (st_.agents_sentence >= s.index - 1 && other(st_.agents)) return st_.agents;
    // ("Iraqi troops swept into Kuwait, and the Council condemned the invasion"; not "A condemned B, and
    // C denounced the violations": a subject whose act was already read is no agent of another)
    int first = MainSubject(s, ti);
    // ("Gunmen attacked Afghan villages, and X condemned the attack": an object after a verb is no
    // agent)
    for (int j = 0; first >= 0 && j < s.lists[first].first; ++j)
      if (s.tok_list[j] < 0 && TriggerAt(s, j)) first = -1;
    if (first >= 0 && s.lists[first].last < ti) {
      std::vector<Ref> r = ListRefs(s, first);
      bool acted = std::any_of(out_->relations.begin(), out_->relations.end(), [&](const Relation& rel) {
        return rel.doc == doc_.id && rel.sentence == s.index &&
               std::any_of(r.begin(), r.end(), [&](const Ref& x) { return x.id == rel.source.id; });
      });
      if (other(r) && !acted) return r;
    }
    return {};
  }

  // Nouns of a violent act: "condemned the attack" points back to its author.
  // "attacks claimed by", "a strike carried out by": an attack noun and its reduced passive before "by" at `by`
  bool AttackClaimedBy(const Sentence& s, int by) const {
    int v = by - 1;
    std::string_view w = Text(s, v, v + 1);
    if (w == "out" && v > 0 && Text(s, v - 1, v) == "carried") {
      --v;
      w = Text(s, v, v + 1);
    }
    if (w != "claimed" && w != "carried" && w != "launched" && w != "conducted" && w != "staged" && w != "mounted")
      return false;
    return v >= 1 && s.tok_list[v - 1] < 0 && IsAttackNoun(AsciiLower(Text(s, v - 1, v)));
  }

  // Whether the object of an attack verb ending at `te` is words or measures, not arms: a proposal,
  // a demand or a figurative noun ("the Israeli proposal", "Sweden's bid"), or one of those it is
  // hit with ("Taiwan with propaganda").
  bool FigurativeObject(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    int o = te;
    bool object = false;
    for (int steps = 0; o < n && steps < 6; ++steps) {
      if (s.tok_list[o] >= 0) {
        const List& O = s.lists[s.tok_list[o]];
        if (object && !O.adjectival) break;
        // ("the Israeli proposal": a demonym's mention may hold the noun)
        if (C(s, O.last - 1) & (kWFigurative | kWProposal | kWDemandNoun)) return true;
        object = true;
        o = O.last;
        if (o < n && (s.t[o].word == d_.w_s || s.t[o].word == d_.w_apos)) ++o;
        continue;
      }
      if ((C(s, o) & kWDeterminer) ||
          (IsPlainWord(s, o) && !(C(s, o) & (kWFigurative | kWProposal | kWDemandNoun)) &&
           !object)) {
        ++o;
        continue;
      }
      break;
    }
    // (the object's own head, or what it is hit with)
    int with = o < n && s.t[o].word == d_.w_with ? o + 1 : -1;
    int head = with >= 0 ? with : o;
    for (int steps = 0;
         head < n && steps < 3 && s.tok_list[head] < 0 &&
         ((C(s, head) & kWDeterminer) || (IsPlainWord(s, head) && !(C(s, head) & kWFigurative)));
         ++steps)
      ++head;
    return head < n && s.tok_list[head] < 0 &&
           ((C(s, head) & kWFigurative) ||
            (with < 0 && (C(s, head) & (kWProposal | kWDemandNoun))));
  }

  static bool IsAttackNoun(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "attack",    "attacks",    "strike",    "strikes",  "airstrike",   "airstrikes", "bombing",
        "bombings",  "shelling",   "raid",      "raids",    "killing",     "killings",   "assault",
        "offensive", "incursion",  "invasion",  "massacre", "bombardment", "ambush",     "shooting",
        "abduction", "kidnapping", "targeting", "siege",    "blockade"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  }

  // Verbs whose object names the event: "held talks", "began a meeting".
  bool IsLightVerb(const Sentence& s, int k) const {
    std::string_view w = Text(s, k, k + 1);
    static constexpr std::string_view kWords[] = {
        "held", "hold", "holds", "holding", "had", "have", "has", "having", "conducted", "began",
        "opened", "resumed", "started", "restarted", "reopened", "relaunched", "concluded",
        "wrapped", "convened", "launched", "ended", "ends",
        // ("issued a joint statement", "gave a joint news conference")
        "issued", "released", "gave", "addressed"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  }

  // Prepositions that only ever introduce a noun phrase ("for talks", "of the meeting").
  bool NounPrep(const Sentence& s, int k) const {
    std::string_view w = Text(s, k, k + 1);
    return w == "for" || w == "of" || w == "in" || w == "with" || w == "at" || w == "on" || w == "from" ||
           w == "into" || w == "about" || w == "during" || w == "amid" || w == "following";
  }

  // The token before the noun phrase whose head is at `ti`, past its determiners and a modifier or
  // two
  // ("during a breakfast meeting": "during").
  int BeforeNounPhrase(const Sentence& s, int ti) const {
    int p = ti - 1;
    for (int modifiers = 0;
         p > 1 && modifiers < 2 && s.tok_list[p] < 0 && IsPlainWord(s, p) && !IsPrep(s, p) &&
         !IsVerbLike(s, p) && !(C(s, p) & (kWDeterminer | kWQuantifier | kWBoundary | kWReporting));
         ++modifiers)
      --p;
    while (p > 0 && s.tok_list[p] < 0 && (C(s, p) & (kWDeterminer | kWQuantifier))) --p;
    return p;
  }

  // Whether list `L` is the object of a past verb right before it ("condemned Iran").
  bool ObjectOfVerb(const Sentence& s, const List& L) const {
    int v = L.marker;
    return v > 0 && s.tok_list[v] < 0 && IsPlainWord(s, v) && Participle(s, v) &&
           !(C(s, v) & kWRelative);
  }

  bool IsVerbLike(const Sentence& s, int k) const {
    std::string_view w = d_.vocab.Key(s.t[k].word);
    return (C(s, k) & (kWBe | kWReporting)) || w == "has" || w == "had" || w == "have" || w == "held" ||
           w == "will" || w == "to";
  }

  // The target list of the relation this sentence last yielded before the verb at `ti` from a
  // source of `src`'s parties, when "and" alone joins that relation's verb to this one ("accepted
  // X's offer and proposed"); -1 if none.
  int CoordinatedAddressee(const Sentence& s, int ti, const std::vector<Ref>& src) const {
    for (std::size_t r = out_->relations.size(); r-- > sentence_first_relation_;) {
      const Relation& rel = out_->relations[r];
      if (rel.trigger_span.end > s.t[ti].begin) continue;
      if (rel.kind != RelationKind::kMeet && rel.kind != RelationKind::kRespond &&
          rel.kind != RelationKind::kUrge)
        continue;
      // ("Zelensky met Biden, and Biden pledged support": a meeting's object met its subject too)
      auto sourced = [&](const std::string& party) {
        return std::any_of(src.begin(), src.end(), [&](const Ref& x) { return x.party == party; });
      };
      bool met_by = rel.kind == RelationKind::kMeet && !sourced(rel.source.party) &&
                    sourced(rel.target.party);
      if (!sourced(rel.source.party) && !met_by) return -1;
      std::size_t addressee_begin = met_by ? rel.source_span.begin : rel.target_span.begin;
      int target = -1, and_at = -1;
      for (int k = 0; k < ti; ++k) {
        if (s.t[k].begin == addressee_begin) target = s.tok_list[k];
        if (s.t[k].begin < rel.trigger_span.end) continue;
        if (s.t[k].word == d_.w_and && s.tok_list[k] < 0) {
          and_at = k;
          continue;
        }
        // (one clause: no second subject, speaker or that-clause between)
        if ((C(s, k) & (kWReporting | kWBoundary)) || s.t[k].word == d_.w_that ||
            s.t[k].word == d_.w_semicolon)
          return -1;
      }
      if (and_at < 0 || target < 0 || !s.lists[target].usable || s.lists[target].place) return -1;
      // (nothing but auxiliaries and adverbs between "and" and the verb, or the source named again:
      // "and Biden pledged")
      for (int k = and_at + 1; k < ti; ++k) {
        if (int li = s.tok_list[k]; li >= 0 && k == and_at + 1 && s.lists[li].usable) {
          std::vector<Ref> again = ListRefs(s, li);
          if (std::all_of(again.begin(), again.end(),
                          [&](const Ref& x) { return sourced(x.party); })) {
            k = s.lists[li].last - 1;
            continue;
          }
        }
        if (!Auxiliary(s, k) && !Adverb(s, k) && s.t[k].word != d_.w_comma) return -1;
      }
      return target;
    }
    return -1;
  }

  // The proposal or demand noun a relative clause hangs on, when `subject` is that clause's subject
  // right before the verb at `ti` ("a demand that X rejected", "the plan, which Hamas rejected on
  // Monday"); -1 if none.
  // "the UAE, which Khartoum accuses of arming the RSF", "Perthes, whom he accused of bias": the list an
  // object relative clause hangs on, when its subject `subject` stands right after the relative
  // pronoun and nothing but auxiliaries between it and the verb at [ti, te) with no object after it
  int ObjectRelativeAntecedent(const Sentence& s, int subject, int ti, int te) const {
    int n = static_cast<int>(s.t.size());
    if (subject < 0) return -1;
    const List& L = s.lists[subject];
    if (L.first < 3 || L.last > ti || L.possessive) return -1;
    for (int k = L.last; k < ti; ++k)
      if (!Auxiliary(s, k) || s.tok_list[k] >= 0) return -1;
    int r = L.first - 1;  // ("Guaido, whom the United States recognised as": past a determiner)
    if (r >= 3 && (C(s, r) & kWDeterminer) && s.tok_list[r] < 0) --r;
    std::string_view rel = Text(s, r, r + 1);
    if (rel != "which" && rel != "whom") return -1;
    if (s.t[r - 1].word != d_.w_comma) return -1;
    int a = ListBeforeComma(s, r - 1);
    if (a < 0 || a == subject) return -1;
    const List& A = s.lists[a];
    // (a state after a preposition may be a place, and is an actor too: "the presence of Qatar, which")
    bool states = StatesOnly(s, A);
    if (!A.usable || (A.place && !states) || A.possessive || A.adjectival) return -1;
    // (an object after the verb: "which Khartoum accuses Abu Dhabi of backing" is no object relative)
    if (te < n && (s.tok_list[te] >= 0 || (C(s, te) & kWDeterminer))) return -1;
    return a;
  }

  // `any_noun`: any noun, not only a proposal, demand or claim ("a decision Zelenskiy hailed").
  int RelativeAntecedent(const Sentence& s, int subject, int ti, bool any_noun = false) const {
    if (subject < 0) return -1;
    const List& L = s.lists[subject];
    if (L.first < 2 || L.last > ti) return -1;
    // (auxiliaries, and a noun or two after the name: "the Polisario Front independence movement has rejected")
    for (int k = L.last, nouns = 0; k < ti; ++k) {
      if (Auxiliary(s, k)) continue;
      // ("the United States and its allies resisted": a possessive pronoun of a second conjunct)
      if (s.tok_list[k] >= 0 && !s.lists[s.tok_list[k]].usable && s.lists[s.tok_list[k]].possessive && k > 0 &&
          s.t[k - 1].word == d_.w_and) {
        k = s.lists[s.tok_list[k]].last - 1;
        continue;
      }
      if (s.tok_list[k] >= 0 || s.t[k].Is(Token::kPunct) || IsPrep(s, k) || IsVerbLike(s, k) || ++nouns > 3) return -1;
    }
    if (ti - L.last > 5) return -1;
    // (the list may have taken "that" in as a determiner, or left "the" out: "that the United States")
    int first = L.first;
    // ("that the United States and its partners resisted": the subject's first conjunct)
    if (first > 2 && s.t[first - 1].word == d_.w_and && s.tok_list[first - 2] >= 0) first = s.lists[s.tok_list[first - 2]].first;
    if (first > 2 && Text(s, first, first + 1) != "that" && Text(s, first - 1, first) == "the") --first;
    int r = Text(s, first, first + 1) == "that" ? first : first - 1;
    std::string_view rel = Text(s, r, r + 1);
    int noun = r - 1;
    if (rel != "that" && rel != "which") {
      // ", a proposal the Polisario Front rejected": a reduced relative on a noun in apposition
      // (", in an initiative the Tripoli-based government dismissed": after a preposition too)
      noun = first - 1;
      if (noun < 2 || !(C(s, noun - 1) & kWDeterminer)) return -1;
      int c = noun - 2;
      if (c >= 1 && IsPrep(s, c) && s.t[c - 1].word == d_.w_comma) --c;
      if (s.t[c].word != d_.w_comma) return -1;
    }
    if (noun > 0 && s.t[noun].word == d_.w_comma) --noun;
    // ("the Egyptian plan, which": a demonym's phrase may take the noun in)
    bool in_phrase = s.tok_list[noun] >= 0 && s.lists[s.tok_list[noun]].adjectival &&
                     s.lists[s.tok_list[noun]].last == noun + 1;
    if ((s.tok_list[noun] >= 0 && !in_phrase) ||
        (!any_noun && !(C(s, noun) & (kWProposal | kWDemandNoun | kWClaim))))
      return -1;
    return noun;
  }

  // The authors of the proposal, demand or claim noun at `noun`: a possessive or demonym before it in its
  // noun phrase ("Egypt's new plan", "the Israeli proposal"), else who proposed or demanded last, or for a
  // claim who last accused the `responder`.
  // `named_only`: only an author the sentence names (no demand, charge or proposal remembered from before).
  // The authors of the proposal noun that is the subject of the passive verb at `ti` ("The US proposal
  // was handed", "The proposal, drawn up by Witkoff, was handed", "The plan was presented" after a plan
  // was named); none when the subject is no proposal.
  std::vector<Ref> PassiveProposalAuthors(const Sentence& s, int ti, Span* span) const {
    int k = ti - 1;
    while (k > 0 && s.tok_list[k] < 0 && Auxiliary(s, k)) --k;
    std::vector<Ref> drawn_by;  // ", drawn up by X,": the author the apposition names
    if (k > 0 && s.t[k].word == d_.w_comma) {
      int open = k - 1;
      while (open > 0 && s.t[open].word != d_.w_comma && k - open < 10) --open;
      if (open <= 0 || s.t[open].word != d_.w_comma) return {};
      for (int j = open + 1; j + 1 < k; ++j)
        if (s.t[j].word == d_.w_by && s.tok_list[j + 1] >= 0) {
          drawn_by = ListRefs(s, s.tok_list[j + 1]);
          *span = {s.t[s.lists[s.tok_list[j + 1]].first].begin, s.t[s.lists[s.tok_list[j + 1]].last - 1].end};
          break;
        }
      k = open - 1;
    }
    if (k <= 0 || !(C(s, k) & kWProposal) || (C(s, k) & kWResponseNoun)) return {};
    if (!drawn_by.empty()) return drawn_by;
    // ("The Qatari proposal": the demonym's mention may hold the noun)
    if (int li = s.tok_list[k]; li >= 0) {
      if (s.lists[li].place || s.lists[li].last != k + 1) return {};
      *span = {s.t[s.lists[li].first].begin, s.t[k].end};
      return ListRefs(s, li);
    }
    // ("The US proposal": a name right before the noun)
    if (int li = s.tok_list[k - 1]; li >= 0 && s.lists[li].last == k && !s.lists[li].place) {
      *span = {s.t[s.lists[li].first].begin, s.t[k - 1].end};
      return ListRefs(s, li);
    }
    std::vector<Ref> named = NamedProposalAuthors(s, k + 1, k + 1);
    if (!named.empty()) return named;
    int det = k - 1;
    if (det >= 0 && (C(s, det) & kWDeterminer) && AsciiLower(Text(s, det, det + 1)) != "a" &&
        AsciiLower(Text(s, det, det + 1)) != "an" &&
        s.index - st_.proposal_sentence <= 3) {
      *span = {s.t[k].begin, s.t[k].end};
      return st_.proposal_authors;
    }
    return {};
  }

  std::vector<Ref> AntecedentAuthors(const Sentence& s, int noun, Span* span, const std::vector<Ref>& responder,
                                     bool named_only = false) const {
    for (int k = noun - 1; k >= 0 && k >= noun - 6; --k) {
      int li = s.tok_list[k];
      if (li >= 0) {
        const List& L = s.lists[li];
        // (and a name in attributive use: "a U.S. bridging proposal")
        bool attributive =
            L.usable && !L.place &&
            ((C(s, L.first) & kWDeterminer) || (L.first > 0 && (C(s, L.first - 1) & kWDeterminer)));
        for (int w = L.last; attributive && w < noun; ++w) attributive = IsPlainWord(s, w);
        if (L.possessive || (L.adjectival && !L.place) || attributive) {
          *span = {s.t[L.first].begin, s.t[L.last - 1].end};
          return ListRefs(s, li);
        }
        k = L.first;
        continue;
      }
      if (s.t[k].Is(Token::kPunct) || IsPrep(s, k) || IsVerbLike(s, k) || (C(s, k) & kWBoundary)) break;
    }
    *span = {s.t[noun].begin, s.t[noun].end};
    if (!named_only && (C(s, noun) & kWDemandNoun) && !st_.demanders.empty() && s.index - st_.demand_sentence <= 2)
      return st_.demanders;
    // "Netanyahu insisted that Israel keep the corridor, a demand Egypt rejected": a noun in apposition
    // sums up what the clause before it says, so its author is who says it
    if (!(C(s, noun) & kWClaim) || (C(s, noun) & kWProposal)) {
      int det = noun - 1;
      while (det > 0 && IsPlainWord(s, det) && det > noun - 4) --det;
      if (det > 0 && (C(s, det) & kWDeterminer) && s.t[det - 1].word == d_.w_comma) {
        std::vector<Ref> author = ClauseAuthor(s, det - 1, span);
        if (!author.empty()) return author;
      }
    }
    if (named_only) return {};
    // "accused Abu Dhabi of arming them, a charge the UAE rejects": a charge is its accuser's, never a proposal's
    if ((C(s, noun) & kWClaim) && !(C(s, noun) & kWProposal)) {
      bool accused = std::any_of(st_.criticized.begin(), st_.criticized.end(), [&](const Ref& c) {
        return std::any_of(responder.begin(), responder.end(), [&](const Ref& r) { return r.party == c.party; });
      });
      return s.index - st_.critics_sentence <= 1 && accused ? st_.critics : std::vector<Ref>{};
    }
    return st_.proposal_authors;
  }

  // Who says what the clause ending before token `end` says: the nearest actor before it that stands
  // as the subject of a verb ("the North Korean leader had agreed to", "the Kremlin said", "Netanyahu
  // insists that"), past subjects of bare verbs ("demanded that Kyiv pull its troops out": Kyiv is
  // urged, not the author); none if there is no such actor with a party.
  std::vector<Ref> ClauseAuthor(const Sentence& s, int end, Span* span) const {
    int n = static_cast<int>(s.t.size());
    for (int k = end - 1; k >= 0; --k) {
      if (s.t[k].word == d_.w_semicolon) break;
      int li = s.tok_list[k];
      if (li < 0) continue;
      const List& L = s.lists[li];
      k = L.first;
      if (!L.usable || L.place || L.possessive || L.adjectival || L.last >= n) continue;
      if (L.marker >= 0 && IsPrep(s, L.marker)) continue;
      // ("insisted that Egypt must": who a demand is put to says nothing)
      if (L.first > 1 && s.t[L.first - 1].word == d_.w_that && TriggerAt(s, L.first - 2, RelationKind::kUrge)) continue;
      int v = L.last;
      // ("European Union leaders on Thursday granted": past the time and an adverb)
      while (v + 1 < n && (DateAt(s, v) || Adverb(s, v))) ++v;
      std::string_view w = Text(s, v, v + 1);
      bool verb = (C(s, v) & (kWBe | kWReporting)) || w == "will" || w == "would" || w == "could" || w == "can" ||
                  w == "must" || w == "should" || w == "has" || w == "have" || w == "had" || w == "did" ||
                  w == "does" || TriggerAt(s, v) || (v + 1 < n && s.t[v + 1].word == d_.w_that && IsPlainWord(s, v));
      if (!verb) continue;
      // ("said Ukraine would be invited to join": the subject of a passive says nothing)
      bool passive = false;
      for (int q = v; q < n && q < v + 4 && !passive && s.tok_list[q] < 0 && Auxiliary(s, q); ++q) {
        if (!(C(s, q) & kWBe) || q + 1 >= n) continue;
        std::string_view p = Text(s, q + 1, q + 2);
        passive = EndsWith(p, "ed") || EndsWith(p, "en") || p == "told" || p == "sent" || p == "held";
      }
      if (passive) continue;
      std::vector<Ref> refs;
      for (const Ref& x : ListRefs(s, li))
        if (!x.party.empty()) refs.push_back(x);
      if (refs.empty()) continue;
      *span = {s.t[L.first].begin, s.t[L.last - 1].end};
      return refs;
    }
    return {};
  }

  // The ClauseAuthor of the clause before the one holding token `ti`, when a contrast opens that one
  // (", but", "while", "whereas", ";") and the author is none of `not_of`.
  std::vector<Ref> EarlierClauseAuthor(const Sentence& s, int ti, const std::vector<Ref>& not_of, Span* span) const {
    for (int b = ti - 1; b > 0; --b) {
      std::string_view w = Text(s, b, b + 1);
      if (w == "but" || w == "while" || w == "whereas" || s.t[b].word == d_.w_semicolon) {
        std::vector<Ref> author = ClauseAuthor(s, b, span);
        return OtherParties(author, not_of).size() == author.size() ? author : std::vector<Ref>{};
      }
    }
    return {};
  }

  // Where the phrase of a verb ending at `te` ends: a comma, a "to" before a verb, or a word that
  // opens an adverbial clause ("after", "amid", "over").
  int PhraseEnd(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    for (int j = te; j < n; ++j) {
      if (s.tok_list[j] >= 0) {
        j = s.lists[s.tok_list[j]].last - 1;
        continue;
      }
      std::string_view w = Text(s, j, j + 1);
      if (s.t[j].word == d_.w_comma || s.t[j].word == d_.w_semicolon || Subordinator(w) || w == "amid" ||
          w == "over" || w == "following" ||
          (w == "to" && j + 1 < n && s.tok_list[j + 1] < 0 && !(C(s, j + 1) & kWDeterminer)))
        return j;
    }
    return n;
  }

  // Whether the direct object of the verb at [ti, te) is "it" after a proposal named before in the
  // sentence ("rejected a U.N. plan, while Turkish Cypriots endorsed it").
  bool ProposalPronoun(const Sentence& s, int ti, int te) const {
    return te < static_cast<int>(s.t.size()) && Text(s, te, te + 1) == "it" && s.tok_list[te] >= 0 &&
           s.lists[s.tok_list[te]].members.size() == 1 && NamedProposalBefore(s, ti);
  }

  // A proposal or demand noun before token `end` of the sentence ("urged Iran to accept the plan").
  bool NamedProposalBefore(const Sentence& s, int end) const {
    for (int j = 0; j < end; ++j)
      if (C(s, j) & (kWProposal | kWDemandNoun)) return true;  // (inside a list too: "the Egyptian plan")
    return false;
  }

  // "the immediate and unconditional withdrawal", "an offer of economic and political incentives": an
  // "and" at `k` between modifiers inside one noun phrase (after a determiner or preposition)
  bool CoordinatedModifiers(const Sentence& s, int k) const {
    int n = static_cast<int>(s.t.size());
    // ("demanded an apology and compensation from China": two nouns before a preposition)
    return s.t[k].word == d_.w_and && k >= 2 && k + 2 < n && (C(s, k - 2) & kWDeterminer || IsPrep(s, k - 2)) &&
           IsPlainWord(s, k - 1) && IsPlainWord(s, k + 1) && (IsPlainWord(s, k + 2) || IsPrep(s, k + 2));
  }

  // "unprovoked and premeditated": an "and" at `k` between two plain words.
  bool AndBetweenModifiers(const Sentence& s, int k) const {
    return s.t[k].word == d_.w_and && k > 0 && k + 1 < static_cast<int>(s.t.size()) && IsPlainWord(s, k - 1) &&
           IsPlainWord(s, k + 1);
  }

  // "what New Delhi called", "what Pretoria said were", "what the army described as": after the
  // speaker list L of such a clause, the last word before its object; -1 if L is no such speaker.
  int WhatSpeaker(const Sentence& s, const List& L) const {
    int n = static_cast<int>(s.t.size());
    if (L.last >= n) return -1;
    int k = L.last;
    std::string_view v = Text(s, k, k + 1);
    bool naming = v == "called" || v == "calls" || v == "termed" || v == "dubbed" || v == "labelled" ||
                  v == "labeled" || v == "described" || v == "describes";
    if (!naming && !(C(s, k) & kWReporting)) return -1;
    if (k + 1 < n && (Text(s, k + 1, k + 2) == "as" || (C(s, k + 1) & kWBe))) ++k;
    return k;
  }

  // A noun for a round of talks: "talks", "negotiations", "consultations", "dialogue".
  // A place list named for what was held there: "the Riyadh talks", "the Pretoria deal".
  bool VenueEvent(const Sentence& s, const List& L) const {
    int n = static_cast<int>(s.t.size());
    if (!L.place || L.last >= n) return false;
    std::string_view next = Text(s, L.last, L.last + 1);
    return next == "talks" || next == "meeting" || next == "meetings" || next == "summit" || next == "negotiations" ||
           next == "process" || (C(s, L.last) & kWAccord);
  }

  bool IsTalksNoun(const Sentence& s, int k) const {
    std::string_view w = Text(s, k, k + 1);
    return w == "talks" || w == "negotiations" || w == "consultations" || w == "dialogue";
  }

  // "withdrawal of foreign troops from Afghanistan": troops moved from a place before token `k`.
  bool TroopsBefore(const Sentence& s, int k) const {
    if (k < 1) return false;
    std::string_view w = Text(s, k - 1, k);
    return w == "troops" || w == "forces" || w == "soldiers" || w == "units" || w == "personnel" || w == "army";
  }

  // Is the object after `te` a proposal (not a response: "rejected Hamas' response")?
  bool ProposalObject(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    for (int j = te; j < n && j < te + 7; ++j) {
      if (s.t[j].Is(Token::kPunct) || (C(s, j) & kWBoundary)) return false;
      if (C(s, j) & kWResponseNoun) return false;
      if (C(s, j) & kWProposal) return true;
    }
    return false;
  }

  // "urged Israel to pause, but Netanyahu said ...": the reporting verb of a clause after ", but"
  // whose subject is of the side `y` (stored in `answerer`); -1 if the next ", but" starts no such
  // clause.
  int AnswerAfterBut(const Sentence& s, int te, const Ref& y, Ref* answerer) const {
    int n = static_cast<int>(s.t.size());
    int j = te;
    while (j + 2 < n && !(s.t[j].word == d_.w_comma && Text(s, j + 1, j + 2) == "but")) ++j;
    int k = j + 2;
    while (k < n && (C(s, k) & kWDeterminer)) ++k;
    if (k >= n || s.tok_list[k] < 0) return -1;
    const List& L = s.lists[s.tok_list[k]];
    // ("but the Kremlin has since said")
    int v = L.last;
    while (v < n && v < L.last + 2 && ((C(s, v) & kWAuxiliary) || Text(s, v, v + 1) == "since"))
      ++v;
    if (!L.usable || L.possessive || v >= n || !(C(s, v) & kWReporting)) return -1;
    for (const Ref& r : ListRefs(s, s.tok_list[k]))
      if (r.party == y.party) {
        *answerer = r;
        return v;
      }
    return -1;
  }

  // The addressee list of an urging joined after token `te` (", urging X", "and called on X"); -1 if none.
  int UrgedAfter(const Sentence& s, int te) const {
    int n = static_cast<int>(s.t.size());
    for (int j = te; j + 1 < n && j < te + 25; ++j) {
      if (s.t[j].word == d_.w_semicolon) return -1;
      std::string_view w = Text(s, j, j + 1);
      bool urge = w == "urging" || w == "urged" || w == "calling" || w == "called" || w == "pressing" ||
                  w == "pressed" || w == "asking" || w == "asked";
      if (!urge || j == 0 || (s.t[j - 1].word != d_.w_comma && s.t[j - 1].word != d_.w_and)) continue;
      int k = j + 1;
      if (k < n && (Text(s, k, k + 1) == "on" || Text(s, k, k + 1) == "upon")) ++k;
      while (k < n && (C(s, k) & kWDeterminer) && s.tok_list[k] < 0) ++k;
      if (k < n && s.tok_list[k] >= 0 && s.lists[s.tok_list[k]].usable && !s.lists[s.tok_list[k]].place) return s.tok_list[k];
      return -1;
    }
    return -1;
  }

  // Whether the "and" at `and_at` closes "between" and a short phrase no actor stands for, from `from` on
  // ("between the ruling coalition and Hezbollah").
  bool BetweenUnnamed(const Sentence& s, int and_at, int from) const {
    for (int k = and_at - 1; k >= from && k >= and_at - 6; --k) {
      if (s.t[k].word == d_.w_between) return k < and_at - 1;
      if (s.tok_list[k] >= 0 || (s.t[k].Is(Token::kPunct) && s.t[k].word != d_.w_hyphen) ||
          (!IsPlainWord(s, k) && !(C(s, k) & kWDeterminer) && s.t[k].word != d_.w_hyphen))
        return false;
    }
    return false;
  }

  // A lower-case content word: no actor, punctuation, number, function word or verb-like word.
  // Tokens [i, name) are a short title and a comma before a person's name: "Maoist leader, " (after "the").
  bool TitleBeforeComma(const Sentence& s, int i, int name) const {
    int comma = name - 1;
    if (comma - i < 1 || comma - i > 4 || i < 1 || !(C(s, i - 1) & kWDeterminer) || s.t[comma].word != d_.w_comma ||
        s.t[comma - 1].Is(Token::kUpper))
      return false;
    for (int k = i; k < comma; ++k)
      if (s.tok_mention[k] >= 0 || s.t[k].Is(Token::kPunct) || s.t[k].Is(Token::kNumber) || IsVerbLike(s, k) ||
          (C(s, k) & (kWDeterminer | kWQuantifier | kWBoundary | kWPreposition | kWTime)))
        return false;
    return true;
  }

  // Tokens [i, name) are a short common-noun phrase naming the kind of body the name after it is: "rebel
  // groups", "the opposition", "pro-democracy alliance" (plain words and hyphens, a collective head).
  // ("the two rebel groups, LURD and MODEL", "the three resistance groups: the Khmer Rouge": a counted plural
  // noun, then the names it stands for after a comma or colon)
  bool CommonNounBefore(const Sentence& s, int i, int name) const {
    if (name - i >= 3 && (C(s, name - 1) & kWDeterminer) &&
        (s.t[name - 2].word == d_.w_comma || s.t[name - 2].word == d_.w_colon))
      --name;
    if (name - i >= 3 && (s.t[name - 1].word == d_.w_comma || s.t[name - 1].word == d_.w_colon) &&
        EndsWith(Text(s, name - 2, name - 1), "s")) {
      --name;
      while (i < name - 1 && (s.t[i].Is(Token::kNumber) || (C(s, i) & kWQuantifier))) ++i;
    }
    if (name - i < 1 || name - i > 4) return false;
    for (int k = i; k < name; ++k)
      if (!IsPlainWord(s, k) && !(Text(s, k, k + 1) == "-" && k > i && k + 1 < name)) return false;
    static constexpr std::string_view kHeads[] = {"opposition", "rebel", "armed", "militant", "separatist",
                                                  "insurgent", "guerrilla", "alliance", "coalition", "movement",
                                                  "group", "front", "bloc", "faction", "militia"};
    std::string_view head = Text(s, name - 1, name);
    if (EndsWith(head, "s")) return true;
    for (std::string_view h : kHeads)
      if (head == h) return true;
    return false;
  }

  // An international body no conflict has as a side (the UN, IGAD), not an armed movement.
  bool Neutral(const Ref& r) const {
    const Actor* a = kb_.Find(r.party);
    return a && a->kind == ActorKind::kOrganization && !a->armed;
  }

  // The comma or "and" at `j` joins two places named after a place noun's "of" ("the towns of
  // Shire, Axum and Adwa"; places the dictionary does not know are capitalised words no mention
  // covers)
  bool NamedPlaceJoin(const Sentence& s, int j) const {
    int n = static_cast<int>(s.t.size());
    auto place = [&](int k) {
      return k > 0 && k < n &&
             (s.tok_list[k] >= 0 ? s.lists[s.tok_list[k]].place : UnknownName(s, k));
    };
    if (!place(j - 1) || !place(j + 1)) return false;
    int k = j - 1;
    while (k > 0 && j - k < 16 &&
           (place(k) || s.t[k].word == d_.w_comma || s.t[k].word == d_.w_and))
      --k;
    return k > 0 && s.t[k].word == d_.w_of && (C(s, k - 1) & kWPlaceNoun);
  }

  // A capitalised word no mention covers ("Shire"), not at the sentence start
  bool UnknownName(const Sentence& s, int k) const {
    return k > 0 && s.tok_mention[k] < 0 && s.t[k].Is(Token::kUpper) && !s.t[k].Is(Token::kPunct) &&
           !(C(s, k) &
             (kWDeterminer | kWQuantifier | kWBoundary | kWPreposition | kWTime | kWReporting));
  }

  bool IsPlainWord(const Sentence& s, int k) const {
    return s.tok_list[k] < 0 && !s.t[k].Is(Token::kUpper) && !s.t[k].Is(Token::kPunct) &&
           !s.t[k].Is(Token::kNumber) &&
           !(C(s, k) & (kWDeterminer | kWQuantifier | kWBoundary | kWPreposition | kWTime)) && !IsVerbLike(s, k);
  }

  bool IsSpeakerless(const Sentence& s, int ti) const {
    // "It is necessary for X to" / "It is time for X": no subject of its own
    return ti >= 0 && d_.vocab.Key(s.t[ti].word) == "it";
  }

  // A trigger inside a fronted phrase ("Following talks with X, Blinken said"):
  // the subject after the comma.
  int FrontedSubject(const Sentence& s, int ti, int clause_start = 0) const {
    int n = static_cast<int>(s.t.size());
    for (int j = clause_start; j < ti; ++j)
      if (s.t[j].word == d_.w_comma || s.t[j].word == d_.w_quote) return -1;
    int j = ti;
    while (j < n && s.t[j].word != d_.w_comma) ++j;
    // ("Unknown gunmen attacked the villages, and Shultz denounced": ", and" opens a clause of its
    // own)
    if (j + 1 < n && (s.t[j + 1].word == d_.w_and || Text(s, j + 1, j + 2) == "but")) return -1;
    for (++j; j < n; ++j) {
      int li = s.tok_list[j];
      if (li >= 0) {
        // ("with Qatar's prime minister, Sheikh Mohammed, Blinken accused": past an apposition closed by a comma)
        const List& L = s.lists[li];
        bool fronted = n > 0 && (IsIng(Text(s, 0, 1)) || IsPrep(s, 0));
        if (fronted && L.last + 1 < n && s.t[L.last].word == d_.w_comma && s.tok_list[L.last + 1] >= 0) {
          const List& M = s.lists[s.tok_list[L.last + 1]];
          if (M.first == L.last + 1 && M.last < n && !s.t[M.last].Is(Token::kPunct) && UsableSubject(s, M))
            return s.tok_list[L.last + 1];
        }
        return UsableSubject(s, L) ? li : -1;
      }
      if (C(s, j) & kWPreposition) return -1;
    }
    return -1;
  }

  // "talks in Cairo": the place named in the sentence, for mediation records.
  std::string Venue(const Sentence& s) const {
    for (const List& L : s.lists)
      if (L.place && L.marker >= 0 && (d_.vocab.Key(s.t[L.marker].word) == "in" || d_.vocab.Key(s.t[L.marker].word) == "at"))
        return std::string(Text(s, L.first, L.last));
    return "";
  }
};

}  // namespace

Result<Extractor> Extractor::Create(const KnowledgeBase& kb) {
  auto triggers = FindEmbedded("graphs/dictionaries/triggers.toml");
  auto mentions = FindEmbedded("graphs/dictionaries/mentions.toml");
  if (!triggers || !mentions)
    return Status::Internal("the built-in trigger lexicon (graphs/dictionaries/triggers.toml or mentions.toml) is missing");
  return Create(kb, *triggers, *mentions);
}

Result<Extractor> Extractor::Create(const KnowledgeBase& kb, std::string_view triggers_toml,
                                    std::string_view mentions_toml, std::string_view triggers_origin) {
  Vocabulary vocab;
  Result<MentionFinder> finder = MentionFinder::Create(kb, mentions_toml, "graphs/dictionaries/mentions.toml", &vocab);
  if (!finder.ok()) return finder.status();
  Result<TriggerLexicon> triggers = TriggerLexicon::Create(triggers_toml, triggers_origin, &vocab);
  if (!triggers.ok()) return triggers.status();
  auto data = std::make_shared<ExtractorData>(std::move(vocab), std::move(finder).value(), std::move(triggers).value());
  ExtractorData& d = *data;
  auto w = [&](const char* k) { return d.vocab.Add(k); };
  d.w_comma = w(",");
  d.w_the = w("the");
  d.w_s = w("'s");
  d.w_apos = w("'");
  d.w_hyphen = w("-");
  d.w_with = w("with");
  d.w_by = w("by");
  d.w_that = w("that");
  d.w_to = w("to");
  d.w_quote = w("\"");
  d.w_semicolon = w(";");
  d.w_colon = w(":");
  d.w_of = w("of");
  d.w_for = w("for");
  d.w_from = w("from");
  d.w_between = w("between");
  d.w_here = w("here");
  d.w_in = w("in");
  d.w_and = w("and");
  d.w_ahead = w("ahead");
  d.w_lparen = w("(");
  d.w_rparen = w(")");
  d.w_it = w("it");
  d.w_this = w("this");
  d.w_what = w("what");
  d.w_not = w("not");
  Extractor e(kb);
  e.data_ = std::move(data);
  return e;
}

Extraction Extractor::Extract(const Document& doc) const {
  Extraction out;
  Run run(*data_, *kb_, doc, &out, nullptr);
  run.Go();
  // "Serbian President Milosevic" in 1995 acts for Yugoslavia: a state's actors act for the state it
  // was part of, in documents dated before that ended (a relation the mapping leaves within one party goes)
  if (!doc.date.empty()) {
    auto part_of = [&](std::string* party) {
      const Actor* st = party->empty() ? nullptr : kb_->Find(*party);
      if (!st || st->part_of.empty() || !(doc.date < st->part_of_until)) return false;
      *party = st->part_of;
      return true;
    };
    std::vector<Relation> kept;
    kept.reserve(out.relations.size());
    for (Relation& r : out.relations) {
      bool mapped = part_of(&r.source.party);
      mapped = part_of(&r.target.party) || mapped;
      if (mapped && r.source.party == r.target.party && r.kind != RelationKind::kMeet) continue;
      kept.push_back(std::move(r));
    }
    out.relations = std::move(kept);
    for (Mediation& m : out.mediations) {
      for (ActorRef& a : m.mediators) part_of(&a.party);
      for (ActorRef& a : m.parties) part_of(&a.party);
    }
  }
  // "flew to Brussels": a visit to a body's seat is a visit to the state it sits in
  for (Relation& r : out.relations) {
    if (r.kind != RelationKind::kVisit || r.target.kind != ActorKind::kOrganization) continue;
    const Actor* body = kb_->Find(r.target.party);
    const Actor* state = body && !body->home.empty() ? kb_->Find(body->home) : nullptr;
    if (!state || state->kind != ActorKind::kCountry) continue;
    r.target.id = state->id;
    r.target.name = state->name;
    r.target.kind = state->kind;
    r.target.party = state->party;
  }
  // "The Philippine government and the MILF signed the accord in Manila": a movement meeting in the state it
  // belongs to visits no one
  out.relations.erase(std::remove_if(out.relations.begin(), out.relations.end(),
                                     [&](const Relation& r) {
                                       if (r.kind != RelationKind::kVisit || r.source.party.empty()) return false;
                                       const Actor* side = kb_->Find(r.source.party);
                                       return side && !side->home.empty() && side->home == r.target.party;
                                     }),
                      out.relations.end());
  std::stable_sort(out.relations.begin(), out.relations.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.sentence, a.trigger_span.begin, a.source.id, a.target.id) <
           std::tie(b.sentence, b.trigger_span.begin, b.source.id, b.target.id);
  });
  auto placed = std::stable_partition(out.relations.begin(), out.relations.end(), [](const Relation& r) {
    return !r.source.party.empty() && !r.target.party.empty();
  });
  out.unplaced.assign(std::make_move_iterator(placed), std::make_move_iterator(out.relations.end()));
  out.relations.erase(placed, out.relations.end());
  return out;
}

std::vector<MentionRecord> Extractor::Mentions(const Document& doc) const {
  Extraction ignored;
  std::vector<MentionRecord> mentions;
  Run run(*data_, *kb_, doc, &ignored, &mentions);
  run.Go();
  return mentions;
}

Extraction Extractor::ExtractAll(const Corpus& corpus) const {
  Extraction all;
  std::map<std::string, Actor> discovered;
  for (const Document& d : corpus.documents) {
    Extraction one = Extract(d);
    all.relations.insert(all.relations.end(), std::make_move_iterator(one.relations.begin()),
                         std::make_move_iterator(one.relations.end()));
    all.unplaced.insert(all.unplaced.end(), std::make_move_iterator(one.unplaced.begin()),
                        std::make_move_iterator(one.unplaced.end()));
    all.mediations.insert(all.mediations.end(), std::make_move_iterator(one.mediations.begin()),
                          std::make_move_iterator(one.mediations.end()));
    for (Actor& a : one.discovered) discovered.emplace(a.id, std::move(a));
  }
  for (auto& [id, a] : discovered) all.discovered.push_back(std::move(a));
  std::set<std::string> party_ids;
  for (const Relation& r : all.relations) party_ids.insert({r.source.party, r.target.party});
  for (const std::string& id : party_ids) {
    if (const Actor* a = kb_->Find(id)) all.parties.push_back(*a);
  }
  return all;
}

}  // namespace actorgraph
