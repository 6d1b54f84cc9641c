#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the four server benchmarks against the binaries in BIN_DIR and prints a summary.
# Builds nothing. Everything listens on 127.0.0.1, is bounded in time, and is stopped by PID.
#
# usage: tests/bench/run.sh BIN_DIR [--only a,b,c,d] [--rounds N] [--duration S] [--no-pin]
#                                    [--db-dir DIR] [--keep] [--summary FILE]
#   BIN_DIR      folder holding verifydesk-server and vd-bench (build/<name>/bin)
#   --only       run a subset: a=wrk vs nginx, b=event latency, c=1,000 pending, d=search
#   --rounds     wrk rounds per side in (a), alternating server / nginx (default 3)
#   --duration   seconds per wrk round (default 10)
#   --no-pin     do not pin in (a) (by default server/nginx on core 0, wrk on core 1)
#   --db-dir     where the servers' SQLite files go (default a temp dir under ${TMPDIR:-/tmp})
#   --keep       keep the work folder (logs, wrk output) and print its path
#   --summary    also write the summary to FILE
set -euo pipefail

usage() { sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

[[ $# -ge 1 ]] || usage
BIN=$(cd "$1" && pwd) || usage
shift
ONLY=a,b,c,d
ROUNDS=3
DURATION=10
PIN=1
DB_DIR=
KEEP=0
SUMMARY_FILE=
while [[ $# -gt 0 ]]; do
    case $1 in
    --only) ONLY=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --no-pin) PIN=0; shift ;;
    --db-dir) DB_DIR=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --summary) SUMMARY_FILE=$2; shift 2 ;;
    *) usage ;;
    esac
done
[[ $ROUNDS =~ ^[1-9][0-9]?$ && $DURATION =~ ^[1-9][0-9]{0,2}$ ]] || usage

SERVER_BIN=$BIN/verifydesk-server
BENCH_BIN=$BIN/vd-bench
for exe in "$SERVER_BIN" "$BENCH_BIN"; do
    [[ -x $exe ]] || { echo "run.sh: $exe not found (build targets verifydesk-server vd-bench)" >&2; exit 2; }
