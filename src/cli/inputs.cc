#include "cli/inputs.h"

#include <iostream>

#include "documents/ingest.h"

namespace actorgraph::cli {

CLI::Option* AddInputOption(CLI::App* sub, std::vector<std::string>* inputs) {
  return sub->add_option("INPUT", *inputs, kInputHelp)->type_name("INPUT...");
}

std::optional<Corpus> ReadInputs(const CliState& state, const std::vector<std::string>& inputs,
                                 int* exit_code) {
  IngestOptions options;
  options.stdin_stream = &std::cin;
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

void PrintInputSummary(const CliState& state, const Corpus& corpus) {
  std::size_t n = corpus.documents.size();
  PrintInfo(state, 1,
            std::to_string(n) + (n == 1 ? " document" : " documents") + " read, " +
                std::to_string(corpus.skipped.size()) + " skipped");
}

int InputExitCode(const Corpus& corpus) { return corpus.skipped.empty() ? kExitOk : kExitSkipped; }

}  // namespace actorgraph::cli
