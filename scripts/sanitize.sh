#!/usr/bin/env bash
# Builds the CLI with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ and runs
# `extract` over the seeds and every set under tests/testdata; fails on the first report.
# Slow (a sanitized build takes minutes), so not part of scripts/test.sh.
# Usage: scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
flags="-fsanitize=address,undefined -fno-omit-frame-pointer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-asan --target actorgraph -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=(../shared/seeds)
for d in tests/testdata/*/; do
  d=${d%/}
  [[ $d == *-gold ]] || [ ! -d "$d-gold" ] || inputs+=("$d")
done
for input in "${inputs[@]}"; do
  build-asan/actorgraph extract "$input" --format jsonl -o "$out/x.jsonl" -q
  echo "clean: $input"
done
