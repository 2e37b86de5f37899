#include "relations/output.h"
#include "relations/evaluate.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/escape.h"

namespace actorgraph {
namespace {

using nlohmann::json;

json RefJson(const ActorRef& r) {
  return json{{"id", r.id}, {"name", r.name}, {"kind", ActorKindName(r.kind)}, {"party", r.party}};
}

std::string Clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return s.substr(0, cut) + "...";
}

}  // namespace

void WriteRelationsJsonl(const std::vector<Relation>& relations, std::ostream& out) {
  for (const Relation& r : relations) out << RelationToJson(r).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void WriteRelationsCsv(const std::vector<Relation>& relations, std::ostream& out) {
  out << "doc,sentence,kind,modality,stance,source_id,source_name,source_party,target_id,target_name,"
         "target_party,trigger,trigger_begin,trigger_end,attributed_to,rule,cameo,confidence,date,mediation,evidence\n";
  for (const Relation& r : relations) {
    std::ostringstream conf;
    conf << std::fixed << std::setprecision(3) << r.confidence;
    out << CsvCell(r.doc) << ',' << r.sentence << ',' << RelationKindName(r.kind) << ',' << ModalityName(r.modality) << ','
        << StanceName(r.stance) << ',' << CsvCell(r.source.id) << ',' << CsvCell(r.source.name) << ',' << CsvCell(r.source.party)
        << ',' << CsvCell(r.target.id) << ',' << CsvCell(r.target.name) << ',' << CsvCell(r.target.party) << ','
        << CsvCell(r.trigger) << ',' << r.trigger_span.begin << ',' << r.trigger_span.end << ',' << CsvCell(r.attributed_to)
        << ',' << CsvCell(r.rule) << ',' << CsvCell(r.cameo) << ',' << conf.str() << ',' << CsvCell(r.date) << ',' << CsvCell(r.mediation)
        << ',' << CsvCell(r.evidence) << '\n';
  }
}

void WriteRelationsTable(const std::vector<Relation>& relations, std::ostream& out) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"doc", "s", "source", "kind", "target", "modality", "stance", "rule", "trigger"});
  for (const Relation& r : relations) {
    rows.push_back({Clip(r.doc, 24), std::to_string(r.sentence), Clip(r.source.name + " (" + r.source.party + ")", 34),
                    RelationKindName(r.kind), Clip(r.target.name + " (" + r.target.party + ")", 34),
                    ModalityName(r.modality), StanceName(r.stance), r.rule, Clip(r.trigger, 30)});
  }
  std::vector<std::size_t> width(rows[0].size(), 0);
  auto cols = [](const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], cols(row[i]));
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      out << row[i];
      if (i + 1 < row.size()) out << std::string(width[i] - cols(row[i]) + 2, ' ');
    }
    out << '\n';
  }
}

void WriteMediationsJsonl(const std::vector<Mediation>& mediations, std::ostream& out) {
  for (const Mediation& m : mediations) {
    json med = json::array(), par = json::array();
    for (const ActorRef& r : m.mediators) med.push_back(RefJson(r));
    for (const ActorRef& r : m.parties) par.push_back(RefJson(r));
    json j{{"record", "mediation"}, {"id", m.id},       {"doc", m.doc},
           {"sentence", m.sentence}, {"mediators", med}, {"parties", par},
           {"venue", m.venue},       {"date", m.date},   {"modality", ModalityName(m.modality)},
           {"evidence", m.evidence}};
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

void WriteMentionsJsonl(const std::vector<MentionRecord>& mentions, std::ostream& out) {
  for (const MentionRecord& m : mentions) {
    json j{{"record", "mention"}, {"doc", m.doc},   {"sentence", m.sentence}, {"begin", m.span.begin},
           {"end", m.span.end},   {"text", m.text}, {"type", m.type},         {"place", m.place}};
    j["actor"] = m.actor.id.empty() ? json(nullptr) : RefJson(m.actor);
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

}  // namespace actorgraph
