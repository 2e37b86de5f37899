// Placeholder implementation: finds nothing yet. Replaced by the extractor.
#include "relations/extractor.h"

namespace actorgraph {

Result<Extractor> Extractor::Create(const KnowledgeBase& kb) { return Extractor(kb); }

Extraction Extractor::Extract(const Document&) const { return {}; }

Extraction Extractor::ExtractAll(const Corpus& corpus) const {
  Extraction all;
  for (const Document& d : corpus.documents) {
    Extraction one = Extract(d);
    all.relations.insert(all.relations.end(), one.relations.begin(), one.relations.end());
    all.mediations.insert(all.mediations.end(), one.mediations.begin(), one.mediations.end());
  }
  return all;
}

}  // namespace actorgraph
