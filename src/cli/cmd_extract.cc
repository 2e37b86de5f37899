// `actorgraph extract`: relations with evidence from articles (JSON Lines,
// CSV or a table), mediation records, mentions; --sentences and --documents
// show what ingestion and sentence splitting produced.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "cli/knowledge.h"
#include "core/embedded.h"
#include "core/files.h"
#include "relations/extractor.h"
#include "relations/output.h"
#include "sentences/splitter.h"

namespace actorgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> actor_files;
  std::string format = "jsonl";
  std::string output;
  std::string mediations;
  std::string triggers;
  bool mentions = false;
  bool sentences = false;
  bool documents = false;
  bool keep_unplaced = false;
};

// Tabs and newlines cannot occur in a field of a tab-separated line.
std::string Field(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

void WriteSentences(const Corpus& corpus, std::ostream& out) {
  out << "doc\tindex\tbegin\tend\ttext\n";
  for (const Document& d : corpus.documents) {
    out << "# doc=" << Field(d.id) << "\ttitle=" << Field(d.title) << "\tdate=" << d.date
        << "\toutlet=" << Field(d.outlet) << "\n";
    for (const Sentence& s : SplitSentences(d.text)) {
      out << Field(d.id) << '\t' << s.index << '\t' << s.begin << '\t' << s.end << '\t' << Field(s.View(d.text))
          << '\n';
    }
  }
}

void WriteDocuments(const Corpus& corpus, std::ostream& out) {
  out << "doc\tdate\toutlet\tdateline\tsentences\ttitle\n";
  for (const Document& d : corpus.documents) {
    out << Field(d.id) << '\t' << d.date << '\t' << Field(d.outlet) << '\t' << Field(d.dateline) << '\t'
        << SplitSentences(d.text).size() << '\t' << Field(d.title) << '\n';
  }
}

// Writes to -o FILE atomically, or to stdout.
int Emit(const std::string& path, const std::string& text, const char* what) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) {
      PrintError("cannot write to standard output");
      return kExitFailure;
    }
    return kExitOk;
  }
  Status st = WriteFileAtomic(path, text);
  if (!st.ok()) {
    PrintError(std::string("cannot write the ") + what + ": " + st.ToString() +
               " (check that the directory is writable)");
    return kExitFailure;
  }
  return kExitOk;
}

