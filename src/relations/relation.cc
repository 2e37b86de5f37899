#include "relations/relation.h"

#include <array>
#include <utility>

namespace actorgraph {
namespace {

constexpr std::array<std::pair<RelationKind, const char*>, 9> kKinds{{
    {RelationKind::kMeet, "meet"},       {RelationKind::kVisit, "visit"},
    {RelationKind::kMediate, "mediate"}, {RelationKind::kPropose, "propose"},
    {RelationKind::kRespond, "respond"}, {RelationKind::kUrge, "urge"},
    {RelationKind::kCriticize, "criticize"}, {RelationKind::kSupport, "support"},
    {RelationKind::kAttack, "attack"},
}};
constexpr std::array<std::pair<Modality, const char*>, 4> kModalities{{
    {Modality::kAsserted, "asserted"}, {Modality::kPlanned, "planned"},
    {Modality::kNegated, "negated"},   {Modality::kHypothetical, "hypothetical"},
}};
constexpr std::array<std::pair<Stance, const char*>, 4> kStances{{
    {Stance::kNone, ""}, {Stance::kAccept, "accept"}, {Stance::kReject, "reject"}, {Stance::kMixed, "mixed"},
}};

template <typename E, std::size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& table, E e) {
  for (const auto& [v, name] : table) if (v == e) return name;
  return "";
}

template <typename E, std::size_t N>
bool Parse(const std::array<std::pair<E, const char*>, N>& table, const std::string& s, E* out) {
  for (const auto& [v, name] : table) {
    if (s == name) {
      *out = v;
      return true;
    }
  }
  return false;
}

}  // namespace

const char* RelationKindName(RelationKind k) { return NameOf(kKinds, k); }
const char* ModalityName(Modality m) { return NameOf(kModalities, m); }
const char* StanceName(Stance s) { return NameOf(kStances, s); }
bool ParseRelationKind(const std::string& s, RelationKind* out) { return Parse(kKinds, s, out); }
bool ParseModality(const std::string& s, Modality* out) { return Parse(kModalities, s, out); }
bool ParseStance(const std::string& s, Stance* out) { return Parse(kStances, s, out); }

}  // namespace actorgraph
