// Runs tests/render/read_outputs.py (Python's XML parser, NetworkX) on bytes the
// code under test produced: an independent reader for every XML format.
#ifndef ACTORGRAPH_TESTS_RENDER_INSPECT_UTIL_H_
#define ACTORGRAPH_TESTS_RENDER_INSPECT_UTIL_H_

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace actorgraph::testing {

/// A fresh directory under the system temp dir, removed by the caller.
inline std::filesystem::path FreshDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("ag-render-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

/// Writes `bytes` to a temporary file and runs `read_outputs.py MODE FILE`. Returns
/// null JSON when the reader failed (malformed input), with its stderr in *error.
inline nlohmann::json Inspect(const std::string& mode, const std::string& bytes, const std::string& ext,
                              std::string* error = nullptr) {
  auto dir = FreshDir("inspect");
  auto file = dir / ("input." + ext);
  {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
  }
  std::string cmd = std::string("/usr/bin/python3 ") + AG_SOURCE_DIR + "/tests/render/read_outputs.py " + mode +
                    " " + file.string() + " 2>" + (dir / "err").string();
  std::string output;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
    int rc = ::pclose(p);
    if (rc != 0) output.clear();
  }
  if (error) {
    std::ifstream in(dir / "err");
    error->assign(std::istreambuf_iterator<char>(in), {});
  }
  std::filesystem::remove_all(dir);
  if (output.empty()) return nullptr;
  return nlohmann::json::parse(output);
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_RENDER_INSPECT_UTIL_H_
