#include "actors/actor.h"

namespace actorgraph {

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kPerson: return "person";
    case ActorKind::kGroup: return "group";
  }
  return "group";
}

}  // namespace actorgraph
