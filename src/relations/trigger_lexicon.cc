#include "relations/trigger_lexicon.h"

#include <set>

#include <toml++/toml.h>

namespace actorgraph {
namespace {

std::string At(const toml::node& n, std::string_view origin) {
  return std::string(origin) + ":" + std::to_string(n.source().begin.line);
}

std::vector<WordId> Ids(std::string_view phrase, Vocabulary* vocab) {
  std::vector<WordId> ids;
  for (const std::string& k : TokenKeys(phrase)) ids.push_back(vocab->Add(k));
  return ids;
}

}  // namespace

std::vector<std::string> ExpandForm(std::string_view form) {
  std::vector<std::string> out = {""};
  std::size_t i = 0;
  while (i < form.size()) {
    std::size_t j = form.find(' ', i);
    if (j == std::string_view::npos) j = form.size();
    std::string_view word = form.substr(i, j - i);
    i = j + 1;
    if (word.empty()) continue;
    std::vector<std::string> next;
    for (const std::string& head : out) {
      std::size_t a = 0;
      while (a <= word.size()) {
        std::size_t b = word.find('|', a);
        if (b == std::string_view::npos) b = word.size();
        if (b > a) next.push_back(head.empty() ? std::string(word.substr(a, b - a))
                                               : head + " " + std::string(word.substr(a, b - a)));
        a = b + 1;
      }
    }
    out = std::move(next);
  }
  if (out.size() == 1 && out[0].empty()) out.clear();
  return out;
}

Result<TriggerLexicon> TriggerLexicon::Create(std::string_view toml_text, std::string_view origin,
                                              Vocabulary* vocab) {
  TriggerLexicon lex;
  toml::table root;
  try {
    root = toml::parse(toml_text, std::string(origin));
  } catch (const toml::parse_error& e) {
    return Status::ParseError(std::string(origin) + ":" + std::to_string(e.source().begin.line) + ": " +
                              std::string(e.description()));
  }
  std::vector<std::pair<WordId, std::uint32_t>> classes;
  auto strings = [&](const toml::node* n, std::vector<std::string>* out, std::string* error) {
    if (!n) return true;
    const toml::array* a = n->as_array();
    if (!a) {
      *error = At(*n, origin) + ": expected an array of strings";
      return false;
    }
    for (const toml::node& x : *a) {
      auto s = x.value<std::string>();
      if (!s) {
        *error = At(x, origin) + ": expected a string";
        return false;
      }
      out->push_back(*s);
    }
    return true;
  };
  std::string error;
  const toml::array* triggers = root["trigger"].as_array();
  if (!triggers) return Status::ParseError(std::string(origin) + ": no [[trigger]] tables");
  std::set<std::string> ids;
  for (const toml::node& node : *triggers) {
    const toml::table* t = node.as_table();
    if (!t) return Status::ParseError(At(node, origin) + ": each [[trigger]] must be a table");
    static const std::set<std::string> kKeys = {
        "id",           "kind",           "cameo",           "pos",
        "forms",        "targets",        "sources",         "stance",
        "modality",     "place",          "author",          "proposes",
        "reciprocal",   "together",       "prefix",          "confidence",
        "send",         "thing",          "among",           "sides",
        "mutual",       "hosts",          "carries",         "no_capitals",
        "rejoinder",    "as_object",      "judged",          "not_naming",
        "near",         "not_near",       "reported",        "conference",
        "remote",       "host_meets",     "on_proposal",     "named_author",
        "threat",       "infinitive_shy", "object_to",       "thing_object",
        "conditions",   "in_person",      "face_to_face",    "possessed",
        "after_object", "intransitive",   "adjacent_object", "passive_only"};
    for (const auto& [k, v] : *t) {
      if (!kKeys.count(std::string(k.str())))
        return Status::ParseError(At(v, origin) + ": unknown key `" + std::string(k.str()) + "` in [[trigger]]");
    }
    TriggerRule r;
    r.id = t->get_as<std::string>("id") ? t->get_as<std::string>("id")->get() : "";
    if (r.id.empty()) return Status::ParseError(At(node, origin) + ": [[trigger]] without `id`");
    if (!ids.insert(r.id).second) return Status::ParseError(At(node, origin) + ": duplicate trigger id `" + r.id + "`");
    std::string kind = t->get_as<std::string>("kind") ? t->get_as<std::string>("kind")->get() : "";
    if (!ParseRelationKind(kind, &r.kind))
      return Status::ParseError(At(node, origin) + ": trigger `" + r.id + "` has unknown kind `" + kind +
                                "` (meet, visit, mediate, propose, respond, urge, criticize, support, attack)");
    if (auto c = t->get_as<std::string>("cameo")) r.cameo = c->get();
    if (auto p = t->get_as<std::string>("pos")) {
      if (p->get() != "verb" && p->get() != "noun")
        return Status::ParseError(At(*p, origin) + ": `pos` must be \"verb\" or \"noun\"");
      r.noun = p->get() == "noun";
    }
    if (auto s = t->get_as<std::string>("stance")) {
      if (!ParseStance(s->get(), &r.stance) || r.stance == Stance::kNone)
        return Status::ParseError(At(*s, origin) + ": `stance` must be accept, reject or mixed");
    }
    if (auto m = t->get_as<std::string>("modality")) {
      if (!ParseModality(m->get(), &r.modality))
        return Status::ParseError(At(*m, origin) + ": `modality` must be asserted, planned, negated or hypothetical");
      r.has_modality = true;
    }
    auto flag = [&](const char* key, bool* out) {
      if (auto b = t->get_as<bool>(key)) *out = b->get();
    };
    flag("place", &r.place);
    flag("author", &r.author);
    flag("proposes", &r.proposes);
    flag("reciprocal", &r.reciprocal);
    flag("mutual", &r.mutual);
    flag("hosts", &r.hosts);
    flag("carries", &r.carries);
    flag("no_capitals", &r.no_capitals);
    flag("rejoinder", &r.rejoinder);
    flag("as_object", &r.as_object);
    flag("judged", &r.judged);
    flag("not_naming", &r.not_naming);
    flag("object_to", &r.object_to);
    flag("thing_object", &r.thing_object);
    flag("intransitive", &r.intransitive);
    flag("adjacent_object", &r.adjacent_object);
    flag("passive_only", &r.passive_only);
    flag("reported", &r.reported);
    flag("together", &r.together);
    flag("conference", &r.conference);
    flag("remote", &r.remote);
    flag("in_person", &r.in_person);
    flag("face_to_face", &r.face_to_face);
    flag("host_meets", &r.host_meets);
    flag("named_author", &r.named_author);
    flag("threat", &r.threat);
    flag("infinitive_shy", &r.infinitive_shy);
    if (auto b = t->get_as<bool>("on_proposal")) r.on_proposal = b->get() ? 1 : 0;
    flag("prefix", &r.prefix);
    flag("send", &r.send);
    flag("thing", &r.thing);
    flag("among", &r.among);
    flag("sides", &r.sides);
    if (const toml::node* c = t->get("confidence")) {
      auto v = c->value<double>();
      if (!v || *v < 0 || *v > 1) return Status::ParseError(At(*c, origin) + ": `confidence` must be a number in [0, 1]");
      r.confidence = *v;
    }
    std::vector<std::string> forms, targets, sources, near, not_near, conditions, possessed,
        after_object;
    if (!strings(t->get("forms"), &forms, &error) ||
        !strings(t->get("targets"), &targets, &error) ||
        !strings(t->get("sources"), &sources, &error) || !strings(t->get("near"), &near, &error) ||
        !strings(t->get("not_near"), &not_near, &error) ||
        !strings(t->get("conditions"), &conditions, &error) ||
        !strings(t->get("possessed"), &possessed, &error) ||
        !strings(t->get("after_object"), &after_object, &error))
      return Status::ParseError(error);
    for (const std::string& w : conditions) r.conditions.push_back(vocab->Add(w));
    for (const std::string& w : near) r.near.push_back(vocab->Add(w));
    for (const std::string& w : not_near) r.not_near.push_back(vocab->Add(w));
    for (const std::string& w : possessed) r.possessed.push_back(vocab->Add(w));
    for (const std::string& w : after_object) r.after_object.push_back(vocab->Add(w));
    if (forms.empty()) return Status::ParseError(At(node, origin) + ": trigger `" + r.id + "` has no `forms`");
    for (const std::string& tg : targets) {
      if (tg.empty()) r.direct = true;
      else if (tg == "*") r.any = true;
      else if (tg == "that") r.that = true;
      else r.target_preps.push_back(vocab->Add(tg));
    }
    for (const std::string& s : sources) r.source_preps.push_back(vocab->Add(s));
    std::uint32_t index = static_cast<std::uint32_t>(lex.rules_.size());
    for (const std::string& form : forms) {
      for (const std::string& f : ExpandForm(form)) {
        std::vector<WordId> w = Ids(f, vocab);
        if (!w.empty()) lex.phrases_.Insert(w, kTriggerBase + index);
      }
    }
    lex.rules_.push_back(std::move(r));
  }
  auto words = [&](std::string_view table, std::string_view key, std::uint32_t cls, std::uint32_t phrase) -> Status {
    std::vector<std::string> list;
    if (!strings(root[table][key].node(), &list, &error)) return Status::ParseError(error);
    for (const std::string& s : list) {
      std::vector<WordId> w = Ids(s, vocab);
      if (w.empty()) continue;
      if (w.size() == 1 && cls) classes.push_back({w[0], cls});
      if (phrase) lex.phrases_.Insert(w, phrase);
    }
    return Status::Ok();
  };
  AG_RETURN_IF_ERROR(words("words", "reporting", kWReporting, kPReporting));
  AG_RETURN_IF_ERROR(words("words", "relative", kWRelative, 0));
  AG_RETURN_IF_ERROR(words("words", "prepositions", kWPreposition, 0));
  AG_RETURN_IF_ERROR(words("words", "boundaries", kWBoundary, 0));
  AG_RETURN_IF_ERROR(words("words", "list_joins", 0, kPListJoin));
  AG_RETURN_IF_ERROR(words("words", "including", 0, kPIncluding));
  AG_RETURN_IF_ERROR(words("words", "time_words", kWTime, 0));
  AG_RETURN_IF_ERROR(words("words", "proposal_nouns", kWProposal, kPProposal));
  AG_RETURN_IF_ERROR(words("words", "response_nouns", kWResponseNoun, 0));
  AG_RETURN_IF_ERROR(words("words", "demand_nouns", kWDemandNoun, 0));
  AG_RETURN_IF_ERROR(words("words", "object_control", 0, kPControl));
  AG_RETURN_IF_ERROR(words("words", "causatives", 0, kPCausative));
  AG_RETURN_IF_ERROR(words("words", "credits", 0, kPCredit));
  AG_RETURN_IF_ERROR(words("words", "inserts", 0, kPInsert));
  AG_RETURN_IF_ERROR(words("words", "pledges", kWPledge, 0));
  AG_RETURN_IF_ERROR(words("words", "acts", kWAct, 0));
  AG_RETURN_IF_ERROR(words("words", "accords", kWAccord, 0));
  AG_RETURN_IF_ERROR(words("words", "claim_nouns", kWClaim, 0));
  AG_RETURN_IF_ERROR(words("words", "ruling_nouns", kWRuling, 0));
  AG_RETURN_IF_ERROR(words("words", "place_nouns", kWPlaceNoun, 0));
  AG_RETURN_IF_ERROR(words("words", "scenes", kWScene, 0));
  AG_RETURN_IF_ERROR(words("words", "threats", kWThreat, 0));
  AG_RETURN_IF_ERROR(words("words", "auxiliaries", kWAuxiliary, 0));
  AG_RETURN_IF_ERROR(words("words", "occasions", kWOccasion, 0));
  AG_RETURN_IF_ERROR(words("words", "envoys", kWEnvoys, 0));
  AG_RETURN_IF_ERROR(words("words", "figurative", kWFigurative, 0));
  AG_RETURN_IF_ERROR(words("words", "internal_acts", kWInternalAct, 0));
  AG_RETURN_IF_ERROR(words("words", "accusations", kWAccusation, 0));
  AG_RETURN_IF_ERROR(words("words", "partitives", kWPartitive, 0));
  AG_RETURN_IF_ERROR(words("words", "judging", kWJudging, 0));
  AG_RETURN_IF_ERROR(words("words", "journeys", kWJourney, 0));
  AG_RETURN_IF_ERROR(words("words", "abroad", kWAbroad, 0));
  AG_RETURN_IF_ERROR(words("modality", "planned", 0, kPPlanned));
  AG_RETURN_IF_ERROR(words("modality", "negated", 0, kPNegated));
  AG_RETURN_IF_ERROR(words("modality", "hypothetical", 0, kPHypothetical));
  AG_RETURN_IF_ERROR(words("modality", "noun_negated", 0, kPNounNegated));
  AG_RETURN_IF_ERROR(words("modality", "noun_wished", 0, kPNounWished));
  AG_RETURN_IF_ERROR(words("modality", "readiness", 0, kPReadiness));
  for (const char* w : {"is", "was", "were", "are", "be", "been", "being", "am", "'s", "'re", "get", "got", "gets"})
    classes.push_back({vocab->Add(w), kWBe});
  for (const char* w : {"the", "a", "an", "this", "that", "these", "those", "any", "some", "all", "both", "its",
                        "their", "his", "her", "our", "new", "latest", "final", "revised", "fresh", "proposed",
                        "further", "renewed", "every", "each", "another", "other", "no", "incumbent", "outgoing",
                        "ousted", "deposed", "embattled"})
    classes.push_back({vocab->Add(w), kWDeterminer});
  for (const char* w : {"more", "than", "less", "fewer", "nearly", "almost", "roughly", "approximately", "some",
                        "least", "over", "about", "around", "hundreds", "thousands", "dozens", "million",
                        "millions", "billion", "tens", "of", "a", "an", "the", "one", "two", "three", "four",
                        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                        "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                        "thirty", "forty", "fifty", "hundred", "dozen", "dozens", "scores", "several", "many",
                        "few", "numerous", "suspected", "alleged", "each", "both", "all", "either"})
    classes.push_back({vocab->Add(w), kWQuantifier});
  lex.cls_.assign(vocab->size() + 1, 0);
  for (auto [w, c] : classes) {
    if (w >= lex.cls_.size()) lex.cls_.resize(w + 1, 0);
    lex.cls_[w] |= c;
  }
  return lex;
}

}  // namespace actorgraph
