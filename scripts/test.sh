#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds everything and runs the whole test suite (unit, widget, server, device, end-to-end).
#   scripts/test.sh            the `ci` preset (warnings are errors)
#   scripts/test.sh asan       the same under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
bash scripts/deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# Benchmarks are run on demand (tests/bench/run.sh), never here.
ctest --preset "$preset" --label-exclude bench
