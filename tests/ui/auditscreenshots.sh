#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates the audit screenshots of docs/screenshots (auth-activity, operator-activity,
# user-record-activity, followup-unlocked, policy) from real data: the tool starts
# verifydesk-server --seed demo on a free port, lets verifydesk-device answer a set of
# verifications, and grabs the real console widgets signed in to it.
# Usage: tests/ui/auditscreenshots.sh [BUILD_DIR] [OUT_DIR]   (defaults: build/dev docs/screenshots)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/dev}
out=${2:-$here/docs/screenshots}
tool=$build/bin/verifydesk-audit-screenshots
[ -x "$tool" ] || { echo "build the verifydesk-audit-screenshots target in $build first" >&2; exit 1; }
mkdir -p "$out"
# The device simulator keeps its token file under XDG_DATA_HOME: a throwaway one.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT INT TERM
export VD_BIN_DIR="$build/bin" XDG_DATA_HOME="$data" QT_LOGGING_RULES="vd.*.info=false"
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_SCALE_FACTOR=1 "$tool" --out "$out" --window-size 1366x728
else
    env QT_QPA_PLATFORM=offscreen "$tool" --out "$out" --window-size 1366x728
fi
echo "audit screenshots in $out"
