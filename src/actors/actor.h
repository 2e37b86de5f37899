// Stage 3 data: who is who. Actors come from the knowledge base (dictionary
// files under graphs/dictionaries/actors/) or are discovered in the text.
#ifndef ACTORGRAPH_ACTORS_ACTOR_H_
#define ACTORGRAPH_ACTORS_ACTOR_H_

#include <string>
#include <vector>

namespace actorgraph {

/// The four kinds of relations.md: country, organization, person, group
/// (an unnamed body such as "Israeli officials").
enum class ActorKind { kCountry, kOrganization, kPerson, kGroup };

const char* ActorKindName(ActorKind kind);  // "country", "organization", ...

/// A dated office: "Secretary of State" of USA from 2021-01-26 to 2025-01-20.
struct Office {
  std::string title;  // canonical title: "Secretary of State", "Prime Minister"
  std::string key;    // office key of titles.toml: "foreign-minister", "head-of-government"
  std::string party;  // the party the holder acts for in this office
  std::string start;  // ISO date; empty = unknown / long ago
  std::string end;    // ISO date; empty = still in office
};

/// An actor of the knowledge base or one discovered in a document.
struct Actor {
  std::string id;     // stable: "USA", "HAMAS", "antony-blinken", "us-state-department"
  std::string name;   // canonical display name
  ActorKind kind = ActorKind::kCountry;
  std::string party;  // default party (for persons: the latest office's party)
  std::vector<std::string> aliases;  // every surface form that names it
  std::vector<Office> offices;       // persons only
  bool armed = false;                // organizations: an armed movement ("the rebels", "the militants")
  bool female = false;               // persons: a woman ("she" and "her" point back only to women)
  std::string until;                 // countries: the state's last day ("1991-12-25"); its capital, seats and
                                     // demonyms name it only in documents dated up to then
  std::string part_of;               // countries: the state it belonged to, as annotators code it ("YUG" for
  std::string part_of_until;         // Serbia before 2006-06-05): its actors act for that party up to then
  std::string home;                  // organizations: the state a movement or party belongs to ("MILF": PHL), or a body sits in ("EU": BEL);
                                     // meeting there is no visit
  bool discovered = false;           // true when learnt from text, not from the dictionary
  std::string origin;                // where it was defined: "file.toml:12"; empty if discovered
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_ACTOR_H_
