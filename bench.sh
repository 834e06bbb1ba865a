#!/usr/bin/env bash
# Speed measurements (README "Speed"). Not part of ./test.sh.
#   ./bench.sh                 JMH: one comparison, a 121-point sweep, batch rows a second, the first rates load (about 3 minutes)
#   ./bench.sh jmh [ARGS]      JMH with its own arguments, e.g. ./bench.sh jmh CalculatorBench -prof gc
#   ./bench.sh batch [ROWS [mixed]]  writes a ROWS-row caseload (default 140000) in the docs/design.md format (with
#                              mixed: a council's mix of private renters with LHA, couples and children) and times the
#                              whole process `target/betteroff batch` on it, three runs, then one with --summary; before
#                              each run the reference loop (2 million additions in Python, README "Speed") says how
#                              fast the machine was in those seconds
set -euo pipefail
cd "$(dirname "$0")"
. ./.ci/java-env
./mvnw -B -q -Pbench -DskipTests package >&2
what="${1:-jmh}"; [ $# -gt 0 ] && shift
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
case "$what" in
  jmh)
    exec java -Dbetteroff.rates.dir=rates -cp "$cp" org.openjdk.jmh.Main "$@" ;;
  batch)
    rows="${1:-140000}"
    mix="${2:-}"
    mkdir -p target/bench
    in="target/bench/caseload-$rows${mix:+-$mix}.csv"
    java -cp "$cp" uk.betteroff.bench.CaseloadGenerator "$rows" "$in" rates $mix
    reference_ms() {
      python3 -c 'import time
t = time.perf_counter(); s = 0
for i in range(2000000): s += i
print(round((time.perf_counter() - t) * 1000))'
    }
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
    for run in 1 2 3; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      ref=$(reference_ms)
      TIMEFORMAT='%R %U %S'
      status=0
      { time target/betteroff batch "$in" --out "target/bench/caseload-$rows.out.csv" 2>"target/bench/batch-$run.log" || status=$?; } 2>"target/bench/time-$run.txt"
      read -r wall user sys < "target/bench/time-$run.txt"
      printf 'run %d: %s s whole process, %s s CPU (user+sys), load before %s, reference loop %s ms, exit %d (%s)\n' "$run" "$wall" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}')" "$load" "$ref" "$status" "$(tail -1 "target/bench/batch-$run.log")"
    done
    load=$(cut -d' ' -f1 /proc/loadavg)
    status=0
    { time target/betteroff batch "$in" --out "target/bench/caseload-$rows.out.csv" --summary >target/bench/summary.txt 2>target/bench/batch-summary.log || status=$?; } 2>target/bench/time-summary.txt
    read -r wall user sys < target/bench/time-summary.txt
    printf 'with --summary: %s s whole process, %s s CPU (user+sys), load before %s, exit %d; %s\n' "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}')" "$load" "$status" "$(grep 'at a cliff' target/bench/summary.txt | tr -s ' ')" ;;
  batch-vs)
    # ./bench.sh batch-vs ROUNDS CSV LAUNCHER...: the same caseload through each launcher (e.g. a copy of an older
    # build's target/betteroff beside this one's), interleaved round by round after the reference loop, so a change
    # in the machine's speed falls on all of them alike (docs/performance.md "Batch")
    rounds="$1" in="$2"; shift 2
    reference_ms() {
      python3 -c 'import time
t = time.perf_counter(); s = 0
for i in range(2000000): s += i
print(round((time.perf_counter() - t) * 1000))'
    }
    mkdir -p target/bench
    for round in $(seq "$rounds"); do
      line="round $round: load $(cut -d' ' -f1 /proc/loadavg), reference loop $(reference_ms) ms"
      for launcher in "$@"; do
        TIMEFORMAT='%R %U %S'
        { time "$launcher" batch "$in" --out target/bench/batch-vs.out.csv >/dev/null 2>target/bench/batch-vs.log; } 2>target/bench/batch-vs-time.txt
        read -r wall user sys < target/bench/batch-vs-time.txt
        line="$line | $launcher: $wall s, $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}') s CPU"
      done
      echo "$line"
    done ;;
  *) echo "usage: ./bench.sh [jmh [JMH ARGS] | batch [ROWS [mixed]] | batch-vs ROUNDS CSV LAUNCHER...]" >&2; exit 2 ;;
esac
