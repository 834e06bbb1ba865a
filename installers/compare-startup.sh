#!/usr/bin/env bash
# Compares the start-up of two or more builds in the same minutes: N rounds, each running every given
# launcher's `--smoke-test` once in turn (so a change in the machine's speed falls on all of them alike), then
# the median time to the first frame, its CPU time and the whole window, per launcher, and the median of a fixed
# CPU-bound reference loop timed once a round (how fast the machine was in those minutes). This machine's speed
# changes from minute to minute; a comparison of runs made minutes apart says little (README "Installers").
# Usage: installers/compare-startup.sh N LAUNCHER...   e.g. a build of an older commit beside the current one:
#   installers/compare-startup.sh 11 /tmp/old/target/installer/app-image/betteroff/bin/betteroff \
#     target/installer/app-image/betteroff/bin/betteroff
set -euo pipefail
n=$1; shift
[ $# -ge 1 ] || { echo "usage: $0 N LAUNCHER..." >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a "$0" "$n" "$@"; fi
. "$(dirname "$0")/smoke-times.sh"
# How fast the machine is in these minutes: a fixed CPU-bound loop (2 million additions in Python), once a round.
reference_ms() {
  command -v python3 >/dev/null || return 0
  python3 -c 'import time
t = time.perf_counter(); s = 0
for i in range(2000000): s += i
print(round((time.perf_counter() - t) * 1000))'
}
declare -a first cpu whole
refs=""
for _ in $(seq "$n"); do
  refs="$refs $(reference_ms)"
  for i in $(seq 0 $(($# - 1))); do
    launcher=${*:$((i + 1)):1}
    out=$("$launcher" --smoke-test 2>/dev/null || true)
    first[i]="${first[i]:-} $(smoke_ms "$out" "first frame" wall)"
    cpu[i]="${cpu[i]:-} $(smoke_ms "$out" "first frame" cpu)"
    whole[i]="${whole[i]:-} $(smoke_ms "$out" "whole window" wall)"
  done
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $n rounds; reference loop median $(echo "$refs" | median) ms (runs:$refs; lower is a faster machine)"
for i in $(seq 0 $(($# - 1))); do
  echo "${*:$((i + 1)):1}: first frame median $(echo "${first[i]}" | median) ms (runs:${first[i]}), cpu $(echo "${cpu[i]}" | median) ms, whole window $(echo "${whole[i]}" | median) ms"
done
