#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds VerifyDesk and runs the demo: the server with the demo seed, the MobilePASS+ simulator
# window for jdoe's MP-1001 (activated automatically), and the operator console.
# Sign in to the console as helpdesk / helpdesk. Closing the console ends the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target verifydesk verifydesk-server verifydesk-device
bin="$PWD/build/release/bin"
data="${VERIFYDESK_DEMO_DIR:-$PWD/build/demo}"
mkdir -p "$data"
port="${VERIFYDESK_DEMO_PORT:-8470}"
url="http://127.0.0.1:$port"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

"$bin/verifydesk-server" --listen "127.0.0.1:$port" --database "$data/demo.sqlite" --seed demo \
    > "$data/server.out" 2> "$data/server.log" &
pids+=($!)
for _ in $(seq 1 100); do grep -q '^listening on' "$data/server.out" 2>/dev/null && break; sleep 0.1; done
grep -q '^listening on' "$data/server.out" || { cat "$data/server.log"; exit 1; }
echo "Server: $url (log: $data/server.log)"

# An administrator issues an activation code for MP-1001; the simulator enrols with it.
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
token=$(curl -sf -X POST "$url/api/v1/session" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"admin"}' | json token)
code=$(curl -sf -X POST "$url/api/v1/tokens/MP-1001/activation" -H "Authorization: Bearer $token" | json activationCode)
curl -sf -X DELETE "$url/api/v1/session" -H "Authorization: Bearer $token" >/dev/null
"$bin/verifydesk-device" --server "$url" --serial MP-1001 --activation-code "$code" \
    --token-file "$data/device-MP-1001.token" --gui > "$data/device.log" 2>&1 &
pids+=($!)
echo "Device simulator: MP-1001 (John Doe)"

echo "Console: sign in as helpdesk / helpdesk (also auditor / auditor, admin / admin)"
# In the background and waited for, so that Ctrl+C or a TERM to this script ends all three
# at once (bash runs a trap only after a foreground child has finished).
"$bin/verifydesk" --server "$url" &
console=$!
pids+=("$console")
wait "$console"
