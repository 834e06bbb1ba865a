# Sourced by measure-startup.sh and compare-startup.sh: reading `betteroff --smoke-test`'s report.
# smoke_ms OUTPUT "first frame"|"whole window" wall|cpu  — that line's milliseconds (empty if it is missing)
smoke_ms() {
  if [ "$3" = wall ]; then echo "$1" | sed -n "s/^$2 after \([0-9]*\) ms.*/\1/p"
  else echo "$1" | sed -n "s/^$2.*(cpu \([0-9]*\) ms).*/\1/p"; fi
}
# median of the numbers on standard input, separated by spaces or new lines
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
