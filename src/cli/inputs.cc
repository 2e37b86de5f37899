#include "cli/inputs.h"

#include <iostream>

#include "core/files.h"
#include "documents/cleaning_rules.h"
#include "documents/ingest.h"

namespace actorgraph::cli {

CLI::Option* AddInputOption(CLI::App* sub, std::vector<std::string>* inputs) {
  return sub->add_option("INPUT", *inputs, kInputHelp)->type_name("FILE|DIR|-");
}

void AddInputOptions(CLI::App* sub, InputArgs* args) {
  AddInputOption(sub, &args->inputs);
  sub->add_option("--cleaning-rules", args->cleaning_rules,
                  "Extra cleaning rules (TOML, the format of graphs/dictionaries/cleaning.toml) "
                  "added to the built-in ones; repeatable")
      ->type_name("FILE");
}

namespace {

std::optional<Corpus> Read(const CliState& state, const std::vector<std::string>& inputs,
                           const CleaningRules* rules, int* exit_code) {
  IngestOptions options;
  options.stdin_stream = &std::cin;
  options.rules = rules;
  Result<Corpus> corpus = Ingest(inputs, options);
  if (!corpus.ok()) {
    const Status& st = corpus.status();
    std::string hint;
    if (st.code() == ErrorCode::kNotFound) {
      hint = " (check the path; run without INPUT to use the built-in sample corpus)";
    }
    PrintError(st.message() + hint);
    *exit_code = st.code() == ErrorCode::kNotFound || st.code() == ErrorCode::kIoError
                     ? kExitInput
                     : ExitCodeFor(st);
    return std::nullopt;
  }
  for (const std::string& w : corpus->warnings) PrintWarning(state, w);
  for (const Skipped& s : corpus->skipped) {
    PrintWarning(state, "skipped " + s.origin + ": " + s.reason);
  }
  for (const Document& d : corpus->documents) {
    PrintInfo(state, 2, "actorgraph: read " + d.origin + " as document " + d.id);
  }
  if (corpus->documents.empty()) {
    std::string what = inputs.size() == 1 ? inputs[0] : "the inputs";
    PrintError("no usable document in " + what + " (" + std::to_string(corpus->skipped.size()) +
               " skipped" + (corpus->skipped.empty() ? "" : ", see the warnings above") +
               "); give .txt, .html or .jsonl files");
    *exit_code = kExitInput;
    return std::nullopt;
  }
  *exit_code = kExitOk;
  return std::move(*corpus);
}

}  // namespace

std::optional<Corpus> ReadInputs(const CliState& state, const std::vector<std::string>& inputs,
                                 int* exit_code) {
  return Read(state, inputs, nullptr, exit_code);
}

std::optional<Corpus> ReadInputs(const CliState& state, const InputArgs& args, int* exit_code) {
  if (args.cleaning_rules.empty()) return Read(state, args.inputs, nullptr, exit_code);
  const Result<CleaningRules>& embedded = DefaultCleaningRules();
  if (!embedded.ok()) {
    PrintError(embedded.status().message());
    *exit_code = kExitFailure;
    return std::nullopt;
  }
  CleaningRules rules = *embedded;
  for (const std::string& path : args.cleaning_rules) {
    Result<std::string> bytes = ReadFile(path);
    Status st = bytes.ok() ? ExtendCleaningRules(*bytes, path, &rules) : bytes.status();
    if (!st.ok()) {
      PrintError(st.message());
      *exit_code = bytes.ok() ? kExitFailure : kExitInput;
      return std::nullopt;
    }
  }
  return Read(state, args.inputs, &rules, exit_code);
}

void PrintInputSummary(const CliState& state, const Corpus& corpus) {
  std::size_t n = corpus.documents.size();
  PrintInfo(state, 1,
            std::to_string(n) + (n == 1 ? " document" : " documents") + " read, " +
                std::to_string(corpus.skipped.size()) + " skipped");
}

int InputExitCode(const Corpus& corpus) { return corpus.skipped.empty() ? kExitOk : kExitSkipped; }

}  // namespace actorgraph::cli
