#!/usr/bin/env bash
# Configures and builds actorgraph (Release) into build/. Extra arguments go to
# CMake's configure step, e.g. -DAG_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$(nproc)"
