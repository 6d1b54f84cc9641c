#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshots from fake data: every console screen at 100 %, the main
# window at 1366x768 and 1920x1080, and the key screens at 200 % (QT_SCALE_FACTOR=2).
# Usage: tests/ui/screenshots.sh [BUILD_DIR] [OUT_DIR]   (defaults: build/dev docs/screenshots)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/dev}
out=${2:-$here/docs/screenshots}
tool=$build/bin/verifydesk-screenshots
[ -x "$tool" ] || { echo "build the verifydesk-screenshots target in $build first" >&2; exit 1; }
mkdir -p "$out"

run() {
    # A 1920x1080 virtual screen: xvfb-run's default 640x480 would cap dialog sizes.
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1920x1080x24" env "$@"
    else
        env QT_QPA_PLATFORM=offscreen "$@"
    fi
}

quiet="QT_LOGGING_RULES=vd.*.info=false"
run $quiet QT_SCALE_FACTOR=1 "$tool" --out "$out" --window-size 1366x728
run $quiet QT_SCALE_FACTOR=1 "$tool" --out "$out" --only search --suffix -1920 --window-size 1920x1040
# 200 %: a 1920x1080 screen is 960x540 logical pixels.
run $quiet QT_SCALE_FACTOR=2 "$tool" --out "$out" --only search,user-record,panel-numeric,panel-dispatch-failed \
    --suffix -200 --window-size 960x500
echo "screenshots in $out"
