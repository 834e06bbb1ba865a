#!/usr/bin/env bash
# Runs every test: unit, acceptance cases (with ../shared/cases beside the project), properties,
# architecture rules, CLI and UI tests. Usage: ./test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")"
. ./.ci/java-env
exec ./mvnw -B verify "$@"
