#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The console (verifydesk) against Chromium showing the same 50-row users table from a local
# HTML file, all in one Xvfb: cold start to the first window, memory after sign-in with 50 users
# listed, CPU while a verification waits. Builds nothing; starts everything on 127.0.0.1 and
# stops what it started by PID.
#
# usage: tests/bench/console/run.sh BIN_DIR [--rounds N] [--mem-rounds N] [--cpu-seconds S]
#                                            [--only start,memory,cpu] [--keep] [--summary FILE]
#   BIN_DIR        folder holding verifydesk and verifydesk-server (build/<name>/bin)
#   --rounds       cold starts per program, alternating console / Chromium (default 5)
#   --mem-rounds   memory measurements per program, alternating (default 3)
#   --cpu-seconds  how long the waiting console's CPU time is measured (default 60)
#   --only         run a subset of the three parts
#   --keep         keep the work folder (logs, screenshots, the HTML page) and print its path
#   --summary      also write the summary lines to FILE
# Needs: xvfb-run (xvfb), xev and xprop (x11-utils), xdotool, chromium, curl, python3, stdbuf;
# import (imagemagick) optional, for screenshots in the work folder.
set -euo pipefail

usage() { sed -n '8,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

# One Xvfb for the whole run, so both programs meet the same display.
if [[ -z ${VD_CONSOLE_BENCH_XVFB:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "run.sh: needs xvfb-run (apt-get install xvfb)" >&2; exit 2; }
    VD_CONSOLE_BENCH_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$@"
fi

[[ $# -ge 1 ]] || usage
BIN=$(cd "$1" && pwd) || usage
shift
ROUNDS=5
MEM_ROUNDS=3
CPU_SECONDS=60
ONLY=start,memory,cpu
KEEP=0
SUMMARY_FILE=
while [[ $# -gt 0 ]]; do
    case $1 in
    --rounds) ROUNDS=$2; shift 2 ;;
    --mem-rounds) MEM_ROUNDS=$2; shift 2 ;;
    --cpu-seconds) CPU_SECONDS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --summary) SUMMARY_FILE=$2; shift 2 ;;
    *) usage ;;
    esac
done
[[ $ROUNDS =~ ^[1-9][0-9]?$ && $MEM_ROUNDS =~ ^[1-9][0-9]?$ && $CPU_SECONDS =~ ^[1-9][0-9]{0,2}$ ]] || usage
# The verification must outlive the measurement (server --verification-timeout).
VERIFICATION_TIMEOUT=$((CPU_SECONDS + 30))

CONSOLE_BIN=$BIN/verifydesk
SERVER_BIN=$BIN/verifydesk-server
for exe in "$CONSOLE_BIN" "$SERVER_BIN"; do
    [[ -x $exe ]] || { echo "run.sh: $exe not found (build targets verifydesk verifydesk-server)" >&2; exit 2; }
done
for tool in xdotool xev xprop stdbuf chromium curl python3; do
    command -v "$tool" >/dev/null || { echo "run.sh: needs $tool on PATH" >&2; exit 2; }
done
HAVE_IMPORT=0
command -v import >/dev/null && HAVE_IMPORT=1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vd-console-bench.XXXXXX")
chmod 700 "$WORK"
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do stop_tree "$pid"; done
    rm -f "$WORK/auth.header"
    if [[ $KEEP == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }
# Seconds since the epoch with microseconds, from bash itself (no fork while a program starts).
now_s() { echo "$EPOCHREALTIME"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# descendants PID: the PID and every process below it (Chromium's zygotes, renderers, GPU and
# utility processes), from /proc, one per line.
descendants() {
    python3 - "$1" <<'EOF'
import os, sys
root = int(sys.argv[1])
children = {}
for name in os.listdir('/proc'):
    if not name.isdigit():
        continue
    try:
        with open(f'/proc/{name}/stat') as f:
            stat = f.read()
    except OSError:
        continue
    ppid = int(stat[stat.rindex(')') + 2:].split()[1])
    children.setdefault(ppid, []).append(int(name))
todo, seen = [root], []
while todo:
    pid = todo.pop()
    if os.path.exists(f'/proc/{pid}'):
        seen.append(pid)
        todo.extend(children.get(pid, []))
print('\n'.join(map(str, seen)))
EOF
}

# stop_tree PID: SIGTERM to PID, up to 10 s for it and its children to go, then SIGKILL each
# one left, by its PID. Only processes this script started (and their children).
stop_tree() {
    local pid=$1 i tree
    tree=$(descendants "$pid")
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        local alive=0 p
        for p in $tree; do kill -0 "$p" 2>/dev/null && alive=1; done
        [[ $alive == 0 ]] && break
        sleep 0.1
    done
    for p in $tree; do kill -KILL "$p" 2>/dev/null || true; done
    wait "$pid" 2>/dev/null || true
    local kept=()
    for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    PIDS=("${kept[@]}")
}

# wait_window T0_NS PID NAME_REGEX TIMEOUT_S: polls every 10 ms for a mapped (viewable) window of
# PID whose title matches (empty: any title); prints the milliseconds since T0_NS.
wait_window() {
    local t0=$1 pid=$2 name=$3 limit_ns=$(($4 * 1000000000)) found
    while :; do
        if [[ -n $name ]]; then
            found=$(xdotool search --all --onlyvisible --pid "$pid" --name "$name" 2>/dev/null | head -1 || true)
        else
            found=$(xdotool search --all --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
        fi
        [[ -n $found ]] && break
        if (($(now_ns) - t0 > limit_ns)) || ! kill -0 "$pid" 2>/dev/null; then
            echo "run.sh: no window '$name' of pid $pid within $4 s" >&2
            return 1
        fi
        sleep 0.01
    done
    echo $((($(now_ns) - t0) / 1000000))
}

# Timestamps every line it reads (for xev and xprop, which print events as they happen).
stamp_lines() {
    local l
    while IFS= read -r l; do echo "$EPOCHREALTIME $l"; done
}

# One xev on the root window for the whole run: a MapNotify for each top-level window that is
# mapped, stamped when it happens. Event-driven, so nothing polls while a program starts.
MAPLOG=
start_map_watch() {
    MAPLOG=$WORK/map.log
    stdbuf -oL xev -root -event substructure > >(stamp_lines >"$MAPLOG") 2>/dev/null &
    PIDS+=("$!")
    sleep 0.5
}

# first_map_after T0_S: "ms window" for the first top-level (not override-redirect) window
# mapped after T0_S, or nothing yet.
first_map_after() {
    awk -v t0="$1" '
        /MapNotify event/ { ts = $1; pending = 1; next }
        pending {
            pending = 0
            if ($1 + 0 >= t0 + 0 && / override NO/ && match($0, /window 0x[0-9a-f]+/)) {
                printf "%d %s\n", (ts - t0) * 1000, substr($0, RSTART + 7, RLENGTH - 7)
                exit
            }
        }' "$MAPLOG"
}

# wait_map T0_S PID TIMEOUT_S: prints "ms window": the milliseconds from T0_S until PID's first
# window was mapped, and that window. Checks the window is PID's (_NET_WM_PID).
wait_map() {
    local t0=$1 pid=$2 deadline=$(($(date +%s) + $3)) found owner
    while :; do
        found=$(first_map_after "$t0")
        [[ -n $found ]] && break
        if (($(date +%s) > deadline)) || ! kill -0 "$pid" 2>/dev/null; then
            echo "run.sh: pid $pid mapped no window within $3 s" >&2
            return 1
        fi
        sleep 0.05
    done
    owner=$(xdotool getwindowpid "$((${found#* }))" 2>/dev/null || true)
    if [[ $owner != "$pid" ]]; then
        echo "run.sh: window ${found#* } belongs to pid '$owner', not $pid" >&2
        return 1
    fi
    echo "$found"
}

# wait_title T0_S WINDOW REGEX TIMEOUT_S: milliseconds from T0_S until WINDOW's title matched
# (xprop -spy reports each change; one already set is reported when xprop starts).
wait_title() {
    local t0=$1 win=$2 log=$WORK/title.$2.log xprop_pid i hit
    rm -f "$log" # X reuses window ids: a log of an earlier round must not answer for this one
    stdbuf -oL xprop -spy -id "$win" _NET_WM_NAME > >(stamp_lines >"$log") 2>/dev/null &
    xprop_pid=$!
    PIDS+=("$xprop_pid")
    hit=
    for ((i = 0; i < $4 * 20; i++)); do
        hit=$(grep -E "= \"$3" "$log" 2>/dev/null | head -1 | cut -d' ' -f1 || true)
        [[ -n $hit ]] && break
        sleep 0.05
    done
    stop_tree "$xprop_pid"
    [[ -n $hit ]] || { echo "run.sh: title of $win never matched '$3'" >&2; return 1; }
    awk -v t="$hit" -v t0="$t0" 'BEGIN {printf "%d\n", (t - t0) * 1000}'
}

# wait_for_line FILE REGEX TIMEOUT_S
wait_for_line() {
    local i
    for ((i = 0; i < $3 * 20; i++)); do
        grep -Eq "$2" "$1" 2>/dev/null && return 0
        sleep 0.05
    done
    echo "run.sh: '$2' not in $1 within $3 s" >&2
    return 1
}

shot() { [[ $HAVE_IMPORT == 0 ]] || import -window root "$WORK/$1.png" 2>/dev/null || true; }

# Memory of a process tree: "rss_kib pss_kib", summed over PID and its descendants.
memory_of_tree() {
    descendants "$1" | python3 -c '
import sys
rss = pss = 0
for pid in sys.stdin.read().split():
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                key, value = line.split(":", 1) if ":" in line else ("", "")
                if key == "Rss":
                    rss += int(value.split()[0])
                elif key == "Pss":
                    pss += int(value.split()[0])
    except OSError:
        pass
print(rss, pss)'
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# --- the server, its data and the web page --------------------------------------------------

"$SERVER_BIN" --listen 127.0.0.1:0 --database "$WORK/vd.sqlite" --seed demo \
    --verification-timeout "$VERIFICATION_TIMEOUT" >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
SERVER_URL=
for ((i = 0; i < 200; i++)); do
    SERVER_URL=$(sed -n 's/^listening on \(http:\/\/[^ ]*\)$/\1/p' "$WORK/server.out" | head -1)
    [[ -n $SERVER_URL ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
[[ -n $SERVER_URL ]] || { echo "run.sh: server did not start" >&2; tail -20 "$WORK/server.err" >&2; exit 1; }

# The bearer token goes into a header file (mode 600), never onto a command line or a URL.
AUTH=$WORK/auth.header
umask 077
curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"username":"helpdesk","password":"helpdesk"}' "$SERVER_URL/api/v1/session" |
    python3 -c 'import json, sys; print("Authorization: Bearer " + json.load(sys.stdin)["token"])' >"$AUTH"
umask 022
api() { curl -sf -H @"$AUTH" "$SERVER_URL$1"; }

# The console lists "@" (every email matches): the first 50 users. The page shows the same 50.
SEARCH=@
api "/api/v1/users?q=%40&offset=0&limit=50" >"$WORK/users.json"
PAGE=$WORK/users.html
python3 - "$WORK/users.json" "$PAGE" <<'EOF'
import html, json, sys
users = json.load(open(sys.argv[1]))
rows = []
for u in users["items"]:
    uid = html.escape(u["userId"])
    name = html.escape(f'{u["firstName"]} {u["lastName"]}')
    rows.append(f'<tr><td><a href="#/users/{uid}">{uid}</a></td><td>{name}</td>'
                f'<td>{html.escape(u["email"])}</td></tr>')
page = f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Users</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 20px; background: #f3f5f8; color: #1c2430; }}
h1 {{ font-size: 20px; margin: 0 0 4px; }}
p {{ color: #4a5565; margin: 0 0 12px; }}
input {{ width: 60%; padding: 4px 8px; margin-bottom: 8px; }}
table {{ border-collapse: collapse; width: 100%; background: #fff; }}
th, td {{ text-align: left; padding: 5px 6px; border-bottom: 1px solid #e3e7ee; }}
th {{ font-weight: 600; background: #eef1f5; }}
tr:nth-child(even) td {{ background: #f7f9fb; }}
a {{ color: #1f5fbf; }}
</style></head>
<body><h1>Assignment</h1><p>Find the caller, open the user record and manage their tokens.</p>
<input type="search" aria-label="Search users" value="@">
<p>Showing {len(rows)} of {users["total"]} users.</p>
<table aria-label="Users"><thead><tr><th>User ID</th><th>Name</th><th>Email</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
'''
open(sys.argv[2], "w").write(page)
EOF
USERS_SHOWN=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$WORK/users.json")
[[ $USERS_SHOWN == 50 ]] || { echo "run.sh: the server listed $USERS_SHOWN users for '@', not 50" >&2; exit 1; }

CHROMIUM_FLAGS=(--no-sandbox --disable-gpu --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --no-default-browser-check)

# start_console TAG [ARGS...]: a console with its own empty config and data folders (no saved
# server, user or session), on this server. Sets CONSOLE_PID and CONSOLE_T0.
start_console() {
    local tag=$1 home=$WORK/console-$1
    shift
    mkdir -p "$home"
    CONSOLE_T0=$EPOCHREALTIME
    CONSOLE_T0_NS=$(now_ns)
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
        "$CONSOLE_BIN" --server "$SERVER_URL" "$@" >"$home/stdout" 2>"$home/stderr" &
    CONSOLE_PID=$!
    PIDS+=("$CONSOLE_PID")
}

# start_chromium TAG: a new profile folder each time. Sets CHROMIUM_PID and CHROMIUM_T0.
start_chromium() {
    local profile=$WORK/chromium-$1
    mkdir -p "$profile"
    CHROMIUM_T0=$EPOCHREALTIME
    CHROMIUM_T0_NS=$(now_ns)
    chromium "${CHROMIUM_FLAGS[@]}" --user-data-dir="$profile" "file://$PAGE" \
        >"$profile.stdout" 2>"$profile.stderr" &
    CHROMIUM_PID=$!
    PIDS+=("$CHROMIUM_PID")
}

# sign_in_and_list TAG QUERY: types into the sign-in dialog (focus starts in Username because
# --server filled Server), then QUERY + Enter into "Search users", which has focus after sign-in.
sign_in_and_list() {
    local home=$WORK/console-$1 win
    wait_window "$CONSOLE_T0_NS" "$CONSOLE_PID" '^Sign in' 30 >/dev/null
    win=$(xdotool search --all --onlyvisible --pid "$CONSOLE_PID" --name '^Sign in' | head -1)
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xdotool type --delay 15 helpdesk
    xdotool key Tab
    xdotool type --delay 15 helpdesk
    xdotool key Return
    wait_window "$CONSOLE_T0_NS" "$CONSOLE_PID" 'Acme Corp' 30 >/dev/null
    sleep 0.5
    win=$(xdotool search --all --onlyvisible --pid "$CONSOLE_PID" --name 'Acme Corp' | head -1)
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xdotool type --delay 15 "$2"
    xdotool key Return
}

SUMMARY=()
note() { SUMMARY+=("$1"); echo "   $1"; }

echo "== VerifyDesk console vs Chromium, $(date -u +%Y-%m-%dT%H:%MZ), display $DISPLAY (Xvfb 1280x800x24, no window manager)"
echo "   nproc $(nproc), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(uname -r)"
echo "   $("$CONSOLE_BIN" --version), $(chromium --version 2>/dev/null | head -1), Qt platform xcb"
note "date $(date -u +%Y-%m-%dT%H:%MZ), load at start $(load)"

# --- (1) cold start to the first window ------------------------------------------------------
part_start() {
    echo
    echo "== (1) cold start to the first mapped window, $ROUNDS rounds each, alternating (1 warm-up each first)"
    local r console=() chromium=() titled=() ms cms tms mapped
    for ((r = 0; r <= ROUNDS; r++)); do
        start_console "start$r"
        mapped=$(wait_map "$CONSOLE_T0" "$CONSOLE_PID" 30)
        ms=${mapped% *}
        stop_tree "$CONSOLE_PID"
        sleep 1
        start_chromium "start$r"
        mapped=$(wait_map "$CHROMIUM_T0" "$CHROMIUM_PID" 60)
        cms=${mapped% *}
        tms=$(wait_title "$CHROMIUM_T0" "${mapped#* }" 'Users' 60)
        stop_tree "$CHROMIUM_PID"
        sleep 1
        if ((r == 0)); then
            echo "   warm-up: console ${ms} ms, Chromium ${cms} ms (page titled ${tms} ms)"
            continue
        fi
        console+=("$ms")
        chromium+=("$cms")
        titled+=("$tms")
        echo "   round $r: console ${ms} ms, Chromium ${cms} ms (page titled ${tms} ms), load $(load)"
    done
    local mc mb mt
    mc=$(printf '%s\n' "${console[@]}" | median)
    mb=$(printf '%s\n' "${chromium[@]}" | median)
    mt=$(printf '%s\n' "${titled[@]}" | median)
    note "start: console median ${mc} ms [${console[*]}]; Chromium first window median ${mb} ms [${chromium[*]}], users page titled median ${mt} ms [${titled[*]}]"
    note "start: ratio console/Chromium first window $(awk -v a="$mc" -v b="$mb" 'BEGIN {printf "%.3f (1/%.1f)", a/b, b/a}'), console/Chromium page titled $(awk -v a="$mc" -v b="$mt" 'BEGIN {printf "%.3f (1/%.1f)", a/b, b/a}'); target <= 0.2"
}

# --- (2) memory after sign-in with 50 users listed ------------------------------------------
part_memory() {
    echo
    echo "== (2) memory with the 50-row users table on screen, $MEM_ROUNDS rounds each, alternating"
    local r crss=() cpss=() brss=() bpss=() m
    for ((r = 1; r <= MEM_ROUNDS; r++)); do
        # --verbose logs each API call to stderr: how the script knows the list has arrived.
        start_console "mem$r" --verbose
        sign_in_and_list "mem$r" "$SEARCH"
        wait_for_line "$WORK/console-mem$r/stderr" 'GET /api/v1/users 200' 30
        sleep 3
        ((r == 1)) && shot "console-users"
        m=$(memory_of_tree "$CONSOLE_PID")
        crss+=("${m% *}")
        cpss+=("${m#* }")
        stop_tree "$CONSOLE_PID"

        start_chromium "mem$r"
        wait_window "$CHROMIUM_T0_NS" "$CHROMIUM_PID" '^Users' 60 >/dev/null
        sleep 3
        ((r == 1)) && shot "chromium-users"
        m=$(memory_of_tree "$CHROMIUM_PID")
        brss+=("${m% *}")
        bpss+=("${m#* }")
        echo "   round $r: console RSS ${crss[-1]} KiB (PSS ${cpss[-1]}); Chromium PSS ${bpss[-1]} KiB over $(descendants "$CHROMIUM_PID" | wc -l) processes (RSS sum ${brss[-1]}), load $(load)"
        stop_tree "$CHROMIUM_PID"
    done
    local mcr mcp mbp mbr
    mcr=$(printf '%s\n' "${crss[@]}" | median)
    mcp=$(printf '%s\n' "${cpss[@]}" | median)
    mbp=$(printf '%s\n' "${bpss[@]}" | median)
    mbr=$(printf '%s\n' "${brss[@]}" | median)
    note "memory: console RSS median ${mcr} KiB [${crss[*]}] (PSS ${mcp}); Chromium PSS sum median ${mbp} KiB [${bpss[*]}] (RSS sum ${mbr})"
    note "memory: ratio console RSS / Chromium PSS $(awk -v a="$mcr" -v b="$mbp" 'BEGIN {printf "%.3f (1/%.1f)", a/b, b/a}'); target <= 0.2"
}

# --- (3) CPU while a verification waits -------------------------------------------------------
part_cpu() {
    echo
    echo "== (3) console CPU over ${CPU_SECONDS} s with the Push Verification panel waiting (server timeout ${VERIFICATION_TIMEOUT} s, no device answer)"
    local ticket=BENCH-CPU-$$ win id state t0 t1 s0 s1 w0 w1
    start_console cpu
    sign_in_and_list cpu jdoe
    sleep 2
    xdotool key Down   # from the search field to the first result
    sleep 0.3
    xdotool key Return # opens the user record
    sleep 2
    xdotool key Return # Manage on the selected MobilePASS+ token
    wait_window "$CONSOLE_T0_NS" "$CONSOLE_PID" '^Manage token MP-1001' 30 >/dev/null
    win=$(xdotool search --all --onlyvisible --pid "$CONSOLE_PID" --name '^Manage token' | head -1)
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    sleep 0.5
    xdotool type --delay 15 "$ticket" # the ticket field has focus; Enter is Send Push
    xdotool key Return
    id=
    for ((i = 0; i < 100; i++)); do
        [[ -z $id ]] || break
        sleep 0.1
        id=$(api "/api/v1/audit/operator?actionType=HelpdeskPushVerification&limit=50" |
            python3 -c 'import json, sys
for e in json.load(sys.stdin)["items"]:
    if e.get("ticket") == sys.argv[1] and e["phase"] == "dispatch":
        print(e["verificationId"]); break' "$ticket")
    done
    [[ -n $id ]] || { shot cpu-failed; echo "run.sh: the console sent no push (see $WORK/cpu-failed.png)" >&2; exit 1; }
    state=$(api "/api/v1/verifications/$id" | python3 -c 'import json, sys; print(json.load(sys.stdin)["state"])')
    [[ $state == pending ]] || { echo "run.sh: verification $id is $state, not pending" >&2; exit 1; }
    sleep 1
    shot console-waiting
    t0=$(now_ns); s0=$(cpu_ticks "$CONSOLE_PID"); w0=$(cpu_ticks "$SERVER_PID")
    sleep "$CPU_SECONDS"
    t1=$(now_ns); s1=$(cpu_ticks "$CONSOLE_PID"); w1=$(cpu_ticks "$SERVER_PID")
    state=$(api "/api/v1/verifications/$id" | python3 -c 'import json, sys; print(json.load(sys.stdin)["state"])')
    [[ $state == pending ]] || { echo "run.sh: verification $id ended ($state) during the measurement" >&2; exit 1; }
    local hz=$(getconf CLK_TCK)
    note "cpu: console $((s1 - s0)) ticks (1/$hz s) in $(awk -v t="$((t1 - t0))" 'BEGIN {printf "%.1f", t/1e9}') s waiting = $(awk -v c="$((s1 - s0))" -v hz="$hz" -v t="$((t1 - t0))" 'BEGIN {printf "%.3f", 100*c/hz/(t/1e9)}') % of a core (server meanwhile $(awk -v c="$((w1 - w0))" -v hz="$hz" -v t="$((t1 - t0))" 'BEGIN {printf "%.3f", 100*c/hz/(t/1e9)}') %), load $(load); target < 1 %"
    curl -sf -o /dev/null -X DELETE -H @"$AUTH" "$SERVER_URL/api/v1/verifications/$id" || true
    stop_tree "$CONSOLE_PID"
}

start_map_watch
[[ ,$ONLY, == *,start,* ]] && part_start
[[ ,$ONLY, == *,memory,* ]] && part_memory
[[ ,$ONLY, == *,cpu,* ]] && part_cpu

note "load at end $(load)"
if [[ -n $SUMMARY_FILE ]]; then printf '%s\n' "${SUMMARY[@]}" >"$SUMMARY_FILE"; fi
echo
echo "== summary"
printf '   %s\n' "${SUMMARY[@]}"
