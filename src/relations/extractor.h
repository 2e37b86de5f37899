// Stage 4 entry point: from a clean document to relations with evidence.
#ifndef ACTORGRAPH_RELATIONS_EXTRACTOR_H_
#define ACTORGRAPH_RELATIONS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/knowledge_base.h"
#include "core/status.h"
#include "documents/document.h"
#include "relations/relation.h"

namespace actorgraph {

struct ExtractorData;

/// An actor mention as reported by `extract --mentions`.
struct MentionRecord {
  std::string doc;
  int sentence = 0;
  Span span;
  std::string text;      // as written
  std::string type;      // "name", "group", "adjectival", "pronoun", "description"
  ActorRef actor;        // resolved actor; empty id when unresolved
  bool place = false;    // named as a place, not as an actor
};

/// Holds what extraction loads once (the knowledge base it was given and the
/// trigger lexicon). Extract() is a pure function of one document: no shared
/// mutable state, so documents can run in parallel with identical results.
class Extractor {
 public:
  /// Loads the built-in trigger lexicon. REQUIRES: `kb` outlives the Extractor.
  static Result<Extractor> Create(const KnowledgeBase& kb);
  /// The same with lexicon texts given (triggers.toml, mentions.toml), for tests and users' lexicons.
  /// `triggers_origin` names the lexicon in errors ("my-triggers.toml:12: ...").
  static Result<Extractor> Create(const KnowledgeBase& kb, std::string_view triggers_toml,
                                  std::string_view mentions_toml,
                                  std::string_view triggers_origin = "graphs/dictionaries/triggers.toml");

  /// Relations, mediations and discovered actors of one document.
  Extraction Extract(const Document& doc) const;
  /// Every document in corpus order, merged; discovered actors deduplicated by id.
  Extraction ExtractAll(const Corpus& corpus) const;
  /// The actor mentions of one document after coreference (for `extract --mentions`).
  std::vector<MentionRecord> Mentions(const Document& doc) const;

 private:
  explicit Extractor(const KnowledgeBase& kb) : kb_(&kb) {}
  const KnowledgeBase* kb_;
  std::shared_ptr<const ExtractorData> data_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_EXTRACTOR_H_
