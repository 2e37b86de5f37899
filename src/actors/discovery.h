// Discovery: persons the dictionary does not know, learnt from the pattern
// news uses to introduce them: nationality + title + capitalised name
// ("Iranian Foreign Minister Seyed Abbas Araghchi", "Egypt's intelligence
// chief Abbas Kamel", "Hamas leader Yahya Sinwar").
#ifndef ACTORGRAPH_ACTORS_DISCOVERY_H_
#define ACTORGRAPH_ACTORS_DISCOVERY_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor.h"
#include "actors/knowledge_base.h"

namespace actorgraph {

/// One person introduced by nationality + title + name in a sentence.
struct Discovery {
  Actor actor;               // kind person, discovered = true, party, one office (key, party, title)
  std::size_t begin = 0;     // span of the whole phrase, bytes into the sentence text
  std::size_t end = 0;
  std::size_t name_begin = 0;  // span of the name alone
  std::size_t name_end = 0;
  std::string title;            // the title as written: "Foreign Minister"
  bool former = false;          // "former Israeli Prime Minister ...": party only, no office
  const Actor* known = nullptr;  // the dictionary's person of that name, or nullptr when new
  const Actor* dictionary_holder = nullptr;  // the dictionary's holder of that office on the date,
                                             // when it is someone else (a gap in the dictionary?)
};

/// Finds the nationality + title + name pattern. Build once per knowledge base
/// (it indexes names and titles), then call Find for each sentence. Read-only
/// after construction; the knowledge base must outlive it.
class ActorDiscoverer {
 public:
  explicit ActorDiscoverer(const KnowledgeBase& kb);

  /// Every pattern occurrence in `sentence`, in text order; `date` (ISO, may be
  /// empty) is the article's date, used to compare with the dictionary's holder.
  std::vector<Discovery> Find(std::string_view sentence, std::string_view date) const;

 private:
  struct Phrase {
    std::string text;
    const Actor* actor = nullptr;      // nationality phrases
    const TitlePhrase* title = nullptr;  // title phrases
  };
  // Longest phrase of `index` at `pos` (titles: case-insensitive; names: exact).
  const Phrase* Match(const std::map<std::string, std::vector<Phrase>>& index, std::string_view text,
                      std::size_t pos, bool ignore_case, std::size_t* end) const;

  const KnowledgeBase& kb_;
  std::map<std::string, std::vector<Phrase>> nationalities_;  // by first word
  std::map<std::string, std::vector<Phrase>> titles_;         // by lower-cased first word
  std::map<std::string, std::vector<const Actor*>> persons_;  // by folded name or alias
  std::map<std::string, const Actor*> stoppers_;              // non-person names, by exact text
};

/// Convenience: builds an ActorDiscoverer for one call (index cost each time).
std::vector<Discovery> DiscoverActors(std::string_view sentence, const KnowledgeBase& kb, std::string_view date);

/// The id a discovered person gets: the folded name in kebab case
/// ("Seyed Abbas Araghchi" -> "seyed-abbas-araghchi").
std::string PersonId(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_DISCOVERY_H_
