#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the committed raster icons from resources/icons/verifydesk.svg (the one source
# of the app mark). Run after changing the SVG; needs librsvg2-bin, icoutils and icnsutils.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../../resources/icons/verifydesk.svg"
id=com.verifydesk.Console

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "render.sh: $tool missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

for size in 16 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "$here/hicolor/${size}x${size}/$id.png"
done

# Windows: PNG-compressed entries keep the .ico small; 256 must be PNG anyway.
icotool --create --raw="$here/hicolor/256x256/$id.png" -o "$here/../windows/verifydesk.ico" \
    "$here/hicolor/16x16/$id.png" "$here/hicolor/32x32/$id.png" "$here/hicolor/48x48/$id.png" \
    "$here/hicolor/64x64/$id.png" "$here/hicolor/128x128/$id.png"

# macOS: icns wants 16, 32, 48, 128, 256 (and 512/1024 for Retina, rendered just for it).
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 512 --height 512 "$svg" -o "$tmp/512.png"
png2icns "$here/../macos/verifydesk.icns" "$here/hicolor/16x16/$id.png" \
    "$here/hicolor/32x32/$id.png" "$here/hicolor/48x48/$id.png" \
    "$here/hicolor/128x128/$id.png" "$here/hicolor/256x256/$id.png" "$tmp/512.png" >/dev/null
echo "icons regenerated from $svg"
