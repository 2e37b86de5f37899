#!/usr/bin/env bash
# Scores the extractor on the seeds and every hand-annotated set under
# tests/testdata/*-gold with the project's referee (../shared/tools/score_relations.py).
# Usage: scripts/score-devsets.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=../shared
bin=$build/actorgraph
[ -x "$bin" ] || { echo "no $bin: build first (scripts/build.sh)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() {  # NAME INPUT GOLD ACTORS
  "$bin" extract "$2" --format jsonl -o "$tmp/$1.jsonl" -q
  python3 "$shared/tools/score_relations.py" --gold "$3" --actors "$4" --pred "$tmp/$1.jsonl" | tail -1 |
    sed "s/^/$(printf '%-8s' "$1") /"
}
score seeds "$shared/seeds" "$shared/gold/seeds.gold.jsonl" "$shared/gold/actors.jsonl"
for gold in tests/testdata/*-gold; do
  name=$(basename "$gold" -gold)
  [ -d "tests/testdata/$name" ] && [ -f "$gold/gold.jsonl" ] && [ -f "$gold/actors.jsonl" ] || continue
  score "$name" "tests/testdata/$name" "$gold/gold.jsonl" "$gold/actors.jsonl"
done
