// The trigger lexicon (graphs/dictionaries/triggers.toml): which words yield
// which relation, how their roles are found, and the closed-class words the
// clause analysis needs. Loaded once; read-only afterwards.
#ifndef ACTORGRAPH_RELATIONS_TRIGGER_LEXICON_H_
#define ACTORGRAPH_RELATIONS_TRIGGER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "mentions/tokenizer.h"
#include "mentions/trie.h"
#include "relations/relation.h"

namespace actorgraph {

/// One [[trigger]] rule.
struct TriggerRule {
  std::string id;
  RelationKind kind = RelationKind::kMeet;
  std::string cameo;
  bool noun = false;
  std::vector<WordId> target_preps;  // prepositions introducing the target
  std::vector<WordId> near;          // fires only with one of these words near it ("pledged $1bn in aid")
  std::vector<WordId> not_near;      // never with one of these words just before it ("did not expect ... until")
  std::vector<WordId> possessed;     // only with an object that owns one ("Kosovo's independence")
  bool direct = false;               // "" in targets: a direct object
  bool any = false;                  // "*" in targets
  bool that = false;                 // "that" in targets
  std::vector<WordId> source_preps;  // nouns: "from", "by"
  Stance stance = Stance::kNone;
  bool has_modality = false;
  Modality modality = Modality::kAsserted;
  bool mutual = false;  // holds both ways: "A clashed with B" is A->B and B->A
  bool hosts = false;   // meet: the target is the source's guest and visits its state
  bool carries = false; // send: only an actor as the direct object travels ("took him to", not "took the matter to")
  bool no_capitals = false;  // a target of capitals only is places, not metonyms ("shuttled between Doha and Cairo")
  bool rejoinder = false;    // respond: with no author named, the other side's last speaker ("Araghchi retorted")
  bool judged = false;       // criticize: a judgement; its author is the one who calls or says it, its target
                             // what is judged ("said Russia's position was unacceptable")
  bool reported = false;     // criticize: the speaker blames the trigger's subject ("said both sides had violated the truce")
  bool not_naming = false;   // not when the object is followed by "a"/"an" ("called Israel a threat" names it)
  bool object_to = false;    // only when an actor object is followed by an infinitive ("expected Iran to comply")
  std::vector<WordId>
      after_object;  // only when the actor object is followed by one of these ("joined X for")
  bool thing_object = false; // the direct object is a thing, not an actor, and the verb is active ("blamed the
                             // attack on X"; not "blamed the rebels for an attack on X", "a bombing blamed on X")
  bool intransitive =
      false;  // not with a direct object before the target ("stop the violence in X")
  bool passive_only = false;     // only in the passive, reduced or not ("talks conducted by X")
  bool adjacent_object = false;  // only with an actor or a determiner right after the trigger
                                 // ("armed the rebels", not "armed forces commander X")
  bool as_object = false;    // fires only when an actor object is followed by "as" ("dismissed the team as a sham")
  bool conference = false;   // mediate: with three or more sides, a gathering the source hosts (meet each), not a mediation
  bool remote = false;       // meet: at a distance ("telephoned X"): a place in the sentence is nobody's visit
  bool in_person = false;    // propose, urge: handed to people, face to face: a meeting too
  bool face_to_face = false;  // meet: only where the sentence shows the two face to face
  bool host_meets = false;   // mediate: the host of the talks meets each side too ("Anwar hosted talks between A and B")
  bool infinitive_shy = false;  // not after a bare "to" ("loans to help it": whose help is unclear)
  bool threat = false;        // urge: with "or face ..." after it, a threat too (criticize, CAMEO 130)
  // fires only with a condition after it whose verb is one of these, put on another party, the
  // target ("would order a ceasefire if Kyiv withdrew")
  std::vector<WordId> conditions;
  bool named_author = false;  // respond: only an author the sentence names ("signed a plan drawn up by X")
  int on_proposal = -1;      // 1: fires only when its direct object is a proposal ("backed the plan"), 0: never then
  bool place = false, author = false, proposes = false, reciprocal = false, together = false, prefix = false,
       send = false, thing = false, among = false,
       sides = false;  // mediate: with no parties named, the sides of the talks at hand
  double confidence = 0.8;
  bool AcceptsPrep(WordId w) const {
    for (WordId p : target_preps)
      if (p == w) return true;
    return false;
  }
};

/// Word classes of the clause analysis (bits), by WordId.
enum : std::uint32_t {
  kWReporting = 1u << 0,
  kWRelative = 1u << 1,
  kWPreposition = 1u << 2,
  kWBoundary = 1u << 3,
  kWTime = 1u << 4,
  kWProposal = 1u << 5,
  kWResponseNoun = 1u << 6,
  kWBe = 1u << 7,
  kWDeterminer = 1u << 8,
  kWQuantifier = 1u << 9,
  kWDemandNoun = 1u << 10,  // "rejected the demand": its author is who demanded last
  kWPlaceNoun = 1u << 11,   // "the city of X": X is a place, not the possessor
  kWPledge = 1u << 12,      // "pledged that X would stand by Y": support declared now
  // "condemned the invasion", "denounced the move": an act whose agent is judged
  kWAct = 1u << 13,
  // "denounced the agreement": an accord, whose sides are judged
  kWAccord = 1u << 14,
  // "rejected Pakistan's allegations": a claim, answered only when its author is named
  kWClaim = 1u << 15,
  // "rejected the court's ruling": answered like a proposal, but it proposes nothing
  kWRuling = 1u << 16,
  // "the war in X", "hostages held in X": X is where it goes on, never a meeting's venue
  kWScene = 1u << 17,
  // "warning that they could use force": what a warning threatens
  kWThreat = 1u << 18,
  // "has not yet", "will also": may stand between a subject and its verb
  kWAuxiliary = 1u << 19,
  // "a dinner", "a reception": hospitality, no talks
  kWOccasion = 1u << 20,
  // "soldiers", "officials": people a state sends ("backed by soldiers from X")
  kWEnvoys = 1u << 21,
  // "sanctions", "propaganda": what is thrown at someone in words or measures, not arms
  kWFigurative = 1u << 22,
  // "a coup in Fiji", "the crackdown in Iran": an act done inside a state, by those who hold its
  // arms
  kWInternalAct = 1u << 23,
  // "rejected U.S. accusations that": a claim that blames, whose author criticised the one
  // rejecting it
  kWAccusation = 1u << 24,
  // "parts of a plan", "much of the deal": a part that is answered like the whole
  kWPartitive = 1u << 25,
  // "called", "described", "branded": a verb whose object a judgement after it judges
  kWJudging = 1u << 26,
  // "trip", "visit", "tour": a journey; "foreign", "abroad": a journey out of one's own state
  kWJourney = 1u << 27,
  kWAbroad = 1u << 28,
};

/// Phrase classes in the phrase trie.
enum : std::uint32_t {
  kPTrigger = 0,        // value = index of the rule, offset by kTriggerBase
  kPPlanned = 1,
  kPNegated = 2,
  kPHypothetical = 3,
  kPListJoin = 4,
  kPIncluding = 5,
  kPReporting = 6,
  kPProposal = 7,
  kPControl = 8,        // "urged X to", "called on X to": X is the subject of the infinitive
  kPInsert = 9,         // an adverbial that may interrupt a trigger phrase ("responded for the first time to")
  kPNounNegated = 10,   // before a nominal trigger: it does not happen ("rejected any talks with")
  kPNounWished = 11,    // before a nominal trigger: it is only asked for ("called for talks between")
  kPReadiness = 12,     // "ready to meet": a meeting, visit or mediation that has not happened
  kPCausative = 13,     // "prompted X to": X did it (unlike kPControl, where X is only asked to)
  kPCredit = 14,        // "credited X with", "praised X for" + gerund: X did what the gerund says
  kTriggerBase = 16,
};

/// The phrases a form stands for: a word written "a|b|c" is any one of them
/// ("recalled|withdrew its|his ambassador from" is four phrases).
std::vector<std::string> ExpandForm(std::string_view form);

class TriggerLexicon {
 public:
  /// Parses triggers.toml; every word goes into `vocab`. Errors name origin:line.
  static Result<TriggerLexicon> Create(std::string_view toml_text, std::string_view origin, Vocabulary* vocab);

  const std::vector<TriggerRule>& rules() const { return rules_; }
  /// Phrases: triggers (value kTriggerBase + rule index), modality cues, list joins ...
  const TokenTrie& phrases() const { return phrases_; }
  std::uint32_t Cls(WordId w) const { return w < cls_.size() ? cls_[w] : 0; }

 private:
  std::vector<TriggerRule> rules_;
  TokenTrie phrases_;
  std::vector<std::uint32_t> cls_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_TRIGGER_LEXICON_H_
