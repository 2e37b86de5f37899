// Stage 4 entry point: from a clean document to relations with evidence.
#ifndef ACTORGRAPH_RELATIONS_EXTRACTOR_H_
#define ACTORGRAPH_RELATIONS_EXTRACTOR_H_

#include "actors/knowledge_base.h"
#include "core/status.h"
#include "documents/document.h"
#include "relations/relation.h"

namespace actorgraph {

/// Holds what extraction loads once (the knowledge base it was given and the
/// trigger lexicon). Extract() is a pure function of one document: no shared
/// mutable state, so documents can run in parallel with identical results.
class Extractor {
 public:
  /// Loads the built-in trigger lexicon. REQUIRES: `kb` outlives the Extractor.
  static Result<Extractor> Create(const KnowledgeBase& kb);

  /// Relations, mediations and discovered actors of one document.
  Extraction Extract(const Document& doc) const;
  /// Every document in corpus order, merged; discovered actors deduplicated by id.
  Extraction ExtractAll(const Corpus& corpus) const;

 private:
  explicit Extractor(const KnowledgeBase& kb) : kb_(&kb) {}
  const KnowledgeBase* kb_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_EXTRACTOR_H_
