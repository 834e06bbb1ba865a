#!/usr/bin/env bash
# Checks what `./mvnw -Pinstaller -DskipTests package` left in target/installer/ (Linux):
#  1. the app image runs shared cases through its command line with no Java on the PATH and no JAVA_HOME,
#     with the same results as the tested build, on the rates built into it;
#  2. the Linux launcher reads betteroff.cfg as jpackage's does, through a link and with spaces in paths;
#  3. its runtime writes both print-outs (PDF); its desktop app opens (--smoke-test under Xvfb) without
#     extracting anything into the user's home;
#  4. the .deb's dependencies are installed here, it unpacks, and its launcher runs a case;
#  5. the image is under 120 MB and the .deb under 60 MB (issue 5; decimal: 120,000,000 bytes).
# Usage: installers/test-packaged.sh [CASES_DIR]   (default ../shared/cases, else the project's own cases)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-../shared/cases}
[ -d "$cases" ] || cases=src/test/resources/cases
img=target/installer/app-image/betteroff
deb=$(ls target/installer/betteroff_*.deb)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/no-java-bin"
# A clean environment: nothing but an empty PATH and a fresh home.
bare() { env -i PATH="$tmp/no-java-bin" HOME="$tmp/home" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if bare sh -c 'command -v java' >/dev/null 2>&1; then fail "java is on the test PATH"; fi
echo "   no java on the PATH; running $img/bin/betteroff"

ls "$cases"/*.yaml > "$tmp/cases.txt"
bare "$img/bin/betteroff" calc --json $(cat "$tmp/cases.txt") > "$tmp/packaged.jsonl" || fail "packaged calc exited $?"
target/betteroff calc --json $(cat "$tmp/cases.txt") > "$tmp/built.jsonl"
diff "$tmp/packaged.jsonl" "$tmp/built.jsonl" > /dev/null || fail "the packaged app's results differ from the tested build's"
echo "   $(wc -l < "$tmp/packaged.jsonl") cases from $cases: same JSON as target/betteroff"

bare "$img/bin/betteroff" rates check > "$tmp/rates.txt" || fail "packaged rates check failed"
built_sha=$(target/betteroff rates check rates | sed -n 's/.*sha256 \([0-9a-f]*\)$/\1/p' | head -1)
grep -q "rates built into Better Off" "$tmp/rates.txt" || fail "packaged app is not on its built-in rates"
grep -q "sha256 $built_sha" "$tmp/rates.txt" || fail "packaged rates are not the project's rates"
echo "   built-in rates in the image: sha256 $built_sha"

# The Linux launcher (installers/linux/betteroff, in place of jpackage's) reads lib/app/betteroff.cfg as
# jpackage's does: a copy of the image in a folder whose name has a space, started through a symbolic link, with
# Java options added to its cfg (as IT would add -Dprism.order=sw) and a case file whose name has a space.
[ "$(head -c 2 "$img/bin/betteroff")" = "#!" ] || fail "$img/bin/betteroff is not installers/linux/betteroff"
copy="$tmp/Better Off copy"
mkdir "$copy" && cp -a "$img" "$copy/" && ln -s "$copy/betteroff/bin/betteroff" "$tmp/betteroff-link"
# (the added lines end in CRLF, as after an edit on Windows)
printf '%s\r\n' 'java-options=-XshowSettings:properties' 'java-options=-Dbetteroff.check=$ROOTDIR|$BINDIR|$APPDIR' \
  >> "$copy/betteroff/lib/app/betteroff.cfg"
cp "$(head -1 "$tmp/cases.txt")" "$tmp/a case.yaml"
bare "$tmp/betteroff-link" calc --json "$tmp/a case.yaml" > "$tmp/copy.jsonl" 2> "$tmp/copy.err" || fail "launcher in a copied image failed"
head -1 "$tmp/built.jsonl" | cmp -s - "$tmp/copy.jsonl" || fail "the launcher in a copied image gave a different result"
grep -qF "betteroff.check = $copy/betteroff|$copy/betteroff/bin|$copy/betteroff/lib/app" "$tmp/copy.err" \
  || fail "the launcher did not apply a Java option added to betteroff.cfg with \$ROOTDIR, \$BINDIR and \$APPDIR"
grep -qF "betteroff.rates.dir = $copy/betteroff/lib/app/../rates" "$tmp/copy.err" || fail "the copied image is not on its own rates"
rm -rf "$copy"
echo "   launcher: reads betteroff.cfg (an added option applied, \$ROOTDIR/\$BINDIR/\$APPDIR), works through a link and with spaces"

# The print-outs, written with the image's own runtime (jlink leaves parts of PDFBox and the JDK out: pom.xml)
. ./.ci/java-env
# The app's module exports nothing but its Application class (module-info.java), so the check is let in by hand
exports=()
for p in cases kernel kernel.ctr kernel.result rates report; do exports+=(--add-exports "uk.betteroff/uk.betteroff.$p=ALL-UNNAMED"); done
"$JAVA_HOME/bin/javac" -d "$tmp/check" --module-path target/classes --add-modules uk.betteroff "${exports[@]}" installers/check/PrintCheck.java
first_case=$(head -1 "$tmp/cases.txt")
bare "$img/lib/runtime/bin/java" --add-modules uk.betteroff "${exports[@]}" -cp "$tmp/check" PrintCheck "$img/lib/rates" "$first_case" \
  "$tmp/adviser.pdf" "$tmp/resident.pdf" || fail "the image's runtime could not write the print-outs"
# titles from src/main/resources/uk/betteroff/report/report.properties; the text must be readable (fonts embedded)
pdftotext "$tmp/adviser.pdf" "$tmp/adviser.txt" && pdftotext "$tmp/resident.pdf" "$tmp/resident.txt"
grep -q "Better-off calculation: full working" "$tmp/adviser.txt" || fail "adviser.pdf from the image has not its title as text"
grep -q "What you would have to live on" "$tmp/resident.txt" || fail "resident.pdf from the image has not its title as text"
pdffonts "$tmp/adviser.pdf" > "$tmp/fonts.txt"
grep -q "DejaVuSans.*Identity-H *yes" "$tmp/fonts.txt" || fail "adviser.pdf from the image does not embed DejaVu Sans"
echo "   print-outs written by the image's runtime: adviser $(pdfinfo "$tmp/adviser.pdf" | sed -n 's/^Pages: *//p') pages, resident summary; text readable, DejaVu embedded"

xvfb-run -a env HOME="$tmp/home" "$img/bin/betteroff" --smoke-test > "$tmp/smoke.txt" 2>&1 || { cat "$tmp/smoke.txt"; fail "smoke test"; }
echo "   desktop app: $(grep -o 'first frame after [0-9]* ms' "$tmp/smoke.txt"), $(grep -o 'whole window after [0-9]* ms' "$tmp/smoke.txt") (not asserted; see README)"
if find "$tmp/home" -name '*.so' | grep -q .; then fail "native libraries were extracted into the home folder"; fi
if [ -e "$tmp/home/.openjfx" ]; then fail "JavaFX made a cache in the home folder"; fi
# What the launcher sets for GTK: the value of variable $1 in the environment of the running app (its java
# process, read from /proc), started with the assignments that follow.
app_env() {
  var=$1; shift
  xvfb-run -a env "$@" HOME="$tmp/home" sh -c '"$0" --smoke-test >/dev/null 2>&1 & pid=$!
    for _ in $(seq 200); do case $(readlink "/proc/$pid/exe") in */java) break ;; esac; sleep 0.05; done
    tr "\0" "\n" < "/proc/$pid/environ" | sed -n "s/^$1=//p"; wait "$pid"' "$img/bin/betteroff" "$var"
}
# With no GPU device, GTK is told not to load OpenGL (GDK_GL=disable), unless BETTEROFF_RENDERING=hardware.
if [ ! -e /dev/dri ] && [ ! -e /dev/nvidiactl ]; then
  [ "$(app_env GDK_GL)" = disable ] || fail "with no GPU device, the launcher did not set GDK_GL=disable"
  [ -z "$(app_env GDK_GL BETTEROFF_RENDERING=hardware)" ] || fail "BETTEROFF_RENDERING=hardware still set GDK_GL"
  echo "   no GPU device here: the app ran with GDK_GL=disable (and without it when BETTEROFF_RENDERING=hardware)"
