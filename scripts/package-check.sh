#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the installers from a release build (deb, rpm, NSIS) and proves the Linux ones work:
# lintian, desktop-file-validate and appstreamcli on the packages, then installs the .debs
# here, runs --version without a display, starts the service's ExecStart by hand as its user
# on a free loopback port, asks /healthz, stops it and purges the packages again.
# Needs root (or sudo) for apt-get. Exits non-zero on the first failure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/release"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
server_pid=""
installed=0
work="$(mktemp -d)"

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "package-check: FAIL: $*" >&2
    exit 1
}

cleanup() {
    local rc=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "$installed" -eq 1 ]; then
        $sudo apt-get purge -y -qq verifydesk verifydesk-server >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    [ "$rc" -eq 0 ] || echo "package-check: failed after $((SECONDS - started)) s" >&2
}
trap cleanup EXIT

# ---- tools ----
step "tools"
declare -A tool_package=(
    [cmake]=cmake [ninja]=ninja-build [rpmbuild]=rpm [makensis]=nsis [lintian]=lintian
    [desktop-file-validate]=desktop-file-utils [appstreamcli]=appstream [curl]=curl
    [dpkg-shlibdeps]=dpkg-dev [file]=file [setpriv]=util-linux
)
missing=()
for tool in "${!tool_package[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${tool_package[$tool]}")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
bash "$root/scripts/deps.sh"

# ---- build ----
step "release build"
cd "$root"
# The tests are not packaged (scripts/test.sh builds and runs them), so skip building them.
cmake --preset release -DVD_BUILD_TESTS=OFF >"$work/configure.log" ||
    { cat "$work/configure.log"; fail "configure"; }
cmake --build --preset release || fail "build"