done
for tool in wrk nginx taskset timeout curl; do
    command -v "$tool" >/dev/null || { echo "run.sh: needs $tool on PATH" >&2; exit 2; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vd-bench.XXXXXX")
DB_DIR=${DB_DIR:-$WORK}
mkdir -p "$DB_DIR"
PIDS=()
PUBLIC=
SHM_DIR=
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    [[ -z $PUBLIC ]] || rm -rf "$PUBLIC"
    [[ -z $SHM_DIR ]] || rm -rf "$SHM_DIR"
    if [[ $KEEP == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Pinning is for (a) only: there the server (or nginx) and wrk each get one core of two, so
# neither side's load generator steals from it. (b)-(d) are one request at a time and are left
# to the scheduler, as a pinned process cannot move off a core another program is using.
SERVER_CPU=()
CLIENT_CPU=()
pin() {
    if [[ $1 == on && $PIN == 1 ]]; then SERVER_CPU=(taskset -c 0); CLIENT_CPU=(taskset -c 1)
    else SERVER_CPU=(); CLIENT_CPU=(); fi
}

# stop_pid PID: SIGTERM, up to 15 s for a clean exit, then SIGKILL. Only our own children.
stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
    local kept=()
    for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    PIDS=("${kept[@]}")
}

# start_server NAME ARGS...: sets SERVER_PID and SERVER_URL; bounded wait for the listening line.
# Starts on a fresh database unless KEEP_DB=1.
start_server() {
    local name=$1 i
    shift
    [[ ${KEEP_DB:-0} == 1 ]] || rm -f "$DB_DIR/$name.sqlite"*
    "${SERVER_CPU[@]}" "$SERVER_BIN" --listen 127.0.0.1:0 --database "$DB_DIR/$name.sqlite" "$@" \
        >"$WORK/$name.out" 2>"$WORK/$name.err" &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    SERVER_URL=
    for ((i = 0; i < 6000; i++)); do # 600 s: seeding 100,000 users takes a while
        SERVER_URL=$(sed -n 's/^listening on \(http:\/\/[^ ]*\)$/\1/p' "$WORK/$name.out" | head -1)
        [[ -n $SERVER_URL ]] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "run.sh: $name server did not start; stderr:" >&2
    tail -20 "$WORK/$name.err" >&2
    exit 1
}

bench() { timeout 900 "${CLIENT_CPU[@]}" "$BENCH_BIN" "$@"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

SUMMARY=()
FAILED=0
note() { SUMMARY+=("$1"); }

echo "== VerifyDesk server benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "   nproc $(nproc), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(uname -r)"
echo "   load at start: $(cut -d' ' -f1-3 /proc/loadavg); pinning in (a): $([[ $PIN == 1 ]] && echo 'server/nginx core 0, wrk core 1' || echo off)"
SRC=$(cd "$(dirname "$0")/../.." && git rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "   $("$SERVER_BIN" --version 2>/dev/null | head -1), source tree at $SRC"
echo "   databases in $DB_DIR ($(df -PT "$DB_DIR" | awk 'NR==2 {print $2}'))"
note "date $(date -u +%Y-%m-%dT%H:%MZ), nproc $(nproc), load at start $(cut -d' ' -f1-3 /proc/loadavg)"

# (a) GET /api/v1/verifications/{id} vs nginx serving the same bytes from a file.
run_a() {
    echo
    echo "== (a) wrk -t2 -c64 -d${DURATION}s: GET /api/v1/verifications/{id} vs nginx static file, $ROUNDS rounds each"
    pin on
    start_server wrk --seed demo --verification-timeout 3600
    local prep path bytes port ngx nginx_pid r
    prep=$(bench wrk-prep --server "$SERVER_URL" --out "$WORK/wrk")
    path=$(sed -n 's/^path=\([^ ]*\) .*/\1/p' <<<"$prep")
    bytes=$(sed -n 's/.* bytes=\([0-9]*\)$/\1/p' <<<"$prep")
    port=$(bench free-port)
    # nginx's worker drops to an unprivileged user when started as root: give it a world-
    # readable copy of the body only (the work folder also holds the bearer script).
    PUBLIC=$(mktemp -d "${TMPDIR:-/tmp}/vd-bench-www.XXXXXX")
    cp -r "$WORK/wrk/www/." "$PUBLIC/"
    chmod -R a+rX "$PUBLIC"
    ngx=$WORK/nginx
    mkdir -p "$ngx/tmp" "$ngx/logs"
    cat >"$ngx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    charset utf-8;
    charset_types application/json;
    keepalive_requests 100000000;
    keepalive_timeout 60s;
    client_body_temp_path $ngx/tmp/body;
    proxy_temp_path $ngx/tmp/proxy;
    fastcgi_temp_path $ngx/tmp/fastcgi;
    uwsgi_temp_path $ngx/tmp/uwsgi;
    scgi_temp_path $ngx/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $PUBLIC;
        location / { }
    }
}
EOF
    "${SERVER_CPU[@]}" nginx -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" &
    nginx_pid=$!
    PIDS+=("$nginx_pid")
    local got=
    for ((r = 0; r < 100; r++)); do
        got=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "http://127.0.0.1:$port$path" || true)
        [[ $got == "200 $bytes" ]] && break
        sleep 0.1
    done
    [[ $got == "200 $bytes" ]] || { echo "run.sh: nginx does not serve the copy ($got)" >&2; exit 1; }
    echo "   body $bytes bytes; server $SERVER_URL (pid $SERVER_PID), nginx 127.0.0.1:$port (pid $nginx_pid)"

    local side url out rps non2xx srv=() ngxr=()
    for ((r = 1; r <= ROUNDS; r++)); do
        for side in server nginx; do
            if [[ $side == server ]]; then url=$SERVER_URL$path; else url=http://127.0.0.1:$port$path; fi
            out=$WORK/wrk-$side-$r.txt
            timeout $((DURATION + 30)) "${CLIENT_CPU[@]}" wrk -t2 -c64 -d"${DURATION}s" --latency \
                -s "$WORK/wrk/auth.lua" "$url" >"$out"
            rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
            non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$out")
            printf '   round %d %-6s %10s req/s  latency p50 %s p99 %s%s\n' "$r" "$side" "$rps" \
                "$(awk '$1=="50%" {print $2}' "$out")" "$(awk '$1=="99%" {print $2}' "$out")" \
                "${non2xx:+  NON-2XX $non2xx}"
            [[ -z $non2xx ]] || FAILED=1
            if [[ $side == server ]]; then srv+=("$rps"); else ngxr+=("$rps"); fi
        done
    done
    local ms mn ratio verdict
    ms=$(printf '%s\n' "${srv[@]}" | median)
    mn=$(printf '%s\n' "${ngxr[@]}" | median)
    ratio=$(awk -v s="$ms" -v n="$mn" 'BEGIN {printf "%.2f", (n > 0 ? s / n : 0)}')
    verdict=$(awk -v r="$ratio" 'BEGIN {print (r >= 0.6 ? "MET" : "MISSED")}')
    echo "   median server $ms req/s, nginx $mn req/s, ratio $ratio (target >= 0.6: $verdict)"
    note "(a) GET verification: server $ms req/s, nginx $mn req/s (median of $ROUNDS), ratio $ratio, target >=0.6 $verdict"
    stop_pid "$nginx_pid"
    stop_pid "$SERVER_PID"
    pin off
}

# (b) device answer -> verification.updated latency.
run_b() {
    echo
    echo "== (b) device answer -> verification.updated, 1,000 verifications (after 20 warm-up)"
    start_server latency --seed demo
    local out
    out=$(bench latency --server "$SERVER_URL" --count 1000) || FAILED=1
    sed 's/^/   /' <<<"$out"
    note "(b) $(sed -n 's/^SUMMARY //p' <<<"$out")"
    stop_pid "$SERVER_PID"
    # Diagnostic, not the figure: the same run with the database on tmpfs, where fdatasync
    # costs nothing, separates the disk's share (synchronous=FULL commits) from the server's.
    if [[ -d /dev/shm && -w /dev/shm && $DB_DIR != /dev/shm* ]]; then
        local saved=$DB_DIR
        SHM_DIR=$(mktemp -d /dev/shm/vd-bench-db.XXXXXX)
        DB_DIR=$SHM_DIR
        echo "   -- diagnostic: the same with the database on tmpfs ($DB_DIR)"
        start_server latency --seed demo
        out=$(bench latency --server "$SERVER_URL" --count 1000) || FAILED=1
        sed 's/^/   /' <<<"$out"
        note "(b, diagnostic, database on tmpfs) $(sed -n 's/^SUMMARY //p' <<<"$out")"
        stop_pid "$SERVER_PID"
        rm -rf "$SHM_DIR"
        SHM_DIR=
        DB_DIR=$saved
    fi
}

# (c) 1,000 pending verifications: correctness and server memory.
run_c() {
    echo
    echo "== (c) 1,000 verifications pending at once (devices answer approve / deny / wrong number)"
    # demo (244 users) + 6,000 generated: indices 244..6243, of which 1,000 are i % 6 == 0.
    # Seeded by one process, measured in a second on the same database: seeding frees batches
    # of thousands of rows that glibc keeps in the heap, and later allocations would reuse them
    # without RSS moving, hiding what pending verifications cost.
    start_server pending --seed demo --seed-users 6000
    stop_pid "$SERVER_PID"
    KEEP_DB=1 start_server pending --verification-timeout 3600
    local out
    out=$(bench pending --server "$SERVER_URL" --pid "$SERVER_PID" --count 1000) || FAILED=1
    sed 's/^/   /' <<<"$out"
    note "(c) $(sed -n 's/^SUMMARY //p' <<<"$out")"
    stop_pid "$SERVER_PID"
}

# (d) user search over 100,000 users.
run_d() {
    echo
    echo "== (d) user search over 100,000 users, 1,000 sequential requests on one connection"
    local t0 t1 out
    t0=$(date +%s.%N)
    start_server search --seed demo --seed-users 100000
    t1=$(date +%s.%N)
    echo "   server up with 100,244 users after $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s"
    out=$(bench search --server "$SERVER_URL" --count 1000) || FAILED=1
    sed 's/^/   /' <<<"$out"
    note "(d) $(sed -n 's/^SUMMARY //p' <<<"$out")"
    stop_pid "$SERVER_PID"
}

for part in a b c d; do
    [[ ,$ONLY, == *,$part,* ]] && "run_$part"
done

note "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== summary"
printf '   %s\n' "${SUMMARY[@]}"
if [[ -n $SUMMARY_FILE ]]; then printf '%s\n' "${SUMMARY[@]}" >"$SUMMARY_FILE"; fi
[[ $FAILED == 0 ]] || { echo "run.sh: a benchmark reported an error (see above)" >&2; exit 1; }
