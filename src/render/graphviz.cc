#include "render/graphviz.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <string>

#include <gvc.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace actorgraph {
namespace {

std::mutex& GraphvizMutex() {
  static std::mutex m;
  return m;
}

// Graphviz 2.42 takes char* for names it never modifies.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }

// Object ids in creation order. cgraph's default id discipline makes a named object's id the
// address of its interned name, and keeps subgraphs ordered by id: the clusters then come out in an
// order that depends on the heap, and so does the picture (two runs of the same job differed). Here
// a name gets the next even number instead (anonymous objects keep odd ones, as in cgraph).
struct SequentialIds {
  Agraph_t* g = nullptr;
  IDTYPE next_named = 2, next_anonymous = 1;
  std::map<std::string, IDTYPE> by_name;
  std::map<IDTYPE, char*> names;  // interned with agstrdup
};
void* IdOpen(Agraph_t* g, Agdisc_t*) {
  auto* st = new SequentialIds;
  st->g = g;
  return st;
}
long IdMap(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* st = static_cast<SequentialIds*>(state);
  if (!str) {
    *id = st->next_anonymous;
    st->next_anonymous += 2;
    return 1;
  }
  auto it = st->by_name.find(str);
  if (it != st->by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  *id = st->next_named;
  st->next_named += 2;
  st->by_name.emplace(str, *id);
  st->names.emplace(*id, agstrdup(st->g, str));
  return 1;
}
long IdAlloc(void*, int, IDTYPE) { return 1; }
void IdFree(void* state, int, IDTYPE id) {
  auto* st = static_cast<SequentialIds*>(state);
  auto it = st->names.find(id);
  if (it == st->names.end()) return;
  st->by_name.erase(it->second);
  agstrfree(st->g, it->second);
  st->names.erase(it);
}
char* IdPrint(void* state, int, IDTYPE id) {
  auto* st = static_cast<SequentialIds*>(state);
  auto it = st->names.find(id);
  return it == st->names.end() ? nullptr : it->second;
}
void IdClose(void* state) { delete static_cast<SequentialIds*>(state); }
void IdRegister(void*, int, void*) {}
Agiddisc_t kSequentialIdDisc = {IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};

// agmemread with the id discipline above: reads DOT text line by line from memory.
struct MemReader {
  const char* data;
  int len;
  int cur;
};
int MemRead(void* chan, char* buf, int bufsize) {
  auto* r = static_cast<MemReader*>(chan);
  if (bufsize == 0 || r->cur >= r->len) return 0;
  int l = 0;
  char c;
  do {
    buf[l++] = c = r->data[r->cur++];
  } while (c && c != '\n' && l < bufsize && r->cur < r->len);
  return l;
}
Agraph_t* ReadDot(const std::string& dot) {
  static Agiodisc_t io = {MemRead, AgIoDisc.putstr, AgIoDisc.flush};
  static Agdisc_t disc = {&AgMemDisc, &kSequentialIdDisc, &io};
  MemReader r{dot.data(), static_cast<int>(dot.size()), 0};
  Agraph_t* g = agread(&r, &disc);
  return g;
}

// Messages Graphviz reports in the child, sent back on failure.
std::string* g_child_errors = nullptr;
int CollectError(char* message) {
  if (g_child_errors) *g_child_errors += message;
  return 0;
}

bool WriteAll(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Child protocol, per format in request order: one byte ('O' ok, 'E' error),
// an 8-byte length, then that many bytes (the output, or the error text).
void SendRecord(int fd, char tag, const char* data, std::uint64_t size) {
  WriteAll(fd, &tag, 1);
  WriteAll(fd, &size, sizeof size);
  WriteAll(fd, data, size);
}

// One context per process, created in the parent (under the mutex) so that
// every child inherits the loaded plugins instead of loading them again:
// that made a child cost about 25 ms instead of a few.
GVC_t* SharedContext() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

[[noreturn]] void RunChild(const RenderRequest& request, GVC_t* gvc, int fd) {
  std::string errors;
  g_child_errors = &errors;
  agseterr(AGWARN);
  agseterrf(CollectError);
  // dpi is read at layout time and scales every format, so PNG gets its own
  // graph and layout (same input, same seed: same positions). A fresh graph
  // each time: re-laying out the same graph object was not deterministic.
  Agraph_t* g = nullptr;
  int g_dpi = 0;
  for (const std::string& format : request.formats) {
    int dpi = format == "png" ? request.png_dpi : 72;
    if (!g || dpi != g_dpi) {
      if (g) {
        gvFreeLayout(gvc, g);
        agclose(g);
      }
      g = ReadDot(request.dot);
      if (!g) {
        std::string m = "Graphviz could not read the DOT text: " + errors;
        SendRecord(fd, 'E', m.data(), m.size());
        ::_exit(0);
      }
      g_dpi = dpi;
      agsafeset(g, C("dpi"), C(std::to_string(dpi)), C(""));
      if (gvLayout(gvc, g, C(request.layout)) != 0) {
        std::string m = "Graphviz layout '" + request.layout + "' failed: " + errors;
        SendRecord(fd, 'E', m.data(), m.size());
        ::_exit(0);
      }
    }
    char* buf = nullptr;
    unsigned int len = 0;
    std::string device = format == "png" ? "png:cairo" : format == "pdf" ? "pdf:cairo" : format;
    if (gvRenderData(gvc, g, C(device), &buf, &len) != 0 || !buf) {
      std::string m = "Graphviz could not render " + format + ": " + errors;
      SendRecord(fd, 'E', m.data(), m.size());
      ::_exit(0);
    }
    SendRecord(fd, 'O', buf, len);
    gvFreeRenderData(buf);
  }
  if (g) {
    gvFreeLayout(gvc, g);
    agclose(g);
  }
  ::_exit(0);
}

// cairo 1.16 stamps PDFs with the current time; replace it with a fixed date
// of the same length so byte offsets in the cross-reference table stay right.
void FixPdfDates(std::string* pdf) {
  for (const char* key : {"/CreationDate (", "/ModDate ("}) {
    std::size_t pos = pdf->find(key);
    if (pos == std::string::npos) continue;
    std::size_t begin = pos + std::strlen(key);
    std::size_t end = pdf->find(')', begin);
    if (end == std::string::npos) continue;
    static constexpr char kFixed[] = "D:20000101000000Z";
    for (std::size_t i = begin, k = 0; i < end; ++i, ++k) {
      (*pdf)[i] = k < sizeof(kFixed) - 1 ? kFixed[k] : ' ';
    }
  }
}

}  // namespace

const std::vector<std::string>& LayoutEngines() {
  static const std::vector<std::string> kEngines = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
  return kEngines;
}

const std::vector<std::string>& RenderFormats() {
  static const std::vector<std::string> kFormats = {"svg", "png", "pdf", "dot"};
  return kFormats;
}

namespace {

// One child: one layout (one dpi), every format of `request` rendered from it.
Result<std::map<std::string, std::string>> RenderInChild(const RenderRequest& request);

}  // namespace

Result<std::map<std::string, std::string>> RenderGraph(const RenderRequest& request) {
  const auto& engines = LayoutEngines();
  if (std::find(engines.begin(), engines.end(), request.layout) == engines.end()) {
    return Status::InvalidArgument("unknown layout '" + request.layout +
                                   "' (expected dot, neato, fdp, sfdp, circo or twopi)");
  }
  for (const std::string& f : request.formats) {
    const auto& formats = RenderFormats();
    if (std::find(formats.begin(), formats.end(), f) == formats.end()) {
      return Status::InvalidArgument("unknown output format '" + f + "' (expected svg, png, pdf or dot)");
    }
  }
  // PNG is laid out at its own dpi in its own child: a second layout in the
  // same process is not reproducible (Graphviz keeps global state between
  // layouts; measured: the PNG changed from run to run, the SVG did not).
  std::map<std::string, std::string> out;
  RenderRequest vector_part = request, png_part = request;
  vector_part.formats.clear();
  png_part.formats.clear();
  for (const std::string& f : request.formats) (f == "png" ? png_part : vector_part).formats.push_back(f);
  for (const RenderRequest* part : {&vector_part, &png_part}) {
    if (part->formats.empty()) continue;
    Result<std::map<std::string, std::string>> bytes = RenderInChild(*part);
    if (!bytes.ok()) return bytes.status();
    out.merge(*bytes);
  }
  return out;
}

namespace {

Result<std::map<std::string, std::string>> RenderInChild(const RenderRequest& request) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  GVC_t* gvc = SharedContext();
  int fds[2];
  if (::pipe(fds) != 0) return Status::Internal(std::string("pipe: ") + std::strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return Status::Internal(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    RunChild(request, gvc, fds[1]);
  }
  ::close(fds[1]);

  using Clock = std::chrono::steady_clock;
  const bool limited = request.timeout_seconds > 0;
  const auto deadline =
      Clock::now() + std::chrono::milliseconds(static_cast<long long>(request.timeout_seconds * 1000));
  std::string bytes;
  bool timed_out = false;
  char buf[1 << 16];
  while (true) {
    int wait_ms = -1;
    if (limited) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) {
        timed_out = true;
        break;
      }
      wait_ms = static_cast<int>(std::min<long long>(left, 1 << 30));
    }
    pollfd p{fds[0], POLLIN, 0};
    int r = ::poll(&p, 1, wait_ms);
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) continue;  // the deadline check above decides
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EOF: the child is done (or died)
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", request.timeout_seconds);
    return Status::Timeout("layout '" + request.layout + "' did not finish within " + limit +
                           " s; try a faster layout (--layout sfdp) or a longer limit (--timeout)");
  }

  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  for (const std::string& format : request.formats) {
    std::uint64_t size = 0;
    if (pos + 1 + sizeof size > bytes.size()) break;
    char tag = bytes[pos];
    std::memcpy(&size, bytes.data() + pos + 1, sizeof size);
    pos += 1 + sizeof size;
    if (pos + size > bytes.size()) break;
    std::string data = bytes.substr(pos, size);
    pos += size;
    if (tag != 'O') return Status::Internal(data);
    if (format == "pdf") FixPdfDates(&data);
    out[format] = std::move(data);
  }
  if (out.size() != request.formats.size()) {
    std::string how = WIFSIGNALED(wstatus) ? "was killed by signal " + std::to_string(WTERMSIG(wstatus))
                                           : "stopped early";
    return Status::Internal("Graphviz " + how + " while laying out with '" + request.layout +
                            "'; try another --layout");
  }
  return out;
}

}  // namespace

}  // namespace actorgraph
