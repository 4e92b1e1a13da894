#!/usr/bin/env bash
# Issue #14: seconds from `npm run <script>` to the first 200 of /api/live, and the server's idle
# RSS (ps -o rss of the node process) ten seconds later. Usage: bench/first-200.sh <script> <data dir> [port]
set -u
script=$1 dir=$2 port=${3:-3917}
start=$(date +%s.%N)
PETA_RB_DATA_DIR=$dir PORT=$port HOST=127.0.0.1 npm run "$script" >"$dir.log" 2>&1 &
npm_pid=$!
until curl -sf "http://127.0.0.1:$port/api/live" >/dev/null; do sleep 0.1; done
end=$(date +%s.%N)
sleep 10
# The server is the descendant of this npm whose command line runs "main.ts serve" (never another's).
descendants() { for c in $(ps -o pid= --ppid "$1"); do echo "$c"; descendants "$c"; done; }
server=""
for p in $(descendants $npm_pid); do
  if ps -o args= -p "$p" | grep -q 'main.ts serve'; then server=$p; fi
done
rss=$(ps -o rss= -p "$server")
echo "first 200 after $(echo "$end - $start" | bc) s; idle RSS $((rss / 1024)) MB (pid $server)"
kill "$server"
wait $npm_pid 2>/dev/null
