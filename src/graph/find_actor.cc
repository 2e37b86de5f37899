#include "graph/find_actor.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "actors/text.h"

namespace actorgraph {
namespace {

std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return b == std::string::npos ? "" : out.substr(b, e - b + 1);
}

// "'query'", built by appending (g++ 12 warns falsely on "'" + std::string).
std::string Quoted(std::string_view q) {
  std::string s(1, '\'');
  s.append(q);
  s += '\'';
  return s;
}

std::string Ambiguous(std::string_view query, const std::string& list) {
  std::string m = Quoted(query);
  m += " is ambiguous: ";
  m += list;
  m += "; name the actor by its id";
  return m;
}

std::string Describe(const ActorGraph& graph, Vertex v) {
  const ActorVertex& a = graph.g[v];
  return a.name.empty() || a.name == a.id ? a.id : a.id + " (" + a.name + ")";
}

std::string List(const ActorGraph& graph, const std::set<Vertex>& vs) {
  std::vector<std::string> names;
  for (Vertex v : vs) names.push_back(Describe(graph, v));
  std::sort(names.begin(), names.end());
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 8; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > 8) out += ", ... (" + std::to_string(names.size()) + " in all)";
  return out;
}

}  // namespace

Result<Vertex> ResolveActor(const ActorGraph& graph, std::string_view query, const AliasList& aliases) {
  const std::string q = Fold(query);
  if (q.empty()) return Status::InvalidArgument("empty actor name");
  const ActorGraphBase& g = graph.g;
  // Every (folded name form, vertex) we know.
  std::vector<std::tuple<int, std::string, Vertex>> forms;  // rank: 0 id, 1 name, 2 alias
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    forms.emplace_back(0, Fold(g[v].id), v);
    forms.emplace_back(1, Fold(g[v].name), v);
  }
  for (const auto& [alias, id] : aliases) {
    Vertex v;
    if (FindActor(graph, id, &v)) forms.emplace_back(2, Fold(alias), v);
  }
  for (int rank = 0; rank < 3; ++rank) {
    std::set<Vertex> hits;
    for (const auto& [r, form, v] : forms) {
      if (r == rank && form == q) hits.insert(v);
    }
    if (hits.size() == 1) return *hits.begin();
    if (hits.size() > 1) {
      return Status::InvalidArgument(Ambiguous(query, List(graph, hits)));
    }
  }
  for (bool word_start : {true, false}) {  // "blink" finds "antony-blinken"
    std::set<Vertex> hits;
    for (const auto& [r, form, v] : forms) {
      for (std::size_t at = form.find(q); at != std::string::npos; at = form.find(q, at + 1)) {
        if (!word_start || at == 0 || form[at - 1] == ' ' || form[at - 1] == '-') {
          hits.insert(v);
          break;
        }
      }
    }
    if (hits.size() == 1) return *hits.begin();
    if (hits.size() > 1) {
      return Status::InvalidArgument(Ambiguous(query, List(graph, hits)));
    }
  }
  // A miss: suggest the closest forms.
  std::vector<std::pair<int, Vertex>> near;
  for (const auto& [r, form, v] : forms) near.emplace_back(NameDistance(q, form), v);
  std::sort(near.begin(), near.end());
  std::vector<std::string> suggestions;
  std::set<Vertex> seen;
  int limit = std::max(2, static_cast<int>(q.size()) / 3);
  for (const auto& [d, v] : near) {
    if (d > limit || suggestions.size() >= 3) break;
    if (seen.insert(v).second) suggestions.push_back(Describe(graph, v));
  }
  std::string message = "no actor ";
  message += Quoted(query);
  message += " in the graph";
  if (!suggestions.empty()) {
    message += "; did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      message += (i == 0 ? "" : i + 1 == suggestions.size() ? " or " : ", ") + suggestions[i];
    }
    message += "?";
  } else {
    message += " (`actorgraph centrality` lists the actors it has)";
  }
  return Status::InvalidArgument(message);
}

}  // namespace actorgraph