int RunExtract(const CliState& state, const ExtractOptions& options) {
  int code = kExitOk;
  std::optional<Corpus> corpus = ReadInputs(state, options.inputs, &code);
  if (!corpus) return code;
  std::ostringstream out;
  if (options.sentences) {
    WriteSentences(*corpus, out);
  } else if (options.documents) {
    WriteDocuments(*corpus, out);
  } else {
    std::optional<KnowledgeBase> kb = LoadKnowledgeForCli(state, options.actor_files, &code);
    if (!kb) return code;
    Result<Extractor> extractor = Status::Internal("no extractor");
    if (options.triggers.empty()) {
      extractor = Extractor::Create(*kb);
    } else {
      Result<std::string> lexicon = ReadFile(options.triggers);
      if (!lexicon.ok()) {
        PrintError("cannot read the trigger lexicon: " + lexicon.status().ToString());
        return kExitInput;
      }
      extractor = Extractor::Create(*kb, *lexicon, *FindEmbedded("graphs/dictionaries/mentions.toml"), options.triggers);
    }
    if (!extractor.ok()) {
      PrintError(extractor.status().ToString());
      return ExitCodeFor(extractor.status());
    }
    if (options.mentions) {
      std::vector<MentionRecord> all;
      for (const Document& d : corpus->documents) {
        std::vector<MentionRecord> m = extractor->Mentions(d);
        all.insert(all.end(), m.begin(), m.end());
      }
      WriteMentionsJsonl(all, out);
    } else {
      Extraction x = extractor->ExtractAll(*corpus);
      std::size_t unplaced = x.unplaced.size();
      if (options.keep_unplaced) {
        // back in corpus order, as if none had been set aside
        std::map<std::string, std::size_t> order;
        for (std::size_t i = 0; i < corpus->documents.size(); ++i) order.emplace(corpus->documents[i].id, i);
        x.relations.insert(x.relations.end(), x.unplaced.begin(), x.unplaced.end());
        std::stable_sort(x.relations.begin(), x.relations.end(), [&](const Relation& a, const Relation& b) {
          return std::tie(order[a.doc], a.sentence, a.trigger_span.begin, a.source.id, a.target.id) <
                 std::tie(order[b.doc], b.sentence, b.trigger_span.begin, b.source.id, b.target.id);
        });
      }
      if (options.format == "jsonl") {
        WriteRelationsJsonl(x.relations, out);
      } else if (options.format == "csv") {
        WriteRelationsCsv(x.relations, out);
      } else {
        WriteRelationsTable(x.relations, out);
      }
      if (!options.mediations.empty()) {
        std::ostringstream med;
        WriteMediationsJsonl(x.mediations, med);
        int rc = Emit(options.mediations, med.str(), "mediation records");
        if (rc != kExitOk) return rc;
      }
      std::size_t events = 0;
      for (const Relation& r : x.relations)
        events += r.modality == Modality::kAsserted || r.modality == Modality::kPlanned;
      PrintInfo(state, 1,
                std::to_string(x.relations.size()) + " relations (" + std::to_string(events) +
                    " asserted or planned), " + std::to_string(x.mediations.size()) + " mediation records, " +
                    std::to_string(x.discovered.size()) + " persons discovered");
      if (unplaced > 0)
        PrintInfo(state, 1,
                  std::to_string(unplaced) + " relations " + (options.keep_unplaced ? "kept" : "set aside") +
                      " because an actor's party is unknown" +
                      (options.keep_unplaced ? "" : " (--keep-unplaced writes them; --actors FILE can name the party)"));
      if (state.global.verbosity >= 2)
        for (const Relation& r : x.unplaced)
          PrintInfo(state, 2, "unplaced: " + r.doc + " sentence " + std::to_string(r.sentence) + ": " + r.source.name +
                                  " " + RelationKindName(r.kind) + " " + r.target.name);
      if (state.global.verbosity >= 2)
        for (const Actor& a : x.discovered)
          PrintInfo(state, 2, "discovered: " + a.id + " (" + a.name + ", party " + (a.party.empty() ? "?" : a.party) + ")");
    }
  }
  int rc = Emit(options.output, out.str(), "output");
  if (rc != kExitOk) return rc;
  PrintInputSummary(state, *corpus);
  return InputExitCode(*corpus);
}

}  // namespace

void SetupExtract(CLI::App& app, CliState& state) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* sub = app.add_subcommand(
      "extract",
      "Extract actor relations from articles: who met, visited, mediated between, proposed to,\n"
      "responded to, urged, criticised, supported or attacked whom, with the evidence sentence,\n"
      "the rule that fired (graphs/dictionaries/triggers.toml), modality and confidence.");
  AddInputOption(sub, &options->inputs);
  AddActorsOption(sub, &options->actor_files);
  sub->add_option("--format", options->format,
                  "jsonl: one relation a line (the relations.md contract); csv; table: aligned, for reading")
      ->check(CLI::IsMember({"jsonl", "csv", "table"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  sub->add_option("--mediations", options->mediations,
                  "Also write the mediation records (mediators, parties, venue, date) as JSON Lines to FILE "
                  "(\"-\" for standard output)")
      ->type_name("FILE");
  sub->add_option("--triggers", options->triggers,
                  "Use this trigger lexicon instead of the built-in one (start from a copy of "
                  "graphs/dictionaries/triggers.toml; its header explains every key)")
      ->type_name("FILE");
  sub->add_flag("--keep-unplaced", options->keep_unplaced,
                "Also write relations with an actor whose party is unknown (set aside by default: they "
                "cannot go on the party graph)");
  sub->add_flag("--mentions", options->mentions,
                "Print the actor mentions (after coreference) as JSON Lines instead of relations");
  sub->add_flag("--sentences", options->sentences,
                "Print the sentences of each document with byte offsets into its cleaned text");
  sub->add_flag("--documents", options->documents, "Print one line per document: id, date, outlet, dateline place, sentences, title");
  sub->footer(
      "Examples:\n"
      "  actorgraph extract articles/ -o relations.jsonl\n"
      "  actorgraph extract --format table article.txt\n"
      "  actorgraph extract --actors my-actors.toml --mediations med.jsonl articles/");
  state.commands.push_back({sub, [&state, options] { return RunExtract(state, *options); }});
}

}  // namespace actorgraph::cli
