// Stage 5 data: relations between actors, each with its evidence.
// The JSON Lines form is the contract of ../shared/docs/relations.md.
#ifndef ACTORGRAPH_RELATIONS_RELATION_H_
#define ACTORGRAPH_RELATIONS_RELATION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "actors/actor.h"

namespace actorgraph {

/// Relation kinds of relations.md (the extractor may add more later).
enum class RelationKind { kMeet, kVisit, kMediate, kPropose, kRespond, kUrge, kCriticize, kSupport, kAttack };
enum class Modality { kAsserted, kPlanned, kNegated, kHypothetical };
enum class Stance { kNone, kAccept, kReject, kMixed };  // kNone unless kind == kRespond

const char* RelationKindName(RelationKind k);  // "meet", "visit", ...
const char* ModalityName(Modality m);          // "asserted", ...
const char* StanceName(Stance s);              // "", "accept", "reject", "mixed"
bool ParseRelationKind(const std::string& s, RelationKind* out);
bool ParseModality(const std::string& s, Modality* out);
bool ParseStance(const std::string& s, Stance* out);

/// An actor as it takes part in one relation.
struct ActorRef {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::kCountry;
  std::string party;  // the party on the article's date
};

/// A byte range [begin, end) in Document::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// One directed relation `source -kind-> target` from one sentence.
struct Relation {
  std::string doc;        // document id
  int sentence = 0;       // 1-based sentence index
  RelationKind kind = RelationKind::kMeet;
  ActorRef source;
  ActorRef target;
  Modality modality = Modality::kAsserted;
  Stance stance = Stance::kNone;
  std::string attributed_to;  // actor id of who said so ("A said B rejected X"); empty if none
  Span source_span, target_span, trigger_span;
  std::string trigger;    // the trigger text ("mediating", "met with")
  std::string evidence;   // the sentence text
  std::string rule;       // id of the rule that fired
  std::string cameo;      // CAMEO code, "045"
  double confidence = 0;  // in [0, 1]
  std::string date;       // the article's date, ISO 8601; empty when unknown
  std::string mediation;  // id of the Mediation it was projected from; empty if none
};

/// A mediation event as one record: mediators between parties.
struct Mediation {
  std::string id;  // "<doc>#<sentence>.<n>"
  std::string doc;
  int sentence = 0;
  std::vector<ActorRef> mediators;
  std::vector<ActorRef> parties;
  std::string venue;  // place name when stated ("Cairo")
  std::string date;
  Modality modality = Modality::kAsserted;
  std::string evidence;
};

/// What extraction of a corpus yields.
struct Extraction {
  std::vector<Relation> relations;   // sorted by (doc order, sentence, trigger offset, source, target)
  std::vector<Relation> unplaced;    // a side whose party is unknown ("Mr Trimble" never introduced):
                                     // no party graph can hold it; kept apart, in the same order
  std::vector<Mediation> mediations;
  std::vector<Actor> discovered;     // actors learnt from the text, by id
  std::vector<Actor> parties;        // dictionary actors of the parties the relations name, by id
                                     // (names a party that only unnamed bodies stood for)
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_RELATION_H_
