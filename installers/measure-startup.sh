#!/usr/bin/env bash
# Start-up of the packaged app to its first frame: N runs of `betteroff --smoke-test` under one Xvfb
# (each a new process), with the AOT cache and with it switched off; prints the medians of the wall
# time from process start and of the CPU time used (all threads) to the first frame.
# Usage: installers/measure-startup.sh [N] [APP_IMAGE_LAUNCHER]   (after mvn -Pinstaller -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-11}
launcher=${2:-target/installer/app-image/betteroff/bin/betteroff}
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a "$0" "$n" "$launcher"; fi
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label=$1; shift
  local walls="" cpus="" line
  for _ in $(seq "$n"); do
    line=$("$@" --smoke-test 2>/dev/null | grep 'first frame after' || true)
    walls="$walls $(echo "$line" | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p')"
    cpus="$cpus $(echo "$line" | sed -n 's/.*(cpu \([0-9]*\) ms).*/\1/p')"
  done
  echo "$label: first frame median $(echo "$walls" | median) ms (runs:$walls), cpu median $(echo "$cpus" | median) ms"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before $(cut -d' ' -f1-3 /proc/loadavg)"
measure "with AOT cache" "$launcher"
JAVA_TOOL_OPTIONS=-XX:AOTMode=off measure "AOT cache off " "$launcher"
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
