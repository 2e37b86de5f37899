#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run the main job on the
# sample corpus; results go to output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/actorgraph run "$@"
