#!/usr/bin/env bash
# Installs the Debian packages actorgraph needs, and only the missing ones.
# Idempotent: a second run installs nothing. Uses apt-get as root, or sudo;
# when neither works it prints the exact apt line to run and fails.
set -euo pipefail

# Build and run: compiler, CMake, the libraries (see README "Dependencies").
packages=(
  g++ cmake make pkg-config
  libboost-graph-dev libgraphviz-dev graphviz libcli11-dev
  libtomlplusplus-dev nlohmann-json3-dev libgumbo-dev libutf8proc-dev libabsl-dev
)
# Tests and benchmarks: GoogleTest, Google Benchmark, Python references.
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev python3 python3-networkx python3-igraph
             chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root:  apt-get update && $line" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  echo "install-deps: apt-get failed (full log: $log); to retry by hand: apt-get update && $line" >&2
  exit 1
fi
rm -f "$log"
echo "install-deps: done"
