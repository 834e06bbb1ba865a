#!/usr/bin/env bash
# Start-up of the packaged app to its first frame: N runs of `betteroff --smoke-test` under one Xvfb
# (each a new process), with the AOT cache and with it switched off; prints the medians of the wall
# time from process start and of the CPU time used (all threads) to the first frame (menus and household
# form) and to the first frame of the whole window (the comparison and the hours chart too).
# Usage: installers/measure-startup.sh [N] [APP_IMAGE_LAUNCHER]   (after ./mvnw -Pinstaller -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-11}
launcher=${2:-target/installer/app-image/betteroff/bin/betteroff}
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a "$0" "$n" "$launcher"; fi
. installers/smoke-times.sh
# Evicts the app image's own files from the page cache (posix_fadvise DONTNEED), so a run reads them from
# disk as on a PC's first start of the day; the system's libraries (GTK, X) stay cached.
evict() {
  python3 - "$(cd "$(dirname "$launcher")/.." && pwd)" <<'PY'
import os, sys
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        fd = os.open(os.path.join(root, f), os.O_RDONLY)
        try: os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally: os.close(fd)
PY
}
measure() {
  local label=$1; shift
  local walls="" cpus="" wholes="" wcpus="" out
  for _ in $(seq "$n"); do
    [ "${EVICT:-}" = 1 ] && evict
    out=$("$@" --smoke-test 2>/dev/null || true)
    walls="$walls $(smoke_ms "$out" "first frame" wall)"
    cpus="$cpus $(smoke_ms "$out" "first frame" cpu)"
    wholes="$wholes $(smoke_ms "$out" "whole window" wall)"
    wcpus="$wcpus $(smoke_ms "$out" "whole window" cpu)"
  done
  echo "$label: first frame median $(echo "$walls" | median) ms (runs:$walls), cpu median $(echo "$cpus" | median) ms;" \
    "whole window median $(echo "$wholes" | median) ms, cpu median $(echo "$wcpus" | median) ms"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before $(cut -d' ' -f1-3 /proc/loadavg)"
measure "with AOT cache" "$launcher"
JAVA_TOOL_OPTIONS=-XX:AOTMode=off measure "AOT cache off " "$launcher"
if command -v python3 >/dev/null; then EVICT=1 measure "with AOT cache, app files not in the page cache" "$launcher"; fi
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
