#include "cli/knowledge.h"

#include <algorithm>

#include "core/files.h"

namespace actorgraph::cli {

CLI::Option* AddActorsOption(CLI::App* sub, std::vector<std::string>* files) {
  return sub
      ->add_option("--actors", *files,
                   "Extra actor dictionary (TOML, format of graphs/dictionaries/README.md) laid over the\n"
                   "built-in one; repeatable, later files win. An [[actor]] with a known id replaces that\n"
                   "actor (add `merge = true` to only add aliases/offices); new ids add actors; [[title]]\n"
                   "entries add title phrases")
      ->type_name("FILE")
      ->allow_extra_args(false);
}

Result<KnowledgeBase> LoadKnowledgeBase(const std::vector<std::string>& files) {
  Result<KnowledgeBase> kb = KnowledgeBase::LoadBuiltin();
  if (!kb.ok()) return kb.status();
  for (const std::string& path : files) {
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) return text.status();
    AG_RETURN_IF_ERROR(kb->Overlay(*text, path));
  }
  return kb;
}

std::optional<KnowledgeBase> LoadKnowledgeForCli(const CliState& state, const std::vector<std::string>& files,
                                                 int* exit_code) {
  std::vector<std::string> builtin_warnings;
  if (!files.empty()) {
    Result<KnowledgeBase> builtin = KnowledgeBase::LoadBuiltin();
    if (builtin.ok()) builtin_warnings = builtin->warnings();
  }
  Result<KnowledgeBase> kb = LoadKnowledgeBase(files);
  if (!kb.ok()) {
    const Status& st = kb.status();
    std::string hint;
    if (st.code() == ErrorCode::kParseError) {
      hint = "\n(fix the actor dictionary at the line shown; the format is described in "
             "graphs/dictionaries/README.md)";
    } else if (st.code() == ErrorCode::kNotFound) {
      hint = " (check the path given to --actors)";
    }
    PrintError(st.message() + hint);
    *exit_code = st.code() == ErrorCode::kNotFound || st.code() == ErrorCode::kIoError ? kExitInput : kExitFailure;
    return std::nullopt;
  }
  for (const std::string& w : kb->warnings()) {
    bool builtin = files.empty() ||
                   std::find(builtin_warnings.begin(), builtin_warnings.end(), w) != builtin_warnings.end();
    if (!builtin) {
      PrintWarning(state, w);
    } else if (state.global.verbosity >= 2) {
      PrintWarning(state, "built-in dictionary: " + w);
    }
  }
  *exit_code = kExitOk;
  return std::move(*kb);
}

}  // namespace actorgraph::cli