fi
# With no D-Bus session bus, GTK is told not to try starting one; a session bus given is left alone.
[ "$(app_env DBUS_SESSION_BUS_ADDRESS -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$tmp")" = disabled: ] \
  || fail "with no session bus, the launcher did not set DBUS_SESSION_BUS_ADDRESS=disabled:"
[ "$(app_env DBUS_SESSION_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus)" = unix:path=/nonexistent/bus ] \
  || fail "the launcher changed a session bus address it was given"
[ "$(app_env GSETTINGS_BACKEND -u DBUS_SESSION_BUS_ADDRESS -u GSETTINGS_BACKEND XDG_RUNTIME_DIR="$tmp")" = memory ] \
  || fail "with no session bus, the launcher did not keep GTK's settings in memory (GSETTINGS_BACKEND=memory): dconf warnings"
echo "   no session bus: the app ran with DBUS_SESSION_BUS_ADDRESS=disabled: and GSETTINGS_BACKEND=memory (a bus address given is kept)"

dpkg-deb -f "$deb" Depends | tr ',' '\n' | while read -r dep; do
  [ -z "$dep" ] && continue
  ok=no
  for alt in $(echo "$dep" | tr '|' '\n' | sed 's/(.*)//; s/ //g'); do dpkg -s "$alt" >/dev/null 2>&1 && ok=yes; done
  [ $ok = yes ] || fail ".deb depends on $dep, which is not installed here"
done
dpkg-deb -x "$deb" "$tmp/root"
bare "$tmp/root/opt/betteroff/bin/betteroff" calc --json "$(head -1 "$tmp/cases.txt")" > "$tmp/deb.jsonl" || fail "launcher from the .deb failed"
head -1 "$tmp/built.jsonl" | cmp -s - "$tmp/deb.jsonl" || fail "the .deb's launcher gave a different result"
echo "   $(basename "$deb"): dependencies installed, unpacked, /opt/betteroff/bin/betteroff ran a case"

# decimal megabytes (1 MB = 1,000,000 bytes), the files' own sizes (du --apparent-size)
img_bytes=$(du -sb "$img" | cut -f1)
deb_bytes=$(stat -c %s "$deb")
echo "   sizes: app image $img_bytes bytes, .deb $deb_bytes bytes"
[ "$img_bytes" -lt 120000000 ] || fail "app image $img_bytes bytes is not under 120 MB"
[ "$deb_bytes" -lt 60000000 ] || fail ".deb $deb_bytes bytes is not under 60 MB"
echo "   packaged app OK"
