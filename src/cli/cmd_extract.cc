// `actorgraph extract`: documents and their sentences (first version: the
// relation extraction lands here later; --sentences stays).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "sentences/splitter.h"

namespace actorgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  bool sentences = false;
};

// Tabs and newlines cannot occur in a field of a tab-separated line.
std::string Field(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

int RunExtract(const CliState& state, const ExtractOptions& options) {
  int code = kExitOk;
  std::optional<Corpus> corpus = ReadInputs(state, options.inputs, &code);
  if (!corpus) return code;
  std::ostream& out = std::cout;
  if (options.sentences) {
    out << "doc\tindex\tbegin\tend\ttext\n";
    for (const Document& d : corpus->documents) {
      out << "# doc=" << Field(d.id) << "\ttitle=" << Field(d.title) << "\tdate=" << d.date
          << "\toutlet=" << Field(d.outlet) << "\n";
      for (const Sentence& s : SplitSentences(d.text)) {
        out << Field(d.id) << '\t' << s.index << '\t' << s.begin << '\t' << s.end << '\t'
            << Field(s.View(d.text)) << '\n';
      }
    }
  } else {
    out << "doc\tdate\toutlet\tsentences\ttitle\n";
    for (const Document& d : corpus->documents) {
      out << Field(d.id) << '\t' << d.date << '\t' << Field(d.outlet) << '\t'
          << SplitSentences(d.text).size() << '\t' << Field(d.title) << '\n';
    }
  }
  out.flush();
  if (!out) {
    PrintError("cannot write to standard output");
    return kExitFailure;
  }
  PrintInputSummary(state, *corpus);
  return InputExitCode(*corpus);
}

}  // namespace

void SetupExtract(CLI::App& app, CliState& state) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* sub = app.add_subcommand(
      "extract",
      "Read articles and print their documents; with --sentences, every sentence of the\n"
      "cleaned text with its byte offsets (tab-separated: doc, index, begin, end, text).");
  AddInputOption(sub, &options->inputs);
  sub->add_flag("--sentences", options->sentences,
                "Print the sentences of each document with byte offsets into its cleaned text");
  state.commands.push_back({sub, [&state, options] { return RunExtract(state, *options); }});
}

}  // namespace actorgraph::cli
