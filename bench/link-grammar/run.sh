#!/bin/sh
# link-grammar against the shallow extractor on the sample corpus
# (bench/link-grammar/README.md). Needs liblink-grammar-dev and
# link-grammar-dictionaries-en. Usage: bench/link-grammar/run.sh [BUILD_DIR] [REPEAT]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-lg}
repeat=${2:-3}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target lg_bench extract_bench actorgraph -j2 >/dev/null
echo "load: $(uptime)"
# every sentence of the sample corpus, one a line (the last column of --sentences)
"$build/actorgraph" extract "$root/graphs/corpora/gaza-ceasefire-2024" --sentences 2>/dev/null |
  awk -F'\t' '!/^#/ && $1 != "doc" {print $NF}' >"$build/lg-sentences.txt"
# one process per configuration, so that each gets its own peak RSS
for c in complete-only/limit1 complete-only/limit100 null-links/limit1 null-links/limit100 \
  null-links+panic/limit100; do
  /usr/bin/time -f "  peak RSS %M KB, %e s wall, %U s user" \
    "$build/lg_bench" --repeat "$repeat" --only "$c" "$build/lg-sentences.txt"
done
# the shallow extractor on the same corpus repeated to 50 MB (distinct document
# ids: `actorgraph extract` on a file of repeated text would drop the repeats)
/usr/bin/time -f "  peak RSS %M KB, %e s wall, %U s user" "$build/extract_bench" 50
printf 'Qatar met Egypt.\n' >"$build/startup.txt"
/usr/bin/time -f "actorgraph extract on one sentence: %e s wall, %M KB peak" \
  "$build/actorgraph" -q extract "$build/startup.txt" >/dev/null
echo "load: $(uptime)"
