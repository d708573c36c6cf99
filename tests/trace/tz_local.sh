#!/usr/bin/env bash
# tz_local.sh CSC WORKDIR: time.Local follows TZ as Go 1.19's initLocal
# does (its name, and UTC when the zone cannot be loaded). A golden file
# cannot set the environment, hence this driver; the expected lines are Go
# 1.19's output. Cases that need the zone database are skipped without it.
set -u
csc=$1 work=$2
dir=$(cd "$(dirname "$0")" && pwd)
bin=$work/trace_tz_local
CSC_CFLAGS="-Werror${CSC_CFLAGS:+ $CSC_CFLAGS}" "$csc" "$dir/tz_local.cs" -o "$bin" || { echo "FAIL: csc rejected tz_local.cs"; exit 1; }
cases=(
  'UTC|UTC 2023-11-14 22:13:20.000000005 +0000 UTC'
  '|UTC 2023-11-14 22:13:20.000000005 +0000 UTC'
  'Nowhere/Bogus|UTC 2023-11-14 22:13:20.000000005 +0000 UTC'
  'JST-9|UTC 2023-11-14 22:13:20.000000005 +0000 UTC'
)
[ -r /usr/share/zoneinfo/Europe/Berlin ] && [ -r /usr/share/zoneinfo/Asia/Tokyo ] && cases+=(
  ':America/New_York|America/New_York 2023-11-14 17:13:20.000000005 -0500 EST'
  '/usr/share/zoneinfo/Asia/Tokyo|/usr/share/zoneinfo/Asia/Tokyo 2023-11-15 07:13:20.000000005 +0900 JST'
  'Europe/Berlin|Europe/Berlin 2023-11-14 23:13:20.000000005 +0100 CET'
)
fail=0
for c in "${cases[@]}"; do
  tz=${c%%|*} want=${c#*|}
  got=$(TZ=$tz timeout 60 "$bin")
  [ "$got" = "$want" ] || { echo "FAIL TZ='$tz': got '$got', want '$want'"; fail=1; }
done
[ $fail = 0 ] && echo "ok tz_local"
exit $fail
