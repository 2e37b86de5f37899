// link-grammar speed and coverage on our sentences, to decide whether the
// parser earns a place next to the shallow extractor (bench/link-grammar/README.md).
//
// Input: text files (or stdin) with one sentence per line; the output of
// `actorgraph extract CORPUS --sentences` is accepted as is (header and '#'
// lines skipped, the last tab-separated column is the sentence).
//
// Reports the dictionary load time, then for each parse configuration:
// sentences/s, the share of sentences with a complete linkage (no null
// words), with a linkage only after skipping words, with none, timed out,
// and the median / p95 / max CPU time per sentence. Every sentence is taken
// through sentence_create, sentence_split, sentence_parse, linkage_create on
// the best linkage and a walk over its links (what a caller reading subject
// and object links would pay). Run under /usr/bin/time -v for peak RSS
// (bench/link-grammar/run.sh does).
//
// Usage: lg_bench [--repeat N] [--max-time SECS] [--only NAME] [--show K]... [FILE...]
#include <link-grammar/link-includes.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <clocale>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

double CpuSeconds(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// One line of input -> the sentence text, or "" to skip.
std::string SentenceOf(const std::string& line) {
  if (line.empty() || line[0] == '#' || line.rfind("doc\tindex\t", 0) == 0) return "";
  std::size_t tab = line.rfind('\t');
  std::string s = tab == std::string::npos ? line : line.substr(tab + 1);
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

void ReadSentences(std::istream& in, std::vector<std::string>& out) {
  std::string line;
  while (std::getline(in, line)) {
    std::string s = SentenceOf(line);
    if (!s.empty()) out.push_back(std::move(s));
  }
}

struct Config {
  const char* name;
  int linkage_limit;
  bool null_links;  // no complete linkage: parse again allowing skipped words
  bool panic;       // resources exhausted: parse again with panic options
};

enum class Outcome { kComplete, kNullLinked, kNone };

struct Result {
  Outcome outcome = Outcome::kNone;
  bool timed_out = false;  // any pass hit max_parse_time / max_memory
  int links = 0;
};

void SetCommon(Parse_Options o, int limit, int max_time) {
  parse_options_set_verbosity(o, 0);
  parse_options_set_linkage_limit(o, limit);
  parse_options_set_max_parse_time(o, max_time);
  parse_options_set_spell_guess(o, 0);  // names are unknown words; guessing spellings only costs time
  parse_options_set_islands_ok(o, false);
}

// link-parser's panic options: short connectors only, skipped words allowed.
void SetPanic(Parse_Options o, int max_time) {
  SetCommon(o, 100, max_time);
  parse_options_set_disjunct_cost(o, 2.7f);
  parse_options_set_min_null_count(o, 1);
  parse_options_set_max_null_count(o, 250);
  parse_options_set_short_length(o, 12);
  parse_options_set_all_short_connectors(o, true);
}

int WalkBestLinkage(Sentence s, Parse_Options o) {
  Linkage lk = linkage_create(0, s, o);
  if (lk == nullptr) return 0;
  int n = 0;
  for (int i = 0, links = static_cast<int>(linkage_get_num_links(lk)); i < links; ++i) {
    const char* label = linkage_get_link_label(lk, static_cast<LinkIdx>(i));
    // what a role filler would look for: subject (S*), object (O*), passive (Pv), by-agent (MVp + Jp)
    if (label != nullptr && (label[0] == 'S' || label[0] == 'O' || label[0] == 'P' || label[0] == 'J')) ++n;
  }
  linkage_delete(lk);
  return n;
}

Result ParseOne(const std::string& text, Dictionary dict, Parse_Options strict, Parse_Options nulls,
                Parse_Options panic, const Config& c) {
  Result r;
  Sentence s = sentence_create(text.c_str(), dict);
  if (s == nullptr) return r;
  parse_options_reset_resources(strict);
  if (sentence_split(s, strict) < 0) {
    sentence_delete(s);
    return r;
  }
  int found = sentence_parse(s, strict);
  bool exhausted = parse_options_resources_exhausted(strict);
  Parse_Options used = strict;
  if (found > 0 && sentence_num_valid_linkages(s) > 0) {
    r.outcome = Outcome::kComplete;
  } else {
    if (c.null_links && !exhausted) {
      parse_options_set_max_null_count(nulls, sentence_length(s));
      parse_options_reset_resources(nulls);
      found = sentence_parse(s, nulls);
      exhausted = parse_options_resources_exhausted(nulls);
      used = nulls;
      if (found > 0 && sentence_num_valid_linkages(s) > 0) r.outcome = Outcome::kNullLinked;
    }
    if (r.outcome == Outcome::kNone && c.panic && exhausted) {
      r.timed_out = true;
      parse_options_reset_resources(panic);
      found = sentence_parse(s, panic);
      used = panic;
      if (found > 0 && sentence_num_valid_linkages(s) > 0) r.outcome = Outcome::kNullLinked;
    }
  }
  r.timed_out = r.timed_out || exhausted;
  if (r.outcome != Outcome::kNone) r.links = WalkBestLinkage(s, used);
  sentence_delete(s);
  return r;
}

void Show(const std::string& text, Dictionary dict, Parse_Options strict, Parse_Options nulls) {
  Sentence s = sentence_create(text.c_str(), dict);
  if (s == nullptr) return;
  Parse_Options used = strict;
  if (sentence_parse(s, strict) <= 0) {
    parse_options_set_max_null_count(nulls, sentence_length(s));
    sentence_parse(s, nulls);
    used = nulls;
  }
  std::printf("\n%s\n", text.c_str());
  if (sentence_num_valid_linkages(s) > 0) {
    Linkage lk = linkage_create(0, s, used);
    char* d = linkage_print_diagram(lk, false, 160);
    std::printf("null words: %d\n%s", sentence_null_count(s), d);
    linkage_free_diagram(d);
    linkage_delete(lk);
  } else {
    std::printf("no linkage\n");
  }
  sentence_delete(s);
}

// Keep warnings and errors, drop the dictionary's info and debug chatter.
void OnLgMessage(lg_errinfo* e, void*) {
  if (e != nullptr && e->severity <= lg_Warn) std::fprintf(stderr, "link-grammar: %s", e->text);
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3, max_time = 2;
  std::string only;
  std::vector<int> show;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--max-time" && i + 1 < argc) {
      max_time = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else if (a == "--show" && i + 1 < argc) {
      show.push_back(std::atoi(argv[++i]));
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: %s [--repeat N] [--max-time SECS] [--only CONFIG] [--show K]... [FILE...]\n", argv[0]);
      return 0;
    } else {
      files.push_back(a);
    }
  }
  std::vector<std::string> sentences;
  if (files.empty()) {
    ReadSentences(std::cin, sentences);
  } else {
    for (const std::string& f : files) {
      std::ifstream in(f);
      if (!in) {
        std::fprintf(stderr, "cannot read %s\n", f.c_str());
        return 2;
      }
      ReadSentences(in, sentences);
    }
  }
  if (sentences.empty()) {
    std::fprintf(stderr, "no sentences\n");
    return 2;
  }
  std::size_t words = 0;
  for (const std::string& s : sentences) {
    bool in_word = false;
    for (char ch : s) {
      bool sp = ch == ' ' || ch == '\t';
      if (!sp && !in_word) ++words;
      in_word = !sp;
    }
  }

  // The English dictionary asks for en_US.UTF-8 and falls back to C.UTF-8 with a
  // warning where that locale is not installed; take C.UTF-8 up front.
  if (std::setlocale(LC_ALL, "en_US.UTF-8") == nullptr) std::setlocale(LC_ALL, "C.UTF-8");
  lg_error_set_handler(OnLgMessage, nullptr);
  auto t0 = Clock::now();
  double c0 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
  Dictionary dict = dictionary_create_lang("en");
  auto t1 = Clock::now();
  double c1 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
  if (dict == nullptr) {
    std::fprintf(stderr, "link-grammar: cannot load the English dictionary\n");
    return 1;
  }
  std::printf("link-grammar %s, dictionary %s\n", linkgrammar_get_version(), linkgrammar_get_dict_version(dict));
  std::printf("dictionary load: %.1f ms wall, %.1f ms CPU\n", Seconds(t0, t1) * 1000, (c1 - c0) * 1000);
  std::printf("input: %zu sentences, %.1f words/sentence; each configuration runs them %d times; max_parse_time %d s\n",
              sentences.size(), static_cast<double>(words) / static_cast<double>(sentences.size()), repeat, max_time);

  Parse_Options strict = parse_options_create();
  Parse_Options nulls = parse_options_create();
  Parse_Options panic = parse_options_create();

  // The first parse pays for lazy set-up; time it apart.
  {
    SetCommon(strict, 1, max_time);
    parse_options_set_min_null_count(strict, 0);
    parse_options_set_max_null_count(strict, 0);
    auto a = Clock::now();
    ParseOne(sentences[0], dict, strict, nulls, panic, Config{"warm", 1, false, false});
    std::printf("first sentence (warm-up): %.1f ms\n", Seconds(a, Clock::now()) * 1000);
  }

  const Config configs[] = {
      {"complete-only/limit1", 1, false, false},
      {"complete-only/limit100", 100, false, false},
      {"null-links/limit1", 1, true, false},
      {"null-links/limit100", 100, true, false},
      {"null-links+panic/limit100", 100, true, true},
  };
  std::printf("\n%-26s %9s %9s %9s %7s %7s %7s %9s %9s %9s\n", "configuration", "sent/s", "sent/s", "complete",
              "skip", "none", "timeout", "median", "p95", "max");
  std::printf("%-26s %9s %9s %9s %7s %7s %7s %9s %9s %9s\n", "", "(wall)", "(CPU)", "", "words", "", "", "ms CPU",
              "ms CPU", "ms CPU");
  for (const Config& c : configs) {
    if (!only.empty() && only != c.name) continue;
    SetCommon(strict, c.linkage_limit, max_time);
    parse_options_set_min_null_count(strict, 0);
    parse_options_set_max_null_count(strict, 0);
    SetCommon(nulls, c.linkage_limit, max_time);
    parse_options_set_min_null_count(nulls, 1);
    SetPanic(panic, max_time);

    std::vector<double> per;  // CPU seconds per sentence
    per.reserve(sentences.size() * static_cast<std::size_t>(repeat));
    std::size_t complete = 0, skipped = 0, none = 0, timeouts = 0, links = 0;
    auto w0 = Clock::now();
    double p0 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    for (int r = 0; r < repeat; ++r) {
      for (const std::string& s : sentences) {
        double a = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        Result res = ParseOne(s, dict, strict, nulls, panic, c);
        per.push_back(CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - a);
        if (r != 0) continue;
        complete += res.outcome == Outcome::kComplete;
        skipped += res.outcome == Outcome::kNullLinked;
        none += res.outcome == Outcome::kNone;
        timeouts += res.timed_out;
        links += static_cast<std::size_t>(res.links);
      }
    }
    double wall = Seconds(w0, Clock::now());
    double cpu = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - p0;
    double n = static_cast<double>(per.size());
    double m = static_cast<double>(sentences.size()) / 100.0;
    std::printf("%-26s %9.1f %9.1f %8.1f%% %6.1f%% %6.1f%% %6.1f%% %9.2f %9.2f %9.1f\n", c.name, n / wall, n / cpu,
                static_cast<double>(complete) / m, static_cast<double>(skipped) / m, static_cast<double>(none) / m,
                static_cast<double>(timeouts) / m, Percentile(per, 0.5) * 1000, Percentile(per, 0.95) * 1000,
                Percentile(per, 1.0) * 1000);
    std::fflush(stdout);
  }

  for (int k : show) {
    if (k >= 1 && static_cast<std::size_t>(k) <= sentences.size()) {
      SetCommon(strict, 100, max_time);
      parse_options_set_min_null_count(strict, 0);
      parse_options_set_max_null_count(strict, 0);
      SetCommon(nulls, 100, max_time);
      parse_options_set_min_null_count(nulls, 1);
      Show(sentences[static_cast<std::size_t>(k - 1)], dict, strict, nulls);
    }
  }

  parse_options_delete(panic);
  parse_options_delete(nulls);
  parse_options_delete(strict);
  dictionary_delete(dict);
  return 0;
}
