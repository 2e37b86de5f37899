// Errors as values. Every fallible library call returns a Status or a
// Result<T>; only the CLI prints them and picks exit codes (src/cli/).
#ifndef ACTORGRAPH_CORE_STATUS_H_
#define ACTORGRAPH_CORE_STATUS_H_

#include <string>
#include <utility>
#include <optional>

namespace actorgraph {

/// What went wrong, coarse enough for the CLI to map onto exit codes.
enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed (bad flag value, unknown actor)
  kNotFound,         // a named file, actor or path does not exist
  kIoError,          // reading or writing failed
  kParseError,       // input exists but is malformed (file:line in the message)
  kUnsupported,      // a format or feature we do not handle
  kTimeout,          // a time limit was exceeded (layout)
  kInternal,         // a bug: an invariant did not hold
};

/// "ok" or the code's name ("not found", "parse error", ...).
const char* ErrorCodeName(ErrorCode code);

/// Success, or an error code with a message that carries its context
/// (file:line, document id, actor name). Cheap to copy when ok.
class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {ErrorCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {ErrorCode::kIoError, std::move(m)}; }
  static Status ParseError(std::string m) { return {ErrorCode::kParseError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {ErrorCode::kUnsupported, std::move(m)}; }
  static Status Timeout(std::string m) { return {ErrorCode::kTimeout, std::move(m)}; }
  static Status Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  /// "ok", or the message alone (messages already say what and where).
  std::string ToString() const { return ok() ? "ok" : message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

/// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) {}  // NOLINT; REQUIRES: !status.ok()

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace actorgraph

/// Returns early from the enclosing function if `expr` yields a non-ok Status.
#define AG_RETURN_IF_ERROR(expr)        \
  do {                                  \
    ::actorgraph::Status _st = (expr);  \
    if (!_st.ok()) return _st;          \
  } while (0)

#endif  // ACTORGRAPH_CORE_STATUS_H_
