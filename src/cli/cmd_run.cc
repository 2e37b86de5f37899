// `actorgraph run`: the main job. Articles in (the sample corpus when none
// are given), everything out in one directory: diagrams (SVG, PNG), measure
// tables, the graph for other tools, the relations with their evidence, and
// report.html, one self-contained page to share.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "cli/knowledge.h"
#include "core/files.h"
#include "relations/extractor.h"
#include "render/job.h"

namespace actorgraph::cli {
namespace {

struct RunVerbOptions {
  InputArgs input;
  std::vector<std::string> actor_files;
  std::string output = "output";
  std::string style;
  std::string title;
  double timeout = 60;
};

// A progress bar on stderr, only when it is a terminal and not -q.
class Progress {
 public:
  explicit Progress(const CliState& state) : on_(state.global.verbosity >= 1 && ::isatty(STDERR_FILENO)) {}
  ~Progress() { Done(); }
  void Step(int step, int total, const std::string& what) {
    if (!on_) return;
    const int width = 24;
    int filled = total > 0 ? width * step / total : 0;
    std::cerr << "\r\033[K[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << step << "/"
              << total << " " << what << std::flush;
    shown_ = true;
  }
  void Done() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool on_;
  bool shown_ = false;
};

int RunRun(const CliState& state, const RunVerbOptions& o) {
  Result<Style> style = LoadStyleFile(o.style);
  if (!style.ok()) {
    PrintError(style.status().message());
    return ExitCodeFor(style.status());
  }
  Progress progress(state);
  int rc = kExitOk;
  progress.Step(0, 9, "reading the articles");
  std::optional<Corpus> corpus = ReadInputs(state, o.input, &rc);
  if (!corpus) return rc;
  progress.Step(1, 9, "loading the actor dictionaries");
  std::optional<KnowledgeBase> kb = LoadKnowledgeForCli(state, o.actor_files, &rc);
  if (!kb) return rc;
  Result<Extractor> extractor = Extractor::Create(*kb);
  if (!extractor.ok()) {
    PrintError(extractor.status().message());
    return kExitFailure;
  }
  progress.Step(2, 9, "extracting relations from " + std::to_string(corpus->documents.size()) + " documents");
  Extraction extraction = extractor->ExtractAll(*corpus);

  RunJobOptions job;
  job.title = o.title;
  job.style = std::move(*style);
  job.layout_timeout = o.timeout;
  job.progress = [&](int step, int total, const std::string& what) { progress.Step(2 + step, 2 + total, what); };
  Result<RunJobResult> result = ProduceRunOutputs(*corpus, extraction, job);
  if (!result.ok()) {
    progress.Done();
    PrintError(result.status().message());
    return ExitCodeFor(result.status());
  }
  std::string written;
  for (const OutputFile& f : result->files) {
    std::string path = (std::filesystem::path(o.output) / f.name).string();
    Status st = WriteFileAtomic(path, f.bytes);
    if (!st.ok()) {
      progress.Done();
      PrintError(st.message() + " (is the output directory writable? choose another with -o DIR)");
      return kExitFailure;
    }
    written += (written.empty() ? "" : " ") + f.name;
  }
  progress.Done();
  for (const std::string& note : result->notes) PrintWarning(state, note);
  PrintInfo(state, 1,
            "actorgraph run: " + std::to_string(corpus->documents.size()) + " documents used, " +
                std::to_string(corpus->skipped.size()) + " skipped; " + std::to_string(result->actors) +
                " actors in " + std::to_string(result->parties) + " parties; " +
                std::to_string(result->relations) + " relations on " + std::to_string(result->edges) + " edges");
  PrintInfo(state, 1, "wrote " + std::to_string(result->files.size()) + " files to " + o.output + "/: " + written);
  PrintInfo(state, 1, "open " + (std::filesystem::path(o.output) / "report.html").string() + " in a browser");
  if (result->relations == 0) {
    PrintWarning(state, "no relations were found in the input: the diagrams are empty");
  }
  return std::max(rc, InputExitCode(*corpus));
}

}  // namespace

void SetupRun(CLI::App& app, CliState& state) {
  auto o = std::make_shared<RunVerbOptions>();
  CLI::App* sub = app.add_subcommand(
      "run", "The main job: articles in, diagrams, tables, graph exports and report.html out (default: output/)");
  sub->footer(
      "Writes to DIR: parties.svg/.png, actors.svg/.png, mediation.svg/.png (diagrams), centrality.csv,\n"
      "brokerage.csv, graph.graphml, graph.gexf, graph.json, relations.jsonl, relations.csv and report.html\n"
      "(one self-contained page: open it in any browser, no network needed).\n"
      "Examples:\n"
      "  actorgraph run                          # the built-in sample corpus -> output/\n"
      "  actorgraph run articles/ -o results/    # your articles (.txt, .html, .jsonl)");
  AddInputOptions(sub, &o->input);
  AddActorsOption(sub, &o->actor_files);
  sub->add_option("-o,--output", o->output, "Output directory (created if missing; files in it are replaced)")
      ->capture_default_str();
  sub->add_option("--style", o->style, "Style file (TOML) whose keys override graphs/styles/default.toml")
      ->check(CLI::ExistingFile);
  sub->add_option("--title", o->title, "Title of the diagrams and the report");
  sub->add_option("--timeout", o->timeout, "Seconds each diagram's layout may take (exit code 6 past it)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  state.commands.push_back({sub, [&state, o] { return RunRun(state, *o); }});
}

}  // namespace actorgraph::cli
