#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what a fresh Debian 12 machine lacks to build, test and run VerifyDesk.
# Does nothing when everything is already there; needs root (or sudo) otherwise.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format git curl ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins
    libspdlog-dev libargon2-dev
    libsecret-1-0 gnome-keyring dbus
    xvfb xauth fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
