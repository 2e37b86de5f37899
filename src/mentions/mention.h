// Stage 3b: actor mentions in one sentence — names and aliases, demonym
// groups ("Israeli officials"), title + name persons (with discovery of persons
// the dictionary does not know), capitals as metonyms but not as places,
// pronouns and definite descriptions (resolved later by coreference).
#ifndef ACTORGRAPH_MENTIONS_MENTION_H_
#define ACTORGRAPH_MENTIONS_MENTION_H_

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/knowledge_base.h"
#include "core/status.h"
#include "mentions/tokenizer.h"

namespace actorgraph {

/// What a mention is, before coreference.
enum class MentionType : std::uint8_t {
  kName,         // a dictionary or discovered actor by name ("Blinken", "Egyptian President al-Sissi")
  kGroup,        // an unnamed body of a party ("Israeli officials", "US and Israeli officials")
  kAdjectival,   // a party acting through a thing ("Israeli military action"): a target, never a subject
  kPronoun,      // he, it, they, we ... (resolved by coreference)
  kDescription,  // "the Secretary", "the Palestinian group", "the two leaders" (resolved by coreference)
};

enum class PronounClass : std::uint8_t { kNone, kPerson, kThing, kPlural, kSpeaker };

/// One mention: tokens [first, last) of the sentence's token vector.
struct Mention {
  int first = 0;
  int last = 0;
  MentionType type = MentionType::kName;
  const Actor* actor = nullptr;  // kName, or a resolved description; nullptr for groups
  std::string party;             // the party on the article's date ("" when unknown)
  ActorKind kind = ActorKind::kCountry;
  std::string name;              // display name for groups ("Israeli officials")
  std::string office;            // office key of the title it came with ("foreign-minister")
  std::string title;             // the title words it came with ("secretary of state"), for "the Secretary"
  PronounClass pronoun = PronounClass::kNone;
  char gender = 0;               // person pronouns: 'f' ("she", "her"), 'm' ("he", "his"), 0 otherwise
  std::string desc;  // descriptions: "organization", "armed" (an armed movement: "the rebels"),
                     // "country", "pair", "person", "title", "forces", "grouping", "home-state",
                     // "opposition", "mediators", "place", "count", "regional"
  std::vector<std::string> region;  // descriptions: allowed parties ("the Gulf country")
  bool place = false;            // named as a place ("talks in Cairo"): only a visit's host
  bool capital = false;          // a capital or seat (its state)
  bool possessive = false;       // followed by 's or ' ("Hamas' response")
  bool compound = false;         // part of a hyphen compound ("Israel-Hamas war", "Qatari-brokered")
  bool demonym = false;          // written as a demonym adjective ("Qatari")
  bool discovered = false;       // a person learnt from this text
  bool singular_head = false;    // a group whose noun is singular ("an Israeli official")
  bool victim = false;           // a group of people acted upon ("Palestinian civilians"): never a source
  bool bare = false;             // a demonym adjective before some other noun ("Qatari mediation"):
                                 // only a nominal trigger's source, never a subject or target
};

/// Persons discovered in one document (title + unknown name), kept so later
/// surname-only mentions find them. Owned by the per-document state.
struct DocumentActors {
  std::deque<Actor> actors;           // stable addresses
  std::vector<const Actor*> persons;  // dictionary persons named so far, in order
  std::vector<const Actor*> bodies;   // organisations named so far (also as groups), in order
  std::map<std::string, std::string> acts_for;  // person id -> the body a title gave it here ("UN envoy X")
  std::set<std::string> parties;  // parties of the mentions found so far (a shared name's context)
  const Actor* FindSurname(std::string_view folded) const;
  const Actor* FindId(std::string_view id) const;
  /// The last person named whose first name is `given` ("Sheikh Mohammed" after
  /// "Sheikh Mohammed bin Abdulrahman Al Thani") and whose name has at least `min_words` words, or nullptr.
  const Actor* FindGivenName(std::string_view given, int min_words = 2) const;
  /// The last person named whose name ends in `family` ("Wagner"; "Jaafari" for "Bashar al-Jaafari"), or nullptr.
  const Actor* FindFamilyName(std::string_view family) const;
  /// The one person named so far with `inner` inside a name of three or more words, neither first
  /// nor last ("Murad" for "Al Haj Murad Ebrahim", "Lula" for "Luiz Inacio Lula da Silva"), or
  /// nullptr.
  const Actor* FindInnerName(std::string_view inner) const;
};

/// Mention-finder word lists loaded from mentions.toml.
struct MentionLexicon;

/// Finds mentions; built once from the knowledge base and mentions.toml,
/// read-only afterwards (safe to share between threads).
class MentionFinder {
 public:
  /// Adds every dictionary word to `vocab`. `mentions_toml` is the text of
  /// graphs/dictionaries/mentions.toml; `origin` names it in errors.
  static Result<MentionFinder> Create(const KnowledgeBase& kb, std::string_view mentions_toml,
                                      std::string_view origin, Vocabulary* vocab);

  /// The mentions of one sentence, left to right, not overlapping.
  /// `text` is the document text the tokens index; `date` the article date.
  void Find(std::string_view text, const std::vector<Token>& tokens, std::string_view date,
            DocumentActors* doc_actors, std::vector<Mention>* out) const;

  const KnowledgeBase& kb() const { return *kb_; }
  /// Parties named by a region adjective ("gulf"), or nullptr.
  const std::vector<std::string>* Region(WordId word) const;

  MentionFinder(MentionFinder&&) noexcept;
  MentionFinder& operator=(MentionFinder&&) noexcept;
  ~MentionFinder();

 private:
  MentionFinder();
  const KnowledgeBase* kb_ = nullptr;
  std::unique_ptr<MentionLexicon> lex_;
};

/// "pamela-jayapal" from "Pamela Jayapal".
std::string KebabId(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MENTIONS_MENTION_H_
