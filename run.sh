#!/usr/bin/env bash
# Builds Better Off (if needed) and starts it: the desktop app with no arguments, the command line with them
# (e.g. ./run.sh calc ../shared/cases/hostel-25plus-after-oct-2026.yaml --explain).
set -euo pipefail
cd "$(dirname "$0")"
. ./.ci/java-env
if [ ! -x target/betteroff ] || [ -n "$(find src pom.xml -newer target/betteroff -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package >&2
fi
exec target/betteroff "$@"
