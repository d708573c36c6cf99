#!/usr/bin/env bash
# echo_10k.sh CSC WORKDIR: 10,000 concurrent TCP connections through
# echo_10k.cs's server, driven by its client mode in a second process (one
# process holding both ends would need 20,000 descriptors). Every byte is
# checked by the client; the server must report all connections and bytes.
# GOMAXPROCS=2 only (ECHO_PROCS="1 2" for both): echo_10k.cs's in-process
# golden run already covers both settings with 1,000 connections.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
n=${ECHO_CONNS:-10000}
bin=$work/stress_echo_10k_driver
out=$work/stress_echo_10k_server.out
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/echo_10k.cs" -o "$bin" || { echo "FAIL: csc rejected echo_10k.cs"; exit 1; }
for procs in ${ECHO_PROCS:-2}; do
  rm -f "$out"
  GOMAXPROCS=$procs timeout 120 "$bin" server "$n" >"$out" 2>&1 &
  server=$!
  for _ in $(seq 300); do [ -s "$out" ] && break; sleep 0.1; done   # 30 s: loaded, sanitized
  addr=$(head -n 1 "$out")
  case $addr in
    127.0.0.1:*) ;;
    *) echo "FAIL GOMAXPROCS=$procs: server did not start: $(cat "$out")"; kill "$server"; exit 1 ;;
  esac
  got=$(GOMAXPROCS=$procs timeout 120 "$bin" client "$addr" "$n" 2>&1)
  want="$n of $n connections echoed intact"
  wait "$server"
  if [ "$got" != "$want" ]; then
    echo "FAIL GOMAXPROCS=$procs: client said: $got"; exit 1
  fi
  want="served $n connections, $((n * 2000)) bytes"
  if [ "$(sed -n 2p "$out")" != "$want" ]; then
    echo "FAIL GOMAXPROCS=$procs: server said: $(cat "$out")"; exit 1
  fi
done
echo "ok $n connections"
