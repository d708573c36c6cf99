#!/usr/bin/env bash
# sigquit_spin.sh CSC WORKDIR: SIGQUIT while a goroutine spins prints that
# goroutine first, "[running]" with its frames (not "stack unavailable"),
# as Go does, whichever thread the signal reaches. The program spins in
# main at GOMAXPROCS=1; the signal goes once to the process (kill) and
# once to a thread that runs no goroutine (tgkill to the newest thread
# other than the main one: sysmon or an idle M), which sends it on to the
# spinning M (runtime/trace.c). The line inside the loop varies from run
# to run (Go's too), so the dump's first frames are checked, not compared
# whole.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
bin=$work/trace_sigquit_spin
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/sigquit_spin.cs" -o "$bin" ||
  { echo "FAIL: csc rejected sigquit_spin.cs"; exit 1; }
printf '%s\n' '#define _GNU_SOURCE' '#include <signal.h>' '#include <stdlib.h>' '#include <unistd.h>' \
  'int main(int c, char **v) { return c == 3 && tgkill(atoi(v[1]), atoi(v[2]), SIGQUIT) == 0 ? 0 : 1; }' \
  >"$work/tgkill_quit.c"
${CC:-cc} -O1 -o "$work/tgkill_quit" "$work/tgkill_quit.c" || { echo "FAIL: cannot build tgkill_quit"; exit 1; }

# quit_spinner HOW: start the program, wait for "ready" and a second more,
# send SIGQUIT (HOW: process or thread) and check the dump's start
quit_spinner() {
  rm -f "$bin.out" "$bin.err"
  GOMAXPROCS=1 "$bin" >"$bin.out" 2>"$bin.err" &   # not under timeout: tgkill needs its pid
  local pid=$! tid
  (sleep 60; kill -KILL "$pid") >/dev/null 2>&1 &
  local watchdog=$!
  for _ in $(seq 300); do [ -s "$bin.out" ] && break; sleep 0.1; done
  sleep 1   # the program settles after "ready"; a loaded machine needs time
  if [ "$1" = process ]; then
    kill -QUIT "$pid"
  else
    tid=$(ls "/proc/$pid/task" | grep -vx "$pid" | sort -n | tail -1)
    "$work/tgkill_quit" "$pid" "$tid" || { echo "FAIL: no thread besides main to signal"; kill -KILL "$pid"; }
  fi
  wait "$pid"
  local code=$?
  kill "$watchdog" 2>/dev/null
  [ "$code" = 2 ] || { echo "FAIL ($1): exit status $code, want 2"; return 1; }
  local want=$'SIGQUIT: quit\n\ngoroutine N [running]:\nmain.spin(...)\n\tFILE:LOOP\nmain.main()\n\tFILE:19'
  local got
  got=$(awk -v file="$dir/sigquit_spin.cs" -f "$dir/mask.awk" "$bin.err" | head -7 | sed '5s/^\tFILE:1[23]$/\tFILE:LOOP/')
  [ "$got" = "$want" ] || { echo "FAIL ($1): dump starts"; echo "$got"; echo "want"; echo "$want"; return 1; }
}

quit_spinner process && quit_spinner thread || exit 1
echo "ok sigquit_spin"
