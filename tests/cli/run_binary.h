// Runs the real actorgraph binary for CLI tests: exit code, stdout, stderr.
#ifndef ACTORGRAPH_TESTS_CLI_RUN_BINARY_H_
#define ACTORGRAPH_TESTS_CLI_RUN_BINARY_H_

#include <string>

namespace actorgraph::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

/// Runs `AG_BINARY args` through /bin/sh in the source directory (`args` is
/// shell syntax: quote paths), with `stdin_text` on standard input.
RunResult RunActorgraph(const std::string& args, const std::string& stdin_text = "");

/// A fresh empty directory under the system temp dir.
std::string MakeTempDir();

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_CLI_RUN_BINARY_H_