step "cpack DEB, RPM, NSIS"
cd "$build"
rm -f ./*.deb ./*.rpm ./*.exe ./*.sha256
for generator in DEB RPM NSIS; do
    cpack -G "$generator" >"$work/cpack-$generator.log" 2>&1 ||
        { cat "$work/cpack-$generator.log"; fail "cpack -G $generator"; }
done
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' CPackConfig.cmake)"
arch="$(dpkg --print-architecture)"
console_deb="$build/verifydesk_${version}-1_${arch}.deb"
server_deb="$build/verifydesk-server_${version}-1_${arch}.deb"
nsis_exe="$build/VerifyDesk-${version}-win64.exe"
for f in "$console_deb" "$server_deb" "$nsis_exe"; do
    [ -f "$f" ] || fail "missing $f (have: $(echo ./*.deb ./*.rpm ./*.exe))"
done
ls -l ./*.deb ./*.rpm ./*.exe

# ---- package contents and metadata ----
step "package contents"
expect_in() { # expect_in <listing file> <path>...
    local listing=$1
    shift
    for path in "$@"; do
        grep -qE "(^|[ .])${path//./\\.}\$" "$listing" || fail "$(basename "$listing"): no $path"
    done
}
dpkg-deb -c "$console_deb" | awk '{print $NF}' >"$work/console.list"
dpkg-deb -c "$server_deb" | awk '{print $NF}' >"$work/server.list"
icons=()
for size in 16 32 48 64 128 256; do
    icons+=("/usr/share/icons/hicolor/${size}x${size}/apps/com.verifydesk.Console.png")
done
expect_in "$work/console.list" /usr/bin/verifydesk \
    /usr/share/applications/com.verifydesk.Console.desktop \
    /usr/share/metainfo/com.verifydesk.Console.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/com.verifydesk.Console.svg "${icons[@]}" \
    /usr/share/man/man1/verifydesk.1.gz /usr/share/doc/verifydesk/copyright
expect_in "$work/server.list" /usr/bin/verifydesk-server /usr/bin/verifydesk-device \
    /usr/lib/systemd/system/verifydesk-server.service /etc/verifydesk/server.conf \
    /usr/share/doc/verifydesk-server/copyright
console_depends="$(dpkg-deb -f "$console_deb" Depends)"
server_depends="$(dpkg-deb -f "$server_deb" Depends)"
for dep in qt6-qpa-plugins libqt6gui6 libsecret-1-0 gnome-keyring libqt6keychain1 libqt6widgets6; do
    [[ ", $console_depends," == *", $dep"[\ ,]* ]] || fail "verifydesk Depends lacks $dep: $console_depends"
done
for dep in libqt6sql6-sqlite adduser libqt6httpserver6; do
    [[ ", $server_depends," == *", $dep"[\ ,]* ]] || fail "verifydesk-server Depends lacks $dep: $server_depends"
done
echo "verifydesk Depends: $console_depends"
echo "verifydesk-server Depends: $server_depends"

for rpm_file in ./verifydesk-"${version}"-1.*.rpm ./verifydesk-server-"${version}"-1.*.rpm; do
    [ -f "$rpm_file" ] || fail "missing rpm $rpm_file"
done
rpm -qpl ./verifydesk-server-"${version}"-1.*.rpm >"$work/server-rpm.list"
expect_in "$work/server-rpm.list" /usr/bin/verifydesk-server \
    /usr/lib/systemd/system/verifydesk-server.service /etc/verifydesk/server.conf
rpm -qp --configfiles ./verifydesk-server-"${version}"-1.*.rpm | grep -qx /etc/verifydesk/server.conf ||
    fail "server.conf is not a %config file in the rpm"
rpm -qp --scripts ./verifydesk-server-"${version}"-1.*.rpm | grep -q "useradd --system" ||
    fail "the server rpm does not create its user"
rpm -qp --requires ./verifydesk-"${version}"-1.*.rpm | grep -q "^libsecret" ||
    fail "the console rpm does not require libsecret"
rpm -qpl ./verifydesk-"${version}"-1.*.rpm | grep -q /usr/share/applications/com.verifydesk.Console.desktop ||
    fail "the console rpm lacks its desktop entry"
file "$nsis_exe" | grep -q "Nullsoft Installer" || fail "$nsis_exe is not an NSIS installer"

step "lintian"
lintian_args=(--fail-on error --tag-display-limit 0)
[ "$(id -u)" -ne 0 ] || lintian_args+=(--allow-root)
lintian "${lintian_args[@]}" "$console_deb" "$server_deb" | tee "$work/lintian.txt" ||
    fail "lintian reported errors"
echo "lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors," \
    "$(grep -c '^W:' "$work/lintian.txt" || true) warnings"

# ---- install and run ----
step "install the .debs"
if dpkg-query -W verifydesk verifydesk-server >/dev/null 2>&1; then
    $sudo apt-get purge -y -qq verifydesk verifydesk-server >/dev/null
fi
installed=1
$sudo apt-get install -y -qq "$console_deb" "$server_deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install"; }

step "desktop entry and AppStream metadata"
desktop-file-validate /usr/share/applications/com.verifydesk.Console.desktop ||
    fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/com.verifydesk.Console.metainfo.xml ||
    fail "appstreamcli validate"

step "--version without a display"
for program in verifydesk verifydesk-server verifydesk-device; do
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$program" --version 2>&1)" ||
        fail "$program --version: $out"
    [[ "$out" == *"$version"* ]] || fail "$program --version printed: $out"
    echo "$out"
done

step "service user, files and unit"
getent passwd verifydesk >/dev/null || fail "no verifydesk user"
[ "$($sudo stat -c %U /var/lib/verifydesk)" = verifydesk ] || fail "/var/lib/verifydesk is not the service user's"
[ "$(stat -c '%U:%G %a' /etc/verifydesk/server.conf)" = "root:verifydesk 640" ] ||
    fail "server.conf is $(stat -c '%U:%G %a' /etc/verifydesk/server.conf), want root:verifydesk 640"
unit=/usr/lib/systemd/system/verifydesk-server.service
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
fi

step "ExecStart by hand on a free loopback port"
exec_start="$(sed -n 's/^ExecStart=//p' "$unit")"
[ -n "$exec_start" ] || fail "no ExecStart in $unit"
# The unit's environment: the config file, with the address moved to a free loopback port.
$sudo cat /etc/verifydesk/server.conf >"$work/server.conf" # root:verifydesk 0640
set -a
# shellcheck source=/dev/null
. "$work/server.conf"
set +a
export VERIFYDESK_LISTEN=127.0.0.1:0
# systemd's rules: ${VAR} is one argument, $VAR splits on white space.
read -r -a argv <<<"$(sed -E 's/\$\{([A-Z_]+)\}/\x01\1\x02/g' <<<"$exec_start")"
cmd=()
for word in "${argv[@]}"; do
    if [[ "$word" =~ ^$'\x01'([A-Z_]+)$'\x02'$ ]]; then
        cmd+=("${!BASH_REMATCH[1]}")
    elif [[ "$word" =~ ^\$([A-Z_]+)$ ]]; then
        read -r -a split <<<"${!BASH_REMATCH[1]:-}"
        cmd+=("${split[@]}")
    else
        cmd+=("$word")
    fi
done
# Like systemd: a clean environment plus the file's variables, as the service user. setpriv
# execs (no parent in between), so $! is the server and its exit status is the server's.
mapfile -t conf_vars < <(sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/\1/p' "$work/server.conf")
env_args=()
for var in "${conf_vars[@]}"; do
    env_args+=("$var=${!var}")
done
echo "running as verifydesk: ${cmd[*]}"
$sudo setpriv --reuid=verifydesk --regid=verifydesk --init-groups --reset-env -- \
    env -C /var/lib/verifydesk "${env_args[@]}" "${cmd[@]}" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 1 150); do
    url="$(sed -n 's/^listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$work/server.out")"
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err"; fail "the server exited"; }
    sleep 0.2
done
[ -n "$url" ] || { cat "$work/server.err"; fail "no 'listening on' line within 30 s"; }
health="$(curl -fsS --max-time 10 "$url/healthz")" || fail "GET $url/healthz"
[ "$(tr -d ' \n' <<<"$health")" = '{"status":"ok"}' ] || fail "/healthz answered $health"
echo "$url/healthz -> $health"
[ "$($sudo stat -c %U "$VERIFYDESK_DATABASE")" = verifydesk ] || fail "the database is not the service user's"
kill -TERM "$server_pid"
rc=0
wait "$server_pid" || rc=$?
server_pid=""
[ "$rc" -eq 0 ] || { cat "$work/server.err"; fail "the server exited $rc on SIGTERM"; }
echo "stopped cleanly"

step "purge"
$sudo apt-get purge -y -qq verifydesk verifydesk-server >/dev/null
installed=0
for path in /usr/bin/verifydesk /usr/bin/verifydesk-server /etc/verifydesk /var/lib/verifydesk "$unit"; do
    [ ! -e "$path" ] || fail "$path is still there after purge"
done

echo
cd "$build"
echo "package-check: OK in $((SECONDS - started)) s:" ./*.deb ./*.rpm ./*.exe
