// `actorgraph evaluate`: extraction scored against a hand-annotated gold file
// by the rules of docs/relations.md (party and actor level, per kind, stance
// and modality accuracy) — the same figures as tools/score_relations.py.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "cli/knowledge.h"
#include "core/files.h"
#include "relations/evaluate.h"
#include "relations/extractor.h"

namespace actorgraph::cli {
namespace {

struct EvaluateOptions {
  std::vector<std::string> inputs;
  std::string gold;
  std::string actors;
  std::string pred;
  std::vector<std::string> dictionaries;
  bool json = false;
  bool show_errors = false;
};

std::optional<std::vector<nlohmann::json>> ReadJsonLines(const std::string& path, const char* what, int* code) {
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) {
    PrintError(std::string("cannot read the ") + what + ": " + bytes.status().ToString());
    *code = kExitInput;
    return std::nullopt;
  }
  Result<std::vector<nlohmann::json>> rows = ParseJsonLines(*bytes, path);
  if (!rows.ok()) {
    PrintError(rows.status().ToString() + " (the " + what + " must be JSON Lines: one object a line)");
    *code = kExitInput;
    return std::nullopt;
  }
  return std::move(rows).value();
}

int RunEvaluate(const CliState& state, const EvaluateOptions& o) {
  int code = kExitOk;
  auto gold = ReadJsonLines(o.gold, "gold file", &code);
  if (!gold) return code;
  auto actors = ReadJsonLines(o.actors, "gold actors file", &code);
  if (!actors) return code;
  std::vector<nlohmann::json> preds;
  std::optional<Corpus> corpus;
  if (!o.pred.empty()) {
    if (!o.inputs.empty()) {
      PrintError("give either --pred FILE or INPUT articles, not both");
      return kExitUsage;
    }
    auto p = ReadJsonLines(o.pred, "predictions file", &code);
    if (!p) return code;
    preds = std::move(*p);
  } else {
    corpus = ReadInputs(state, o.inputs, &code);
    if (!corpus) return code;
    std::optional<KnowledgeBase> kb = LoadKnowledgeForCli(state, o.dictionaries, &code);
    if (!kb) return code;
    Result<Extractor> extractor = Extractor::Create(*kb);
    if (!extractor.ok()) {
      PrintError(extractor.status().ToString());
      return ExitCodeFor(extractor.status());
    }
    Extraction x = extractor->ExtractAll(*corpus);
    for (const Relation& r : x.relations) preds.push_back(nlohmann::json::parse(RelationToJson(r).dump()));
  }
  Result<Evaluation> e = Evaluate(*gold, *actors, preds);
  if (!e.ok()) {
    PrintError(e.status().ToString() + " (check --gold and --actors: relations.md describes both)");
    return kExitInput;
  }
  std::ostringstream out;
  if (o.json) WriteEvaluationJson(*e, out);
  else WriteEvaluation(*e, o.show_errors, out);
  std::cout << out.str();
  std::cout.flush();
  if (!std::cout) {
    PrintError("cannot write to standard output");
    return kExitFailure;
  }
  if (corpus) {
    PrintInputSummary(state, *corpus);
    return InputExitCode(*corpus);
  }
  return kExitOk;
}

}  // namespace

void SetupEvaluate(CLI::App& app, CliState& state) {
  auto o = std::make_shared<EvaluateOptions>();
  CLI::App* sub = app.add_subcommand(
      "evaluate",
      "Score extraction against a hand-annotated gold file (docs/relations.md): precision, recall\n"
      "and F1 at party level (the headline) and actor level, per relation kind, and stance and\n"
      "modality accuracy on matched relations. Runs `extract` on INPUT (default: the sample corpus)\n"
      "or scores an existing predictions file (--pred).");
  AddInputOption(sub, &o->inputs);
  sub->add_option("--gold", o->gold, "Gold relations, JSON Lines (doc, source, kind, target, modality, optional)")
      ->required()
      ->type_name("GOLD.jsonl");
  sub->add_option("--actors", o->actors, "Gold actors, JSON Lines (id, name, kind, party, aliases)")
      ->required()
      ->type_name("ACTORS.jsonl");
  sub->add_option("--pred", o->pred, "Score this predictions file (extract --format jsonl) instead of extracting")
      ->type_name("FILE");
  sub->add_option("--dictionary", o->dictionaries,
                  "Actor dictionary overlay (TOML, repeatable) used when extracting, like `extract --actors`")
      ->type_name("FILE");
  sub->add_flag("--json", o->json, "Print the figures as one JSON object (the scorer's --json)");
  sub->add_flag("--show-errors", o->show_errors, "List the party-level misses and false alarms");
  sub->footer(
      "Example:\n"
      "  actorgraph evaluate --gold gold.jsonl --actors actors.jsonl articles/");
  state.commands.push_back({sub, [&state, o] { return RunEvaluate(state, *o); }});
}

}  // namespace actorgraph::cli
