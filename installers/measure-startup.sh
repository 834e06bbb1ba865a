#!/usr/bin/env bash
# Start-up of the packaged app to its first frame: N runs of `betteroff --smoke-test` under one Xvfb
# (each a new process), with the AOT cache and with it switched off; prints each run and the median.
# Usage: installers/measure-startup.sh [N] [APP_IMAGE_LAUNCHER]   (after mvn -Pinstaller -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-11}
launcher=${2:-target/installer/app-image/betteroff/bin/betteroff}
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a "$0" "$n" "$launcher"; fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() {
  for _ in $(seq "$n"); do "$@" --smoke-test 2>/dev/null | sed -n 's/first frame after \([0-9]*\) ms/\1/p'; done
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
with=$(run "$launcher" | tr '\n' ' ')
without=$(JAVA_TOOL_OPTIONS=-XX:AOTMode=off run "$launcher" | tr '\n' ' ')
echo "with AOT cache:    $with-> median $(echo "$with" | tr ' ' '\n' | grep . | median) ms"
echo "AOT cache off:     $without-> median $(echo "$without" | tr ' ' '\n' | grep . | median) ms"
