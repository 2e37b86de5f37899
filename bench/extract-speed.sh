#!/bin/sh
# Extraction speed with peak memory: builds extract_bench (Release) and runs it
# under /usr/bin/time -v. Usage: bench/extract-speed.sh [BUILD_DIR] [MB]
set -e
build=${1:-build}
mb=${2:-50}
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target extract_bench actorgraph -j2 >/dev/null
/usr/bin/time -v "$build/extract_bench" "$mb" 2>"$build/extract_bench.time"
grep -E "Maximum resident|Elapsed" "$build/extract_bench.time"
# start-up of the whole binary on one tiny document, dictionaries included
printf 'Qatar met Egypt.\n' > "$build/startup.txt"
/usr/bin/time -f "actorgraph extract on one sentence: %e s wall, %M KB peak" \
  "$build/actorgraph" -q extract "$build/startup.txt" >/dev/null
